"""今日待办 lines: Screening rounds due or overdue for the committee's frequency, and major findings whose
written report (2 days) is outstanding."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from mediation_desk.domain.deadlines import DeadlineKind, deadline_state, major_report_due
from mediation_desk.domain.screening_schedule import period_label
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services import screening_read
from mediation_desk.store.tables import ScreeningFinding, ScreeningRound
from mediation_desk.store.uow import UnitOfWork

SUBJECT = "screening"
PERIOD_PREFIX = "period:"  # subject_id of a missing round: "period:<its first day>"


def agenda_items(uow: UnitOfWork, today: date, horizon: date) -> list[AgendaItem]:
    """Lines due on or before ``horizon`` (overdue ones included)."""
    out: list[AgendaItem] = []
    for p in screening_read.status(uow, today).missing:
        if p.due_on > horizon:
            continue
        out.append(AgendaItem(
            case_id=None, case_no=p.subject, title=f"{p.label}矛盾纠纷排查尚未登记（没有发现也要登记零报告）",
            kind=DeadlineKind.SCREENING_ROUND.value, due_on=p.due_on,
            state=deadline_state(p.due_on, today).value, days_left=p.days_left, ref_id=None,
            subject=SUBJECT, subject_id=f"{PERIOD_PREFIX}{p.start.isoformat()}"))
    c = screening_read.committee(uow)
    pending = uow.session.execute(
        select(ScreeningFinding, ScreeningRound)
        .join(ScreeningRound, ScreeningRound.id == ScreeningFinding.round_id)
        .where(ScreeningRound.committee_id == c.id,
               ScreeningRound.voided_at.is_(None),  # type: ignore[union-attr]
               ScreeningFinding.voided_at.is_(None),  # type: ignore[union-attr]
               ScreeningFinding.is_major.is_(True),  # type: ignore[attr-defined]
               ScreeningFinding.case_id.is_(None),  # type: ignore[union-attr]
               ScreeningFinding.reported_on.is_(None))).all()  # type: ignore[union-attr]
    for f, r in pending:
        due = major_report_due(r.held_on)
        if due > horizon:
            continue
        out.append(AgendaItem(
            case_id=None, case_no=f"{period_label(r.period_start, r.period_end)}排查发现",
            title=f"重大纠纷书面报告：{_short(f.description)}",
            kind=DeadlineKind.FINDING_REPORT.value, due_on=due,
            state=deadline_state(due, today).value, days_left=(due - today).days, ref_id=None,
            subject=SUBJECT, subject_id=f.id))
    return out


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
