"""The cases behind a figure of a statistics report: the same facts and the same test
(``stat_rules.matches``) that made the number, so the list always has as many cases as the
figure says."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import stat_periods
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.stat_rules import MEASURES, CaseStatFacts, matches
from mediation_desk.domain.statistics_views import DrillRequest
from mediation_desk.domain.views import CaseSummary, View
from mediation_desk.services import statistics
from mediation_desk.services.case_queries import summaries
from mediation_desk.store import repos

MAX_LISTED = 2000  # a longer list is shown as its first cases and the full count


class DrillResult(View):
    request: DrillRequest
    total: int  # cases behind the figure (the figure itself)
    cases: list[CaseSummary]  # the first MAX_LISTED of them, oldest registered first


def cases_behind(ctx: AppContext, req: DrillRequest, *, limit: int = MAX_LISTED
                 ) -> DrillResult:
    if req.measure not in MEASURES:
        raise DomainError("statistics.unknown_measure", "measure", value=req.measure,
                          allowed=sorted(MEASURES))
    period = stat_periods.parse(req.period)
    if req.month is not None:
        period = stat_periods.parse(req.month, "monthly")
    today = ctx.today()
    with ctx.uow() as uow:
        facts = statistics.case_facts(uow, period.start, period.end)
        ids = [f.case_id for f in facts
               if _in_row(f, req) and matches(f, req.measure, req.prevented)]
        _, rows = repos.list_cases(uow.session, ids=ids[:limit], sort="received_asc",
                                   limit=max(1, min(limit, len(ids))))
        return DrillResult(request=req, total=len(ids), cases=summaries(uow, rows, today))


def _in_row(f: CaseStatFacts, req: DrillRequest) -> bool:
    return ((req.category is None or f.category == req.category)
            and (req.sub_category is None or f.sub_category == req.sub_category)
            and (req.source is None or f.source_bucket == req.source)
            and (req.station_id is None or f.station_id == req.station_id))
