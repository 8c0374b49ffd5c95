"""Table model over ``AgendaItem`` rows (今日待办): what is due, for which case, how soon."""

from __future__ import annotations

from PySide6.QtCore import QObject

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

    def is_urgent(self, row: AgendaItem, column_key: str) -> bool:
        return column_key == "when" and row.state in _URGENT_STATES

    def reset_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItem | None:
        return self.row_at(row)

    def overdue_count(self) -> int:
        return sum(1 for item in self._rows if item.state == "overdue")
