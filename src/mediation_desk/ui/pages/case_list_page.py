"""案件 page: the case list with search-as-you-type, filters (status, type, year, overdue)
and sorting by any column.

Queries run through the TaskRunner, one page of ``PAGE_SIZE`` rows at a time; the model asks
for the next page when the user scrolls to the end. The list is paged, so a click on a
column header sorts in SQL (a new first page), never in the model. The filter and the sort
are remembered in ``UiState``; the search text is not (a forgotten search would look like
missing cases at the next start).

Each page comes with its last column's values from the same job: the cases' sync states at
a village, the reporting village at a township (which lists every village's cases)."""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.case_origin_views import StationScope
from mediation_desk.domain.views import CasePage, CaseSummary, CodeChoice
from mediation_desk.services import case_origin, code_tables, sync_state
from mediation_desk.services.case_queries import (
    SORT_FIELDS,
    CaseFilter,
    case_years,
    list_cases,
    sort_field,
    sort_name,
)
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_case_list_page import Ui_CaseListPage
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.case_table_model import CaseTableModel, PageMarks
from mediation_desk.ui.state import UiState
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import sync_text

log = logging.getLogger(__name__)

PAGE_SIZE = 200
SEARCH_DELAY_MS = 300
QUERY_KEY = "case_list"
STATE_KEY = "case_list"
FILTER_STATE_KEY = "case_list/filter"
DEFAULT_SORT = "received_desc"
CATEGORY_TABLE = "dispute_category"
# Samples for default column widths (measurement only, never shown): a long usual case
# number and a long category name of the default code table. The title takes the rest.
_WIDTH_SAMPLES = {
    "case_no": ["（2026）青石村人调字第1234号"],
    "category": ["房屋宅基地纠纷"],
    "received_on": ["2026-12-31"],
}


@dataclasses.dataclass(frozen=True)
class MarkedPage:
    """A page of the list with its last column's values."""

    page: CasePage
    marks: PageMarks


@dataclasses.dataclass(frozen=True)
class ListLoad:
    """What ``refresh`` loads in one background job: the filter choices, the station's kind
    and the first page for the filter they make valid (a remembered type or year may no
    longer exist)."""

    categories: list[CodeChoice]
    years: list[int]
    filter: CaseFilter
    scope: StationScope
    first: MarkedPage


def load_page(ctx: AppContext, flt: CaseFilter, township: bool) -> MarkedPage:
    """Runs in a worker thread. The last column: sync states at a village, the reporting
    village at a township."""
    page = list_cases(ctx, flt)
    ids = [row.id for row in page.rows]
    if not ids:
        return MarkedPage(page, PageMarks())
    if township:
        return MarkedPage(page, PageMarks(origins=case_origin.case_origins(ctx, ids)))
    return MarkedPage(page, PageMarks(states=sync_state.case_states(ctx, ids)))


def load_with_choices(ctx: AppContext, flt: CaseFilter) -> ListLoad:
    """Runs in a worker thread."""
    categories = code_tables.choices(ctx, CATEGORY_TABLE)
    years = case_years(ctx)
    scope = case_origin.station_scope(ctx)
    if flt.category and flt.category not in {c.code for c in categories}:
        flt = dataclasses.replace(flt, category=None)
    if flt.year and flt.year not in years:
        flt = dataclasses.replace(flt, year=None)
    return ListLoad(categories, years, flt, scope, load_page(ctx, flt, scope.is_township))


def filter_to_text(flt: CaseFilter) -> str:
    """The remembered part of a filter (not the search text) as JSON."""
    return json.dumps({"statuses": list(flt.statuses), "category": flt.category,
                       "year": flt.year, "overdue": flt.overdue, "sort": flt.sort})


