"""Monthly, quarterly, yearly (or any period's) statistics of a committee, or of a township
and each of its villages, from the records this station holds.

Counting follows ``domain.stat_rules`` (docs/statistics.md): each case once, in the period
it was registered, with its outcome today. Everything is computed from a few grouped queries
and then tallied in memory, so a township's year of 100,000 cases is one pass."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import stat_periods
from mediation_desk.domain.codes import codes_of, default_label
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.stat_defs import COUNTING_RULE_ZH, RATE_DEFS, SOURCE_BUCKETS
from mediation_desk.domain.stat_periods import Period
from mediation_desk.domain.stat_rules import CaseStatFacts, counts
from mediation_desk.domain.statistics_views import (
    CaseTally,
    Comparison,
    JointDefenceTally,
    MonthPoint,
    PreventedRow,
    RateView,
    ScreeningTally,
    StatisticsReport,
    StatPeriodView,
    StatRow,
)
from mediation_desk.store import case_origin_repo, repos, statistics_repo
from mediation_desk.store.uow import UnitOfWork

TREND_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Unit:
    """Who a report is for: a station and its name."""

    station_id: str
    name: str


@dataclass
class Sources:
    """Everything a report is made from, read in one unit of work."""

    period: Period
    today: date
    facts: list[CaseStatFacts]  # from the earliest month any part of the report needs
    screening: dict[str, dict[str, int]]
    joint_defence: dict[str, dict[str, int]]
    categories: list[tuple[str, str]]  # (code, label) in the code table's order
    prevented: list[tuple[str, str]]
    local: Unit
    is_township: bool
    villages: list[Unit]  # at a township: every village station known, then its own
    numbers_only: frozenset[str] = frozenset()  # villages whose cases are not held here


def period_view(p: Period) -> StatPeriodView:
    return StatPeriodView(kind=p.kind, key=p.key, label=p.label, start=p.start, end=p.end)


def resolve_period(period: Period | str, kind: str | None = None) -> Period:
    return period if isinstance(period, Period) else stat_periods.parse(period, kind)


def report(ctx: AppContext, period: Period | str, *, kind: str | None = None
           ) -> StatisticsReport:
    """The statistics of ``period`` (a Period or a key such as ``2026-11``, ``2026-Q4``,
    ``2026``, ``2025-12-01..2026-01-31``). Raises DomainError on a malformed period."""
    p = resolve_period(period, kind)
    with ctx.uow() as uow:
        src = load(uow, p, ctx.today())
    return build(src)


def load(uow: UnitOfWork, p: Period, today: date) -> Sources:
    trend = stat_periods.last_months(p, TREND_MONTHS)
    start = min(p.start, trend[0].start, p.previous().start, p.year_before().start)
    s = uow.session
    # Memberships and coverage as they stood at the end of the period (or today).
    on = min(p.end, today)
    stations = case_origin_repo.stations(s)
    local = next((x for x in stations if x.is_local), None)
    short = case_origin_repo.committee_short_names(s)

    def unit(station_id: str, fallback: str) -> Unit:
        return Unit(station_id, short.get(station_id) or fallback)

    villages = [unit(x.station_id, x.name) for x in sorted(stations, key=lambda x: x.code)
                if x.kind == "village" and not x.is_local]
    if local is not None and local.kind == "township":
        own = unit(local.station_id, local.name)
        villages.append(Unit(own.station_id, f"{own.name}（本级）"))
    # A village that sends statistics-only bundles has no case rows here: its line says so
    # instead of passing for a village without disputes (its own figures: 月报).
    numbers_only = frozenset(
        v.station_id for v in villages if v.station_id != (local.station_id if local else "")
        and statistics_repo.case_count(s, v.station_id) == 0
        and statistics_repo.statistics_imports_from(s, v.station_id))
    return Sources(
        period=p, today=today, numbers_only=numbers_only,
        facts=case_facts(uow, start, p.end),
        screening=statistics_repo.screening_counts(s, p.start, p.end),
        joint_defence=statistics_repo.joint_defence_counts(s, p.start, p.end, on),
        categories=_labels(uow, CodeTable.DISPUTE_CATEGORY),
        prevented=_labels(uow, CodeTable.PREVENTED_OUTCOME),
        local=unit(local.station_id, local.name) if local else Unit("", ""),
        is_township=local is not None and local.kind == "township",
        villages=villages)


def case_facts(uow: UnitOfWork, start: date, end: date) -> list[CaseStatFacts]:
    """The facts of the live cases registered from ``start`` to ``end``."""
    buckets = {r.code: r.group_code
               for r in repos.active_codes(uow.session, CodeTable.CASE_SOURCE.value)}
    for d in codes_of(CodeTable.CASE_SOURCE):  # code tables do not travel: villages' defaults
        buckets.setdefault(d.code, d.group)
    return statistics_repo.case_facts(uow.session, start, end, buckets)


def build(src: Sources) -> StatisticsReport:
    if not src.is_township:
        return _report(src, src.facts, "village", src.local, None)
    out = _report(src, src.facts, "township", src.local, None)
    by_station: dict[str, list[CaseStatFacts]] = defaultdict(list)
    for f in src.facts:
        by_station[f.station_id].append(f)
    known = {v.station_id for v in src.villages}
    # A village whose station row is unknown (never expected) still gets its own section.
    extra = [Unit(sid, sid[:8]) for sid in by_station if sid not in known]
    sections = [_report(src, by_station.get(v.station_id, []), "village_of_township", v,
                        v.station_id) for v in [*src.villages, *extra]]
    rows = [StatRow(key=r.station_id or "", tally=r.total, station_id=r.station_id,
                    label=r.unit_name + ("（仅报统计数字，见月报）"
                                         if r.station_id in src.numbers_only else ""))
            for r in sections]
    return out.model_copy(update={"villages": sections, "by_village": rows})


def _report(src: Sources, facts: Sequence[CaseStatFacts], scope: str, unit: Unit,
            station_id: str | None) -> StatisticsReport:
    p = src.period
    current = [f for f in facts if p.contains(f.received_on)]
    total = tally(current)
    stations = None if station_id is None else {station_id}
    return StatisticsReport(
        period=period_view(p), as_of=src.today, scope=scope, unit_name=unit.name,
        station_id=station_id, total=total,
        by_category=_category_rows(current, src.categories),
        by_source=[StatRow(key=b.key, label=b.label_zh, source=b.key,
                           tally=tally(f for f in current if f.source_bucket == b.key))
                   for b in SOURCE_BUCKETS],
        by_village=[], rates=rates(total), prevented=_prevented(current, src.prevented),
        screening=ScreeningTally(**_summed(src.screening, stations, ScreeningTally)),
        joint_defence=JointDefenceTally(**_summed(src.joint_defence, stations,
                                                  JointDefenceTally)),
        trend=_trend(facts, p), comparisons=_comparisons(facts, p),
        counting_rule=COUNTING_RULE_ZH)


def tally(facts: Iterable[CaseStatFacts]) -> CaseTally:
    found, amount = counts(list(facts))
    return CaseTally(counts=found, amount_fen=amount)


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def rates(total: CaseTally) -> list[RateView]:
    return [RateView(key=d.key, label=d.label_zh, numerator=total.get(d.numerator),
                     denominator=total.get(d.denominator),
                     value=ratio(total.get(d.numerator), total.get(d.denominator)),
                     definition=d.definition_zh, numerator_measure=d.numerator,
                     denominator_measure=d.denominator)
            for d in RATE_DEFS]


def _labels(uow: UnitOfWork, table: CodeTable) -> list[tuple[str, str]]:
    rows = [(r.code, r.label_zh) for r in repos.active_codes(uow.session, table.value)]
    known = {c for c, _ in rows}
    # Defaults the station has retired still label the older cases that use them.
    rows += [(d.code, d.label_zh) for d in codes_of(table) if d.code not in known]
    return rows


def _category_rows(facts: list[CaseStatFacts], categories: list[tuple[str, str]]
                   ) -> list[StatRow]:
    by_cat: dict[str, list[CaseStatFacts]] = defaultdict(list)
    for f in facts:
        by_cat[f.category].append(f)
    order = list(categories)
    # A category the township's table does not know (a village's own code) still shows.
    order += [(c, default_label(CodeTable.DISPUTE_CATEGORY, c) or c)
              for c in sorted(by_cat) if c not in {k for k, _ in categories}]
    rows: list[StatRow] = []
    for code, label in order:
        mine = by_cat.get(code, [])
        rows.append(StatRow(key=code, label=label, tally=tally(mine), category=code))
        subs: dict[str, list[CaseStatFacts]] = defaultdict(list)
        for f in mine:
            if f.sub_category:
                subs[f.sub_category].append(f)
        for sub in sorted(subs):
            rows.append(StatRow(key=f"{code}/{sub}", label=sub, tally=tally(subs[sub]),
                                level=1, category=code, sub_category=sub))
    return rows


def _prevented(facts: list[CaseStatFacts], codes: list[tuple[str, str]]) -> list[PreventedRow]:
    cases: dict[str, int] = defaultdict(int)
    persons: dict[str, int] = defaultdict(int)
    for f in facts:
        if f.prevented_outcome:
            cases[f.prevented_outcome] += 1
            persons[f.prevented_outcome] += f.prevented_persons
    order = list(codes) + [(c, c) for c in sorted(cases) if c not in {k for k, _ in codes}]
    return [PreventedRow(code=c, label=label, cases=cases.get(c, 0), persons=persons.get(c, 0))
            for c, label in order]


def _summed(per_station: dict[str, dict[str, int]], stations: set[str] | None,
            model: type[ScreeningTally] | type[JointDefenceTally]) -> dict[str, int]:
    out = dict.fromkeys(model.model_fields, 0)
    for sid, values in per_station.items():
        if stations is None or sid in stations:
            for k, v in values.items():
                out[k] += v
    return out


def _trend(facts: Sequence[CaseStatFacts], p: Period) -> list[MonthPoint]:
    # One pass to sort the facts into months, not one pass over all of them per month.
    by_month: dict[tuple[int, int], list[CaseStatFacts]] = defaultdict(list)
    for f in facts:
        by_month[(f.received_on.year, f.received_on.month)].append(f)
    points: list[MonthPoint] = []
    for i, m in enumerate(stat_periods.last_months(p, TREND_MONTHS)):
        t = tally(by_month.get((m.start.year, m.start.month), []))
        label = m.label if i == 0 or m.start.month == 1 else f"{m.start.month}月"
        points.append(MonthPoint(key=m.key, label=label, registered=t.get("registered"),
                                 accepted=t.get("accepted"), success=t.get("success"),
                                 success_rate=ratio(t.get("success"), t.get("accepted"))))
    return points


def _comparisons(facts: Sequence[CaseStatFacts], p: Period) -> list[Comparison]:
    out: list[Comparison] = []
    # A year's previous period is the year before: one line, not the same one twice.
    pairs = ([("上年", p.previous())] if p.kind == "yearly"
             else [("上期", p.previous()), ("去年同期", p.year_before())])
    for label, other in pairs:
        t = tally(f for f in facts if other.contains(f.received_on))
        out.append(Comparison(label=label, period=period_view(other),
                              registered=t.get("registered"), accepted=t.get("accepted"),
                              success=t.get("success"),
                              success_rate=ratio(t.get("success"), t.get("accepted"))))
    return out
