"""Table model over ``AgendaItem`` rows (今日待办): what is due, for which case, how soon.

At a township the lines cover every village's cases, and a last column names the village
(``AgendaItem.village``); a village's own list has no such column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject

from mediation_desk.domain.views import AgendaItem
from mediation_desk.ui import labels
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel

_URGENT_STATES = ("overdue", "due_today")


class AgendaTableModel(ColumnTableModel[AgendaItem]):
    ITEM_ROLE = ColumnTableModel.ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("due_on", self.tr("Due on"), lambda a: a.due_on.isoformat()),
            Column("when", self.tr("When"), lambda a: labels.days_left_text(a.days_left)),
            Column("kind", self.tr("What is due"), lambda a: labels.deadline_label(a.kind)),
            Column("case_no", self.tr("Case No. or subject"), lambda a: a.case_no),
            Column("title", self.tr("Title"), lambda a: a.title),
        ]
        self._village = Column[AgendaItem]("village", self.tr("Village"), lambda a: a.village)

    def is_urgent(self, row: AgendaItem, column_key: str) -> bool:
        return column_key == "when" and row.state in _URGENT_STATES

    @property
    def shows_village(self) -> bool:
        return self._village in self._columns

    def show_village(self, show: bool) -> None:
        """Add or take away the last column, 村 (a township's list)."""
        if show == self.shows_village:
            return
        at = len(self._columns)
        if show:
            self.beginInsertColumns(QModelIndex(), at, at)
            self._columns.append(self._village)
            self.endInsertColumns()
        else:
            self.beginRemoveColumns(QModelIndex(), at - 1, at - 1)
            self._columns.remove(self._village)
            self.endRemoveColumns()

    def reset_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItem | None:
        return self.row_at(row)

    def overdue_count(self) -> int:
        return sum(1 for item in self._rows if item.state == "overdue")
