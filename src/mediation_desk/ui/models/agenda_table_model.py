"""Table model over ``AgendaItem`` rows (今日待办): what is due, for which case, how soon."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from mediation_desk.services.agenda import AgendaItem
from mediation_desk.ui import labels
from mediation_desk.ui.models.case_table_model import OVERDUE_COLOUR

Index = QModelIndex | QPersistentModelIndex
_URGENT_STATES = ("overdue", "due_today")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable[[AgendaItem], str]


class AgendaTableModel(QAbstractTableModel):
    ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaItem] = []
        self._columns = [
            Column("due_on", self.tr("Due on"), lambda a: a.due_on.isoformat()),
            Column("when", self.tr("When"), lambda a: labels.days_left_text(a.days_left)),
            Column("kind", self.tr("What is due"), lambda a: labels.deadline_label(a.kind)),
            Column("case_no", self.tr("Case No."), lambda a: a.case_no),
            Column("title", self.tr("Title"), lambda a: a.title),
        ]

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
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(item)
        if role == self.ITEM_ROLE:
            return item
        if column.key == "when" and item.state in _URGENT_STATES:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def reset_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def overdue_count(self) -> int:
        return sum(1 for item in self._rows if item.state == "overdue")
