"""Queries for households, joint-defence groups (联户联防) and incident reports, kept here so
that the community services never compose SQL themselves.

Functions take the unit of work's session and return ORM rows; they never commit."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlmodel import Session

from mediation_desk.domain.enums import GroupStatus
from mediation_desk.store.tables import (
    GroupMember,
    Household,
    IncidentReport,
    JointDefenseGroup,
    MediationCase,
    Person,
)

# --- households and their members ------------------------------------------------------------

def living_members(session: Session, household_ids: Collection[str]) -> Sequence[Person]:
    """Non-voided persons of these households, in the order they were registered."""
    if not household_ids:
        return []
    return session.scalars(
        select(Person).where(Person.household_id.in_(household_ids),  # type: ignore[union-attr]
                             Person.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(Person.created_at, Person.id)).all()


def households(session: Session, *, villager_group: str | None = None) -> list[Household]:
    """Non-voided households (optionally of one villager group) by villager group and address."""
    stmt = select(Household).where(Household.voided_at.is_(None))  # type: ignore[union-attr]
    if villager_group:
        stmt = stmt.where(Household.villager_group == villager_group)
    return list(session.scalars(stmt.order_by(Household.villager_group,
                                              Household.address)).all())


def households_by_ids(session: Session, ids: Collection[str]) -> list[Household]:
    """The households with these ids (voided ones included), in no particular order."""
    if not ids:
        return []
    return list(session.scalars(select(Household).where(
        Household.id.in_(ids))).all())  # type: ignore[attr-defined]


# --- joint-defence groups and memberships ----------------------------------------------------

def groups(session: Session, *, include_dissolved: bool = True) -> list[JointDefenseGroup]:
    """Non-voided groups (dissolved ones only if asked) by status, villager group and name."""
    stmt = select(JointDefenseGroup).where(JointDefenseGroup.voided_at.is_(None))  # type: ignore[union-attr]
    if not include_dissolved:
        stmt = stmt.where(JointDefenseGroup.status == GroupStatus.ACTIVE.value)
    return list(session.scalars(stmt.order_by(JointDefenseGroup.status,
                                              JointDefenseGroup.villager_group,
                                              JointDefenseGroup.name)).all())


def groups_by_ids(session: Session, ids: Collection[str]) -> Sequence[JointDefenseGroup]:
    """The groups with these ids (voided ones included), in no particular order."""
    if not ids:
        return []
    return session.scalars(select(JointDefenseGroup).where(
        JointDefenseGroup.id.in_(ids))).all()  # type: ignore[attr-defined]


def active_groups_with_term_end_by(session: Session,
                                   horizon: date) -> list[JointDefenseGroup]:
    """Active, non-voided groups whose term ends on or before ``horizon``."""
    return list(session.scalars(select(JointDefenseGroup).where(
        JointDefenseGroup.status == GroupStatus.ACTIVE.value,
        JointDefenseGroup.voided_at.is_(None),  # type: ignore[union-attr]
        JointDefenseGroup.term_end.is_not(None),  # type: ignore[union-attr]
        JointDefenseGroup.term_end <= horizon)).all())  # type: ignore[operator]


def current_memberships(session: Session, *, group_id: str | None = None,
                        household_id: str | None = None) -> list[GroupMember]:
    """Open, non-voided memberships, optionally of one group and/or household, by joining date."""
    stmt = select(GroupMember).where(GroupMember.left_on.is_(None),  # type: ignore[union-attr]
                                     GroupMember.voided_at.is_(None))  # type: ignore[union-attr]
    if group_id:
        stmt = stmt.where(GroupMember.group_id == group_id)
    if household_id:
        stmt = stmt.where(GroupMember.household_id == household_id)
    return list(session.scalars(stmt.order_by(GroupMember.joined_on,
                                              GroupMember.created_at)).all())


def current_memberships_of_households(session: Session,
                                      household_ids: Collection[str]) -> Sequence[GroupMember]:
    """Open, non-voided memberships of these households, in no particular order."""
    if not household_ids:
        return []
    return session.scalars(
        select(GroupMember).where(GroupMember.household_id.in_(household_ids),  # type: ignore[attr-defined]
                                  GroupMember.left_on.is_(None),  # type: ignore[union-attr]
                                  GroupMember.voided_at.is_(None))).all()  # type: ignore[union-attr]


def current_memberships_of_groups(session: Session,
                                  group_ids: Collection[str]) -> Sequence[GroupMember]:
    """Open, non-voided memberships of these groups by joining date."""
    if not group_ids:
        return []
    return session.scalars(
        select(GroupMember).where(GroupMember.group_id.in_(group_ids),  # type: ignore[attr-defined]
                                  GroupMember.left_on.is_(None),  # type: ignore[union-attr]
                                  GroupMember.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(GroupMember.joined_on, GroupMember.created_at)).all()


def group_memberships(session: Session, group_id: str) -> list[GroupMember]:
    """All non-voided memberships of the group, past and current, in no particular order."""
    return list(session.scalars(
        select(GroupMember).where(GroupMember.group_id == group_id,
                                  GroupMember.voided_at.is_(None))).all())  # type: ignore[union-attr]


# --- incident reports ------------------------------------------------------------------------

def count_group_incidents(session: Session, group_id: str) -> int:
    """The number of non-voided incident reports of the group."""
    return int(session.scalar(select(func.count()).select_from(IncidentReport).where(
        IncidentReport.group_id == group_id,
        IncidentReport.voided_at.is_(None))) or 0)  # type: ignore[union-attr]


def incidents(session: Session, *, group_id: str | None = None, kind: str | None = None,
              routed_to: str | None = None, reported_from: datetime | None = None,
              reported_before: datetime | None = None) -> list[IncidentReport]:
    """Non-voided incident reports matching the given filters, newest first."""
    stmt = select(IncidentReport).where(IncidentReport.voided_at.is_(None))  # type: ignore[union-attr]
    if group_id:
        stmt = stmt.where(IncidentReport.group_id == group_id)
    if kind:
        stmt = stmt.where(IncidentReport.kind == kind)
    if routed_to:
        stmt = stmt.where(IncidentReport.routed_to == routed_to)
    if reported_from is not None:
        stmt = stmt.where(IncidentReport.reported_at >= reported_from)
    if reported_before is not None:
        stmt = stmt.where(IncidentReport.reported_at < reported_before)
    return list(session.scalars(stmt.order_by(IncidentReport.reported_at.desc())).all())  # type: ignore[attr-defined]


# --- cases -----------------------------------------------------------------------------------

def cases_by_ids(session: Session, ids: Collection[str]) -> Sequence[MediationCase]:
    """The cases with these ids (voided ones included), in no particular order."""
    if not ids:
        return []
    return session.scalars(select(MediationCase).where(
        MediationCase.id.in_(ids))).all()  # type: ignore[attr-defined]


def latest_cases_since(session: Session, since: date, *, limit: int) -> list[MediationCase]:
    """Up to ``limit`` cases received on or after ``since`` (voided included), latest first."""
    return list(session.scalars(
        select(MediationCase).where(MediationCase.received_on >= since)
        .order_by(MediationCase.received_on.desc(), MediationCase.seq.desc())  # type: ignore[attr-defined]
        .limit(limit)).all())
