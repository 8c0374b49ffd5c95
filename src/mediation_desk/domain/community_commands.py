"""Inputs for households, joint-defence groups (联户联防) and incident reports."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from mediation_desk.domain.commands import (
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    Command,
    PersonInput,
)
from mediation_desk.domain.enums import IncidentKind, IncidentRoute

# How heads are chosen (domain.md §7.1); other wording is accepted as typed.
SELECTION_METHODS = ("公推公选", "推荐+认定")


class HouseholdInput(Command):
    """Members are registered persons (``member_ids``) or new ones; the head is listed first
    (``member_ids`` before ``new_members``) unless ``head_index`` says otherwise."""

    address: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    villager_group: str = Field(default="", max_length=NAME_MAX)
    grid: str = Field(default="", max_length=NAME_MAX)
    member_ids: list[str] = Field(default_factory=list, max_length=30)
    new_members: list[PersonInput] = Field(default_factory=list, max_length=30)
    head_index: int = Field(default=0, ge=0)
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class HouseholdUpdate(Command):
    address: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    villager_group: str = Field(default="", max_length=NAME_MAX)
    grid: str = Field(default="", max_length=NAME_MAX)
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class MemberInput(Command):
    """One person joining a household: someone registered (``person_id``) or new (``person``).
    A registered person who lived in another household moves (the old one keeps its other
    members)."""

    person_id: str | None = None
    person: PersonInput | None = None


class GroupInput(Command):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    villager_group: str = Field(default="", max_length=NAME_MAX)
    grid: str = Field(default="", max_length=NAME_MAX)
    household_ids: list[str] = Field(min_length=1, max_length=60)
    head_person_id: str
    deputy_person_id: str | None = None
    elected_on: date | None = None
    selection_method: str = Field(default=SELECTION_METHODS[0], max_length=NAME_MAX)
    term_end: date | None = None


class GroupUpdate(Command):
    """Name and place of a group; the head, deputy and members change by their own actions."""

    name: str = Field(min_length=1, max_length=NAME_MAX)
    villager_group: str = Field(default="", max_length=NAME_MAX)
    grid: str = Field(default="", max_length=NAME_MAX)


class MembershipChange(Command):
    """A household joins or leaves a group on ``on_date`` (today when left out)."""

    household_id: str
    on_date: date | None = None


class HeadChange(Command):
    """Re-election (换届) or replacement of the head: the new head, when and how."""

    person_id: str
    on_date: date | None = None
    method: str = Field(default=SELECTION_METHODS[0], min_length=1, max_length=NAME_MAX)
    term_end: date | None = None


class DeputyChange(Command):
    person_id: str | None = None


class DissolveInput(Command):
    on_date: date | None = None
    reason: str = Field(default="", max_length=SHORT_TEXT_MAX)


class IncidentInput(Command):
    """情况报告; routed to the mediation committee it becomes a case: ``case`` holds the
    CaseCreate fields (checked when the case is registered; the facts default to the
    description)."""

    reported_at: datetime | None = None
    reporter_person_id: str | None = None
    kind: IncidentKind
    description: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    action_taken: str = Field(default="", max_length=LONG_TEXT_MAX)
    routed_to: IncidentRoute = IncidentRoute.SELF_HANDLED
    follow_up: str = Field(default="", max_length=LONG_TEXT_MAX)
    case: dict[str, Any] | None = None


class IncidentFollowUp(Command):
    follow_up: str = Field(max_length=LONG_TEXT_MAX)
