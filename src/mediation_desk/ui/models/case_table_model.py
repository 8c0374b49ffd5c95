"""Table model over pages of ``CaseSummary`` rows, filled page by page as the user scrolls.

The model never queries: when the view wants more rows it emits ``more_requested`` and the
page that owns the query appends the result with ``append_page``. Sorting happens in SQL
(the rows are paged); the model only says, in the header tooltips, which order is shown.

The last column depends on the station: at a village, where each case stands with the
township (同步: 未导出 … 乡镇退回, in words); at a township, the village that reported the case
(村). Its values come with each page (``PageMarks``), loaded by the same background job."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from mediation_desk.domain.case_origin_views import CaseOrigin
from mediation_desk.domain.lifecycle import MEDIATING_STATUSES
from mediation_desk.domain.sync_views import CaseSyncState
from mediation_desk.domain.views import CasePage, CaseSummary
from mediation_desk.ui import labels
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.column_table_model import (
    Column,
    ColumnTableModel,
    Index,
)
from mediation_desk.wording import sync_text


@dataclass(frozen=True)
class PageMarks:
    """The station column's values for the cases of one page: sync states (village) or
    origins (township); a case missing from both shows an empty cell."""

    states: dict[str, CaseSyncState] = field(default_factory=dict)
    origins: dict[str, CaseOrigin] = field(default_factory=dict)


class CaseTableModel(ColumnTableModel[CaseSummary]):
    """Rows of the case list; ``total`` is how many match, ``rowCount`` how many are loaded."""

    more_requested = Signal(int)
    """The view scrolled to the end: load the page starting at this offset."""

    CASE_ROLE = ColumnTableModel.ROW_ROLE
    # Columns whose first click shows the newest first; the others start at the top (A→Z,
    # the soonest time limit, the code table's order).
    NEWEST_FIRST = frozenset({"case_no", "received_on"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._loading = False
        self._sort: tuple[str, bool] | None = None
        self._township = False
        self._states: dict[str, CaseSyncState] = {}
        self._origins: dict[str, CaseOrigin] = {}
        self._columns = [
            Column("case_no", self.tr("No."), lambda c: c.case_no),
            Column("title", self.tr("Title"), self._title_text),
            Column("category", self.tr("Type"), lambda c: c.category_label),
            Column("status", self.tr("Status"), lambda c: labels.status_label(c.status)),
            Column("received_on", self.tr("Registered on"), lambda c: c.received_on.isoformat()),
            Column("due_on", self.tr("Time limit"), self._deadline_text),
            Column("station", self.tr("Sync"), self._station_text),
        ]

    def is_urgent(self, row: CaseSummary, column_key: str) -> bool:
        if column_key == "station":
            # Emphasis besides the words: a returned case waits for the mediator.
            return self._states.get(row.id) is CaseSyncState.RETURNED
        return row.overdue and column_key == "due_on"

    def tooltip(self, row: CaseSummary) -> str:
        return self._tooltip(row)

    # Qt overrides --------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            key = self.column_key(section)
            if role == Qt.ItemDataRole.InitialSortOrderRole:
                return (Qt.SortOrder.DescendingOrder if key in self.NEWEST_FIRST
                        else Qt.SortOrder.AscendingOrder)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._header_tooltip(key)
            if role == Qt.ItemDataRole.DisplayRole and key == "station" and self._township:
                return self.tr("Village")
        return super().headerData(section, orientation, role)

    def canFetchMore(self, parent: Index) -> bool:
        # While a query runs, a fetch would ask for an offset of the rows about to go away.
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self.more_requested.emit(len(self._rows))

    # Our API ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_loading(self, loading: bool) -> None:
        """A new query is running (or failed): no fetchMore until its result arrives."""
        self._loading = loading

    @property
    def township(self) -> bool:
        return self._township

    def set_township(self, township: bool) -> None:
        """At a township the last column names the village; at a village, the sync state."""
        if township != self._township:
            self._township = township
            last = self.columnCount() - 1
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, last, last)
            if self._rows:
                self.dataChanged.emit(self.index(0, last),
                                      self.index(len(self._rows) - 1, last))

    def reset_page(self, page: CasePage, marks: PageMarks | None = None) -> None:
        """Replace the rows with the first page of a new query."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._loading = False
        self._states, self._origins = {}, {}
        self._add_marks(marks)
        self.endResetModel()

    def append_page(self, page: CasePage, marks: PageMarks | None = None) -> None:
        """Add the next page; ignored if it does not continue the loaded rows."""
        self._loading = False
        self._total = page.total
        if page.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._add_marks(marks)
        self.endInsertRows()

    def sync_state(self, case_id: str) -> CaseSyncState | None:
        return self._states.get(case_id)

    def origin(self, case_id: str) -> CaseOrigin | None:
        return self._origins.get(case_id)

    def case_at(self, row: int) -> CaseSummary | None:
        return self.row_at(row)

    def section_of(self, key: str) -> int:
        """The column showing ``key`` (a ``CaseSummary`` field); -1 if none does."""
        return next((s for s in range(self.columnCount()) if self.column_key(s) == key), -1)

    def set_sort(self, key: str | None, descending: bool = False) -> None:
        """The order the rows come in (for the header tooltips); None: no column's order."""
        self._sort = (key, descending) if key else None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _add_marks(self, marks: PageMarks | None) -> None:
        if marks is not None:
            self._states.update(marks.states)
            self._origins.update(marks.origins)

    # Formatting ------------------------------------------------------------------------

    def _station_text(self, case: CaseSummary) -> str:
        if self._township:
            origin = self._origins.get(case.id)
            return origin.short_name if origin is not None else ""
        state = self._states.get(case.id)
        return sync_text.state_label(state.value, current_language()) if state else ""

    def _title_text(self, case: CaseSummary) -> str:
        # Major disputes (重大疑难纠纷) have their own reporting duty: marked in words.
        return labels.fill(self.tr("[major] %1"), case.title) if case.is_major else case.title

    def _deadline_text(self, case: CaseSummary) -> str:
        # ``due_on`` is the mediation time limit; past mediation it no longer binds, and the
        # overdue flag then concerns another deadline (performance, follow-up ...), so the
        # date would mislead. The case's own page lists every deadline.
        mediating = case.status in MEDIATING_STATUSES
        due = case.due_on.isoformat() if case.due_on and mediating else ""
        if not case.overdue:
            return due
        return f"{due}  {labels.overdue_marker()}".strip()

    def _header_tooltip(self, key: str) -> str:
        if key == "station":  # not sortable: the values come from another query
            return self.tr("The village whose mediation committee reported the case") \
                if self._township else self.tr(
                    "Where the case stands with the township: not exported yet, exported and "
                    "waiting for the township's receipt, received, or returned for correction")
        # The arrow alone is easy to miss or misread: the tooltip says the order in words.
        if self._sort is None or self._sort[0] != key:
            return self.tr("Click to sort the list by this column")
        ascending, descending = {
            "case_no": (self.tr("Sorted by number, smallest first. Click to reverse."),
                        self.tr("Sorted by number, largest first. Click to reverse.")),
            "title": (self.tr("Sorted by title, ascending. Click to reverse."),
                      self.tr("Sorted by title, descending. Click to reverse.")),
            "category": (self.tr("Sorted by type, in the order of the type list. "
                                 "Click to reverse."),
                         self.tr("Sorted by type, in reverse order of the type list. "
                                 "Click to reverse.")),
            "status": (self.tr("Sorted by status, earliest stage first. Click to reverse."),
                       self.tr("Sorted by status, latest stage first. Click to reverse.")),
            "received_on": (self.tr("Sorted by date of registration, oldest first. "
                                    "Click to reverse."),
                            self.tr("Sorted by date of registration, newest first. "
                                    "Click to reverse.")),
            "due_on": (self.tr("Sorted by time limit, soonest first; cases without one come "
                               "last. Click to reverse."),
                       self.tr("Sorted by time limit, latest first; cases without one come "
                               "last. Click to reverse.")),
        }[key]
        return descending if self._sort[1] else ascending

    def _tooltip(self, case: CaseSummary) -> str:
        lines = [case.title]
        if case.party_names:
            lines.append(labels.fill(self.tr("Parties: %1"), labels.join_names(case.party_names)))
        if case.host_mediator_name:
            lines.append(labels.fill(self.tr("Host mediator: %1"), case.host_mediator_name))
        if case.next_deadline_on is not None:
            lines.append(labels.fill(self.tr("Next time limit: %1 %2"),
                                     case.next_deadline_on.isoformat(),
                                     labels.deadline_label(case.next_deadline_kind or "")))
        return "\n".join(lines)
