"""The tables of the 统计 page: one read-only model for all of them, and the functions that
turn a ``StatisticsReport`` into its lines (by category, by source, by village, the rates with
their definitions, the comparisons, and prevention · screening · joint defence).

Every number that counts cases carries the ``DrillRequest`` that lists those cases, so the
page can open the list from any cell; a 0, or a figure that counts something other than
cases (screening rounds, patrol shifts), carries none. Row labels, category names and rate
definitions come in Chinese from the read model (they are the statutory report's text)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.stat_defs import measure_label, rate_def
from mediation_desk.domain.statistics_views import (
    CaseTally,
    DrillRequest,
    StatisticsReport,
    StatRow,
)
from mediation_desk.ui import text_size
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording.statistics_text import rate_text

# The case columns of the category, source and village tables, in the MoJ table's order.
CASE_MEASURES = ("registered", "accepted", "success", "written", "oral", "terminated",
                 "declined", "transferred", "in_progress", "awaiting")
INDENT = "\u3000\u3000"  # two ideographic spaces: a sub-category line under its category
PADDING_PX = 20  # cell margins and the grid line
LONG_TITLE = 10  # characters: a longer column title goes on two lines


@dataclass(frozen=True)
class Drill:
    """A figure the user can open: the request, what to call it, and how many cases."""

    request: DrillRequest
    label: str
    count: int


@dataclass(frozen=True)
class Cell:
    text: str
    drill: Drill | None = None
    number: bool = True
    tip: str = ""


@dataclass(frozen=True)
class Line:
    cells: tuple[Cell, ...]
    level: int = 0
    bold: bool = False
    heading: bool = False  # a section heading: one cell across the table


CTX = "StatisticsTables"
# Marked for lupdate here (it reads literal strings only), translated where they are shown.
TEXTS: dict[str, str] = {
    "total": QT_TRANSLATE_NOOP("StatisticsTables", "Total"),
    "rate": QT_TRANSLATE_NOOP("StatisticsTables", "Rate"),
    "numerator": QT_TRANSLATE_NOOP("StatisticsTables", "Numerator"),
    "denominator": QT_TRANSLATE_NOOP("StatisticsTables", "Denominator"),
    "percent": QT_TRANSLATE_NOOP("StatisticsTables", "Rate (%)"),
    "definition": QT_TRANSLATE_NOOP("StatisticsTables", "Definition"),
    "period": QT_TRANSLATE_NOOP("StatisticsTables", "Period"),
    "this_period": QT_TRANSLATE_NOOP("StatisticsTables", "This period"),
    "cases": QT_TRANSLATE_NOOP("StatisticsTables", "Cases"),
    "number": QT_TRANSLATE_NOOP("StatisticsTables", "Number"),
    "persons": QT_TRANSLATE_NOOP("StatisticsTables", "Persons involved"),
    "amount": QT_TRANSLATE_NOOP("StatisticsTables", "Agreement amount (yuan)"),
    "prevented": QT_TRANSLATE_NOOP("StatisticsTables", "Escalation prevented"),
    "confirmation": QT_TRANSLATE_NOOP("StatisticsTables", "Judicial confirmation"),
    "screening": QT_TRANSLATE_NOOP("StatisticsTables", "Dispute screening"),
    "joint_defence": QT_TRANSLATE_NOOP("StatisticsTables", "Joint defence"),
    "not_cases": QT_TRANSLATE_NOOP("StatisticsTables",
                                   "Not a count of cases: there is no list of cases behind it."),
}
SCREENING_ROWS = (
    ("rounds", QT_TRANSLATE_NOOP("StatisticsTables", "Screening rounds held")),
    ("zero_reports", QT_TRANSLATE_NOOP("StatisticsTables",
                                       "Rounds with nothing found (nil reports)")),
    ("findings", QT_TRANSLATE_NOOP("StatisticsTables", "Disputes found")),
    ("findings_to_cases", QT_TRANSLATE_NOOP("StatisticsTables",
                                            "Found disputes registered as cases")),
    ("major_findings", QT_TRANSLATE_NOOP("StatisticsTables", "Major disputes found")),
    ("major_findings_reported", QT_TRANSLATE_NOOP(
        "StatisticsTables", "Major findings reported in writing within 2 days")),
)
JOINT_DEFENCE_ROWS = (
    ("groups", QT_TRANSLATE_NOOP("StatisticsTables", "Joint-defence groups")),
    ("households", QT_TRANSLATE_NOOP("StatisticsTables", "Households registered")),
    ("households_covered", QT_TRANSLATE_NOOP("StatisticsTables", "Households in a group")),
    ("shifts", QT_TRANSLATE_NOOP("StatisticsTables", "Patrol shifts")),
    ("shifts_done", QT_TRANSLATE_NOOP("StatisticsTables", "Shifts patrolled")),
    ("shifts_missed", QT_TRANSLATE_NOOP("StatisticsTables", "Shifts missed")),
    ("patrol_logs", QT_TRANSLATE_NOOP("StatisticsTables", "Patrol logs")),
    ("incidents", QT_TRANSLATE_NOOP("StatisticsTables", "Incidents reported")),
    ("incidents_to_cases", QT_TRANSLATE_NOOP("StatisticsTables",
                                             "Incidents registered as cases")),
)


def _t(key: str) -> str:
    return QCoreApplication.translate(CTX, TEXTS[key])


def _measure(key: str) -> str:
    return measure_label(key, current_language())


def drill_cell(count: int, text: str, request: DrillRequest, label: str) -> Cell:
    """A number that lists its cases when opened (nothing to open behind a 0)."""
    return Cell(text, Drill(request, label, count) if count > 0 else None)


def plain_cell(value: int | str) -> Cell:
    return Cell(str(value), None, tip=_t("not_cases"))


class FigureTableModel(QAbstractTableModel):
    """Lines of cells; ``drill_at`` gives the figure behind a cell, if any."""

    DRILL_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.lines: list[Line] = []

    def set_content(self, headers: Sequence[str], lines: Sequence[Line]) -> None:
        self.beginResetModel()
        self.headers, self.lines = list(headers), list(lines)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def cell(self, row: int, column: int) -> Cell | None:
        if not 0 <= row < len(self.lines):
            return None
        cells = self.lines[row].cells
        return cells[column] if 0 <= column < len(cells) else None

    def drill_at(self, index: QModelIndex) -> Drill | None:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        return cell.drill if cell is not None else None

    def find(self, predicate: Any) -> QModelIndex:
        """The first cell whose Drill satisfies ``predicate`` (tests, keyboard helpers)."""
        for r, line in enumerate(self.lines):
            for c, cell in enumerate(line.cells):
                if cell.drill is not None and predicate(cell.drill):
                    return self.index(r, c)
        return QModelIndex()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0 and line.level > 0:
                return INDENT * line.level + cell.text
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.number and index.column() > 0 \
                else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (line.bold or line.heading):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.drill is not None:
                return QCoreApplication.translate(
                    "StatisticsTables", "%1: %n case(s). Double-click or press Enter to list "
                    "them.", "", cell.drill.count).replace("%1", cell.drill.label)
            return cell.tip or None
        if role == self.DRILL_ROLE:
            return cell.drill
        return None


def setup_table(view: QTableView, model: FigureTableModel, *, wrap: bool = False) -> None:
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between figures
    text_size.fit_rows(view)


def fit_columns(view: QTableView, *, stretch: int | None = None,
                max_first_em: float = 18) -> None:
    """Widths for the current font, from what the cells and headers say (bold, the widest
    case); the label column at most ``max_first_em`` lines high wide; ``stretch`` takes the
    rest of the width (none: every column keeps its width)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    model = view.model()
    if model is None:
        return
    bold = QFont(view.font())
    bold.setBold(True)
    cells, heads = QFontMetrics(bold), header.fontMetrics()
    for c in range(model.columnCount()):
        if c == stretch:
            continue
        texts = [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                 if view.columnSpan(r, c) == 1]
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        width = max([cells.horizontalAdvance(t) for t in texts]
                    + [heads.horizontalAdvance(line) for line in title.split("\n")]) + PADDING_PX
        if c == 0:
            width = min(width, int(cells.height() * max_first_em))
        header.resizeSection(c, width)
    if stretch is not None and stretch < model.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    text_size.fit_rows(view)
    if view.wordWrap():
        view.resizeRowsToContents()


