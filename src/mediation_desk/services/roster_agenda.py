"""今日待办 lines: mediators whose term ends soon or has ended while they are still recorded
as serving (任期已满未换届).

A term is shown ``TERM_REMINDER_DAYS`` ahead even when the agenda looks only a week ahead:
re-electing a member needs a villagers' meeting, which cannot be called in a week."""

from __future__ import annotations

from datetime import date, timedelta

from mediation_desk.domain.deadlines import DeadlineKind, deadline_state
from mediation_desk.domain.roster_checks import TERM_REMINDER_DAYS
from mediation_desk.domain.views import AgendaItem
from mediation_desk.store import roster_repo
from mediation_desk.store.uow import UnitOfWork

SOON_DAYS = 14  # two weeks before the end the line is marked as due soon


def agenda_items(uow: UnitOfWork, today: date, horizon: date) -> list[AgendaItem]:
    """Lines due on or before ``horizon`` (or within the reminder lead), overdue included."""
    until = max(horizon, today + timedelta(days=TERM_REMINDER_DAYS))
    rows = roster_repo.serving_terms_ending_by(uow.session, until)
    out = []
    for m, p in rows:
        due = m.term_end
        assert due is not None
        out.append(AgendaItem(
            case_id=None, case_no=m.certificate_no or p.name, title=p.name,
            kind=DeadlineKind.MEDIATOR_TERM.value, due_on=due,
            state=deadline_state(due, today, soon_days=SOON_DAYS).value,
            days_left=(due - today).days, ref_id=None, subject="mediator", subject_id=m.id))
    return out
