"""Table model over pages of ``AuditEventView`` rows (the 日志 page), filled page by page as
the user scrolls: the model never queries, it asks with ``more_requested`` and the page
appends what its background job read. Columns: 时间, 操作人, 操作, 对象, 摘要 (the summary's
full text in the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal

from mediation_desk.domain.audit_views import AuditEventView, AuditPage
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel, Index
from mediation_desk.wording import audit_text


class AuditTableModel(ColumnTableModel[AuditEventView]):
    more_requested = Signal(int)
    """The view scrolled to the end: load the page starting at this offset."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._loading = False
        self._columns = [
            Column("at", self.tr("Time"),
                   lambda e: e.at.astimezone(audit_text.BEIJING).strftime("%Y-%m-%d %H:%M")),
            Column("actor", self.tr("By"), lambda e: e.actor),
            Column("action", self.tr("Action"),
                   lambda e: audit_text.action_label(e.action, current_language())),
            Column("object", self.tr("About"),
                   lambda e: audit_text.object_text(e, current_language())),
            Column("summary", self.tr("Details"),
                   lambda e: audit_text.summary(e, current_language())),
        ]

    def tooltip(self, row: AuditEventView) -> str:
        return audit_text.summary(row, current_language(), limit=None)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self.more_requested.emit(len(self._rows))

    @property
    def total(self) -> int:
        return self._total

    def set_loading(self, loading: bool) -> None:
        self._loading = loading

    def reset_page(self, page: AuditPage) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._loading = False
        self.endResetModel()

    def append_page(self, page: AuditPage) -> None:
        """Add the next page; ignored if it does not continue the loaded rows."""
        self._loading = False
        self._total = page.total
        if page.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()
