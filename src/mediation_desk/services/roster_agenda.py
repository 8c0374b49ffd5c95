"""今日待办 lines: mediators whose term ends soon or has ended while they are still recorded
as serving (任期已满未换届).

A term is shown ``TERM_REMINDER_DAYS`` ahead even when the agenda looks only a week ahead:
re-electing a member needs a villagers' meeting, which cannot be called in a week."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from mediation_desk.domain.deadlines import DeadlineKind, deadline_state
from mediation_desk.domain.enums import MediatorStatus
from mediation_desk.domain.roster_checks import TERM_REMINDER_DAYS
from mediation_desk.domain.views import AgendaItem
from mediation_desk.store.tables import Mediator, Person
from mediation_desk.store.uow import UnitOfWork

SOON_DAYS = 14  # two weeks before the end the line is marked as due soon


def agenda_items(uow: UnitOfWork, today: date, horizon: date) -> list[AgendaItem]:
    """Lines due on or before ``horizon`` (or within the reminder lead), overdue included."""
    until = max(horizon, today + timedelta(days=TERM_REMINDER_DAYS))
    rows = uow.session.execute(
        select(Mediator, Person).join(Person, Person.id == Mediator.person_id)
        .where(Mediator.status == MediatorStatus.ACTIVE.value,
               Mediator.voided_at.is_(None),  # type: ignore[union-attr]
               Mediator.term_end.is_not(None),  # type: ignore[union-attr]
               Mediator.term_end <= until)  # type: ignore[operator]
        .order_by(Mediator.term_end)).all()
    out = []
    for m, p in rows:
        due = m.term_end
        assert due is not None
        out.append(AgendaItem(
            case_id=None, case_no=f"调解员 {p.name}",
            title=f"{p.name}的任期{'已于' if due < today else '将于'}"
                  f"{due.year}年{due.month}月{due.day}日届满，请组织换届或续聘",
            kind=DeadlineKind.MEDIATOR_TERM.value, due_on=due,
            state=deadline_state(due, today, soon_days=SOON_DAYS).value,
            days_left=(due - today).days, ref_id=None, subject="mediator", subject_id=m.id))
    return out
