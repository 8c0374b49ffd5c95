"""Charts for printed reports, as reportlab graphics Drawings (flowables in a story).

Printed on a village office's black-and-white laser printer, so no chart relies on colour:
series differ by fill (white with an outline / dark grey), every bar and point carries its
value, and each chart has its legend and axis units written out. Text is drawn in the font
of the chain that has each character, and goes through the kit's glyph check like a
paragraph would, so a chart never prints a box where a character should be."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.kit import Kit
from mediation_desk.documents.markup import clean
from mediation_desk.domain.statistics_views import MonthPoint, StatRow

DARK = Color(0.3, 0.3, 0.3)
GRID = Color(0.75, 0.75, 0.75)
NOTE = Color(0.25, 0.25, 0.25)
LABEL_SIZE = 8.5
VALUE_SIZE = 7.5


def font_runs(chain: FontChain, text: str) -> list[tuple[str, str]]:
    """``text`` cut into (font name, piece) runs, each piece drawn by one font of the chain
    (a character no font has falls to the main font; the glyph check reports it)."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = chain.main_name if ch.isspace() else (chain.font_for(ch) or chain.main_name)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


class Pen:
    """Chart text: measured and drawn run by run, checked through the kit's markup."""

    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        self.chain = kit.chain

    def width(self, text: str, size: float) -> float:
        return sum(stringWidth(piece, font, size)
                   for font, piece in font_runs(self.chain, clean(text)))

    def text(self, x: float, y: float, text: str, size: float = LABEL_SIZE,
             anchor: str = "start", fill: Color = black) -> Group:
        plain = clean(text).replace("\n", " ")
        self.kit.m(plain)  # records characters no font has: the document is then refused
        width = self.width(plain, size)
        left = x - (width if anchor == "end" else width / 2 if anchor == "middle" else 0)
        g = Group()
        for font, piece in font_runs(self.chain, plain):
            g.add(String(left, y, piece, fontName=font, fontSize=size, fillColor=fill))
            left += stringWidth(piece, font, size)
        return g

    def wrap(self, text: str, size: float, width: float, max_lines: int = 2) -> list[str]:
        """Lines of at most ``width``, broken between any two characters (as CJK text is);
        beyond ``max_lines`` the last line ends with an ellipsis."""
        lines: list[str] = []
        line = ""
        for ch in clean(text).replace("\n", " "):
            if line and self.width(line + ch, size) > width:
                lines.append(line)
                line = ""
            line += ch
        if line:
            lines.append(line)
        if len(lines) > max_lines:
            last = lines[max_lines - 1]
            while last and self.width(last + "…", size) > width:
                last = last[:-1]
            lines = lines[:max_lines - 1] + [last + "…"]
        return lines or [""]


def drawing(kit: Kit, width: float, height: float) -> Drawing:
    """A Drawing whose default font is ours (reportlab's default, Helvetica, would be one
    more, unembedded, font in the file even if no string used it)."""
    d = Drawing(width, height)
    d.initialFontName = kit.chain.main_name
    d.initialFontSize = LABEL_SIZE
    return d


def nice_scale(maximum: float, ticks: int = 5) -> tuple[int, int]:
    """(top, step) of a count axis: whole numbers, 1-2-5 steps, at least one step."""
    if maximum <= 0:
        return ticks, 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(int(m * power) for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1)
    return step * math.ceil(maximum / step), step


def _legend(pen: Pen, x: float, y: float, entries: Sequence[tuple[Color, str]]) -> Group:
    g = Group()
    for fill, label in entries:
        g.add(Rect(x, y - 1, 14, 8, fillColor=fill, strokeColor=black, strokeWidth=0.6))
        g.add(pen.text(x + 18, y, label, LABEL_SIZE))
        x += 18 + pen.width(label, LABEL_SIZE) + 16
    return g


def _count_label(value: float) -> str:
    return str(int(value)) if value else ""


