"""Read models of the mediator roster (调解员名册): one entry per mediator with certificates,
training and the history of status changes, and the committee's composition check."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.domain.views import View


class WarningView(View):
    """A ``DomainWarning`` as a read model (the UI and --json show it by its code)."""

    code: str
    field: str | None = None
    params: dict[str, Any] = {}


class TrainingView(View):
    id: str
    held_on: date
    organiser: str
    topic: str
    hours: float
    exam_passed: bool | None


class StatusChangeView(View):
    """One MediatorStatusChange row: re-elected, resigned, recalled (Art. 15) …"""

    id: str
    changed_on: date
    from_status: str
    to_status: str
    reason_code: str
    reason_text: str
    new_term_end: date | None


class RosterEntry(View):
    id: str
    person_id: str
    name: str
    gender: str
    age: int | None
    role: str
    employment: str
    appointment_method: str
    appointed_on: date | None
    term_start: date | None  # of the current term: appointment or the last renewal
    term_end: date | None
    certificate_no: str  # 聘书编号
    certificate_issued_on: date | None
    work_cert_no: str  # 上岗证编号
    specialties: list[str]
    specialty_labels: list[str]
    level: str
    honours: list[str]
    is_chief: bool
    status: str
    status_reason_code: str | None
    status_reason_text: str
    status_changed_on: date | None
    trainings: list[TrainingView]
    history: list[StatusChangeView]
    warnings: list[WarningView]

    @property
    def training_hours(self) -> float:
        return sum(t.hours for t in self.trainings)

    @property
    def is_committee_member(self) -> bool:
        return self.role != "hired"


class CommitteeCheck(View):
    """The committee's composition today, with what is wrong (warnings, never errors)."""

    committee_name: str
    checked_on: date
    member_count: int  # active chair, vice-chairs and members (hired ones not counted)
    hired_count: int
    women_count: int
    chair_count: int
    warnings: list[WarningView]
