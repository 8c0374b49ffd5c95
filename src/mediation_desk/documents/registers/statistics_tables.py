"""The tables of the statistics report (人民调解工作统计表), as the township's paper form sets
them: ruled grids, headings centred (调解成功 over 小计／书面协议／口头协议), labels left with
sub-categories indented two characters under their category, figures right-aligned, a 合计
line set off by a heavier rule. A table with no rows still prints its headings and （无）.

Units go in the headings (件, 元, 次 …), so a figure cell holds only the figure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from mediation_desk.documents.kit import Kit
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.stat_defs import measure_label
from mediation_desk.domain.statistics_views import (
    CaseTally,
    Comparison,
    PreventedRow,
    RateView,
    StatisticsReport,
    StatRow,
)

HEAD_FILL = Color(0.88, 0.88, 0.88)
TOTAL_FILL = Color(0.94, 0.94, 0.94)
TALLY_COLUMNS = ("registered", "accepted", "success", "written", "oral", "terminated",
                 "declined", "transferred", "in_progress", "awaiting")
SUCCESS_GROUP = ("success", "written", "oral")  # under one 调解成功 heading
SUCCESS_PARTS = {"success": "小计", "written": "书面协议", "oral": "口头协议"}
NONE_TEXT = "（无）"


def count(n: int) -> str:
    return f"{n:,}"


def percent(value: float | None) -> str:
    """One decimal, or — where the rate has no denominator (not 0%: nothing to divide)."""
    return "—" if value is None else f"{value * 100:.1f}%"


def share(numerator: int, denominator: int) -> str:
    return percent(numerator / denominator if denominator else None)


class Cells:
    """Paragraph styles of the report's tables, every text checked through the kit."""

    def __init__(self, kit: Kit, size: float = 9.5) -> None:
        self.kit = kit
        self.size = size
        font = kit.chain.main_name
        self.compact = size < 9  # a village's pages at a township: tighter rows
        base = ParagraphStyle(f"st-cell-{size}", fontName=font, fontSize=size,
                              leading=size * (1.25 if self.compact else 1.35), wordWrap="CJK",
                              alignment=TA_LEFT)
        self.label = base
        self.sub = ParagraphStyle(f"st-sub-{size}", parent=base, leftIndent=2 * size)
        self.head = ParagraphStyle(f"st-head-{size}", parent=base, alignment=TA_CENTER)
        self.num = ParagraphStyle(f"st-num-{size}", parent=base, alignment=TA_RIGHT)
        self.text = ParagraphStyle(f"st-text-{size}", parent=base, fontSize=size - 0.5,
                                   leading=(size - 0.5) * 1.4)
        self.caption = ParagraphStyle(f"st-cap-{size}", parent=base, fontSize=size + 1,
                                      leading=(size + 1) * 1.8)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.kit.m(text), style or self.label)

    def h(self, text: str) -> Paragraph:
        return self.p(text, self.head)

    def n(self, text: str) -> Paragraph:
        return self.p(text, self.num)

    def grid(self, data: list[list[Any]], widths_mm: Sequence[float], *, header_rows: int = 1,
             total_row: bool = False, extra: Sequence[tuple] = ()) -> Table:
        pad = 1 if self.compact else 2
        style: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BOX", (0, 0), (-1, -1), 1.0, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *extra]
        if total_row and len(data) > header_rows:
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                      ("LINEABOVE", (0, -1), (-1, -1), 1.0, "black")]
        if len(data) == header_rows:  # a table with no rows still shows it has none
            data.append([self.p(NONE_TEXT, self.head)] + [""] * (len(widths_mm) - 1))
            style.append(("SPAN", (0, header_rows), (-1, header_rows)))
        # Rows are one or two lines: never split one across pages (the repeated headings
        # would stand over a sliver of a row).
        return Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=header_rows,
                     splitInRow=0, style=self.kit.table_style(*style))


