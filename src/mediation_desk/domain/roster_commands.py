"""Inputs of the mediator roster: adding with honours, changing fields, status changes with
their reasons (Law Art. 15), re-election or re-appointment, and training records.

These are also the CLI's JSON formats (`mediator change --file`, `mediator training --file`):
add fields, never rename them."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from mediation_desk.domain.codes import codes_of
from mediation_desk.domain.commands import NAME_MAX, SHORT_TEXT_MAX, Command, MediatorInput
from mediation_desk.domain.enums import (
    AppointmentMethod,
    CodeTable,
    Employment,
    MediatorRole,
    MediatorStatus,
    StatusReason,
)

HONOURS_MAX = 20
HOURS_MAX = 200  # one record is one course; a week-long course is about 40 hours

# Law Art. 15 (and the 2002 rule's serious dereliction): the only grounds for removal.
REMOVAL_STATUSES = frozenset({MediatorStatus.RECALLED.value, MediatorStatus.DISMISSED.value})
FORMER_STATUSES = frozenset(s.value for s in MediatorStatus) - {MediatorStatus.ACTIVE.value}
# Renewal records these; a plain status change must not claim them.
RENEWAL_REASONS = frozenset({StatusReason.RE_ELECTED.value, StatusReason.REAPPOINTED.value})


def misconduct_codes() -> tuple[str, ...]:
    """The default Art. 15 grounds (the station's code table may word them differently)."""
    return tuple(c.code for c in codes_of(CodeTable.MISCONDUCT))


def plain_reasons() -> tuple[str, ...]:
    """Reasons for leaving that are not misconduct (resigned, moved away, deceased …)."""
    return tuple(r.value for r in StatusReason if r.value not in RENEWAL_REASONS)


class MediatorAddInput(MediatorInput):
    """``MediatorInput`` with the honours the roster records (调解能手, 调解专家 …)."""

    honours: list[str] = Field(default_factory=list, max_length=HONOURS_MAX)


class MediatorChangeInput(Command):
    """Fields to change; a field left out stays as it is."""

    role: MediatorRole | None = None
    appointment_method: AppointmentMethod | None = None
    employment: Employment | None = None
    appointed_on: date | None = None
    term_end: date | None = None
    certificate_no: str | None = Field(default=None, max_length=NAME_MAX)
    certificate_issued_on: date | None = None
    work_cert_no: str | None = Field(default=None, max_length=NAME_MAX)
    specialties: list[str] | None = Field(default=None, max_length=20)
    level: str | None = Field(default=None, max_length=NAME_MAX)
    honours: list[str] | None = Field(default=None, max_length=HONOURS_MAX)
    is_chief: bool | None = None


class StatusChangeInput(Command):
    """任免/状态变更: the new status and why. ``reason`` is a code: one of the code table
    ``misconduct`` for a recall or dismissal, else a ``StatusReason`` value."""

    to_status: MediatorStatus
    reason: str = Field(min_length=1, max_length=32)
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)
    on_date: date | None = None


class RenewalInput(Command):
    """连选连任 / 续聘: a new three-year term from ``on_date`` (default today)."""

    on_date: date | None = None
    term_end: date | None = None  # another end agreed by the meeting; default + 36 months
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class TrainingInput(Command):
    held_on: date
    organiser: str = Field(default="", max_length=NAME_MAX)
    topic: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    hours: float = Field(gt=0, le=HOURS_MAX)
    exam_passed: bool | None = None
