"""A read-only table model over a list of read models, described by a column list.

Subclasses give the columns and, where a cell needs it, the urgent emphasis; the Qt plumbing
(row/column counts, headers, display text, the row object role) lives here once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
# Dark red on white passes WCAG AA contrast; a text marker always carries the meaning too.
OVERDUE_COLOUR = QColor(164, 0, 0)


@dataclass(frozen=True)
class Column(Generic[T]):
    key: str
    header: str
    text: Callable[[T], str]


class ColumnTableModel(QAbstractTableModel, Generic[T]):
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: list[Column[T]] = []

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
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if self.is_urgent(row, column.key):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_key(self, section: int) -> str:
        return self._columns[section].key

    def tooltip(self, row: T) -> str | None:
        return None

    def is_urgent(self, row: T, column_key: str) -> bool:
        """Whether this cell gets the overdue emphasis (in addition to its text marker)."""
        return False
