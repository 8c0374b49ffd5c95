"""账户与权限 (from the 设置 page): everyone changes their own password here; a chair also
sees every account of this computer and adds accounts, changes roles, gives a temporary
password, disables and enables. The services refuse what the role may not do; this dialog
only leaves out what would be refused."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget

from mediation_desk.bootstrap import CHINA_TZ, AppContext
from mediation_desk.domain.account_views import UserView
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.services import accounts, authz
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.account_labels import person_text, role_text, signed_in_text
from mediation_desk.ui.dialogs.password_dialog import PasswordDialog
from mediation_desk.ui.dialogs.user_dialog import ADD, RESET, ROLE, UserDialog
from mediation_desk.ui.field_errors import ERROR_STYLE, MARK
from mediation_desk.ui.forms.ui_accounts_dialog import Ui_AccountsDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)

LOGIN, NAME, ROLE_COLUMN, LAST, STATE = range(5)
QUERY_KEY = "accounts_dialog"


class AccountsDialog(QDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AccountsDialog()
        ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner if runner is not None else TaskRunner(self)
        self.users: list[UserView] = []
        self.form: QDialog | None = None
        self.question: QMessageBox | None = None
        self._select_after = ""
        self.manages = authz.can(ctx, Permission.USERS_MANAGE)
        ui.signed_in_label.setText(signed_in_text(ctx.principal))
        ui.own_password_button.setEnabled(ctx.principal.user_id is not None)
        ui.manage_group.setVisible(self.manages)
        ui.status_label.hide()
        apply_default_widths(ui.users_table, {
            LOGIN: ["wangjianguo"], NAME: ["欧阳建国某"], ROLE_COLUMN: ["司法所工作人员"],
            LAST: ["2026-11-21 10:00"]}, stretch=None)
        text_size.fit_rows(ui.users_table)
        ui.own_password_button.clicked.connect(self.change_own_password)
        ui.add_button.clicked.connect(lambda: self.open_form(ADD))
        ui.role_button.clicked.connect(lambda: self.open_form(ROLE))
        ui.reset_button.clicked.connect(lambda: self.open_form(RESET))
        ui.disable_button.clicked.connect(self.ask_disable)
        ui.users_table.itemSelectionChanged.connect(self._update_buttons)
        ui.close_button.clicked.connect(self.reject)
        self._update_buttons()
        if self.manages:
            self.refresh()

    # Public API -------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        self.runner.submit(lambda: accounts.list_users(ctx), on_done=self._on_loaded,
                           on_error=self._on_failed, key=QUERY_KEY)

    def selected(self) -> UserView | None:
        rows = self.ui.users_table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_login(self, login: str) -> None:
        for row, user in enumerate(self.users):
            if user.login == login:
                self.ui.users_table.selectRow(row)

    def change_own_password(self) -> PasswordDialog:
        dialog = PasswordDialog(self.ctx, self.runner, self)
        dialog.saved.connect(lambda _u: self._say(self.tr("Your password was changed.")))
        self.form = dialog
        dialog.open()
        return dialog

    def open_form(self, mode: str) -> UserDialog | None:
        user = self.selected()
        if mode != ADD and user is None:
            return None
        dialog = UserDialog(self.ctx, self.runner, mode, user, self)
        dialog.saved.connect(self._on_saved)
        self.form = dialog
        dialog.open()
        return dialog

    def ask_disable(self) -> QMessageBox | None:
        user = self.selected()
        if user is None:
            return None
        who = person_text(user.display_name, user.login, user.role)
        if user.disabled:
            text = labels.fill(self.tr("Let %1 sign in again?"), who)
        else:
            text = labels.fill(self.tr(
                "Disable the account of %1? They can no longer sign in. What they recorded "
                "stays, with their name in the history."), who)
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("disable_question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r, b=box, u=user: self._on_disable_answer(b, u))
        self.question = box
        box.open()
        return box

    # Slots -------------------------------------------------------------------------------

    def _on_disable_answer(self, box: QMessageBox, user: UserView) -> None:
        self.question = None
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        ctx, user_id = self.ctx, user.id
        call = accounts.enable_user if user.disabled else accounts.disable_user
        self.runner.submit(lambda: call(ctx, user_id), on_done=self._on_saved,
                           on_error=self._on_failed, write=True)

    def _on_saved(self, user: UserView) -> None:
        self._say(labels.fill(self.tr("Saved: %1."), person_text(
            user.display_name, user.login, user.role)))
        self.refresh()
        self._select_after = user.login

    def _on_loaded(self, users: list[UserView]) -> None:
        self.users = users
        table = self.ui.users_table
        table.setRowCount(len(users))
        for row, u in enumerate(users):
            for column, text in ((LOGIN, u.login), (NAME, u.display_name),
                                 (ROLE_COLUMN, role_text(u.role)), (LAST, self._when(u)),
                                 (STATE, self._state(u))):
                table.setItem(row, column, QTableWidgetItem(text))
        if self._select_after:
            self.select_login(self._select_after)
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            lines = messages.describe(exc.to_dict(), current_language())
            self._say(MARK + "\n".join(lines), error=True)
            return
        log.error("accounts dialog", exc_info=exc)
        self._say(MARK + self.tr("This did not work. The reason was written to the log."),
                  error=True)

    # Helpers -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        user = self.selected()
        ui = self.ui
        for button in (ui.role_button, ui.reset_button, ui.disable_button):
            button.setEnabled(user is not None)
        is_me = user is not None and user.id == self.ctx.principal.user_id
        ui.disable_button.setText(self.tr("&Enable") if user is not None and user.disabled
                                  else self.tr("&Disable"))
        if is_me:
            ui.disable_button.setEnabled(False)  # the service refuses it; say so instead
            ui.disable_button.setToolTip(self.tr("You cannot disable your own account."))
        else:
            ui.disable_button.setToolTip("")

    def _when(self, u: UserView) -> str:
        if u.last_login_at is None:
            return self.tr("never")
        return u.last_login_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")

    def _state(self, u: UserView) -> str:
        parts = [self.tr("disabled") if u.disabled else self.tr("active")]
        if u.locked_until is not None and u.locked_until > self.ctx.clock():
            parts.append(labels.fill(self.tr("locked until %1"),
                                     u.locked_until.astimezone(CHINA_TZ).strftime("%H:%M")))
        if u.must_change_password:
            parts.append(self.tr("temporary password"))
        return ("，" if current_language() == "zh" else ", ").join(parts)

    def _say(self, text: str, *, error: bool = False) -> None:
        label = self.ui.status_label
        label.setStyleSheet(ERROR_STYLE if error else "")
        label.setText(text)
        label.show()
