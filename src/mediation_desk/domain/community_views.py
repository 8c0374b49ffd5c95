"""Read models for households, joint-defence groups and incident reports."""

from __future__ import annotations

from datetime import date, datetime

from mediation_desk.domain.views import View


class HouseholdView(View):
    id: str
    address: str
    villager_group: str
    head_person_id: str | None
    member_ids: list[str]


class GroupView(View):
    id: str
    name: str
    villager_group: str
    head_person_id: str | None
    household_ids: list[str]
    elected_on: date | None
    term_end: date | None
    status: str


class IncidentView(View):
    id: str
    group_id: str
    reported_at: datetime
    kind: str
    description: str
    routed_to: str
    case_id: str | None
