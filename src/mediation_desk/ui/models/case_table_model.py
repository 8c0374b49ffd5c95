"""Table model over pages of ``CaseSummary`` rows, filled page by page as the user scrolls.

The model never queries: when the view wants more rows it emits ``more_requested`` and the
page that owns the query appends the result with ``append_page``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from mediation_desk.domain.lifecycle import MEDIATING_STATUSES
from mediation_desk.domain.views import CasePage, CaseSummary
from mediation_desk.ui import labels

Index = QModelIndex | QPersistentModelIndex
# Dark red on white passes WCAG AA contrast; the text marker carries the meaning anyway.
OVERDUE_COLOUR = QColor(164, 0, 0)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable[[CaseSummary], str]


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list; ``total`` is how many match, ``rowCount`` how many are loaded."""

    more_requested = Signal(int)
    """The view scrolled to the end: load the page starting at this offset."""

    CASE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._loading = False
        self._columns = [
            Column("case_no", self.tr("No."), lambda c: c.case_no),
            Column("title", self.tr("Title"), self._title_text),
            Column("category", self.tr("Type"), lambda c: c.category_label),
            Column("status", self.tr("Status"), lambda c: labels.status_label(c.status)),
            Column("received_on", self.tr("Registered on"), lambda c: c.received_on.isoformat()),
            Column("due_on", self.tr("Time limit"), self._deadline_text),
        ]

    # Qt overrides --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(case)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case)
        if role == self.CASE_ROLE:
            return case
        if case.overdue and column.key == "due_on":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

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

    def reset_page(self, page: CasePage) -> None:
        """Replace the rows with the first page of a new query."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._loading = False
        self.endResetModel()

    def append_page(self, page: CasePage) -> None:
        """Add the next page; ignored if it does not continue the loaded rows."""
        self._loading = False
        self._total = page.total
        if page.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def case_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_key(self, section: int) -> str:
        return self._columns[section].key


    # Formatting ------------------------------------------------------------------------

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

    def _tooltip(self, case: CaseSummary) -> str:
        lines = [case.title]
        if case.party_names:
            lines.append(labels.fill(self.tr("Parties: %1"), labels.join_names(case.party_names)))
        if case.host_mediator_name:
            lines.append(labels.fill(self.tr("Host mediator: %1"), case.host_mediator_name))
        return "\n".join(lines)
