"""Inputs for patrol rotas (轮户值日), swaps, missed shifts and patrol logs: the CLI's JSON
formats and what the forms send. Add fields, never rename them."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from mediation_desk.domain.commands import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    Command,
)
from mediation_desk.domain.rota import ALL_WEEKDAYS

MAX_WINDOWS = 6
MAX_PER_SHIFT = 10


class RotaInput(Command):
    """A rota over ``starts_on``..``ends_on``: one shift per window on each chosen weekday
    (0 = Monday). ``replace`` voids the planned shifts of an overlapping older rota instead
    of refusing."""

    starts_on: date
    ends_on: date
    weekdays: list[int] = Field(default_factory=lambda: list(ALL_WEEKDAYS), max_length=7)
    windows: list[str] = Field(default_factory=lambda: ["20:00-22:00"], max_length=MAX_WINDOWS)
    per_shift: int = Field(default=1, ge=1, le=MAX_PER_SHIFT)
    area: str = Field(default="", max_length=SHORT_TEXT_MAX)
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)
    replace: bool = False


class SwapInput(Command):
    """Two households exchange their turns: ``household_a`` leaves ``shift_a`` for
    ``shift_b`` and ``household_b`` the other way."""

    shift_a: str = Field(min_length=1, max_length=36)
    household_a: str = Field(min_length=1, max_length=36)
    shift_b: str = Field(min_length=1, max_length=36)
    household_b: str = Field(min_length=1, max_length=36)
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class MissedInput(Command):
    """Nobody patrolled the shift; the reason goes into the shift's note."""

    reason: str = Field(default="", max_length=SHORT_TEXT_MAX)


class PatrolLogInput(Command):
    """巡逻记录 of one shift: who went, when, what was seen, hazards found."""

    actual_start: datetime | None = None
    actual_end: datetime | None = None
    participants: list[str] = Field(default_factory=list, max_length=30)
    observations: str = Field(default="", max_length=LONG_TEXT_MAX)
    hazards: str = Field(default="", max_length=LONG_TEXT_MAX)
