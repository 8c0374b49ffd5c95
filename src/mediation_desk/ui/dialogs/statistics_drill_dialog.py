"""The cases behind one figure of the statistics: "<figure>：N 件" and the list of them;
double-click or Enter opens a case the way the case list does (``case_activated``).

Not modal: a mediator checks a figure by opening its cases one after another while the list
stays open. The list comes from ``statistics_drill.cases_behind``, the same test that made
the figure, so it always has as many cases as the figure says (the first MAX_LISTED of a
longer list are shown, and the heading still gives the full count)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.statistics_views import DrillRequest
from mediation_desk.domain.views import CaseSummary
from mediation_desk.services import statistics_drill
from mediation_desk.services.statistics_drill import DrillResult
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.forms.ui_statistics_drill_dialog import Ui_StatisticsDrillDialog
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel
from mediation_desk.ui.paper_printing import error_text
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

TITLE_LINES = 16  # room for a title of about 16 characters before it is cut short
_WIDTH_SAMPLES = {0: ["（2026）青石村人调字第1234号"], 2: ["房屋宅基地纠纷"], 3: ["协议履行中"],
                  4: ["2026-12-31"], 5: ["欧阳晓明"]}


class DrillCaseModel(ColumnTableModel[CaseSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("case_no", self.tr("No."), lambda c: c.case_no),
            Column("title", self.tr("Title"), lambda c: c.title),
            Column("category", self.tr("Type"), lambda c: c.category_label),
            Column("status", self.tr("Status"), lambda c: labels.status_label(c.status)),
            Column("received_on", self.tr("Registered on"),
                   lambda c: c.received_on.isoformat()),
            Column("host", self.tr("Host mediator"), lambda c: c.host_mediator_name or ""),
        ]

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(cases)
        self.endResetModel()


class StatisticsDrillDialog(QDialog):
    case_activated = Signal(str)
    """A case was double-clicked, chosen with Enter or opened with the button."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, request: DrillRequest,
                 figure: str, period_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_StatisticsDrillDialog()
        ui.setupUi(self)
        self.request = request
        self.figure = figure
        self.result: DrillResult | None = None
        self.model = DrillCaseModel(self)
        ui.case_table.setModel(self.model)
        apply_default_widths(ui.case_table, _WIDTH_SAMPLES, stretch=1)
        text_size.fit_rows(ui.case_table)
        self._fit_to_text()
        heading_font = QFont(ui.heading_label.font())
        heading_font.setBold(True)
        ui.heading_label.setFont(heading_font)
        text_size.follow_scaled(ui.heading_label, 1.2)
        self.setWindowTitle(labels.fill(self.tr("Cases behind: %1"), figure))
        ui.heading_label.setText(labels.fill(self.tr("%1: counting…"), figure))
        ui.period_label.setText(period_text)
        ui.period_label.setVisible(bool(period_text))
        ui.note_label.hide()
        ui.open_button.setEnabled(False)
        ui.open_button.setDefault(True)
        ui.case_table.activated.connect(self._on_case_table_activated)
        ui.open_button.clicked.connect(self.open_selected)
        ui.close_button.clicked.connect(self.reject)
        ui.case_table.setFocus()
        runner.submit(lambda: statistics_drill.cases_behind(ctx, request),
                      on_done=self._on_loaded, on_error=self._on_failed)

    # Public API ------------------------------------------------------------------------

    def heading(self) -> str:
        return self.ui.heading_label.text()

    def open_selected(self) -> None:
        rows = self.ui.case_table.selectionModel().selectedRows()
        case = self.model.row_at(rows[0].row()) if rows else None
        if case is not None:
            self.case_activated.emit(case.id)

    def _fit_to_text(self) -> None:
        """Wide enough for every column and a title of some length at the current text size,
        but never wider or higher than the screen."""
        header = self.ui.case_table.horizontalHeader()
        line = self.fontMetrics().height()
        wanted = sum(header.sectionSize(c) for c in range(header.count()) if c != 1) \
            + line * TITLE_LINES + line * 3
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(wanted, int(screen.width() * 0.95)) if screen else wanted
        height = min(line * 24, int(screen.height() * 0.85)) if screen else line * 24
        self.resize(max(width, self.width()), max(height, self.height()))

    # Qt overrides ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # In the list, Enter has opened the case already (``activated``): it must not press
        # the default button and open it a second time.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.ui.case_table.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    # Results ---------------------------------------------------------------------------

    def _on_loaded(self, result: DrillResult) -> None:
        self.result = result
        self.model.set_cases(result.cases)
        self.ui.heading_label.setText(labels.fill(
            self.tr("%1: %n case(s)", "", result.total), self.figure))
        shown = len(result.cases)
        if result.total > shown:
            self.ui.note_label.setText(labels.fill(self.tr(
                "Only the first %1 cases (the earliest registered) are listed here."), shown))
            self.ui.note_label.show()
        if shown:
            self.ui.case_table.selectRow(0)
        self.ui.open_button.setEnabled(shown > 0)

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.heading_label.setText("⚠ " + error_text(exc))

    def _on_case_table_activated(self, index: QModelIndex) -> None:
        case = self.model.row_at(index.row())
        if case is not None:
            self.case_activated.emit(case.id)
