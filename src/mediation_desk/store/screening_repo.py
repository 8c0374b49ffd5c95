"""Queries of screening rounds (排查) and their findings, kept here so that the screening
services never compose SQL themselves.

Functions take the unit of work's session and return ORM rows; they never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlmodel import Session, select

from mediation_desk.store.tables import (
    EventLog,
    MediationCase,
    ScreeningFinding,
    ScreeningRound,
)


def committee_rounds(session: Session, committee_id: str) -> Sequence[ScreeningRound]:
    """The committee's live rounds, by period start."""
    return session.scalars(
        select(ScreeningRound).where(ScreeningRound.committee_id == committee_id,
                                     ScreeningRound.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(ScreeningRound.period_start)).all()  # type: ignore[arg-type]


def last_event_at(session: Session, action: str, entity_id: str) -> datetime | None:
    """When ``action`` was last logged for ``entity_id`` (None: never)."""
    return session.scalars(
        select(EventLog.at).where(EventLog.action == action,
                                  EventLog.entity_id == entity_id)
        .order_by(EventLog.at.desc())).first()  # type: ignore[attr-defined]


def findings_of_rounds(session: Session, round_ids: Sequence[str]
                       ) -> Sequence[ScreeningFinding]:
    """The rounds' live findings, oldest first."""
    if not round_ids:
        return []
    return session.scalars(
        select(ScreeningFinding).where(
            ScreeningFinding.round_id.in_(round_ids),  # type: ignore[attr-defined]
            ScreeningFinding.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(ScreeningFinding.created_at)).all()


def case_numbers(session: Session, case_ids: Sequence[str] | set[str]) -> dict[str, str]:
    """Case number by case id, for the given cases."""
    if not case_ids:
        return {}
    return dict(session.execute(
        select(MediationCase.id, MediationCase.case_no).where(
            MediationCase.id.in_(case_ids))).all())  # type: ignore[attr-defined]


def unreported_major_findings(session: Session, committee_id: str
                              ) -> Sequence[tuple[ScreeningFinding, ScreeningRound]]:
    """The committee's live major findings with their rounds that are neither a case nor
    reported yet."""
    return session.execute(
        select(ScreeningFinding, ScreeningRound)
        .join(ScreeningRound, ScreeningRound.id == ScreeningFinding.round_id)
        .where(ScreeningRound.committee_id == committee_id,
               ScreeningRound.voided_at.is_(None),  # type: ignore[union-attr]
               ScreeningFinding.voided_at.is_(None),  # type: ignore[union-attr]
               ScreeningFinding.is_major.is_(True),  # type: ignore[attr-defined]
               ScreeningFinding.case_id.is_(None),  # type: ignore[union-attr]
               ScreeningFinding.reported_on.is_(None))).all()  # type: ignore[union-attr]


def cases_from_source(session: Session, committee_id: str, source_code: str
                      ) -> list[tuple[str, date]]:
    """(id, received_on) of the committee's cases with that source, oldest first."""
    rows = session.execute(
        select(MediationCase.id, MediationCase.received_on).where(
            MediationCase.committee_id == committee_id,
            MediationCase.source_code == source_code)
        .order_by(MediationCase.received_on)).all()  # type: ignore[arg-type]
    return [(r[0], r[1]) for r in rows]
