"""The main window's backups: the 30-minute timer, the 备份与恢复 dialog, a restore and the
window's re-opening on the restored store, and the backup at quit.

``attach_store`` (called by ``ui/app.open_window``) ties one window's store to the
application's quit: the exit backup (if anything changed), then closing the store, then
releasing the folder's lock, in that order. After a restore the same lock stays held while
the old window goes and ``open_window`` runs again on the restored store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.backup_views import BackupView, RestoreResult
from mediation_desk.services import backups
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.backups_dialog import BackupsDialog, error_text, when_text
from mediation_desk.ui.startup import BusyNotice
from mediation_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mediation_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTO_BACKUP_MS = 30 * 60 * 1000
AUTO_KEY = "auto_backup"
SLOW_BACKUP_BYTES = 64 << 20


class BackupControl(QObject):
    store_replaced = Signal(object)
    """A restore ran: carries the RestoreResult, or the error if it failed after the store
    was closed. Either way the window must be opened again (``attach_store`` does it)."""

    def __init__(self, window: MainWindow, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._runner = runner
        self.dialog: BackupsDialog | None = None
        self.restoring = False
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_MS)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()

    # Public API ------------------------------------------------------------------------

    def show_dialog(self) -> BackupsDialog:
        dialog = BackupsDialog(self._ctx, self._runner, self._window)
        dialog.restore_confirmed.connect(self.restore)
        self.dialog = dialog
        dialog.open()
        return dialog

    def auto_backup(self) -> None:
        """The timer: a backup in the background if due and something changed."""
        if self.restoring:
            return
        ctx = self._ctx
        self._runner.submit(lambda: backups.auto_backup_if_due(ctx), key=AUTO_KEY,
                            on_done=self._on_auto_done, on_error=self._on_auto_failed)

    def restore(self, path: str) -> None:
        """Restore ``path`` (confirmed already) in the background, then re-open."""
        ctx = self._ctx
        self.restoring = True
        self.timer.stop()
        self._window.show_message(self.tr("Restoring the backup…"))
        self._runner.submit(lambda: backups.restore(ctx, Path(path)), write=True,
                            on_done=self._on_restored, on_error=self._on_restore_failed)

    def at_quit(self) -> None:
        """The exit backup, short and safe: only if something changed; never raises."""
        self.timer.stop()
        if self.restoring or self._ctx.closed:
            return
        notice = None
        try:
            # A big store (a township's) takes seconds: say so, lest the laptop is switched
            # off half-way (measured: 9 s for 100,000 cases, 30 ms for a village's 300).
            if self._ctx.paths.db_path.stat().st_size > SLOW_BACKUP_BYTES \
                    and backups.changed_since_last_backup(self._ctx):
                notice = BusyNotice(self.tr("Making a backup before closing…"))
                notice.show_now()
            made = backups.backup_on_exit(self._ctx)
        except Exception:  # noqa: BLE001 - quitting must go on; the next start backs up
            log.warning("the backup at exit failed", exc_info=True)
            return
        finally:
            if notice is not None:
                notice.close()
        if made is not None:
            log.info("backup at exit: %s", made.file_name)

    def after_restart(self, outcome: object) -> QMessageBox:
        """Say, in the re-opened window, what the restore did (or why it did not)."""
        if isinstance(outcome, RestoreResult):
            made = when_text(outcome.restored_made_at) if outcome.restored_made_at \
                else outcome.restored_from
            text = labels.fill(self.tr(
                "The backup of %1 was restored.\n\nThe data as it was before is kept as "
                "“Data replaced by a restore” in the backups list, and can be restored back."),
                made)
            icon = QMessageBox.Icon.Information
        else:
            text = labels.fill(self.tr("The backup was not restored: %1"),
                               error_text(outcome) if isinstance(outcome, BaseException)
                               else str(outcome))
            icon = QMessageBox.Icon.Warning
        box = QMessageBox(icon, self.tr("Backups and Restore"), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("restore_outcome")
        box.open()
        return box

    # Slots -----------------------------------------------------------------------------

    def _on_auto_done(self, made: BackupView | None) -> None:
        if made is not None:
            self._window.show_message(labels.fill(self.tr("Automatic backup made: %1"),
                                                  when_text(made.made_at)))

    def _on_auto_failed(self, exc: BaseException) -> None:
        log.warning("automatic backup failed", exc_info=exc)
        self._window.show_message("⚠ " + labels.fill(
            self.tr("The automatic backup failed: %1"), error_text(exc)))

    def _on_restored(self, result: RestoreResult) -> None:
        self.store_replaced.emit(result)

    def _on_restore_failed(self, exc: BaseException) -> None:
        self.restoring = False
        if self._ctx.closed:
            # The store was closed for the swap: re-open it (unchanged) and say why.
            self.store_replaced.emit(exc)
            return
        self.timer.start()
        QMessageBox.warning(self._window, self.tr("Backups and Restore"), labels.fill(
            self.tr("The backup was not restored: %1"), error_text(exc)))


def attach_store(app: QApplication, window: MainWindow, ctx: AppContext, lock: Any,
                 reopen: Callable[[], MainWindow | None]) -> None:
    """At quit: exit backup, close the store, release the lock (in that order). After a
    restore: drop this window, keep the lock, run ``reopen`` (``open_window`` again)."""

    control = window.backups

    def on_quit() -> None:
        try:
            control.at_quit()
        except RuntimeError:  # the window is gone already (tests that open many)
            log.debug("no window for the exit backup")
        ctx.close()
        lock.release()

    def restart(outcome: object) -> None:
        app.aboutToQuit.disconnect(on_quit)
        ctx.close()
        # Closing the last window would quit the application (and release the lock).
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            lock.setParent(None)
            # Open forms keep their drafts (flushed by closeEvent); no "quit?" question:
            # the store under them has been replaced already.
            window._quit_confirmed = True  # noqa: SLF001
            window.close()
            window.deleteLater()
            new = reopen()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if new is None:
            app.quit()
            return
        new.backups.after_restart(outcome)

    def on_store_replaced(outcome: object) -> None:
        # Later, from the event loop: not inside the finished job's delivery.
        QTimer.singleShot(0, lambda: restart(outcome))

    app.aboutToQuit.connect(on_quit)
    control.store_replaced.connect(on_store_replaced)
