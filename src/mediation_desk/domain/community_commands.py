"""Inputs for households, joint-defence groups (联户联防) and incident reports."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from mediation_desk.domain.commands import (
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    CaseCreate,
    Command,
    PersonInput,
)
from mediation_desk.domain.enums import IncidentKind, IncidentRoute


class HouseholdInput(Command):
    """Members are registered persons (``member_ids``) or new ones; the head is listed first."""

    address: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    villager_group: str = Field(default="", max_length=NAME_MAX)
    grid: str = Field(default="", max_length=NAME_MAX)
    member_ids: list[str] = Field(default_factory=list, max_length=30)
    new_members: list[PersonInput] = Field(default_factory=list, max_length=30)
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class GroupInput(Command):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    villager_group: str = Field(default="", max_length=NAME_MAX)
    grid: str = Field(default="", max_length=NAME_MAX)
    household_ids: list[str] = Field(min_length=1, max_length=60)
    head_person_id: str
    deputy_person_id: str | None = None
    elected_on: date | None = None
    selection_method: str = Field(default="公推公选", max_length=NAME_MAX)
    term_end: date | None = None


class IncidentInput(Command):
    """情况报告; routed to the mediation committee it becomes a case (``case``)."""

    reported_at: datetime | None = None
    reporter_person_id: str | None = None
    kind: IncidentKind
    description: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    action_taken: str = Field(default="", max_length=LONG_TEXT_MAX)
    routed_to: IncidentRoute = IncidentRoute.SELF_HANDLED
    case: CaseCreate | None = None
