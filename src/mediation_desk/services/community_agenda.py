"""今日待办 lines: joint-defence group heads whose term ends soon or has ended (换届)."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.deadlines import DeadlineKind, deadline_state
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services.community import persons_by_id
from mediation_desk.store import community_repo
from mediation_desk.store.uow import UnitOfWork


def agenda_items(uow: UnitOfWork, today: date, horizon: date) -> list[AgendaItem]:
    """Lines due on or before ``horizon`` (overdue ones included): the group's name as the
    subject, the head's name as the title."""
    groups = community_repo.active_groups_with_term_end_by(uow.session, horizon)
    heads = persons_by_id(uow, [g.head_person_id for g in groups])
    out = []
    for g in groups:
        assert g.term_end is not None
        head = heads.get(g.head_person_id or "")
        out.append(AgendaItem(
            case_id=None, case_no=g.name, title=head.name if head else "",
            kind=DeadlineKind.GROUP_TERM.value, due_on=g.term_end,
            state=deadline_state(g.term_end, today).value,
            days_left=(g.term_end - today).days, ref_id=None, subject="group",
            subject_id=g.id))
    return out
