"""Queries of the patrol services (joint defense groups' rotas, shifts and logs).

Kept here so that services never compose SQL themselves. Functions take the unit of
work's session and return ORM rows; they never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, select

from mediation_desk.store.tables import (
    GroupMember,
    Household,
    JointDefenseGroup,
    PatrolLog,
    PatrolRota,
    PatrolShift,
)


def group_by_name(session: Session, name: str) -> JointDefenseGroup | None:
    """The first live group with exactly this name, or None."""
    return session.scalars(select(JointDefenseGroup).where(
        JointDefenseGroup.name == name,
        JointDefenseGroup.voided_at.is_(None))).first()  # type: ignore[union-attr]


def memberships_with_households(session: Session, group_id: str, joined_by: date
                                ) -> Sequence[tuple[GroupMember, Household]]:
    """(membership, household) pairs of the group's live memberships joined by ``joined_by``."""
    return session.exec(
        select(GroupMember, Household).join(Household, Household.id == GroupMember.household_id)
        .where(GroupMember.group_id == group_id,
               GroupMember.voided_at.is_(None),  # type: ignore[union-attr]
               GroupMember.joined_on <= joined_by)).all()


def households_by_ids(session: Session, ids: Sequence[str]) -> Sequence[Household]:
    """The households with these ids (voided ones included)."""
    return session.exec(select(Household).where(Household.id.in_(ids))).all()  # type: ignore[attr-defined]


def group_shifts(session: Session, group_id: str, *, rota_id: str | None = None,
                 from_date: date | None = None, to_date: date | None = None
                 ) -> list[PatrolShift]:
    """The group's live shifts, optionally of one rota and within dates, by date and start."""
    stmt = select(PatrolShift).where(PatrolShift.group_id == group_id,
                                     PatrolShift.voided_at.is_(None))  # type: ignore[union-attr]
    if rota_id is not None:
        stmt = stmt.where(PatrolShift.rota_id == rota_id)
    if from_date is not None:
        stmt = stmt.where(PatrolShift.shift_date >= from_date)
    if to_date is not None:
        stmt = stmt.where(PatrolShift.shift_date <= to_date)
    return list(session.exec(stmt.order_by(PatrolShift.shift_date,  # type: ignore[arg-type]
                                           PatrolShift.start_time)).all())


def group_rotas(session: Session, group_id: str) -> list[PatrolRota]:
    """The group's live rotas, by start date."""
    return list(session.exec(select(PatrolRota).where(
        PatrolRota.group_id == group_id, PatrolRota.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(PatrolRota.starts_on)).all())  # type: ignore[arg-type]


def logged_shift_ids(session: Session, shift_ids: Sequence[str]) -> set[str]:
    """Those of ``shift_ids`` that have a live patrol log."""
    if not shift_ids:
        return set()
    return set(session.exec(select(PatrolLog.shift_id).where(
        PatrolLog.shift_id.in_(list(shift_ids)),  # type: ignore[attr-defined]
        PatrolLog.voided_at.is_(None))).all())  # type: ignore[union-attr]


def group_logs(session: Session, group_id: str, from_date: date | None = None,
               to_date: date | None = None) -> Sequence[tuple[PatrolLog, PatrolShift]]:
    """(log, shift) pairs of the group's live logs on live shifts, newest shift date first."""
    stmt = select(PatrolLog, PatrolShift).join(PatrolShift, PatrolShift.id == PatrolLog.shift_id) \
        .where(PatrolShift.group_id == group_id,
               PatrolLog.voided_at.is_(None),  # type: ignore[union-attr]
               PatrolShift.voided_at.is_(None))  # type: ignore[union-attr]
    if from_date is not None:
        stmt = stmt.where(PatrolShift.shift_date >= from_date)
    if to_date is not None:
        stmt = stmt.where(PatrolShift.shift_date <= to_date)
    return session.exec(stmt.order_by(PatrolShift.shift_date.desc())).all()  # type: ignore[attr-defined]


def by_id_prefix(session: Session, model: type[PatrolShift] | type[PatrolRota], prefix: str,
                 limit: int = 2) -> list[PatrolShift | PatrolRota]:
    """Up to ``limit`` live shifts or rotas whose id starts with ``prefix``."""
    return list(session.exec(select(model).where(
        model.id.startswith(prefix),  # type: ignore[attr-defined]
        model.voided_at.is_(None)).limit(limit)).all())  # type: ignore[union-attr]