def tally_table(c: Cells, heading: str, rows: Sequence[StatRow], total: CaseTally | None,
                width_mm: float, *, with_rate: bool = False) -> Table:
    """登记纠纷 … 待受理 and 协议金额 per row, with a 合计 line when ``total`` is given."""
    number_w = 17.5 if c.size >= 9 else 16.0
    amount_w, rate_w = 28.0, 17.0
    label_w = width_mm - number_w * len(TALLY_COLUMNS) - amount_w - (rate_w if with_rate else 0)
    widths = [label_w] + [number_w] * len(TALLY_COLUMNS) + ([rate_w] if with_rate else [])
    widths.append(amount_w)
    top: list[Any] = [c.h(heading)]
    second: list[Any] = [""]
    spans: list[tuple] = [("SPAN", (0, 0), (0, 1))]
    for i, key in enumerate(TALLY_COLUMNS, start=1):
        if key in SUCCESS_GROUP:
            top.append(c.h(measure_label("success")) if key == "success" else "")
            second.append(c.h(SUCCESS_PARTS[key]))
        else:
            top.append(c.h(measure_label(key)))
            second.append("")
            spans.append(("SPAN", (i, 0), (i, 1)))
    first_success = 1 + TALLY_COLUMNS.index("success")
    spans.append(("SPAN", (first_success, 0), (first_success + 2, 0)))
    tail = (["调解成功率"] if with_rate else []) + ["协议金额（元）"]
    for j, text in enumerate(tail, start=len(top)):
        top.append(c.h(text))
        second.append("")
        spans.append(("SPAN", (j, 0), (j, 1)))
    data: list[list[Any]] = [top, second]
    for r in rows:
        data.append(_tally_cells(c, c.p(r.label, c.sub if r.level else c.label), r.tally,
                                 with_rate))
    if total is not None and rows:
        data.append(_tally_cells(c, c.h("合计"), total, with_rate))
    return c.grid(data, widths, header_rows=2, total_row=total is not None, extra=spans)


def _tally_cells(c: Cells, label: Paragraph, t: CaseTally, with_rate: bool) -> list[Any]:
    cells: list[Any] = [label] + [c.n(count(t.get(k))) for k in TALLY_COLUMNS]
    if with_rate:
        cells.append(c.n(share(t.get("success"), t.get("accepted"))))
    cells.append(c.n(format_yuan(t.amount_fen)))
    return cells


def rates_table(c: Cells, rates: Sequence[RateView], width_mm: float, *,
                definitions: bool = True) -> Table:
    """Each rate with the figures it is made of and, on the report proper, how it is made."""
    if definitions:
        widths = [38, 20, 20, 20, width_mm - 98]
        data: list[list[Any]] = [[c.h(t) for t in ("名称", "分子（件）", "分母（件）", "比率",
                                                  "定义（计算方法）")]]
        for r in rates:
            data.append([c.p(r.label), c.n(count(r.numerator)), c.n(count(r.denominator)),
                         c.n(percent(r.value)), c.p(r.definition, c.text)])
    else:
        widths = [width_mm - 32, 18, 14]
        data = [[c.h(t) for t in ("名称", "分子／分母", "比率")]]
        for r in rates:
            data.append([c.p(r.label), c.n(f"{count(r.numerator)}/{count(r.denominator)}"),
                         c.n(percent(r.value))])
    return c.grid(data, widths)


def prevented_table(c: Cells, rows: Sequence[PreventedRow], width_mm: float) -> Table:
    data: list[list[Any]] = [[c.h("项目"), c.h("件"), c.h("人")]]
    for r in rows:
        data.append([c.p(r.label), c.n(count(r.cases)), c.n(count(r.persons))])
    side = 12 if c.size >= 9 else 9
    return c.grid(data, [width_mm - 2 * side, side, side])


def figures_table(c: Cells, rows: Sequence[tuple[str, str, str]], width_mm: float,
                  value_mm: float = 12) -> Table:
    """项目, 计量单位, 数量, as statistical tables set them (the unit in its own column keeps
    a label short enough not to wrap; reportlab would break a line after an opening
    bracket). A label starting 其中 is a part of the line above."""
    unit_mm = 9
    data: list[list[Any]] = [[c.h("项目"), c.h("单位"), c.h("数量")]]
    for label, unit, value in rows:
        data.append([c.p(label), c.h(unit), c.n(value)])
    return c.grid(data, [width_mm - unit_mm - value_mm, unit_mm, value_mm])


