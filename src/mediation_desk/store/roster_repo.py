"""Queries of the mediator roster (training records, status history, terms ending), kept
here so that the roster services never compose SQL themselves.

Functions take the unit of work's session and return ORM rows; they never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, select

from mediation_desk.domain.enums import MediatorStatus
from mediation_desk.store.tables import (
    Mediator,
    MediatorStatusChange,
    MediatorTraining,
    Person,
)


def trainings_of(session: Session, mediator_ids: Sequence[str]) -> Sequence[MediatorTraining]:
    """The mediators' live training records, oldest first."""
    if not mediator_ids:
        return []
    return session.scalars(
        select(MediatorTraining).where(
            MediatorTraining.mediator_id.in_(mediator_ids),  # type: ignore[attr-defined]
            MediatorTraining.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(MediatorTraining.held_on)).all()


def status_changes_of(session: Session, mediator_ids: Sequence[str]
                      ) -> Sequence[MediatorStatusChange]:
    """The mediators' live status history rows, in the order they happened."""
    if not mediator_ids:
        return []
    return session.scalars(
        select(MediatorStatusChange).where(
            MediatorStatusChange.mediator_id.in_(mediator_ids),  # type: ignore[attr-defined]
            MediatorStatusChange.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(MediatorStatusChange.changed_on,  # type: ignore[arg-type]
                  MediatorStatusChange.created_at)).all()


def serving_terms_ending_by(session: Session, until: date
                            ) -> Sequence[tuple[Mediator, Person]]:
    """Serving mediators with their persons whose term ends on or before ``until``, soonest
    first."""
    return session.execute(
        select(Mediator, Person).join(Person, Person.id == Mediator.person_id)
        .where(Mediator.status == MediatorStatus.ACTIVE.value,
               Mediator.voided_at.is_(None),  # type: ignore[union-attr]
               Mediator.term_end.is_not(None),  # type: ignore[union-attr]
               Mediator.term_end <= until)  # type: ignore[operator]
        .order_by(Mediator.term_end)).all()
