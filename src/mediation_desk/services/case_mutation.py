"""The shared shape of every write to a case record: load, refuse on archived cases, change,
refresh deadlines and search index, log, commit, return the fresh detail."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import case_queries, case_state, indexing
from mediation_desk.services.case_register import check_date
from mediation_desk.services.case_state import CaseAggregate
from mediation_desk.store.uow import UnitOfWork

Change = Callable[[UnitOfWork, CaseAggregate, date], dict[str, Any]]


def mutate_case(ctx: AppContext, case_ref: str, event: str, change: Change, *,
                allowed: Collection[CaseStatus] | None = None) -> CaseDetail:
    """Run ``change`` on the case in one transaction; it returns what to log as "after"."""
    today = ctx.today()
    with ctx.uow(write=True) as uow:
        agg = case_state.load(uow, case_ref)
        case_state.require_live(agg.case)
        status = CaseStatus(agg.case.status)
        if status == CaseStatus.ARCHIVED:
            raise DomainError("case.archived_read_only", "case", action=event)
        if allowed is not None and status not in allowed:
            raise DomainError("case.record_not_allowed", "case", record=event,
                              status=status.value, allowed=sorted(s.value for s in allowed))
        after = change(uow, agg, today)
        agg.case.updated_at = uow.now  # a change to any child is a change to the case file
        uow.session.flush()
        agg = case_state.load(uow, agg.case.id)
        case_state.refresh_deadlines(agg)
        indexing.index_case(uow, agg.case, agg.parties, agg.agreements)
        uow.log(event, "mediation_case", agg.case.id, case_id=agg.case.id, after=after)
        uow.commit()
        return case_queries.case_detail(uow, agg.case.id, today)


def dated(value: date | None, today: date, *, field: str, case_received: date) -> date:
    """A record's date: given or today; never in the future nor before the case began."""
    d = value or today
    check_date(d, field=field, today=today, not_before=case_received)
    return d


def party_ids(agg: CaseAggregate) -> set[str]:
    return {p.id for p in agg.parties}


def require_party(agg: CaseAggregate, party_id: str | None, field: str) -> None:
    if party_id is not None and party_id not in party_ids(agg):
        raise DomainError("case.unknown_party", field, party_id=party_id)
