"""今日待办 lines: Screening rounds due or overdue for the committee's frequency, and major findings whose
written report (2 days) is outstanding."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.deadlines import DeadlineKind, deadline_state, major_report_due
from mediation_desk.domain.screening_schedule import subject_label
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services import screening_read
from mediation_desk.store import screening_repo
from mediation_desk.store.uow import UnitOfWork

SUBJECT = "screening"
PERIOD_PREFIX = "period:"  # subject_id of a missing round: "period:<its first day>"


def agenda_items(uow: UnitOfWork, today: date, horizon: date) -> list[AgendaItem]:
    """Lines due on or before ``horizon`` (overdue ones included). They carry names and
    dates only; what is due is said by the kind's label in the user's language."""
    out: list[AgendaItem] = []
    for p in screening_read.status(uow, today).missing:
        if p.due_on > horizon:
            continue
        out.append(AgendaItem(
            case_id=None, case_no=p.subject, title="",
            kind=DeadlineKind.SCREENING_ROUND.value, due_on=p.due_on,
            state=deadline_state(p.due_on, today).value, days_left=p.days_left, ref_id=None,
            subject=SUBJECT, subject_id=f"{PERIOD_PREFIX}{p.start.isoformat()}"))
    c = screening_read.committee(uow)
    pending = screening_repo.unreported_major_findings(uow.session, c.id)
    for f, r in pending:
        due = major_report_due(r.held_on)
        if due > horizon:
            continue
        out.append(AgendaItem(
            case_id=None, case_no=subject_label(r.period_start, r.period_end),
            title=_short(f.description),
            kind=DeadlineKind.FINDING_REPORT.value, due_on=due,
            state=deadline_state(due, today).value, days_left=(due - today).days, ref_id=None,
            subject=SUBJECT, subject_id=f.id))
    return out


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
