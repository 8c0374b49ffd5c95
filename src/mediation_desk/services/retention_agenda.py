"""今日待办 lines: archived dossiers whose retention period has run out and wait for the
chair's review (个人信息保护法 第十九条). Shown only to those who may decide
(``RETENTION_REVIEW``); the line opens the retention review."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.deadlines import deadline_state
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services.retention import due_views
from mediation_desk.store.uow import UnitOfWork

SUBJECT = "retention"
KIND = "retention_review"
MAX_LINES = 50  # the review dialog lists them all; the agenda need not


def agenda_items(uow: UnitOfWork, today: date, _horizon: date) -> list[AgendaItem]:
    out = []
    for d in due_views(uow, today)[:MAX_LINES]:
        out.append(AgendaItem(
            case_id=None, case_no=d.case_no, title=d.title, kind=KIND, due_on=d.due_on,
            state=deadline_state(d.due_on, today).value, days_left=(d.due_on - today).days,
            ref_id=None, subject=SUBJECT, subject_id=d.case_id))
    return out
