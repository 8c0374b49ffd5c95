"""修改密码: change one's own password. Also the forced change right after signing in with a
temporary password the chair set: the current one was just typed, so it is not asked again,
and leaving without a new password signs out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import accounts
from mediation_desk.ui.dialogs.account_form import AccountForm, check_same
from mediation_desk.ui.forms.ui_password_dialog import Ui_PasswordDialog
from mediation_desk.ui.tasks import TaskRunner


class PasswordDialog(AccountForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None,
                 parent: QWidget | None = None, *, temporary: str | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = ui = Ui_PasswordDialog()
        ui.setupUi(self)
        self.temporary = temporary
        self.setup_form(ui.save_button, ui.cancel_button, ui.general_error_label, (
            ("old_password", ui.old_password_edit), ("new_password", ui.new_password_edit),
            ("new_password_again", ui.new_password_again_edit)))
        if temporary is None:
            ui.intro_label.setText(self.tr(
                "A password only you know keeps the case files safe when you are away."))
            ui.old_password_edit.setFocus()
        else:
            ui.intro_label.setText(self.tr(
                "The committee chair gave you a temporary password. Choose your own now: "
                "only you will know it."))
            ui.password_form.setRowVisible(ui.old_password_edit, False)
            ui.cancel_button.setText(self.tr("Sign Out"))
            ui.cancel_button.setToolTip(self.tr("Sign out without changing the password "
                                                "(Esc)"))
            ui.new_password_edit.setFocus()

    def collect(self) -> Callable[[], Any] | None:
        ui = self.ui
        check_same(ui.new_password_edit, ui.new_password_again_edit, "new_password_again")
        ctx, new = self.ctx, ui.new_password_edit.text()
        old = self.temporary if self.temporary is not None else ui.old_password_edit.text()
        return lambda: accounts.change_own_password(ctx, old, new)