def fit_height(view: QTableView) -> None:
    """As high as its lines, with no scroll bar of its own (it sits in a scrolling tab)."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = view.verticalHeader()
    height = sum(rows.sectionSize(r) for r in range(rows.count()))
    view.setFixedHeight(height + view.horizontalHeader().sizeHint().height()
                        + view.frameWidth() * 2)


def two_lines(title: str) -> str:
    """"调解不成（终止）" → "调解不成" over "（终止）": narrow number columns under long names."""
    for mark in ("（", " ("):
        if mark in title and not title.startswith(mark):
            head, _, rest = title.partition(mark)
            return f"{head}\n{mark.strip()}{rest}"
    if " " in title and len(title) > LONG_TITLE:  # English: at the space nearest the middle
        cut = min((i for i, c in enumerate(title) if c == " "),
                  key=lambda i: abs(i - len(title) / 2))
        return f"{title[:cut]}\n{title[cut + 1:]}"
    return title


# Case tables ---------------------------------------------------------------------------

def case_headers(first: str) -> list[str]:
    return [first, *(two_lines(_measure(m)) for m in CASE_MEASURES), two_lines(_t("amount"))]


def tally_line(label: str, tally: CaseTally, base: dict[str, Any], *, level: int = 0,
               bold: bool = False, drill_name: str | None = None) -> Line:
    """One row of a case table; ``base`` holds the period and the row's filters."""
    name = drill_name if drill_name is not None else label
    cells = [Cell(label, number=False)]
    for m in CASE_MEASURES:
        n = tally.get(m)
        cells.append(drill_cell(n, str(n), DrillRequest(measure=m, **base),
                                _join(name, _measure(m))))
    n = tally.get("with_amount")
    cells.append(drill_cell(n, format_yuan(tally.amount_fen),
                            DrillRequest(measure="with_amount", **base),
                            _join(name, _measure("with_amount"))))
    return Line(tuple(cells), level=level, bold=bold)


