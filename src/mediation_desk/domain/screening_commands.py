"""Inputs for screening rounds (排查) and their findings."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from mediation_desk.domain.commands import LONG_TEXT_MAX, SHORT_TEXT_MAX, Command
from mediation_desk.domain.enums import RiskLevel, ScreeningFrequency


class FindingInput(Command):
    description: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    category: str = Field(default="", max_length=64)
    parties_text: str = Field(default="", max_length=SHORT_TEXT_MAX)
    risk_level: RiskLevel = RiskLevel.LOW
    action: str = Field(default="", max_length=LONG_TEXT_MAX)
    # 重大疑难纠纷: the 2-day written report runs from the round's held_on (domain.md §6.2).
    is_major: bool = False


class ScreeningRoundInput(Command):
    """A round either lists what it found or is a nil report (零报告), never both.

    Without ``period_end`` the period is the one of the committee's frequency containing
    ``period_start``. A range that is not one period of the frequency is refused unless
    ``custom_period`` says it is meant (a special screening before a festival, a catch-up
    round over two months)."""

    period_start: date
    period_end: date | None = None
    custom_period: bool = False
    held_on: date | None = None
    scope: str = Field(default="", max_length=SHORT_TEXT_MAX)
    # Mediator ids; anyone else who took part (a group head, a grid worker) by name.
    performed_by: list[str] = Field(default_factory=list, max_length=20)
    is_zero_report: bool = False
    findings: list[FindingInput] = Field(default_factory=list, max_length=200)
    notes: str = Field(default="", max_length=LONG_TEXT_MAX)


class FrequencyInput(Command):
    frequency: ScreeningFrequency


class FindingReportInput(Command):
    reported_on: date | None = None
