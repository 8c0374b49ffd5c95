"""Screening rounds (排查) and household joint-defence groups (联户联防)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import JSON
from sqlmodel import Field

from mediation_desk.store.tables.base import SyncColumns, UtcDateTime


class ScreeningRound(SyncColumns, table=True):
    __tablename__ = "screening_round"

    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=36)
    period_start: date
    period_end: date
    held_on: date
    scope: str = ""
    performed_by: list[str] = Field(default_factory=list, sa_type=JSON)
    is_zero_report: bool = False
    notes: str = ""


class ScreeningFinding(SyncColumns, table=True):
    __tablename__ = "screening_finding"

    round_id: str = Field(foreign_key="screening_round.id", index=True, max_length=36)
    description: str
    category_code: str = ""
    parties_text: str = ""
    risk_level: str = Field(default="low", max_length=16)
    action: str = ""
    case_id: str | None = Field(default=None, foreign_key="mediation_case.id", max_length=36)
    # A major finding must be reported in writing within 2 days (domain.md §6.2), whether or not
    # it has become a case yet.
    is_major: bool = False
    reported_on: date | None = None


class JointDefenseGroup(SyncColumns, table=True):
    __tablename__ = "joint_defense_group"

    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=36)
    name: str
    villager_group: str = ""
    grid: str = ""
    head_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    head_household_id: str | None = Field(default=None, foreign_key="household.id",
                                          max_length=36)
    deputy_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    elected_on: date | None = None
    selection_method: str = ""
    term_end: date | None = None
    status: str = Field(default="active", max_length=16)


class GroupMember(SyncColumns, table=True):
    __tablename__ = "group_member"

    group_id: str = Field(foreign_key="joint_defense_group.id", index=True, max_length=36)
    household_id: str = Field(foreign_key="household.id", index=True, max_length=36)
    joined_on: date
    left_on: date | None = None


class PatrolRota(SyncColumns, table=True):
    """轮户值日: one generated rotation of a group's households over a date range."""

    __tablename__ = "patrol_rota"

    group_id: str = Field(foreign_key="joint_defense_group.id", index=True, max_length=36)
    starts_on: date
    ends_on: date
    weekdays: list[int] = Field(default_factory=list, sa_type=JSON)  # 0 = Monday
    windows: list[str] = Field(default_factory=list, sa_type=JSON)  # "20:00-22:00"
    per_shift: int = 1
    area: str = ""
    note: str = ""


class PatrolShift(SyncColumns, table=True):
    """Assignees are household ids; ``planned_assignees`` keeps the rota's original choice so
    swaps stay visible."""

    __tablename__ = "patrol_shift"

    group_id: str = Field(foreign_key="joint_defense_group.id", index=True, max_length=36)
    # No FOREIGN KEY constraint: adding one to an existing SQLite table means rebuilding it,
    # which a station's patrol logs (children of this table) would block. Services keep it.
    rota_id: str | None = Field(default=None, index=True, max_length=36)
    shift_date: date = Field(index=True)
    start_time: time | None = None
    end_time: time | None = None
    area: str = ""
    assignees: list[str] = Field(default_factory=list, sa_type=JSON)
    planned_assignees: list[str] = Field(default_factory=list, sa_type=JSON)
    status: str = Field(default="planned", max_length=16)
    note: str = ""


class PatrolLog(SyncColumns, table=True):
    __tablename__ = "patrol_log"

    shift_id: str = Field(foreign_key="patrol_shift.id", index=True, max_length=36)
    actual_start: datetime | None = Field(default=None, sa_type=UtcDateTime)
    actual_end: datetime | None = Field(default=None, sa_type=UtcDateTime)
    participants: list[str] = Field(default_factory=list, sa_type=JSON)
    observations: str = ""
    hazards: str = ""


class IncidentReport(SyncColumns, table=True):
    """情况报告 from a group head; routed to the committee it becomes a case."""

    __tablename__ = "incident_report"

    group_id: str = Field(foreign_key="joint_defense_group.id", index=True, max_length=36)
    reported_at: datetime = Field(sa_type=UtcDateTime)
    reporter_person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    kind: str = Field(max_length=32)
    description: str
    action_taken: str = ""
    routed_to: str = Field(default="self_handled", max_length=32)
    case_id: str | None = Field(default=None, foreign_key="mediation_case.id", max_length=36)
    follow_up: str = ""