def _join(row: str, measure: str) -> str:
    return f"{row} · {measure}" if row else measure


def _row_base(report: StatisticsReport, row: StatRow) -> dict[str, Any]:
    return {"period": report.period.key, "category": row.category,
            "sub_category": row.sub_category, "source": row.source,
            "station_id": row.station_id or report.station_id}


def total_line(report: StatisticsReport) -> Line:
    return tally_line(_t("total"), report.total,
                      {"period": report.period.key, "station_id": report.station_id},
                      bold=True, drill_name="")


def category_lines(report: StatisticsReport) -> list[Line]:
    lines = [total_line(report)]
    parent = ""
    for row in report.by_category:
        parent = row.label if row.level == 0 else parent
        name = f"{parent}（{row.label}）" if row.level else row.label
        lines.append(tally_line(row.label, row.tally, _row_base(report, row),
                                level=row.level, drill_name=name))
    return lines


def source_lines(report: StatisticsReport) -> list[Line]:
    return [total_line(report), *(tally_line(r.label, r.tally, _row_base(report, r))
                                  for r in report.by_source)]


def village_lines(report: StatisticsReport) -> list[Line]:
    return [total_line(report), *(tally_line(r.label, r.tally, _row_base(report, r))
                                  for r in report.by_village)]


# Rates and comparisons -----------------------------------------------------------------

def rate_headers() -> list[str]:
    return [_t("rate"), _t("numerator"), _t("denominator"), _t("percent"), _t("definition")]


