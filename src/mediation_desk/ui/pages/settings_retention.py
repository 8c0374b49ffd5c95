"""The 设置 page's 保管期限审查… button (in 数据安全): opens the retention review, for those
who may decide (RETENTION_REVIEW); a 今日待办 line about a due dossier opens it too, with
that dossier selected."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Permission
from mediation_desk.services import authz
from mediation_desk.ui.dialogs.retention_dialog import RetentionDialog
from mediation_desk.ui.tasks import TaskRunner


class SettingsRetention(QObject):
    def __init__(self, page: QWidget, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(page)
        self.page, self.ctx, self.runner = page, ctx, runner
        self.ui = page.ui  # type: ignore[attr-defined]
        self.dialog: RetentionDialog | None = None
        self.ui.retention_button.clicked.connect(lambda: self.open())
        self.apply_permissions()

    def apply_permissions(self) -> None:
        self.ui.retention_button.setVisible(authz.can(self.ctx, Permission.RETENTION_REVIEW))

    def open(self, case_id: str | None = None) -> RetentionDialog | None:
        if not authz.can(self.ctx, Permission.RETENTION_REVIEW):
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = RetentionDialog(self.ctx, self.runner, self.page, select_case=case_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, _result: int) -> None:
        self.dialog = None  # it deletes itself on closing
