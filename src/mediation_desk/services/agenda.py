"""今日待办: every deadline that needs attention across open cases, soonest first."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import deadlines as dl
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services import (
    authz,
    case_state,
    community_agenda,
    retention_agenda,
    roster_agenda,
    screening_agenda,
)
from mediation_desk.store import repos

OPEN_WITH_WINDOWS = ("agreement_reached", "performing", "performed", "non_performance")


def agenda(ctx: AppContext, *, horizon_days: int = 7, limit: int = 500) -> list[AgendaItem]:
    """Deadlines due within ``horizon_days`` (and all overdue ones): those of cases, then the
    committee's screening rounds, mediators' and group heads' terms."""
    today = ctx.today()
    horizon = dl.add_days(today, horizon_days)
    out: list[AgendaItem] = []
    with ctx.uow() as uow:
        ids = repos.cases_with_deadline_before(uow.session, horizon, limit=limit)
        ids += [i for i in repos.cases_in_status(uow.session, OPEN_WITH_WINDOWS, limit=limit)
                if i not in ids]
        for case_id in ids:
            agg = case_state.load(uow, case_id)
            for d in dl.case_deadlines(case_state.deadline_facts(agg), today):
                if d.due_on <= horizon:
                    out.append(AgendaItem(case_id=agg.case.id, case_no=agg.case.case_no,
                                          title=agg.case.title, kind=d.kind.value,
                                          due_on=d.due_on, state=d.state.value,
                                          days_left=d.days_left, ref_id=d.ref_id))
        for provider in (screening_agenda.agenda_items, roster_agenda.agenda_items,
                         community_agenda.agenda_items):
            out += provider(uow, today, horizon)
        if authz.can(ctx, Permission.RETENTION_REVIEW):
            out += retention_agenda.agenda_items(uow, today, horizon)
    return sorted(out, key=lambda a: (a.due_on, a.case_no, a.kind))
