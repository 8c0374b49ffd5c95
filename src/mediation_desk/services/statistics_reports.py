"""月报: the monthly report a village sends its township, with the month's nil report (零报告).

A village makes it for a month (or it is made when a bundle is exported: every completed
month not yet reported, up to a year back) and keeps it as it was made: later changes to the
cases show in the live statistics, not in what was reported. It travels in every bundle — as
a row in standard and full bundles, inside the statistics document of a statistics-only one —
so the township sees what each village reported, also from villages that send only numbers."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import stat_periods
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.stat_periods import Period
from mediation_desk.domain.statistics_views import StatisticsReport as ReportView
from mediation_desk.domain.statistics_views import SubmittedReport
from mediation_desk.services import statistics
from mediation_desk.store import case_origin_repo, repos, statistics_repo
from mediation_desk.store.tables import StatisticsReport
from mediation_desk.store.uow import UnitOfWork

CATCH_UP_MONTHS = 12


def submit_month(ctx: AppContext, period: str | Period) -> SubmittedReport:
    """Make (or make again) this committee's report of one month, up to the current one."""
    p = statistics.resolve_period(period, "monthly")
    today = ctx.today()
    if p.start > today:
        raise DomainError("statistics.future_period", "period", value=p.key)
    with ctx.uow(write=True) as uow:
        view = _submit(uow, p, today)
        uow.commit()
        return view


def ensure_monthly(uow: UnitOfWork, today: date) -> int:
    """Report every completed month not reported yet, back to the first case or at most a
    year; returns how many were made. A village only; the caller commits."""
    local = repos.local_station(uow.session)
    if local is None or local.kind != "village":
        return 0
    committee = repos.local_committee(uow.session, local.id)
    first = statistics_repo.earliest_case_date(uow.session)
    if committee is None or first is None:
        return 0
    done = {r.period_key for r in statistics_repo.monthly_reports(
        uow.session, committee_id=committee.id)}
    last = stat_periods.containing("monthly", today).previous()
    made = 0
    for month in stat_periods.last_months(last, CATCH_UP_MONTHS):
        if month.end >= first and month.key not in done:
            _submit(uow, month, today)
            made += 1
    return made


def submitted(ctx: AppContext, period: str | None = None, *, with_report: bool = False
              ) -> list[SubmittedReport]:
    """The monthly reports held here: a village's own, or every village's at a township
    (from bundle rows and from statistics-only bundles), newest month first."""
    key = statistics.resolve_period(period, "monthly").key if period else None
    with ctx.uow() as uow:
        s = uow.session
        names = case_origin_repo.committee_short_names(s)
        out = {(r.origin_station_id, r.period_key): _view(
            r.id, r.origin_station_id, r.payload, r.is_zero_report, "rows", names, with_report)
            for r in statistics_repo.monthly_reports(s, period_key=key)}
        for station, _at, doc in statistics_repo.statistics_imports(s):
            for item in doc.get("reports") or []:
                try:
                    view = _view(str(item["id"]), station, item["payload"],
                                 bool(item["is_zero_report"]), "statistics", names, with_report)
                except (KeyError, TypeError, ValueError):
                    continue  # a malformed entry in an old bundle: the rest still shows
                if key is None or view.period_key == key:
                    out[(station, view.period_key)] = view  # a later import replaces
    return sorted(out.values(), key=lambda v: (v.period_key, v.unit_name), reverse=True)


def statistics_document(uow: UnitOfWork, station_id: str) -> list[dict[str, Any]]:
    """The village's monthly reports for a statistics-only bundle."""
    return [{"id": r.id, "period_key": r.period_key, "as_of": r.as_of.isoformat(),
             "is_zero_report": r.is_zero_report, "payload": r.payload}
            for r in statistics_repo.monthly_reports(uow.session)
            if r.origin_station_id == station_id]


def _submit(uow: UnitOfWork, p: Period, today: date) -> SubmittedReport:
    local = repos.local_station(uow.session)
    committee = repos.local_committee(uow.session, local.id) if local else None
    if local is None or committee is None or local.kind != "village":
        raise DomainError("statistics.village_only", "period")
    rep = statistics.build(statistics.load(uow, p, today))
    payload = rep.model_dump(mode="json")
    zero = rep.screening.rounds > 0 and rep.screening.findings == 0
    rows = statistics_repo.monthly_reports(uow.session, committee_id=committee.id,
                                           period_key=p.key)
    row = rows[0] if rows else StatisticsReport(
        committee_id=committee.id, period_key=p.key, period_start=p.start, period_end=p.end,
        as_of=today, origin_station_id=uow.station_id)
    row.as_of, row.payload, row.is_zero_report = today, payload, zero
    row.updated_at = uow.now
    uow.session.add(row)
    uow.session.flush()
    uow.log("statistics.submit", "statistics_report", row.id,
            after={"period": p.key, "registered": rep.total.get("registered"),
                   "success": rep.total.get("success"), "zero_report": zero,
                   "again": bool(rows)})
    names = {local.id: committee.short_name}
    return _view(row.id, local.id, payload, zero, "rows", names, False)


def _view(rid: str, station_id: str, payload: dict[str, Any], zero: bool, via: str,
          names: dict[str, str], with_report: bool) -> SubmittedReport:
    rep = ReportView.model_validate(payload)
    return SubmittedReport(
        id=rid, station_id=station_id, unit_name=names.get(station_id) or rep.unit_name,
        period_key=rep.period.key, period_label=rep.period.label, as_of=rep.as_of,
        is_zero_report=zero, registered=rep.total.get("registered"),
        accepted=rep.total.get("accepted"), success=rep.total.get("success"),
        amount_fen=rep.total.amount_fen, screening_rounds=rep.screening.rounds, via=via,
        report=rep if with_report else None)
