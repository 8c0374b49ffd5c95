"""Inputs for screening rounds (排查) and their findings."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from mediation_desk.domain.commands import LONG_TEXT_MAX, SHORT_TEXT_MAX, Command
from mediation_desk.domain.enums import RiskLevel


class FindingInput(Command):
    description: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    category: str = Field(default="", max_length=64)
    parties_text: str = Field(default="", max_length=SHORT_TEXT_MAX)
    risk_level: RiskLevel = RiskLevel.LOW
    action: str = Field(default="", max_length=LONG_TEXT_MAX)


class ScreeningRoundInput(Command):
    """A round either lists what it found or is a nil report (零报告), never both."""

    period_start: date
    period_end: date
    held_on: date | None = None
    scope: str = Field(default="", max_length=SHORT_TEXT_MAX)
    performed_by: list[str] = Field(default_factory=list, max_length=20)
    is_zero_report: bool = False
    findings: list[FindingInput] = Field(default_factory=list, max_length=200)
    notes: str = Field(default="", max_length=LONG_TEXT_MAX)
