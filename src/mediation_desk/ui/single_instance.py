"""One window per data folder: a second copy of the app on the same folder would write to
the same database behind the first one's back (and both would keep stale lists).

A ``QLockFile`` at ``AppPaths.lock_path`` is held for the life of the process. A lock left
by a crashed process on this computer is recognised by its dead process id and taken over.
A lock written by another computer (a data folder on a USB stick or a network share) cannot
be checked that way, so the holder touches the file every minute and such a lock counts as
abandoned once it has not been touched for ``FOREIGN_STALE_MS``."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QFileInfo,
    QLockFile,
    QObject,
    QSysInfo,
    QTimer,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from mediation_desk.ui import labels

log = logging.getLogger(__name__)

HEARTBEAT_MS = 60_000
FOREIGN_STALE_MS = 10 * HEARTBEAT_MS


class InstanceLock(QObject):
    """The lock on one data folder; ``acquire`` it, keep the object, ``release`` on quit."""

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = lock_path
        self._lock = QLockFile(str(lock_path))
        # Age alone must never take a lock from a live window on this computer (the default
        # 30 s would, as the window keeps it for hours); a dead process id is what counts.
        self._lock.setStaleLockTime(0)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._touch)
        self.holder_host = ""
        """After a failed ``acquire``: the computer that holds the lock ("" if unknown)."""

    def acquire(self) -> bool:
        """Take the lock; False if another window holds it.

        Raises:
            PermissionError: the data folder cannot be written (the start-up error says so).
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(0) and self._abandoned_by_other_computer():
            self._lock.removeStaleLockFile()
            self._lock.tryLock(0)
        if self._lock.isLocked():
            self._heartbeat.start()
            return True
        error = self._lock.error()
        if error != QLockFile.LockError.LockFailedError:
            raise PermissionError(13, f"cannot create the lock file ({error.name})",
                                  str(self.path))
        _pid, self.holder_host, _app = self._lock.getLockInfo()
        return False

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        self._heartbeat.stop()
        if self._lock.isLocked():
            self._lock.unlock()

    def held_by_other_computer(self) -> bool:
        return bool(self.holder_host) and self.holder_host != _host_name()

    def _abandoned_by_other_computer(self) -> bool:
        _pid, host, _app = self._lock.getLockInfo()
        if not host or host == _host_name():
            return False  # this computer: QLockFile already judged it by its process id
        modified = QFileInfo(str(self.path)).lastModified()
        age_ms = modified.msecsTo(QDateTime.currentDateTime())
        return age_ms > FOREIGN_STALE_MS

    def _touch(self) -> None:
        try:
            os.utime(self.path)
        except OSError:
            # Some systems do not let us touch a file we hold open; then only a lock from
            # another computer's crash ages out early, which is the lesser evil.
            log.debug("could not refresh %s", self.path, exc_info=True)


def _host_name() -> str:
    # The name QLockFile writes into the file.
    return QSysInfo.machineHostName()


def already_open_text(data_dir: Path, other_host: str = "") -> str:
    """Why the app stops, and what to do instead, in the user's language."""
    if other_host:
        return labels.fill(QCoreApplication.translate(
            "single_instance", "Mediation Desk has this data folder open on the computer "
            "“%1”:\n%2\n\nPlease close Mediation Desk on that computer first, then start it "
            "here again."), other_host, str(data_dir))
    return labels.fill(QCoreApplication.translate(
        "single_instance", "Mediation Desk already has this data folder open:\n%1\n\n"
        "Please switch to the window that is already open. It may be hidden behind other "
        "windows or minimised on the taskbar."), str(data_dir))


def already_open_box(text: str, parent: QWidget | None = None) -> QMessageBox:
    """The message box, not yet shown (tests ``open()`` it; the app ``exec()``s it)."""
    title = QCoreApplication.translate("single_instance", "Mediation Desk is already open")
    return QMessageBox(QMessageBox.Icon.Information, title, text,
                       QMessageBox.StandardButton.Ok, parent)


def show_already_open(text: str) -> None:
    already_open_box(text).exec()
