"""统计 page: the month's, quarter's, year's (or any run of days') statistics of the
committee — or, at a township, of every village together and each one — as the Ministry's
tables, the rates with their definitions, charts, and files for the township.

Every figure opens the list of cases behind it (``StatisticsDrillDialog``). The report is
computed in the TaskRunner when the page is shown, when the period changes and when the main
window says data changed; exports and the printable PDF are made there too."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import stat_periods
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.stat_defs import COUNTING_RULE_EN, measure_label
from mediation_desk.domain.stat_periods import Period
from mediation_desk.domain.statistics_views import DrillRequest, StatisticsReport
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import authz, case_origin, statistics, statistics_export
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.dialogs.paper_preview import PaperPreview, open_preview
from mediation_desk.ui.dialogs.statistics_drill_dialog import StatisticsDrillDialog
from mediation_desk.ui.field_errors import ERROR_STYLE, FieldErrors
from mediation_desk.ui.figure_tile import FigureTile
from mediation_desk.ui.flow_layout import wrap_row
from mediation_desk.ui.forms.ui_statistics_page import Ui_StatisticsPage
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.pages import statistics_tables as st
from mediation_desk.ui.pages.statistics_charts import StatisticsCharts, rate_label
from mediation_desk.ui.pages.statistics_period import PeriodPicker, following
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages
from mediation_desk.wording.statistics_text import rate_text

log = logging.getLogger(__name__)

QUERY_KEY = "statistics_page"
EXPORT_DIR_KEY = "statistics/export_dir"
CATEGORY_TAB, SOURCE_TAB, RATES_TAB, OTHER_TAB, VILLAGE_TAB, CHART_TAB = range(6)
RULE_STYLE = "color: #4d4d4d;"  # grey, still 8:1 on white


@dataclasses.dataclass(frozen=True)
class StatisticsLoad:
    report: StatisticsReport
    township: bool


def load_statistics(ctx: AppContext, period: Period) -> StatisticsLoad:
    """Runs in a worker thread."""
    return StatisticsLoad(statistics.report(ctx, period),
                          case_origin.station_scope(ctx).is_township)


def chinese_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if current_language() == "zh" else d.isoformat()


class StatisticsPage(QWidget):
    case_activated = Signal(str)
    """A case was opened from a figure's list of cases; carries its id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 *, state: UiState | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_StatisticsPage()
        ui.setupUi(self)
        wrap_row(ui.controls_layout, self)  # fits 1366 px at the largest text size
        self._ctx, self._runner, self._state = ctx, runner, state
        self._period = stat_periods.containing("monthly", ctx.today())
        self._report: StatisticsReport | None = None
        self._township = False
        self._last_dir: Path | None = None
        self.drill_dialog: StatisticsDrillDialog | None = None
        self.preview: PaperPreview | None = None
        self.errors = FieldErrors(ui.period_error_label)
        self.errors.bind("period", ui.end_date, ui.period_error_label)
        self._setup_controls()
        self._setup_header()
        self.models: dict[QTableView, st.FigureTableModel] = {}
        for view in self._tables():
            model = st.FigureTableModel(self)
            st.setup_table(view, model, wrap=view is ui.rates_table)
            view.activated.connect(lambda index, m=model: self._on_cell_activated(m, index))
            self.models[view] = model
        # Definitions wrap: their lines grow and shrink with the table's width.
        ui.rates_table.viewport().installEventFilter(self)
        self.charts = StatisticsCharts(ui.chart_host, ui.chart_layout, self)
        self.charts.drill_requested.connect(self.open_drill)
        ui.tabs.setTabVisible(VILLAGE_TAB, False)
        ui.status_label.hide()
        self._enable_output(False)
        self.apply_permissions()
        self.picker.show(self._period)

    # Public API ------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """Files of the report only for a role that may export (printing stays open)."""
        exports = authz.can(self._ctx, Permission.DATA_EXPORT)
        self.ui.export_excel_button.setVisible(exports)
        self.ui.export_pdf_button.setVisible(exports)

    @property
    def period(self) -> Period:
        return self._period

    @property
    def report(self) -> StatisticsReport | None:
        return self._report

    @property
    def township(self) -> bool:
        """The last report was a township's (all its villages, and the 分村 tab)."""
        return self._township

    def refresh(self) -> None:
        """Compute the chosen period's report again (shown, F5, data changed)."""
        ctx, period = self._ctx, self._period
        self.errors.clear()
        self._say(self.tr("Counting…"))
        self._runner.submit(lambda: load_statistics(ctx, period), on_done=self._on_loaded,
                            on_error=self._on_failed, key=QUERY_KEY)

    def set_period(self, period: Period) -> None:
        self._period = period
        self.picker.show(period)
        self.refresh()

    def previous_period(self) -> None:
        self.set_period(self._period.previous())

    def next_period(self) -> None:
        self.set_period(following(self._period))

    def export(self, fmt: str) -> None:
        """Ask where to save the report as ``fmt`` (xlsx, pdf), then write it there."""
        if self._report is None:
            return
        start = self._export_dir() / statistics_export.file_name(self._report, fmt)
        title, name_filter = (
            (self.tr("Export the statistics to Excel"), self.tr("Excel workbook (*.xlsx)"))
            if fmt == "xlsx" else
            (self.tr("Export the statistics as PDF"), self.tr("PDF file (*.pdf)")))
        path, _chosen = QFileDialog.getSaveFileName(self, title, str(start), name_filter)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> None:
        report, ctx = self._report, self._ctx
        if report is None:
            return
        self._remember_dir(path.parent)
        self._say(self.tr("Saving…"))
        self._runner.submit(lambda: statistics_export.export(ctx, report, fmt, path),
                            on_done=lambda target: self._say(labels.fill(
                                self.tr("The report was saved to %1"), str(target))),
                            on_error=self._on_action_failed, write=True)

    def print_report(self) -> None:
        """The report as it will print (charts included), in the preview window."""
        report, ctx = self._report, self._ctx
        if report is None:
            return
        self._say(self.tr("Making the report…"))
        self._runner.submit(lambda: statistics_export.render_pdf(ctx, report),
                            on_done=self._on_pdf_made, on_error=self._on_action_failed,
                            key="statistics_page.print")

    def open_drill(self, drill: st.Drill) -> StatisticsDrillDialog | None:
        """The list of cases behind ``drill``; nothing behind a 0."""
        if drill.count <= 0 or self._report is None:
            return None
        label = stat_periods.parse(drill.request.period).label
        where = self._report.unit_name
        dialog = StatisticsDrillDialog(self._ctx, self._runner, drill.request, drill.label,
                                       f"{where} · {label}", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_activated.connect(self.case_activated)
        self.drill_dialog = dialog
        dialog.show()
        return dialog

    # Qt overrides ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.rates_table.viewport():
            # After the table has handled it: only then has the definition column its width.
            QTimer.singleShot(0, self._fit_rates)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._report is not None:
            self._fit_tables()

    # Setup -----------------------------------------------------------------------------

    def _setup_controls(self) -> None:
        ui = self.ui
        self.picker = PeriodPicker(ui, self._ctx.today(), self)
        self.picker.chosen.connect(self.set_period)
        self.picker.refused.connect(self._on_period_refused)
        ui.previous_button.clicked.connect(self.previous_period)
        ui.next_button.clicked.connect(self.next_period)
        ui.export_excel_button.clicked.connect(lambda: self.export("xlsx"))
        ui.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        ui.print_button.clicked.connect(self.print_report)

    def _setup_header(self) -> None:
        ui = self.ui
        font = QFont(ui.title_label.font())
        font.setBold(True)
        ui.title_label.setFont(font)
        text_size.follow_scaled(ui.title_label, 1.2)
        ui.rule_label.setStyleSheet(RULE_STYLE)
        text_size.follow_scaled(ui.rule_label, 0.85)
        self.tiles = {key: FigureTile(caption, self) for key, caption in (
            ("registered", measure_label("registered", current_language())),
            ("accepted", measure_label("accepted", current_language())),
            ("success", measure_label("success", current_language())),
            ("success_rate", rate_label("success_rate")),
            ("amount", self.tr("Agreement amount (yuan)")))}
        for key, tile in self.tiles.items():
            tile.setObjectName(f"{key}_tile")
            ui.figures_layout.addWidget(tile)
            tile.activated.connect(lambda k=key: self._on_tile_activated(k))

    # Results ---------------------------------------------------------------------------

    def _on_loaded(self, load: StatisticsLoad) -> None:
        rep = self._report = load.report
        self._township = load.township
        self._say("")
        ui = self.ui
        title = statistics_export.title_of(rep)
        if load.township:
            title = labels.fill(self.tr("%1 — all villages of the township"), title)
        ui.title_label.setText(title)
        ui.as_of_label.setText(labels.fill(self.tr("Figures as of %1"),
                                           chinese_date(rep.as_of)))
        rule = rep.counting_rule if current_language() == "zh" else COUNTING_RULE_EN
        ui.rule_label.setText(labels.fill(self.tr("Counting rule: %1"), rule))
        self._fill_tiles(rep)
        self._fill_tables(rep)
        self.charts.fill(rep)
        ui.tabs.setTabVisible(VILLAGE_TAB, load.township)
        self._enable_output(True)

    def _fill_tiles(self, rep: StatisticsReport) -> None:
        t = rep.total
        before = rep.comparisons[0] if rep.comparisons else None
        for key in ("registered", "accepted", "success"):
            # 环比 under the figure: the previous period's number (上期 / 上年).
            detail = f"{before.label} {getattr(before, key)}" if before else ""
            self.tiles[key].set_value(str(t.get(key)), detail, clickable=t.get(key) > 0)
        rate = next((r for r in rep.rates if r.key == "success_rate"), None)
        if rate is not None:
            self.tiles["success_rate"].set_value(
                rate_text(rate.value), f"{rate.numerator} / {rate.denominator}",
                clickable=rate.numerator > 0)
        # No detail line: the amount's number is the widest, its tile has no room for one.
        self.tiles["amount"].set_value(
            format_yuan(t.amount_fen), clickable=t.get("with_amount") > 0,
            tip=self.tr("%n agreement(s) with an amount", "", t.get("with_amount")))

    def _fill_tables(self, rep: StatisticsReport) -> None:
        ui = self.ui
        content = (
            (ui.category_table, st.case_headers(self.tr("Type of dispute")),
             st.category_lines(rep)),
            (ui.source_table, st.case_headers(self.tr("How the case came")),
             st.source_lines(rep)),
            (ui.village_table, st.case_headers(self.tr("Village")), st.village_lines(rep)),
            (ui.rates_table, st.rate_headers(), st.rate_lines(rep)),
            (ui.comparison_table, st.comparison_headers(), st.comparison_lines(rep)),
            (ui.prevention_table, st.prevention_headers(), st.prevention_lines(rep)),
            (ui.screening_table, st.screening_headers(), st.screening_lines(rep)),
            (ui.joint_defence_table, st.joint_defence_headers(), st.joint_defence_lines(rep)))
        for view, headers, lines in content:
            self.models[view].set_content(headers, lines)
        st.span_headings(ui.prevention_table, self.models[ui.prevention_table])
        self._fit_tables()

    def _fit_tables(self) -> None:
        ui = self.ui
        side_by_side = (ui.prevention_table, ui.screening_table, ui.joint_defence_table)
        for view in self._tables():
            if view is not ui.rates_table:
                # Three narrow tables next to each other: their names take the spare width.
                st.fit_columns(view, stretch=0 if view in side_by_side else None)
        st.fit_columns(ui.rates_table, stretch=4)
        st.fit_height(ui.comparison_table)
        comparison = ui.comparison_table.horizontalHeader()
        ui.comparison_table.setMinimumWidth(comparison.length()
                                            + ui.comparison_table.frameWidth() * 2)
        ui.rates_table.setMinimumWidth(
            sum(ui.rates_table.horizontalHeader().sectionSize(c) for c in range(4))
            + ui.rates_table.fontMetrics().height() * 12)
        self._fit_rates()

    def _fit_rates(self) -> None:
        """The rates and the comparison stand one under the other in a tab that scrolls:
        each table as high as its lines, the wrapped definitions' lines included."""
        view = self.ui.rates_table
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # no lower than other tables
        view.resizeRowsToContents()
        st.fit_height(view)

    def _on_period_refused(self, exc: DomainError) -> None:
        # The tables still show the last good period: no file of it under the new dates.
        self.errors.show(exc)
        self._enable_output(False)

    def _enable_output(self, enabled: bool) -> None:
        for button in (self.ui.export_excel_button, self.ui.export_pdf_button,
                       self.ui.print_button):
            button.setEnabled(enabled)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            self._say("")
            return
        self._say_error(exc)

    def _on_action_failed(self, exc: BaseException) -> None:
        self._say_error(exc)

    def _on_pdf_made(self, pdf: PaperPdf) -> None:
        self._say("")
        self.preview = open_preview(self, self._ctx, self._runner, pdf)

    def _on_cell_activated(self, model: st.FigureTableModel, index: QModelIndex) -> None:
        drill = model.drill_at(index)
        if drill is not None:
            self.open_drill(drill)

    def _on_tile_activated(self, key: str) -> None:
        rep = self._report
        if rep is None:
            return
        measure = {"success_rate": "success", "amount": "with_amount"}.get(key, key)
        name = measure_label(measure, current_language())
        self.open_drill(st.Drill(DrillRequest(period=rep.period.key, measure=measure,
                                              station_id=rep.station_id),
                                 name, rep.total.get(measure)))

    # Helpers ---------------------------------------------------------------------------

    def _tables(self) -> tuple[QTableView, ...]:
        ui = self.ui
        return (ui.category_table, ui.source_table, ui.rates_table, ui.comparison_table,
                ui.prevention_table, ui.screening_table, ui.joint_defence_table,
                ui.village_table)

    def _export_dir(self) -> Path:
        saved = self._state.preference(EXPORT_DIR_KEY) if self._state is not None else ""
        for candidate in (self._last_dir, Path(saved) if saved else None):
            if candidate is not None and candidate.is_dir():
                return candidate
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    def _remember_dir(self, folder: Path) -> None:
        self._last_dir = folder
        if self._state is not None:
            self._state.set_preference(EXPORT_DIR_KEY, str(folder))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(bool(text))

    def _say_error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            lines = messages.describe(exc.to_dict(), current_language())
        else:
            log.error("statistics failed", exc_info=exc)
            lines = [self.tr("The statistics could not be made. The details were written to "
                             "the log; press F5 to try again.")]
        self._say("⚠ " + "\n".join(lines), error=True)
