"""Who uses the window: signing in at start, the 账户 menu (锁定 Ctrl+L, 修改密码, 退出登录),
the idle lock, and the line in the status bar that names the signed-in person.

``sign_in_at_start`` runs before the main window exists (``ui/app.py``): the first-run
assistant when the store has no account, else the sign-in dialog. A store without accounts
never reaches the window without one; the screenshots and tests build windows directly and
act as the store's owner (role None), for whom the menu and the lock stay off.

Locking hides every other window of the app (case windows, open forms) and covers the main
window. Signing out from the lock (or the menu) closes them; a form with unsaved changes
keeps them as its encrypted draft (``GuardedDialog.done``), offered again next time."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import accounts
from mediation_desk.ui.account_labels import signed_in_text
from mediation_desk.ui.dialogs.account_form import AccountForm
from mediation_desk.ui.dialogs.first_chair_dialog import FirstChairDialog
from mediation_desk.ui.dialogs.password_dialog import PasswordDialog
from mediation_desk.ui.dialogs.sign_in_dialog import SignInDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.idle_lock import (
    DEFAULT_MINUTES,
    IDLE_PREFERENCE,
    IdleWatcher,
    LockCover,
    LockDialog,
    minutes_from,
)
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)



def start_dialog(ctx: AppContext, state: UiState, *, station_name: str = "",
                 runner: TaskRunner | None = None) -> AccountForm:
    """The dialog that opens the store: the first chair's account, or signing in."""
    if accounts.accounts_exist(ctx):
        return SignInDialog(ctx, state, runner, station_name=station_name)
    return FirstChairDialog(ctx, runner)


def sign_in_at_start(ctx: AppContext, *, station_name: str = "",
                     state: UiState | None = None) -> bool:
    """Before the main window: True once someone is signed in, False to quit."""
    dialog = start_dialog(ctx, state or UiState(ctx.paths.config_dir),
                          station_name=station_name)
    return dialog.exec() == QDialog.DialogCode.Accepted


def apply_permissions(window: QWidget) -> None:
    """Show each page's buttons for the signed-in person's role: every page of the window
    that has an ``apply_permissions()`` method is asked again."""
    ui = getattr(window, "ui", None)
    pages = getattr(ui, "pages", None)
    for i in range(pages.count() if pages is not None else 0):
        apply = getattr(pages.widget(i), "apply_permissions", None)
        if apply is not None:
            apply()


class SessionControl(QObject):
    """The 账户 menu, the status line and the idle lock of one main window."""

    changed = Signal()
    """Someone else signed in (or the lock was lifted): roles may differ now."""

    def __init__(self, window: QMainWindow, ctx: AppContext, runner: TaskRunner,
                 state: UiState, *, station_name: str = "", idle_ms: int | None = None
                 ) -> None:
        super().__init__(window)
        self.window, self.ctx, self.runner, self.state = window, ctx, runner, state
        self.station_name = station_name
        self.cover = LockCover(window)
        self.lock_dialog: LockDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self._hidden: list[QWidget] = []
        minutes = minutes_from(state.preference(IDLE_PREFERENCE, str(DEFAULT_MINUTES)))
        self.watcher = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.watcher.idle.connect(self.lock)
        self.status_label = QLabel(window)
        self.status_label.setObjectName("signed_in_status")
        window.statusBar().addPermanentWidget(self.status_label)
        self.menu = QMenu(self.tr("Acco&unt"), window)
        self.menu.setObjectName("menu_account")
        self.action_lock = self._action(self.tr("&Lock"), "action_lock", self.lock,
                                        QKeySequence("Ctrl+L"))
        self.action_password = self._action(self.tr("Change &Password…"), "action_password",
                                            self.change_password)
        self.action_sign_out = self._action(self.tr("Sign &Out"), "action_sign_out",
                                            self.sign_out)
        self.update()

    # Public API -------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.cover.isVisible()

    @property
    def signed_in(self) -> bool:
        return self.ctx.principal.user_id is not None

    def update(self) -> None:
        """Status line, menu and lock timer for whoever is signed in now."""
        self.status_label.setText(signed_in_text(self.ctx.principal))
        if self.signed_in:
            self._place_menu()
        self.menu.menuAction().setVisible(self.signed_in)
        for action in (self.action_lock, self.action_password, self.action_sign_out):
            action.setEnabled(self.signed_in)
        if self.signed_in and not self.locked:
            self.watcher.start()
        else:
            self.watcher.stop()

    def set_idle_minutes(self, minutes: int) -> None:
        self.watcher.set_timeout_ms(minutes * 60_000)

    def lock(self) -> None:
        """Cover the window and ask for the password (idle, or Ctrl+L)."""
        if self.locked or not self.signed_in:
            return
        self.watcher.stop()
        self._hide_other_windows()
        self.cover.cover()
        dialog = LockDialog(self.ctx, self.runner, self.window)
        dialog.setObjectName("lock_dialog")
        dialog.saved.connect(self._on_unlocked)
        dialog.sign_out_requested.connect(self.sign_out)
        self.lock_dialog = dialog
        dialog.show()
        dialog.activateWindow()

    def change_password(self) -> PasswordDialog:
        dialog = PasswordDialog(self.ctx, self.runner, self.window)
        dialog.saved.connect(lambda _user: self._say(self.tr("Your password was changed.")))
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """退出登录: close the other windows (keeping drafts), sign out, ask who is next."""
        if self.lock_dialog is not None:
            dialog, self.lock_dialog = self.lock_dialog, None
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()
        self.watcher.stop()
        if not self.locked:
            self._hide_other_windows()
            self.cover.cover()
        self._close_hidden_windows()
        ctx = self.ctx
        self.runner.submit(lambda: accounts.sign_out(ctx), on_done=self._ask_who,
                           on_error=self._ask_who, write=True)

    # Steps ------------------------------------------------------------------------------

    def _ask_who(self, _result: object) -> None:
        self.update()
        dialog = SignInDialog(self.ctx, self.state, self.runner, self.window,
                              station_name=self.station_name)
        dialog.setObjectName("sign_in_again")
        dialog.finished.connect(self._on_signed_in_again)
        self.sign_in_dialog = dialog
        dialog.open()

    def _on_signed_in_again(self, result: int) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self.window.close()  # Quit: nobody signed in, nothing to show
            return
        self.cover.hide()
        self.update()
        apply_permissions(self.window)
        refresh = getattr(self.window, "refresh_pages", None)
        if refresh is not None:
            refresh()
        self.changed.emit()

    def _on_unlocked(self, _result: object) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.cover.hide()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        self.update()

    def _hide_other_windows(self) -> None:
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() \
                    or widget is self.lock_dialog:
                continue
            self._hidden.append(widget)
            widget.hide()

    def _close_hidden_windows(self) -> None:
        for widget in self._hidden:
            if not shiboken6.isValid(widget):
                continue
            if isinstance(widget, GuardedDialog):
                widget.done(QDialog.DialogCode.Rejected)  # a dirty form keeps its draft
            else:
                widget.close()
        self._hidden = []

    def _place_menu(self) -> None:
        """Into the menu bar (before 帮助) once someone has signed in: a store without
        accounts has nobody to lock or sign out."""
        bar = self.window.menuBar()
        if self.menu.menuAction() in bar.actions():
            return
        help_menu = self.window.findChild(QMenu, "menu_help")
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)

    def _action(self, text: str, name: str, slot: object, key: QKeySequence | None = None
                ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(key)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.window.addAction(action)
        return action

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
