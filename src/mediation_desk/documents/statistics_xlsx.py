"""The statistics report as an .xlsx workbook laid out like the township's tables
(the Ministry of Justice 人民调解 statistics form): the category table with its 合计 line and
the source table, the rates with their definitions, prevention and screening, the trend with
its charts and, at a township, the table per village and each village's own table.

Figures are written as numbers (counts as integers, amounts in yuan, rates as fractions shown
as percentages) so the township can add them up; sub-category lines are "其中" lines that the
合计 does not count twice (the sheet says so under the table)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from mediation_desk.documents import xlsx_kit as kit
from mediation_desk.documents.xlsx_kit import INT, MONEY, PERCENT, Col
from mediation_desk.domain.stat_defs import MEASURE_DEFS, rate_def
from mediation_desk.domain.statistics_views import CaseTally, StatisticsReport, StatRow

MAIN, RATES, PREVENTION, TREND, BY_VILLAGE = "统计表", "比率", "防止激化与排查", "趋势", "分村统计"
# The case table's figures, in the order of the Ministry's form.
TABLE_MEASURES = ("registered", "accepted", "success", "written", "oral", "terminated",
                  "declined", "transferred", "in_progress", "awaiting")
SUB_FIRST = "　其中："  # the first sub-category line under its category
SUB_NEXT = "　" * len(SUB_FIRST)  # the following ones, aligned under the first
AMOUNT_LABEL = "协议金额（元）"
SUBTOTAL = "小计"
TOTAL = "合计"
CHART_ROWS = 18  # rows an 8 cm chart covers, and a gap
SUB_NOTE = "注：“其中”行为上一行类别的细分，已计入该类别，不另计入合计。"


def label(key: str) -> str:
    """A figure's name from ``stat_defs`` (its bracketed gloss on a line of its own, so the
    heading wraps there)."""
    text = next(d.label_zh for d in MEASURE_DEFS if d.key == key)
    return text.replace("（", "\n（")


def write_statistics_xlsx(report: StatisticsReport, path: Path | str) -> Path:
    """Write ``report`` to ``path`` atomically; returns the path. A failed write (a pulled
    USB stick, a full disk) leaves any older file as it was and raises OSError."""
    return kit.save(build_workbook(report), path)


def build_workbook(report: StatisticsReport) -> Workbook:
    wb = Workbook()
    taken = {MAIN, RATES, PREVENTION, TREND}
    main = wb.active
    main.title = MAIN
    _case_sheet(main, report)
    _rates_sheet(wb.create_sheet(RATES), report)
    _prevention_sheet(wb.create_sheet(PREVENTION), report)
    _trend_sheet(wb.create_sheet(TREND), report)
    if report.scope == "township":
        taken.add(BY_VILLAGE)
        _village_table(wb.create_sheet(BY_VILLAGE), report)
        for village in report.villages:
            _case_sheet(wb.create_sheet(kit.sheet_title(village.unit_name, taken, "村")),
                        village)
    return wb


# ---- the case tables -----------------------------------------------------------------------

def case_columns(first: str, *, rate: bool = False) -> list[Col]:
    cols = [Col(first), Col(label("registered"), INT), Col(label("accepted"), INT),
            Col(label("success"), children=(Col(SUBTOTAL, INT), Col(label("written"), INT),
                                             Col(label("oral"), INT))),
            *(Col(label(k), INT) for k in TABLE_MEASURES[5:]),
            Col(AMOUNT_LABEL.replace("（", "\n（"), MONEY)]
    if rate:
        success = rate_def("success_rate")
        assert success is not None
        cols.append(Col(success.label_zh, PERCENT))
    return cols


def figures(t: CaseTally) -> list[object]:
    return [*(t.get(k) for k in TABLE_MEASURES), yuan(t.amount_fen)]


def yuan(fen: int) -> float:
    return round(fen / 100, 2)


def success_rate(t: CaseTally) -> float | None:
    d = rate_def("success_rate")
    assert d is not None
    denominator = t.get(d.denominator)
    return t.get(d.numerator) / denominator if denominator else None


def row_label(row: StatRow, first_sub: bool) -> str:
    if row.level == 0:
        return row.label
    return f"{SUB_FIRST if first_sub else SUB_NEXT}{row.label}"


def _case_sheet(ws: Worksheet, rep: StatisticsReport) -> None:
    cols = case_columns("纠纷类别")
    width = sum(len(c.leaves()) for c in cols)
    r = top = _titles(ws, rep, f"{rep.unit_name}人民调解工作统计表", width)
    head = r
    leaves, r = kit.header(ws, r, cols)
    ws.sheet_properties.outlinePr.summaryBelow = False  # a category line heads its 其中 lines
    previous_level = 0
    for row in rep.by_category:
        first_sub = row.level > 0 and previous_level == 0
        r = kit.line(ws, r, leaves, [row_label(row, first_sub), *figures(row.tally)],
                     outline=row.level)
        previous_level = row.level
    r = kit.line(ws, r, leaves, [TOTAL, *figures(rep.total)], bold=True)
    r = kit.note(ws, r, SUB_NOTE, width) + 1
    r = kit.caption(ws, r, "按纠纷来源", width)
    leaves, r = kit.header(ws, r, case_columns("纠纷来源"))
    for row in rep.by_source:
        r = kit.line(ws, r, leaves, [row.label, *figures(row.tally)])
    r = kit.line(ws, r, leaves, [TOTAL, *figures(rep.total)], bold=True) + 1
    r = kit.note(ws, r, f"统计口径：{rep.counting_rule}", width)
    kit.fit_columns(ws, skip_rows=top - 1)
    kit.print_setup(ws, repeat_rows=(head, head + 1), freeze=f"B{head + 2}")


def _village_table(ws: Worksheet, rep: StatisticsReport) -> None:
    cols = case_columns("单位", rate=True)
    width = sum(len(c.leaves()) for c in cols)
    r = top = _titles(ws, rep, f"{rep.unit_name}人民调解工作分村统计表", width)
    head = r
    leaves, r = kit.header(ws, r, cols)
    for row in rep.by_village:
        r = kit.line(ws, r, leaves, [row.label, *figures(row.tally), success_rate(row.tally)])
    r = kit.line(ws, r, leaves, [TOTAL, *figures(rep.total), success_rate(rep.total)],
                 bold=True) + 1
    r = kit.note(ws, r, f"统计口径：{rep.counting_rule}", width)
    kit.fit_columns(ws, skip_rows=top - 1)
    kit.print_setup(ws, repeat_rows=(head, head + 1), freeze=f"B{head + 2}")


# ---- rates ---------------------------------------------------------------------------------

def _rates_sheet(ws: Worksheet, rep: StatisticsReport) -> None:
    cols = [Col("指标"), Col("分子", INT), Col("分母", INT), Col("比率", PERCENT), Col("定义")]
    r = top = _titles(ws, rep, f"{rep.unit_name}人民调解工作主要比率", len(cols))
    head = r
    leaves, r = kit.header(ws, r, cols)
    for rate in rep.rates:
        kit.line(ws, r, leaves, [rate.label, rate.numerator, rate.denominator, rate.value,
                                 rate.definition])
        ws.cell(row=r, column=5).alignment = kit.WRAP
        r += 1
    r = kit.note(ws, r + 1, "比率 = 分子 ÷ 分母；分母为 0 时不计算，比率栏留空。", len(cols))
    r = kit.note(ws, r, f"统计口径：{rep.counting_rule}", len(cols))
    kit.fit_columns(ws, wrap=(5,), wrap_width=44, skip_rows=top - 1)
    kit.print_setup(ws, repeat_rows=(head, head), freeze=f"A{head + 1}")


# ---- prevention, screening, joint defence ----------------------------------------------------

def _prevention_sheet(ws: Worksheet, rep: StatisticsReport) -> None:
    r = top = _titles(ws, rep, f"{rep.unit_name}防止纠纷激化与矛盾纠纷排查情况", 3)
    r = kit.caption(ws, r + 1, "一、防止纠纷激化", 3)
    leaves, r = kit.header(ws, r, [Col("项目"), Col("件数", INT), Col("人数", INT)])
    for p in rep.prevented:
        r = kit.line(ws, r, leaves, [p.label, p.cases, p.persons])
    r = kit.line(ws, r, leaves, [TOTAL, sum(p.cases for p in rep.prevented),
                                 sum(p.persons for p in rep.prevented)], bold=True)
    s, j, t = rep.screening, rep.joint_defence, rep.total
    r = _block(ws, r + 1, "二、矛盾纠纷排查", [
        ("排查次数（次）", s.rounds, INT), ("　其中：零报告（次）", s.zero_reports, INT),
        ("排查发现纠纷（件）", s.findings, INT),
        ("　其中：登记为案件（件）", s.findings_to_cases, INT),
        ("排查发现重大疑难纠纷（件）", s.major_findings, INT),
        ("　其中：二日内书面上报（件）", s.major_findings_reported, INT)])
    coverage = j.households_covered / j.households if j.households else None
    r = _block(ws, r + 1, "三、治安联防", [
        ("联防组（个）", j.groups, INT), ("在册户数（户）", j.households, INT),
        ("参加联防户数（户）", j.households_covered, INT), ("联防覆盖率", coverage, PERCENT),
        ("排班（班次）", j.shifts, INT), ("　其中：已巡逻（班次）", j.shifts_done, INT),
        ("　　　　缺巡（班次）", j.shifts_missed, INT), ("巡逻日志（篇）", j.patrol_logs, INT),
        ("情况报告（件）", j.incidents, INT),
        ("　其中：转为纠纷案件（件）", j.incidents_to_cases, INT)])
    r = _block(ws, r + 1, "四、司法确认", [
        (label("confirmation_applied"), t.get("confirmation_applied"), INT),
        (label("confirmation_confirmed"), t.get("confirmation_confirmed"), INT)])
    timely = next((x for x in rep.rates if x.key == "major_timely_rate"), None)
    r = _block(ws, r + 1, "五、重大疑难纠纷", [
        (label("major"), t.get("major"), INT), (label("major_timely"), t.get("major_timely"), INT),
        *([(timely.label, timely.value, PERCENT)] if timely else [])])
    kit.fit_columns(ws, skip_rows=top - 1)
    kit.print_setup(ws, landscape=False)


def _block(ws: Worksheet, row: int, title: str,
           items: list[tuple[str, int | float | None, str]]) -> int:
    """A small table of its own: caption, 项目 | 数量, one line per item."""
    row = kit.caption(ws, row, title, 3)
    _, row = kit.header(ws, row, [Col("项目"), Col("数量", INT)])
    for text, value, fmt in items:
        row = kit.line(ws, row, [Col("项目"), Col("数量", fmt)], [text, value])
    return row


# ---- trend ---------------------------------------------------------------------------------

def _trend_sheet(ws: Worksheet, rep: StatisticsReport) -> None:
    success = rate_def("success_rate")
    assert success is not None
    cols = [Col("月份"), Col(label("registered"), INT), Col(label("accepted"), INT),
            Col(label("success"), INT), Col(success.label_zh, PERCENT)]
    r = top = _titles(ws, rep, f"{rep.unit_name}纠纷受理与调解趋势（近{len(rep.trend)}个月）", 8)
    r = kit.caption(ws, r + 1, "一、逐月情况（按登记月份）", 8)
    leaves, r = kit.header(ws, r, cols)
    first = r
    for m in rep.trend:
        r = kit.line(ws, r, leaves, [m.label, m.registered, m.accepted, m.success,
                                     m.success_rate])
    last = r - 1
    r = kit.caption(ws, r + 1, "二、与上期、去年同期比较", 8)
    compare = [Col("比较"), Col("期间"), *cols[1:], Col("登记增减（件）", INT),
               Col("登记增减幅度", PERCENT)]
    leaves, r = kit.header(ws, r, compare)
    t = rep.total
    r = kit.line(ws, r, leaves, ["本期", rep.period.label, t.get("registered"),
                                 t.get("accepted"), t.get("success"), success_rate(t),
                                 None, None], bold=True)
    for c in rep.comparisons:
        change = t.get("registered") - c.registered
        r = kit.line(ws, r, leaves, [c.label, c.period.label, c.registered, c.accepted,
                                     c.success, c.success_rate, change,
                                     change / c.registered if c.registered else None])
    r = kit.note(ws, r, "增减 = 本期 − 比较期；增减幅度 = 增减 ÷ 比较期登记纠纷件数。", 8)
    kit.fit_columns(ws, skip_rows=top - 1)
    if rep.trend:
        _charts(ws, first, last, r + 1)
    kit.print_setup(ws)


def _charts(ws: Worksheet, first: int, last: int, below: int) -> None:
    """Cases per month (bars) and the success rate (a line), under the tables: printed
    fitted to the page width, charts beside the tables would shrink the figures."""
    months = Reference(ws, min_col=1, min_row=first, max_row=last)
    bars = BarChart()
    bars.type, bars.grouping = "col", "clustered"
    bars.title, bars.y_axis.title = "每月纠纷件数", "件"
    bars.add_data(Reference(ws, min_col=2, max_col=4, min_row=first - 1, max_row=last),
                  titles_from_data=True)
    bars.set_categories(months)
    bars.height, bars.width = 8, 20
    bars.y_axis.majorGridlines = None
    _show_axes(bars)
    ws.add_chart(bars, f"A{below}")
    rate = LineChart()
    rate.title, rate.y_axis.title = "调解成功率", "%"
    rate.add_data(Reference(ws, min_col=5, min_row=first - 1, max_row=last),
                  titles_from_data=True)
    rate.set_categories(months)
    rate.y_axis.number_format = "0%"
    rate.y_axis.scaling.min, rate.y_axis.scaling.max = 0, 1
    rate.height, rate.width = 8, 20
    _show_axes(rate)
    ws.add_chart(rate, f"A{below + CHART_ROWS}")


def _show_axes(chart: BarChart | LineChart) -> None:
    # openpyxl 3.1 leaves out <c:delete val="0"/>, and recent Excel then hides both axes.
    chart.x_axis.delete = False
    chart.y_axis.delete = False


# ---- text ----------------------------------------------------------------------------------

def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _titles(ws: Worksheet, rep: StatisticsReport, title: str, width: int) -> int:
    return kit.title_rows(ws, title, f"统计期间：{_period(rep)}",
                          f"统计截至 {cn_date(rep.as_of)}", width)


def _period(rep: StatisticsReport) -> str:
    p = rep.period
    if p.kind == "custom":  # its label already is the two days
        return p.label
    return f"{p.label}（{cn_date(p.start)}至{cn_date(p.end)}）"
