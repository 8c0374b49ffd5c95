"""备份与恢复: the backups with their dates, kinds and sizes, 立即备份, the folder, and
从此备份恢复… (only for those allowed to restore).

The dialog never restores by itself: a confirmed choice is emitted as ``restore_confirmed``
and the window's ``BackupControl`` runs it, then re-opens the window on the restored store."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.backup_views import BackupsOverview, BackupView, kind_family
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.services import authz, backups
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_backups_dialog import Ui_BackupsDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)

LIST_KEY = "backups_list"
MADE_KEY = "backup_now"
DATE_COLUMN, SIZE_COLUMN, KIND_COLUMN = 0, 1, 2


def when_text(at: datetime) -> str:
    """Beijing wall-clock time as in the file names: 2026-11-22 14:30."""
    return at.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return "\n".join(messages.describe(exc.to_dict(), current_language()))
    return str(exc) or type(exc).__name__


class BackupsDialog(QDialog):
    restore_confirmed = Signal(str)
    """The user confirmed restoring this backup (its path)."""
    backup_made = Signal(object)
    """立即备份 finished; carries the BackupView."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._rows: list[BackupView] = []
        self.question: QMessageBox | None = None
        header = self.ui.backup_table.horizontalHeader()
        header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIZE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.may_restore = authz.can(ctx, Permission.BACKUP_RESTORE)
        self.ui.restore_button.setVisible(self.may_restore)
        self.ui.restore_button.setEnabled(False)
        self.ui.backup_now_button.setDefault(True)

        self.ui.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        self.ui.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.backup_table.itemSelectionChanged.connect(self._on_selection_changed)
        self.reload()

    # Public API ------------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: backups.list_backups(ctx), on_done=self._on_listed,
                            on_error=self._on_list_failed, key=LIST_KEY)

    def rows(self) -> list[BackupView]:
        return list(self._rows)

    def select(self, row: int) -> None:
        self.ui.backup_table.selectRow(row)

    def kind_text(self, kind: str) -> str:
        return {
            "auto": self.tr("Automatic"),
            "exit": self.tr("When closing"),
            "manual": self.tr("Made by hand"),
            "before-migration": self.tr("Before an upgrade"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
            "replaced": self.tr("Data replaced by a restore"),
        }.get(kind_family(kind), kind)

    # Slots -----------------------------------------------------------------------------

    def _on_listed(self, overview: BackupsOverview) -> None:
        self._rows = list(overview.backups)
        table = self.ui.backup_table
        table.setRowCount(len(self._rows))
        for row, b in enumerate(self._rows):
            for column, text in ((DATE_COLUMN, when_text(b.made_at)),
                                 (SIZE_COLUMN, size_text(b.size_bytes)),
                                 (KIND_COLUMN, self.kind_text(b.kind))):
                item = QTableWidgetItem(text)
                item.setToolTip(b.file_name)
                if column == SIZE_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        last = when_text(overview.last_made_at) if overview.last_made_at else None
        self.ui.where_label.setText(
            labels.fill(self.tr("Backups are kept in %1. The last one was made on %2."),
                        overview.folder, last) if last else
            labels.fill(self.tr("Backups are kept in %1. No backup has been made yet."),
                        overview.folder))
        self._on_selection_changed()

    def _on_list_failed(self, exc: BaseException) -> None:
        log.error("could not list the backups", exc_info=exc)
        self.ui.status_label.setText(self.tr("The backups could not be listed."))

    def _on_selection_changed(self) -> None:
        self.ui.restore_button.setEnabled(self.may_restore and self._current() is not None)

    def _on_backup_now_button_clicked(self) -> None:
        ctx = self._ctx
        self.ui.backup_now_button.setEnabled(False)
        self.ui.status_label.setText(self.tr("Making a backup…"))
        self._runner.submit(lambda: backups.backup_now(ctx), on_done=self._on_made,
                            on_error=self._on_made_failed, key=MADE_KEY)

    def _on_made(self, made: BackupView) -> None:
        self.ui.backup_now_button.setEnabled(True)
        self.ui.status_label.setText(labels.fill(
            self.tr("Backup made and checked: %1, %2."), when_text(made.made_at),
            size_text(made.size_bytes)))
        self.backup_made.emit(made)
        self.reload()

    def _on_made_failed(self, exc: BaseException) -> None:
        self.ui.backup_now_button.setEnabled(True)
        log.warning("backup failed", exc_info=exc)
        self.ui.status_label.setText("⚠ " + labels.fill(
            self.tr("No backup was made: %1"), error_text(exc)))

    def _on_open_folder_button_clicked(self) -> None:
        folder = self._ctx.paths.backups_dir
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            log.warning("no file manager opened %s", folder)

    def _on_restore_button_clicked(self) -> None:
        chosen = self._current()
        if chosen is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from this backup?"),
                          labels.fill(self.tr(
                              "Replace all the data with the backup of %1?\n\n"
                              "The data as it is now is not lost: it is kept aside as a "
                              "backup of its own (“Data replaced by a restore”), and you can "
                              "restore it back from this list.\n\n"
                              "The window closes and opens again on the restored data."),
                              when_text(chosen.made_at)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("restore_question")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r, path=chosen.path: self._on_restore_answer(path))
        self.question = box
        box.open()

    def _on_restore_answer(self, path: str) -> None:
        box, self.question = self.question, None
        if box is None or box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        self.accept()
        self.restore_confirmed.emit(str(Path(path)))

    # Helpers ---------------------------------------------------------------------------

    def _current(self) -> BackupView | None:
        rows = self.ui.backup_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()]
