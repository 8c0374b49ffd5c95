"""登录: at start once the store has accounts, and after 退出登录 at the idle lock.

The last login used on this computer is filled in (``UiState``, machine-local), so most days
only the password is typed. A temporary password set by the chair leads straight to
changing it; leaving that without a new password signs out again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.account_views import UserView
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import accounts
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.dialogs.account_form import AccountForm
from mediation_desk.ui.dialogs.password_dialog import PasswordDialog
from mediation_desk.ui.forms.ui_sign_in_dialog import Ui_SignInDialog
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner

LAST_LOGIN_KEY = "session/last_login"
STATION_SCALE = 1.2


class SignInDialog(AccountForm):
    def __init__(self, ctx: AppContext, state: UiState, runner: TaskRunner | None = None,
                 parent: QWidget | None = None, *, station_name: str = "") -> None:
        super().__init__(ctx, runner, parent)
        self.ui = ui = Ui_SignInDialog()
        ui.setupUi(self)
        self.state = state
        self.user: UserView | None = None
        self.password_dialog: PasswordDialog | None = None
        text_size.follow_scaled(ui.station_label, STATION_SCALE)
        ui.station_label.setText(station_name)
        ui.station_label.setVisible(bool(station_name))
        if station_name:
            self.setWindowTitle(labels.fill(self.tr("Sign In — %1"), station_name))
        self.setup_form(ui.sign_in_button, ui.quit_button, ui.general_error_label, (
            ("login", ui.login_edit), ("password", ui.password_edit)), shortcut=False)
        last = state.value(LAST_LOGIN_KEY) or ""
        ui.login_edit.setText(last)
        (ui.password_edit if last else ui.login_edit).setFocus()

    def collect(self) -> Callable[[], Any] | None:
        ctx, login, password = self.ctx, self.ui.login_edit.text(), self.ui.password_edit.text()
        if not login.strip():
            raise DomainError("field.required", "login")
        if not password:
            raise DomainError("field.required", "password")
        return lambda: accounts.sign_in(ctx, login, password)

    def succeeded(self, result: Any) -> None:
        self.user = result
        self.state.set_value(LAST_LOGIN_KEY, result.login)
        self.state.sync()
        if not result.must_change_password:
            self.saved.emit(result)
            self.accept()
            return
        dialog = PasswordDialog(self.ctx, self.runner, self,
                                temporary=self.ui.password_edit.text())
        dialog.finished.connect(self._on_password_finished)
        self.password_dialog = dialog
        dialog.open()

    def failed(self, exc: DomainError) -> None:
        # Typed blind: after a refusal the next try starts from an empty field.
        self.ui.password_edit.clear()
        if exc.field == "login":
            self.ui.login_edit.selectAll()

    def _on_password_finished(self, result: int) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        if result == QDialog.DialogCode.Accepted and self.user is not None:
            self.saved.emit(self.user)
            self.accept()
            return
        # No own password chosen: not signed in after all.
        ctx = self.ctx
        self.user = None
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()
        self.runner.submit(lambda: accounts.sign_out(ctx), on_done=lambda _r: None,
                           write=True)
        if dialog is not None:
            dialog.deleteLater()