def monthly_cases(kit: Kit, trend: Sequence[MonthPoint], width: float,
                  height: float = 175) -> Drawing:
    """Registered and settled cases per month, side by side (white and dark grey bars)."""
    pen = Pen(kit)
    font = kit.chain.main_name
    d = drawing(kit, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 30
    chart.width, chart.height = width - 52, height - 30 - 30
    registered = [p.registered for p in trend] or [0]
    settled = [p.success for p in trend] or [0]
    chart.data = [registered, settled]
    top, step = nice_scale(max(registered + settled) * 1.1)
    _value_axis(chart.valueAxis, font, top, step, "%d")
    chart.categoryAxis.categoryNames = [p.label for p in trend] or [""]
    for p in trend:
        kit.m(p.label)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.dy = -3
    chart.bars.strokeWidth = 0.6
    chart.bars.strokeColor = black
    chart.bars[0].fillColor = white
    chart.bars[1].fillColor = DARK
    chart.groupSpacing = 10
    chart.barSpacing = 1
    chart.barLabelFormat = _count_label
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = VALUE_SIZE
    chart.barLabels.nudge = 6
    d.add(chart)
    d.add(pen.text(chart.x - 6, height - 12, "件数", LABEL_SIZE, anchor="end"))
    d.add(_legend(pen, chart.x + 10, height - 12,
                  [(white, "登记纠纷"), (DARK, "调解成功")]))
    return d


def success_rate(kit: Kit, trend: Sequence[MonthPoint], width: float,
                 height: float = 170) -> Drawing:
    """调解成功率 per month as a line; a month without accepted cases has no rate, so the
    line breaks there and the month says 无受理 instead of pretending to be 0%."""
    pen = Pen(kit)
    font = kit.chain.main_name
    d = drawing(kit, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 42, 30
    chart.width, chart.height = width - 52, height - 30 - 42  # room for 100.0% over a point
    values = [None if p.success_rate is None else round(p.success_rate * 100, 1)
              for p in trend] or [None]
    chart.data = _segments(values)
    _value_axis(chart.valueAxis, font, 100, 20, "%d%%")
    chart.categoryAxis.categoryNames = [p.label for p in trend] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.dy = -3
    for row in range(len(chart.data)):  # each unbroken run is a row: all drawn alike
        chart.lines[row].strokeColor = black
        chart.lines[row].strokeWidth = 1.4
        chart.lines[row].symbol = makeMarker("FilledCircle", size=4.5, fillColor=black,
                                             strokeColor=black)
    if all(v is None for v in values):  # the axes alone: reportlab cannot stroke no points
        chart.lines[0].strokeColor = None
        chart.lines[0].symbol = None
    d.add(chart)
    # Point labels are ours: reportlab 5.1 numbers a row's labels by its drawn points, so
    # with gaps in a row the labels after the first gap would read the wrong month.
    slot = chart.width / max(len(values), 1)
    for i, v in enumerate(values):
        x = chart.x + (i + 0.5) * slot
        if v is None:
            if trend:
                d.add(pen.text(x, chart.y + 5, "无受理", VALUE_SIZE, anchor="middle",
                               fill=NOTE))
            continue
        y = chart.y + chart.height * v / 100
        # Under a point the line climbs away from, so the label does not sit on the line.
        near = [values[j] for j in (i - 1, i + 1) if 0 <= j < len(values)]
        if not any(n is not None and n > v for n in near):
            d.add(pen.text(x, y + 6, f"{v:.1f}%", VALUE_SIZE, anchor="middle"))
        elif v >= 10:
            d.add(pen.text(x, y - 6 - VALUE_SIZE, f"{v:.1f}%", VALUE_SIZE, anchor="middle"))
        else:  # near the axis: beside the point
            d.add(pen.text(x + 5, y + 2, f"{v:.1f}%", VALUE_SIZE))
    d.add(pen.text(chart.x - 6, height - 12, "成功率", LABEL_SIZE, anchor="end"))
    key_x = chart.x + 10
    d.add(Line(key_x, height - 9, key_x + 22, height - 9, strokeColor=black, strokeWidth=1.4))
    d.add(Circle(key_x + 11, height - 9, 2.25, fillColor=black, strokeColor=black))
    d.add(pen.text(key_x + 28, height - 12,
                   "调解成功率 ＝ 调解成功件数 ÷ 受理件数（当月登记的案件）", LABEL_SIZE))
    return d


def _segments(values: list[float | None]) -> list[list[float | None]]:
    """One data row per unbroken run of months, so the chart leaves gaps (a single row
    would join the points across a month without a rate)."""
    rows: list[list[float | None]] = []
    current: list[float | None] | None = None
    for i, v in enumerate(values):
        if v is None:
            current = None
            continue
        if current is None:
            current = [None] * len(values)
            rows.append(current)
        current[i] = v
    # An empty chart still needs a row for its axes; it draws nothing.
    return rows or [[None] * len(values)]


def _value_axis(axis: object, font: str, top: float, step: float, fmt: str) -> None:
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = top  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.labels.fontName = font  # type: ignore[attr-defined]
    axis.labels.fontSize = LABEL_SIZE  # type: ignore[attr-defined]
    axis.labelTextFormat = fmt  # type: ignore[attr-defined]
    axis.visibleGrid = 1  # type: ignore[attr-defined]
    axis.gridStrokeColor = GRID  # type: ignore[attr-defined]
    axis.gridStrokeDashArray = (1, 2)  # type: ignore[attr-defined]


def cases_by_category(kit: Kit, rows: Sequence[StatRow], width: float) -> Drawing:
    """Registered cases per category, largest first, with each bar's count and share; only
    categories that have cases."""
    pen = Pen(kit)
    font = kit.chain.main_name
    cats = [r for r in rows if r.level == 0 and r.tally.get("registered") > 0]
    cats.sort(key=lambda r: -r.tally.get("registered"))  # stable: ties keep the MoJ order
    if not cats:
        d = drawing(kit, width, 30)
        d.add(pen.text(0, 12, "本期没有登记的纠纷，不作图。", 10))
        return d
    total = sum(r.tally.get("registered") for r in cats)
    label_width = min(max(pen.width(r.label, LABEL_SIZE + 0.5) for r in cats) + 4, 150)
    wrapped = [pen.wrap(r.label, LABEL_SIZE + 0.5, label_width) for r in cats]
    row_height = 19 if max(len(w) for w in wrapped) == 1 else 26
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 10, 24
    chart.width = width - chart.x - 90  # room for the count and share after the longest bar
    chart.height = row_height * len(cats)
    d = drawing(kit, width, chart.height + chart.y + 22)
    counts = [r.tally.get("registered") for r in cats]
    chart.data = [list(reversed(counts))]  # the first category is drawn at the bottom
    top, step = nice_scale(max(counts))
    _value_axis(chart.valueAxis, font, top, step, "%d")
    chart.categoryAxis.categoryNames = [""] * len(cats)
    chart.categoryAxis.visibleLabels = 0
    chart.bars.strokeWidth = 0.6
    chart.bars.strokeColor = black
    chart.bars[0].fillColor = DARK
    chart.barWidth = 10
    d.add(chart)
    slot = chart.height / len(cats)
    size = LABEL_SIZE + 0.5
    for i, (row, lines) in enumerate(zip(cats, wrapped, strict=True)):
        middle = chart.y + chart.height - (i + 0.5) * slot
        first = middle - size * 0.35 + (len(lines) - 1) * size * 0.6
        for n, text in enumerate(lines):
            d.add(pen.text(chart.x - 5, first - n * size * 1.2, text, size, anchor="end"))
        count = row.tally.get("registered")
        end = chart.x + chart.width * count / top
        d.add(pen.text(end + 4, middle - VALUE_SIZE * 0.35,
                       f"{count}件（{count / total:.1%}）", VALUE_SIZE + 0.5))
    d.add(pen.text(chart.x, chart.y + chart.height + 8, "登记纠纷件数（占本期登记纠纷的比例）",
                   LABEL_SIZE))
    return d

