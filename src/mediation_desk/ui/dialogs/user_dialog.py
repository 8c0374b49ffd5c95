"""The chair's account forms, one shell with the rows each needs: 添加账户 (name, login,
role, temporary password), 修改角色 (role) and 临时密码 (a temporary password for someone who
forgot theirs). A temporary password is changed by its holder at the next sign-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.account_views import UserView
from mediation_desk.domain.permissions import Role
from mediation_desk.services import accounts
from mediation_desk.ui import labels
from mediation_desk.ui.account_labels import person_text, role_text
from mediation_desk.ui.dialogs.account_form import AccountForm, check_same
from mediation_desk.ui.forms.ui_user_dialog import Ui_UserDialog
from mediation_desk.ui.tasks import TaskRunner

ADD, ROLE, RESET = "add", "role", "reset"


class UserDialog(AccountForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None, mode: str,
                 user: UserView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = ui = Ui_UserDialog()
        ui.setupUi(self)
        self.mode, self.user = mode, user
        for role in Role:
            ui.role_combo.addItem(role_text(role), role.value)
        ui.role_combo.setCurrentIndex(ui.role_combo.findData(
            user.role if user is not None else Role.MEDIATOR.value))
        form = ui.user_form
        for widget, shown in ((ui.name_edit, mode == ADD), (ui.login_edit, mode == ADD),
                              (ui.role_combo, mode in (ADD, ROLE)),
                              (ui.password_edit, mode in (ADD, RESET)),
                              (ui.password_again_edit, mode in (ADD, RESET))):
            form.setRowVisible(widget, shown)
        who = person_text(user.display_name, user.login, user.role) if user else ""
        if mode == ADD:
            self.setWindowTitle(self.tr("Add an Account"))
            ui.intro_label.setText(self.tr(
                "Give the person a temporary password by word of mouth; they choose their "
                "own when they first sign in."))
        elif mode == ROLE:
            self.setWindowTitle(self.tr("Change the Role"))
            ui.intro_label.setText(labels.fill(self.tr("Role of %1:"), who))
        else:
            self.setWindowTitle(self.tr("Temporary Password"))
            ui.intro_label.setText(labels.fill(self.tr(
                "A temporary password for %1, who forgot theirs. They choose their own at "
                "the next sign-in. This also lifts a lock after too many wrong tries."), who))
        self.setup_form(ui.save_button, ui.cancel_button, ui.general_error_label, (
            ("display_name", ui.name_edit), ("login", ui.login_edit),
            ("user_role", ui.role_combo), ("password", ui.password_edit),
            ("password_again", ui.password_again_edit)))
        first = {ADD: ui.name_edit, ROLE: ui.role_combo, RESET: ui.password_edit}[mode]
        first.setFocus()

    def collect(self) -> Callable[[], Any] | None:
        ui, ctx = self.ui, self.ctx
        role = str(ui.role_combo.currentData())
        if self.mode == ROLE:
            assert self.user is not None
            user_id = self.user.id
            return lambda: accounts.set_role(ctx, user_id, role)
        check_same(ui.password_edit, ui.password_again_edit, "password_again")
        password = ui.password_edit.text()
        if self.mode == RESET:
            assert self.user is not None
            user_id = self.user.id
            return lambda: accounts.reset_password(ctx, user_id, password)
        login, name = ui.login_edit.text(), ui.name_edit.text()
        return lambda: accounts.add_user(ctx, login, name, role, password)