def filter_from_text(text: str | None, base: CaseFilter) -> CaseFilter:
    """``base`` with the remembered values that are still valid; anything else is dropped
    (a state file from another version or edited by hand must not break the list)."""
    try:
        saved = json.loads(text) if text else {}
    except ValueError:
        saved = {}
    if not isinstance(saved, dict):
        return base
    values: dict[str, Any] = {}
    statuses = saved.get("statuses")
    if isinstance(statuses, list) and all(s in labels.STATUSES for s in statuses):
        values["statuses"] = tuple(statuses[:1])  # the combo shows one status
    if isinstance(saved.get("category"), str):
        values["category"] = saved["category"]
    year = saved.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        values["year"] = year
    if isinstance(saved.get("overdue"), bool):
        values["overdue"] = saved["overdue"]
    sort = saved.get("sort")
    if isinstance(sort, str) and sort_field(sort) is not None:
        values["sort"] = sort
    return dataclasses.replace(base, **values)


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
        self._filter = CaseFilter(limit=PAGE_SIZE, sort=DEFAULT_SORT)
        # Until the type and year choices are in, every query reloads them with the page.
        self._choices_loaded = False
        # Restoring the header re-emits its saved sort indicator; that is no user's click.
        self._restoring = False

        self.model = CaseTableModel(self)
        self.ui.case_table.setModel(self.model)
        self.ui.case_table.horizontalHeader().setSectionsClickable(True)
        self._fill_status_combo()
        self._fill_combo(self.ui.category_combo, [])
        self._fill_combo(self.ui.year_combo, [])
        self._apply_default_widths()
        self._show_filter()

        # One timer restarted on every keystroke: the query runs once the typing pauses.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.ui.search_edit.textChanged.connect(self._on_search_edit_textChanged)
        self.ui.search_edit.returnPressed.connect(self._on_search_edit_returnPressed)
        self.ui.status_combo.currentIndexChanged.connect(self._on_status_combo_currentIndexChanged)
        self.ui.category_combo.currentIndexChanged.connect(
            self._on_category_combo_currentIndexChanged)
        self.ui.year_combo.currentIndexChanged.connect(self._on_year_combo_currentIndexChanged)
        self.ui.overdue_check.toggled.connect(self._on_overdue_check_toggled)
        self.ui.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.ui.case_table.horizontalHeader().sortIndicatorChanged.connect(
            self._on_header_sortIndicatorChanged)
        self.ui.case_table.activated.connect(self._on_case_table_activated)
        self.model.more_requested.connect(self._on_model_more_requested)

    # Public API ------------------------------------------------------------------------

    @property
    def current_filter(self) -> CaseFilter:
        return self._filter

    def refresh(self) -> None:
        """Reload the type and year choices and the first page (start-up, F5)."""
        self._choices_loaded = False
        self._set_filter(text=self.ui.search_edit.text().strip())

    def clear_filters(self) -> None:
        """Empty the search and every filter; the sort order stays."""
        self._search_timer.stop()
        self.ui.search_edit.blockSignals(True)
        self.ui.search_edit.clear()
        self.ui.search_edit.blockSignals(False)
        self._filter = CaseFilter(limit=PAGE_SIZE, sort=self._filter.sort)
        self._show_filter()
        self._run_query()

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def restore_state(self, state: UiState) -> None:
        """Column widths, the filter and the sort of the last session (call before refresh)."""
        self._restoring = True
        try:
            state.restore_header(self.ui.case_table.horizontalHeader(), STATE_KEY)
        finally:
            self._restoring = False
        self._filter = filter_from_text(state.value(FILTER_STATE_KEY), self._filter)
        self._show_filter()

    def save_state(self, state: UiState) -> None:
        state.save_header(self.ui.case_table.horizontalHeader(), STATE_KEY)
        state.set_value(FILTER_STATE_KEY, filter_to_text(self._filter))

    def selected_case(self) -> CaseSummary | None:
        rows = self.ui.case_table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()) if rows else None

    # Slots -----------------------------------------------------------------------------

    def _on_search_edit_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_edit_returnPressed(self) -> None:
        self._search_timer.stop()
        self._set_filter(text=self.ui.search_edit.text().strip())

    def _on_search_timer_timeout(self) -> None:
        self._set_filter(text=self.ui.search_edit.text().strip())

    def _on_status_combo_currentIndexChanged(self, _index: int) -> None:
        status = self.ui.status_combo.currentData()
        self._set_filter(statuses=(status,) if status else ())

    def _on_category_combo_currentIndexChanged(self, _index: int) -> None:
        self._set_filter(category=self.ui.category_combo.currentData())

    def _on_year_combo_currentIndexChanged(self, _index: int) -> None:
        self._set_filter(year=self.ui.year_combo.currentData())

    def _on_overdue_check_toggled(self, checked: bool) -> None:
        self._set_filter(overdue=checked)

    def _on_clear_button_clicked(self) -> None:
        self.clear_filters()

    def _on_header_sortIndicatorChanged(self, section: int, order: Qt.SortOrder) -> None:
        key = self.model.column_key(section) if 0 <= section < self.model.columnCount() else ""
        if self._restoring:
            return
        if key not in SORT_FIELDS:
            self._show_sort()  # a column the list cannot be sorted by: the arrow stays put
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.model.set_sort(key, descending)
        self._set_filter(sort=sort_name(key, descending=descending))

    def _on_case_table_activated(self, index: QModelIndex) -> None:
        case = self.model.case_at(index.row())
        if case is not None:
            self.case_activated.emit(case.id)

    def _on_model_more_requested(self, offset: int) -> None:
        flt, ctx = dataclasses.replace(self._filter, offset=offset), self._ctx
        township = self.model.township
        self._runner.submit(lambda: load_page(ctx, flt, township), on_done=self._on_next_page,
                            on_error=self._on_query_failed, key=QUERY_KEY)

    # Queries and results ---------------------------------------------------------------

    def _set_filter(self, **changes: Any) -> None:
        self._search_timer.stop()
        self._filter = dataclasses.replace(self._filter, offset=0, **changes)
        self._run_query()

    def _run_query(self) -> None:
        """The first page for ``self._filter`` (with the choices, if not loaded yet)."""
        flt, ctx = self._filter, self._ctx
        self.model.set_loading(True)
        self.ui.count_label.setText(self.tr("Searching…"))
        if self._choices_loaded:
            township = self.model.township
            self._runner.submit(lambda: load_page(ctx, flt, township),
                                on_done=self._on_first_page,
                                on_error=self._on_query_failed, key=QUERY_KEY)
        else:
            # Same key: a newer query supersedes this one, and loads the choices itself.
            self._runner.submit(lambda: load_with_choices(ctx, flt), on_done=self._on_loaded,
                                on_error=self._on_query_failed, key=QUERY_KEY)

    def _on_loaded(self, loaded: ListLoad) -> None:
        self._choices_loaded = True
        self._fill_combo(self.ui.category_combo, [(labels.code_label(c), c.code)
                                                  for c in loaded.categories])
        self._fill_combo(self.ui.year_combo, [(str(y), y) for y in loaded.years])
        self._filter = loaded.filter
        self._show_filter()
        self.model.set_township(loaded.scope.is_township)
        self._on_first_page(loaded.first)

    def _on_first_page(self, loaded: MarkedPage) -> None:
        self.model.reset_page(loaded.page, loaded.marks)
        if loaded.page.rows:
            self.ui.case_table.scrollToTop()
        self._show_count()

    def _on_next_page(self, loaded: MarkedPage) -> None:
        self.model.append_page(loaded.page, loaded.marks)
        self._show_count()

    def _on_query_failed(self, exc: BaseException) -> None:
        log.error("case list query failed", exc_info=exc)
        self.model.set_loading(False)
        self.ui.count_label.setText(
            self.tr("The list could not be read. Press F5 to try again."))

    # Helpers ---------------------------------------------------------------------------

    def _show_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        filtered = self._is_filtered()
        if total == 0:
            text = self.tr("No cases match. Press “Clear filters” to see all cases.") \
                if filtered else self.tr("There are no cases yet.")
        elif shown < total:
            text = labels.fill(
                self.tr("%n case(s), %1 shown — scroll down for more", "", total), shown)
        elif filtered:
            text = self.tr("%n case(s) match the search and filters", "", total)
        else:
            text = self.tr("%n case(s)", "", total)
        self.ui.count_label.setText(text)
        self.count_changed.emit(total)

    def _is_filtered(self) -> bool:
        f = self._filter
        return bool(f.text or f.statuses or f.overdue or f.category or f.year)

    def _show_filter(self) -> None:
        """Put ``self._filter`` into the widgets without starting queries."""
        f = self._filter
        widgets = (self.ui.status_combo, self.ui.category_combo, self.ui.year_combo,
                   self.ui.overdue_check)
        for widget in widgets:
            widget.blockSignals(True)
        _select_data(self.ui.status_combo, f.statuses[0] if f.statuses else None)
        _select_data(self.ui.category_combo, f.category)
        _select_data(self.ui.year_combo, f.year)
        self.ui.overdue_check.setChecked(f.overdue)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_sort()

    def _show_sort(self) -> None:
        header = self.ui.case_table.horizontalHeader()
        field = sort_field(self._filter.sort)
        section = self.model.section_of(field[0]) if field else -1
        descending = bool(field and field[1])
        header.blockSignals(True)
        header.setSortIndicator(section, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.set_sort(field[0] if field else None, descending)

    def _fill_status_combo(self) -> None:
        self._fill_combo(self.ui.status_combo,
                         [(labels.status_label(code), code) for code in labels.STATUSES])

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """"All" and then ``items`` (text, data), keeping the current choice if still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, data in items:
            combo.addItem(text, data)
        _select_data(combo, current)
        combo.blockSignals(False)

    def _apply_default_widths(self) -> None:
        samples: dict[str, list[str]] = dict(_WIDTH_SAMPLES)
        samples["status"] = [labels.status_label(code) for code in labels.STATUSES]
        samples["due_on"] = [f"2026-12-31  {labels.overdue_marker()}"]
        samples["station"] = [sync_text.state_label(state, current_language())
                              for state in sync_text.STATES]
        keys = [self.model.column_key(section) for section in range(self.model.columnCount())]
        apply_default_widths(self.ui.case_table, {
            section: samples[key] for section, key in enumerate(keys) if key in samples},
            stretch=keys.index("title"))


def _select_data(combo: QComboBox, data: object) -> None:
    """Select the item carrying ``data``; "All" (index 0) when none does."""
    index = combo.findData(data) if data is not None else 0
    combo.setCurrentIndex(max(index, 0))
