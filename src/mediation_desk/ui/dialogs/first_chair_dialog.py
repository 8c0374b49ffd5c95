"""The first-run assistant: the store has no account yet, so the chair's is made now and the
chair signed in. Quitting here quits the app (nothing is opened without an account)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import accounts
from mediation_desk.ui import text_size
from mediation_desk.ui.dialogs.account_form import AccountForm, check_same
from mediation_desk.ui.forms.ui_first_chair_dialog import Ui_FirstChairDialog
from mediation_desk.ui.tasks import TaskRunner

TITLE_SCALE = 1.3


class FirstChairDialog(AccountForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = ui = Ui_FirstChairDialog()
        ui.setupUi(self)
        text_size.follow_scaled(ui.title_label, TITLE_SCALE)
        font = ui.title_label.font()
        font.setBold(True)
        ui.title_label.setFont(font)
        self.setup_form(ui.create_button, ui.quit_button, ui.general_error_label, (
            ("display_name", ui.name_edit), ("login", ui.login_edit),
            ("password", ui.password_edit), ("password_again", ui.password_again_edit)),
            shortcut=False)
        ui.name_edit.setFocus()

    def collect(self) -> Callable[[], Any] | None:
        ui = self.ui
        check_same(ui.password_edit, ui.password_again_edit, "password_again")
        ctx, login, name, password = (self.ctx, ui.login_edit.text(), ui.name_edit.text(),
                                      ui.password_edit.text())
        return lambda: accounts.create_first_chair(ctx, login, name, password)