def screening_rows(rep: StatisticsReport) -> list[tuple[str, str, str]]:
    s = rep.screening
    return [("排查次数", "次", count(s.rounds)), ("其中：零报告", "次", count(s.zero_reports)),
            ("排查发现纠纷", "件", count(s.findings)),
            ("其中：转为案件", "件", count(s.findings_to_cases)),
            ("发现重大纠纷", "件", count(s.major_findings)),
            ("其中：二日内书面上报", "件", count(s.major_findings_reported))]


def joint_defence_rows(rep: StatisticsReport) -> list[tuple[str, str, str]]:
    j = rep.joint_defence
    coverage = share(j.households_covered, j.households).removesuffix("%")
    return [("联防组", "个", count(j.groups)), ("登记户数", "户", count(j.households)),
            ("在组户数", "户", count(j.households_covered)), ("户数覆盖率", "%", coverage),
            ("计划巡逻班次", "班", count(j.shifts)), ("其中：已巡逻", "班", count(j.shifts_done)),
            ("其中：缺勤", "班", count(j.shifts_missed)), ("巡逻日志", "份", count(j.patrol_logs)),
            ("情况报告", "件", count(j.incidents)),
            ("其中：转为案件", "件", count(j.incidents_to_cases))]


def confirmation_rows(rep: StatisticsReport) -> list[tuple[str, str, str]]:
    t = rep.total
    return [(measure_label("confirmation_applied"), "件", count(t.get("confirmation_applied"))),
            (measure_label("confirmation_confirmed"), "件",
             count(t.get("confirmation_confirmed"))),
            (measure_label("major"), "件", count(t.get("major"))),
            (f"其中：{measure_label('major_timely')}", "件", count(t.get("major_timely")))]


def side_by_side(c: Cells, blocks: Sequence[tuple[str, Any, float]], gap_mm: float = 6
                 ) -> Table:
    """Small tables in one row, each under its caption (widths in mm, inner tables made
    to the same widths)."""
    row: list[Any] = []
    widths: list[float] = []
    for i, (caption, table, width) in enumerate(blocks):
        if i:
            row.append("")
            widths.append(gap_mm * mm)
        row.append([c.p(caption, c.caption), table])
        widths.append(width * mm)
    return Table([row], colWidths=widths, style=c.kit.table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)), hAlign="LEFT")


def comparisons_table(c: Cells, rep: StatisticsReport, width_mm: float) -> Table:
    """本期 against 上期 (环比) and 去年同期 or 上年 (同比), with the change under each."""
    t = rep.total
    now = (t.get("registered"), t.get("accepted"), t.get("success"))
    now_rate = t.get("success") / t.get("accepted") if t.get("accepted") else None
    widths = [38, 38] + [(width_mm - 76 - 38) / 3] * 3 + [38]
    data: list[list[Any]] = [[c.h(h) for h in ("项目", "期间", measure_label("registered"),
                                               measure_label("accepted"),
                                               measure_label("success"), "调解成功率")]]
    data.append([c.p("本期"), c.p(rep.period.label), *[c.n(count(v)) for v in now],
                 c.n(percent(now_rate))])
    for cmp in rep.comparisons:
        before = (cmp.registered, cmp.accepted, cmp.success)
        data.append([c.p(cmp.label), c.p(cmp.period.label), *[c.n(count(v)) for v in before],
                     c.n(percent(cmp.success_rate))])
        data.append([c.p(f"比{cmp.label}增减", c.sub), c.p(_kind(cmp)),
                     *[c.n(change(a, b)) for a, b in zip(now, before, strict=True)],
                     c.n(points(now_rate, cmp.success_rate))])
    return c.grid(data, widths)


def _kind(cmp: Comparison) -> str:
    return "环比" if cmp.label == "上期" else "同比"


def change(now: int, before: int) -> str:
    """``+46（+35.7%）``, ``−3（−10.0%）``; no percentage against nothing."""
    d = now - before
    if d == 0:
        return "0"
    sign = "+" if d > 0 else "−"
    text = f"{sign}{abs(d):,}"
    return f"{text}（{sign}{abs(d) / before * 100:.1f}%）" if before else text


def points(now: float | None, before: float | None) -> str:
    if now is None or before is None:
        return "—"
    d = round((now - before) * 100, 1)
    if d == 0:
        return "0"
    return f"{'+' if d > 0 else '−'}{abs(d):.1f}个百分点"
