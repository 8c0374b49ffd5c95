"""Read models for households, joint-defence groups and incident reports."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from mediation_desk.domain.errors import DomainWarning
from mediation_desk.domain.views import View


class WarningView(View):
    """A DomainWarning as plain data (code, field, params) for screens and --json."""

    code: str
    field: str | None = None
    params: dict[str, Any] = {}

    @classmethod
    def of(cls, w: DomainWarning) -> WarningView:
        return cls(code=w.code, field=w.field, params=dict(w.params))


class MemberView(View):
    """A person of a household (ID number and phone masked)."""

    person_id: str
    name: str
    gender: str
    age: int | None
    id_number_masked: str
    phone_masked: str
    is_head: bool


class HouseholdView(View):
    id: str
    address: str
    villager_group: str
    head_person_id: str | None
    member_ids: list[str]
    grid: str = ""
    note: str = ""
    head_name: str = ""
    members: list[MemberView] = []
    group_id: str | None = None
    group_name: str = ""


class GroupMemberView(View):
    """One membership: a household in a group from ``joined_on`` until ``left_on``."""

    id: str
    household_id: str
    head_name: str
    address: str
    villager_group: str
    joined_on: date
    left_on: date | None


class GroupView(View):
    id: str
    name: str
    villager_group: str
    head_person_id: str | None
    household_ids: list[str]
    elected_on: date | None
    term_end: date | None
    status: str
    grid: str = ""
    head_name: str = ""
    head_household_id: str | None = None
    head_phone_masked: str = ""
    deputy_person_id: str | None = None
    deputy_name: str = ""
    selection_method: str = ""
    member_count: int = 0
    warnings: list[WarningView] = []


class GroupDetail(View):
    group: GroupView
    members: list[GroupMemberView]  # current ones first, then past ones
    incidents: int = 0


class IncidentView(View):
    id: str
    group_id: str
    reported_at: datetime
    kind: str
    description: str
    routed_to: str
    case_id: str | None
    group_name: str = ""
    reporter_person_id: str | None = None
    reporter_name: str = ""
    action_taken: str = ""
    follow_up: str = ""
    case_no: str = ""
