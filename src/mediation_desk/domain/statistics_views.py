"""Read models of the statistics reports (also the CLI's ``report --format json`` output:
add fields, never rename them). Amounts are in fen (分); rates carry their numerator and
denominator so a reader can check them, and ``None`` where the denominator is 0."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.views import View


class StatPeriodView(View):
    kind: str  # monthly | quarterly | yearly | custom
    key: str  # 2026-11 | 2026-Q4 | 2026 | 2025-12-01..2026-01-31
    label: str  # 2026年11月
    start: date
    end: date


class CaseTally(View):
    """The case figures of one row (a category, a source, a village, or the total)."""

    counts: dict[str, int]  # measure key (stat_rules.TALLY_MEASURES) → cases
    amount_fen: int  # 协议涉及金额 of the settled cases

    def get(self, measure: str) -> int:
        return self.counts.get(measure, 0)


class StatRow(View):
    key: str  # category code / "category/sub-category" / source bucket / station id / total
    label: str
    tally: CaseTally
    level: int = 0  # 1 for a sub-category line under its category
    category: str | None = None  # the drill-down filters this row stands for
    sub_category: str | None = None
    source: str | None = None
    station_id: str | None = None


class RateView(View):
    key: str
    label: str
    numerator: int
    denominator: int
    value: float | None  # numerator / denominator, None when the denominator is 0
    definition: str
    numerator_measure: str
    denominator_measure: str


class PreventedRow(View):
    """防止民转刑 / 群体性上访 / 自杀 / 群体性械斗: cases and persons."""

    code: str
    label: str
    cases: int
    persons: int


class ScreeningTally(View):
    rounds: int  # 排查次数: rounds held in the period
    zero_reports: int  # 零报告: rounds that found nothing
    findings: int  # 排查发现纠纷
    findings_to_cases: int  # of those, registered as cases
    major_findings: int
    major_findings_reported: int  # reported in writing within 2 days


class JointDefenceTally(View):
    groups: int  # 联防组 active at the end of the period
    households: int  # households on the committee's register
    households_covered: int  # in an active group at the end of the period
    shifts: int  # patrol shifts dated in the period
    shifts_done: int
    shifts_missed: int
    patrol_logs: int
    incidents: int  # 情况报告 in the period
    incidents_to_cases: int


class MonthPoint(View):
    """One month of the trend lines (cases per month, success rate over time)."""

    key: str  # 2026-11
    label: str  # 11月 (2026年11月 in January and at the first point)
    registered: int
    accepted: int
    success: int
    success_rate: float | None


class Comparison(View):
    """环比 and 同比: the main figures of the previous period and a year earlier."""

    label: str  # 上期 / 去年同期
    period: StatPeriodView
    registered: int
    accepted: int
    success: int
    success_rate: float | None


class StatisticsReport(View):
    period: StatPeriodView
    as_of: date  # outcomes as they stood on this day
    scope: str  # "village" | "township" | "village_of_township" (one village at a township)
    unit_name: str  # the committee or township office the report is for
    station_id: str | None  # the village's station for a per-village section
    total: CaseTally
    by_category: list[StatRow]
    by_source: list[StatRow]
    by_village: list[StatRow]  # township: one row per village (and the township's own)
    rates: list[RateView]
    prevented: list[PreventedRow]
    screening: ScreeningTally
    joint_defence: JointDefenceTally
    trend: list[MonthPoint]  # the 12 months ending with the period
    comparisons: list[Comparison]
    counting_rule: str
    villages: list[StatisticsReport] = []  # township: the same report for each village


class DrillRequest(View):
    """The figure a user clicked: a measure, narrowed by a row's filters."""

    period: str  # period key
    measure: str  # stat_rules measure key
    category: str | None = None
    sub_category: str | None = None
    source: str | None = None
    station_id: str | None = None
    month: str | None = None  # a trend point: registered in this month instead
    prevented: str | None = None  # a prevented-outcome code


class SubmittedReport(View):
    """月报 a village sent (seen at the township) or made (seen at the village)."""

    id: str
    station_id: str
    unit_name: str
    period_key: str
    period_label: str
    as_of: date  # the figures as they stood that day
    is_zero_report: bool  # the month's screening found nothing (零报告)
    registered: int
    accepted: int
    success: int
    amount_fen: int
    screening_rounds: int
    via: str  # "rows" (standard/full bundle, or made here) | "statistics" (statistics bundle)
    report: StatisticsReport | None = None  # the whole report, when asked for


StatisticsReport.model_rebuild()
