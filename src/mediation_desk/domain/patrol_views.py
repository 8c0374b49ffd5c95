"""Read models of patrol rotas, shifts, logs and the fairness summary. These are also the
CLI's ``--json`` output: add fields, never rename them."""

from __future__ import annotations

from datetime import date, datetime

from mediation_desk.domain.views import View


class ShiftHousehold(View):
    id: str
    head_name: str


class RotaView(View):
    id: str
    group_id: str
    group_name: str
    starts_on: date
    ends_on: date
    weekdays: list[int]
    windows: list[str]
    per_shift: int
    area: str
    note: str
    shifts: int
    """Live shifts (a replaced rota's voided shifts are not counted)."""


class ShiftView(View):
    id: str
    rota_id: str | None
    group_id: str
    shift_date: date
    weekday: int  # 0 = Monday
    window: str  # "20:00-22:00", or "" when the shift has no times
    area: str
    households: list[ShiftHousehold]
    planned: list[ShiftHousehold]
    """The rota's original choice; differs from ``households`` after a swap."""
    status: str
    swapped: bool
    note: str
    has_log: bool


class FairnessLine(View):
    """One household's turns in a rota or a period: planned (every assigned turn), done,
    missed; ``prior`` counts its turns in earlier rotas (shown in a preview)."""

    household_id: str
    head_name: str
    planned: int
    done: int
    missed: int
    prior: int = 0


class RotaPreview(View):
    """What a rota would be, before it is saved (the dialog shows the counts)."""

    shifts: int
    first_shifts: list[ShiftView]
    fairness: list[FairnessLine]
    replaces: list[str]
    """Ids of the overlapping rotas whose planned shifts saving with ``replace`` would void."""


class RotaDetail(View):
    rota: RotaView
    shifts: list[ShiftView]
    fairness: list[FairnessLine]


class PatrolLogView(View):
    id: str
    shift_id: str
    group_id: str
    shift_date: date
    window: str
    actual_start: datetime | None
    actual_end: datetime | None
    participants: list[str]
    observations: str
    hazards: str