def rate_lines(report: StatisticsReport) -> list[Line]:
    lang = current_language()
    base = {"period": report.period.key, "station_id": report.station_id}
    lines = []
    for r in report.rates:
        d = rate_def(r.key)
        label = (d.label_en if d and lang == "en" else r.label)
        definition = d.definition_en if d and lang == "en" else r.definition
        num, den = _measure(r.numerator_measure), _measure(r.denominator_measure)
        request = DrillRequest(measure=r.numerator_measure, **base)
        lines.append(Line((
            Cell(label, number=False),
            drill_cell(r.numerator, f"{num} {r.numerator}", request, num),
            drill_cell(r.denominator, f"{den} {r.denominator}",
                       DrillRequest(measure=r.denominator_measure, **base), den),
            drill_cell(r.numerator, rate_text(r.value), request, num),
            Cell(definition, number=False),
        )))
    return lines


def comparison_headers() -> list[str]:
    return [_t("period"), _measure("registered"), _measure("accepted"), _measure("success"),
            rate_def("success_rate").label_en if current_language() == "en"  # type: ignore[union-attr]
            else rate_def("success_rate").label_zh]  # type: ignore[union-attr]


def comparison_lines(report: StatisticsReport) -> list[Line]:
    t = report.total
    rows = [(_t("this_period"), report.period.key, report.period.label, t.get("registered"),
             t.get("accepted"), t.get("success"), report.rates[0].value if report.rates
             else None)]
    rows += [(c.label, c.period.key, c.period.label, c.registered, c.accepted, c.success,
              c.success_rate) for c in report.comparisons]
    lines = []
    for name, key, label, registered, accepted, success, rate in rows:
        base = {"period": key, "station_id": report.station_id}
        cells = [Cell(f"{name}（{label}）", number=False)]
        for measure, n in (("registered", registered), ("accepted", accepted),
                           ("success", success)):
            cells.append(drill_cell(n, str(n), DrillRequest(measure=measure, **base),
                                    _join(label, _measure(measure))))
        cells.append(drill_cell(success, rate_text(rate), DrillRequest(measure="success",
                                                                       **base),
                                _join(label, _measure("success"))))
        lines.append(Line(tuple(cells), bold=key == report.period.key))
    return lines


# Prevention, screening, joint defence ---------------------------------------------------

def prevention_headers() -> list[str]:
    return [_t("prevented"), _t("cases"), _t("persons")]


def _heading(text: str, columns: int) -> Line:
    return Line(tuple(Cell(text if i == 0 else "", number=False) for i in range(columns)),
                heading=True)


def prevention_lines(report: StatisticsReport) -> list[Line]:
    """防止激化 by outcome (cases and persons), then the judicial confirmations."""
    base = {"period": report.period.key, "station_id": report.station_id}
    lines = []
    for p in report.prevented:
        request = DrillRequest(measure="prevented", prevented=p.code, **base)
        lines.append(Line((Cell(p.label, number=False),
                           drill_cell(p.cases, str(p.cases), request, p.label),
                           drill_cell(p.cases, str(p.persons), request, p.label))))
    lines.append(_heading(_t("confirmation"), 3))
    for m in ("confirmation_applied", "confirmation_confirmed"):
        n = report.total.get(m)
        lines.append(Line((Cell(_measure(m), number=False),
                           drill_cell(n, str(n), DrillRequest(measure=m, **base), _measure(m)),
                           Cell("", number=False))))
    return lines


def screening_headers() -> list[str]:
    return [_t("screening"), _t("number")]


def screening_lines(report: StatisticsReport) -> list[Line]:
    return _plain_lines(SCREENING_ROWS, report.screening)


def joint_defence_headers() -> list[str]:
    return [_t("joint_defence"), _t("number")]


def joint_defence_lines(report: StatisticsReport) -> list[Line]:
    return _plain_lines(JOINT_DEFENCE_ROWS, report.joint_defence)


def _plain_lines(rows: Sequence[tuple[str, str]], tally: object) -> list[Line]:
    return [Line((Cell(QCoreApplication.translate(CTX, source), number=False),
                  plain_cell(getattr(tally, field)))) for field, source in rows]


def span_headings(view: QTableView, model: FigureTableModel) -> None:
    """Section headings run across the table."""
    view.clearSpans()
    for r, line in enumerate(model.lines):
        if line.heading and model.columnCount() > 1:
            view.setSpan(r, 0, 1, model.columnCount())
