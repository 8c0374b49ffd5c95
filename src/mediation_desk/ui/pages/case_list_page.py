"""案件 page: the case list with search-as-you-type, a status filter and "overdue only".

Queries run through the TaskRunner, one page of ``PAGE_SIZE`` rows at a time; the model asks
for the next page when the user scrolls to the end."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CasePage, CaseSummary
from mediation_desk.services.case_queries import CaseFilter, list_cases
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_case_list_page import Ui_CaseListPage
from mediation_desk.ui.models.case_table_model import CaseTableModel
from mediation_desk.ui.state import UiState
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PAGE_SIZE = 200
SEARCH_DELAY_MS = 300
QUERY_KEY = "case_list"
STATE_KEY = "case_list"
# Samples for default column widths (measurement only, never shown): a long usual case
# number and a long category name of the default code table. The title takes the rest.
_WIDTH_SAMPLES = {
    "case_no": ["（2026）青石村人调字第1234号"],
    "category": ["房屋宅基地纠纷"],
    "received_on": ["2026-12-31"],
}


class CaseListPage(QWidget):
    """The list of cases; emits ``case_activated`` when the user opens one."""

    case_activated = Signal(str)
    """A case was double-clicked or chosen with Enter; carries its id."""
    count_changed = Signal(int)
    """A query finished; carries how many cases match the current filter."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseListPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._filter = CaseFilter(limit=PAGE_SIZE)

        self.model = CaseTableModel(self)
        self.ui.case_table.setModel(self.model)
        self._fill_status_combo()
        self._apply_default_widths()

        # One timer restarted on every keystroke: the query runs once the typing pauses.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.ui.search_edit.textChanged.connect(self._on_search_edit_textChanged)
        self.ui.search_edit.returnPressed.connect(self._on_search_edit_returnPressed)
        self.ui.status_combo.currentIndexChanged.connect(self._on_status_combo_currentIndexChanged)
        self.ui.overdue_check.toggled.connect(self._on_overdue_check_toggled)
        self.ui.case_table.activated.connect(self._on_case_table_activated)
        self.model.more_requested.connect(self._on_model_more_requested)

    # Public API ------------------------------------------------------------------------

    @property
    def current_filter(self) -> CaseFilter:
        return self._filter

    def refresh(self) -> None:
        """Run the query for the current filter now (first page)."""
        self._search_timer.stop()
        self._filter = self._read_filter()
        flt, ctx = self._filter, self._ctx
        self.model.set_loading(True)
        self.ui.count_label.setText(self.tr("Searching…"))
        self._runner.submit(lambda: list_cases(ctx, flt), on_done=self._on_first_page,
                            on_error=self._on_query_failed, key=QUERY_KEY)

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def restore_state(self, state: UiState) -> None:
        state.restore_header(self.ui.case_table.horizontalHeader(), STATE_KEY)

    def save_state(self, state: UiState) -> None:
        state.save_header(self.ui.case_table.horizontalHeader(), STATE_KEY)

    # Slots -----------------------------------------------------------------------------

    def _on_search_edit_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_edit_returnPressed(self) -> None:
        self.refresh()

    def _on_search_timer_timeout(self) -> None:
        self.refresh()

    def _on_status_combo_currentIndexChanged(self, _index: int) -> None:
        self.refresh()

    def _on_overdue_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_case_table_activated(self, index: QModelIndex) -> None:
        case = self.model.case_at(index.row())
        if case is not None:
            self.case_activated.emit(case.id)

    def _on_model_more_requested(self, offset: int) -> None:
        flt, ctx = dataclasses.replace(self._filter, offset=offset), self._ctx
        self._runner.submit(lambda: list_cases(ctx, flt), on_done=self._on_next_page,
                            on_error=self._on_query_failed, key=QUERY_KEY)

    # Results ---------------------------------------------------------------------------

    def _on_first_page(self, page: CasePage) -> None:
        self.model.reset_page(page)
        if page.rows:
            self.ui.case_table.scrollToTop()
        self._show_count()

    def _on_next_page(self, page: CasePage) -> None:
        self.model.append_page(page)
        self._show_count()

    def _on_query_failed(self, exc: BaseException) -> None:
        log.error("case list query failed", exc_info=exc)
        self.model.set_loading(False)
        self.ui.count_label.setText(
            self.tr("The list could not be read. Press F5 to try again."))

    # Helpers ---------------------------------------------------------------------------

    def _read_filter(self) -> CaseFilter:
        status = self.ui.status_combo.currentData()
        return CaseFilter(statuses=(status,) if status else (),
                          overdue=self.ui.overdue_check.isChecked(),
                          text=self.ui.search_edit.text().strip(), limit=PAGE_SIZE)

    def _show_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = self.tr("No cases match. Clear the search or choose “All”.") \
                if self._is_filtered() else self.tr("There are no cases yet.")
        elif shown < total:
            text = labels.fill(
                self.tr("%n case(s), %1 shown — scroll down for more", "", total), shown)
        else:
            text = self.tr("%n case(s)", "", total)
        self.ui.count_label.setText(text)
        self.count_changed.emit(total)

    def _is_filtered(self) -> bool:
        f = self._filter
        return bool(f.text or f.statuses or f.overdue)

    def _fill_status_combo(self) -> None:
        combo = self.ui.status_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for code in labels.STATUSES:
            combo.addItem(labels.status_label(code), code)
        combo.blockSignals(False)

    def _apply_default_widths(self) -> None:
        samples = dict(_WIDTH_SAMPLES)
        samples["status"] = [labels.status_label(code) for code in labels.STATUSES]
        samples["due_on"] = [f"2026-12-31  {labels.overdue_marker()}"]
        keys = [self.model.column_key(section) for section in range(self.model.columnCount())]
        apply_default_widths(self.ui.case_table, {
            section: samples[key] for section, key in enumerate(keys) if key in samples},
            stretch=keys.index("title"))

    def selected_case(self) -> CaseSummary | None:
        rows = self.ui.case_table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()) if rows else None
