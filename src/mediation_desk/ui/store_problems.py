"""What the start-up says when the store must not be opened (issue 8):

* ``StoreDamaged``: the data file failed its check. A box names the newest good backup (date
  and size) and offers 用此备份恢复 / 选择其他备份… / 退出. Restoring keeps the damaged file.
* ``UnsafeLocation``: the data folder is on a network share, a USB stick or in a cloud-synced
  folder. A box explains why that can damage the file and offers 复制到本机并在本机使用 / 退出.

Each ``resolve_*`` returns the data folder to open now, or None to quit. They run before any
window exists, so the boxes are modal (``exec``); tests pass ``ask`` to answer them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from mediation_desk.domain.errors import DomainError
from mediation_desk.paths import AppPaths
from mediation_desk.services import backups
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.backups_dialog import error_text, size_text, when_text
from mediation_desk.ui.startup import BusyNotice

log = logging.getLogger(__name__)

RESTORE, CHOOSE, QUIT, COPY, USE_LOCAL = "restore", "choose", "quit", "copy", "use_local"

Ask = Callable[[QMessageBox], str]


def exec_box(box: QMessageBox) -> str:
    """Show ``box`` modally; the objectName of the clicked button (QUIT if closed)."""
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() else QUIT


def _widen(box: QMessageBox) -> None:
    # A message box wraps its text narrowly; these explanations read better wider.
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                      "{ min-width: 24em; }")


def _button(box: QMessageBox, name: str, text: str, role: QMessageBox.ButtonRole
            ) -> QPushButton:
    button = box.addButton(text, role)
    button.setObjectName(name)
    return button


# --- a damaged store ---------------------------------------------------------------------------

def damaged_box(problem: backups.StoreDamaged) -> QMessageBox:
    good = problem.newest_good_backup
    text = QCoreApplication.translate(
        "StoreProblems", "The data file of Mediation Desk is damaged. It was not opened, so "
        "that the damage cannot spread.")
    if good is not None:
        text += "\n\n" + labels.fill(QCoreApplication.translate(
            "StoreProblems", "The newest good backup is the one of %1 (%2). Restoring it "
            "brings back the data as it was then; what was entered after it must be entered "
            "again. The damaged file is kept aside, not deleted."),
            when_text(good.made_at), size_text(good.size))
    else:
        text += "\n\n" + QCoreApplication.translate(
            "StoreProblems", "No good backup was found in the backups folder. You can choose "
            "a backup file yourself (for example one the township keeps for this village), "
            "or quit and ask for help. Do not delete any files.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "StoreProblems", "The data file is damaged"), text)
    box.setObjectName("store_damaged_box")
    _widen(box)
    box.setDetailedText(problem.details)
    if good is not None:
        box.setDefaultButton(_button(box, RESTORE, QCoreApplication.translate(
            "StoreProblems", "Restore This Backup"), QMessageBox.ButtonRole.AcceptRole))
    _button(box, CHOOSE, QCoreApplication.translate(
        "StoreProblems", "Choose Another Backup…"), QMessageBox.ButtonRole.ActionRole)
    box.setEscapeButton(_button(box, QUIT, QCoreApplication.translate(
        "StoreProblems", "Quit"), QMessageBox.ButtonRole.RejectRole))
    return box


def choose_backup_file(paths: AppPaths) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        None, QCoreApplication.translate("StoreProblems", "Choose a backup"),
        str(paths.backups_dir), QCoreApplication.translate("StoreProblems", "Backups (*.sqlite3)"))
    return Path(name) if name else None


def resolve_damaged(problem: backups.StoreDamaged, paths: AppPaths, *, ask: Ask = exec_box,
                    choose: Callable[[AppPaths], Path | None] | None = None,
                    show_error: Callable[[str], None] | None = None) -> Path | None:
    """Ask, restore as chosen (keeping the damaged file); the folder to open, or None."""
    while True:
        answer = ask(damaged_box(problem))
        if answer == QUIT:
            return None
        chosen: Path | None
        if answer == RESTORE and problem.newest_good_backup is not None:
            chosen = problem.newest_good_backup.path
        else:
            chosen = (choose or choose_backup_file)(paths)
            if chosen is None:
                continue
        notice = BusyNotice(QCoreApplication.translate("StoreProblems",
                                                       "Restoring the backup…"))
        notice.show_now()
        try:
            backups.restore_damaged(paths, chosen)
        except DomainError as exc:
            notice.close()
            log.warning("restore of a damaged store failed", exc_info=exc)
            (show_error or _show_error)(labels.fill(QCoreApplication.translate(
                "StoreProblems", "The backup was not restored: %1"), error_text(exc)))
            continue
        finally:
            notice.close()
        return paths.data_dir


# --- an unsafe location ------------------------------------------------------------------------

def unsafe_box(problem: backups.UnsafeLocation, local: AppPaths, state: str) -> QMessageBox:
    why = {
        "network": QCoreApplication.translate(
            "StoreProblems", "The data folder %1 is on a network share. If the connection "
            "drops while Mediation Desk writes, or two computers open it at once, the data "
            "file can be damaged."),
        "removable": QCoreApplication.translate(
            "StoreProblems", "The data folder %1 is on a USB stick or a removable disk. "
            "Pulling it out while Mediation Desk writes damages the data file. Use the stick "
            "to carry bundles and backups, not to work on."),
        "cloud": QCoreApplication.translate(
            "StoreProblems", "The data folder %1 is inside a folder that a cloud drive keeps "
            "in sync. The sync program copies the file while Mediation Desk writes it, which "
            "can damage it."),
    }[problem.kind]
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "StoreProblems", "The data folder is not a safe place"),
        labels.fill(why, str(problem.path)))
    box.setObjectName("unsafe_location_box")
    _widen(box)
    if state == "none":
        box.setInformativeText(labels.fill(QCoreApplication.translate(
            "StoreProblems", "Mediation Desk can copy the data to this computer (%1) and "
            "work there. The original stays as it is."), str(local.data_dir)))
        box.setDefaultButton(_button(box, COPY, QCoreApplication.translate(
            "StoreProblems", "Copy to This Computer and Work There"),
            QMessageBox.ButtonRole.AcceptRole))
    elif state == "same":
        box.setInformativeText(labels.fill(QCoreApplication.translate(
            "StoreProblems", "This computer already has a copy of this data in %1. Work on "
            "that copy; the data in %2 is not used."), str(local.data_dir), str(problem.path)))
        box.setDefaultButton(_button(box, USE_LOCAL, QCoreApplication.translate(
            "StoreProblems", "Work on the Copy on This Computer"),
            QMessageBox.ButtonRole.AcceptRole))
    else:
        box.setInformativeText(labels.fill(QCoreApplication.translate(
            "StoreProblems", "The data cannot be copied to %1: that folder already holds "
            "other data, or is not a safe place either. Ask whoever looks after this "
            "computer. (Someone who knows the folder is safe can set "
            "MEDIATION_DESK_ALLOW_UNSAFE_LOCATION=1.)"), str(local.data_dir)))
    box.setEscapeButton(_button(box, QUIT, QCoreApplication.translate(
        "StoreProblems", "Quit"), QMessageBox.ButtonRole.RejectRole))
    return box


def resolve_unsafe(problem: backups.UnsafeLocation, paths: AppPaths, *, ask: Ask = exec_box,
                   local: AppPaths | None = None,
                   show_error: Callable[[str], None] | None = None) -> Path | None:
    """Ask; copy the data to the local folder if chosen. The folder to open, or None."""
    target = local or backups.local_paths()
    state = backups.local_copy_state(paths, target)
    answer = ask(unsafe_box(problem, target, state))
    if answer == USE_LOCAL and state == "same":
        return target.data_dir
    if answer != COPY or state != "none":
        return None
    notice = BusyNotice(QCoreApplication.translate("StoreProblems",
                                                   "Copying the data to this computer…"))
    notice.show_now()
    try:
        backups.work_locally(paths, target)
    except DomainError as exc:
        notice.close()
        log.warning("copy to this computer failed", exc_info=exc)
        (show_error or _show_error)(labels.fill(QCoreApplication.translate(
            "StoreProblems", "The data was not copied: %1"), error_text(exc)))
        return None
    finally:
        notice.close()
    return target.data_dir


def _show_error(text: str) -> None:
    QMessageBox.warning(None, QCoreApplication.translate("StoreProblems", "Mediation Desk"),
                        text)
