"""The 设置 page's part about people: who is signed in, 账户与权限…, and after how many idle
minutes the window locks (machine-local, like the text size; only a role with
SETTINGS_WRITE may change it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Permission
from mediation_desk.services import authz
from mediation_desk.ui.account_labels import signed_in_text
from mediation_desk.ui.dialogs.accounts_dialog import AccountsDialog
from mediation_desk.ui.idle_lock import DEFAULT_MINUTES, IDLE_PREFERENCE, minutes_from
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner


class SettingsAccounts(QObject):
    idle_minutes_changed = Signal(int)
    """The lock time was changed here (already saved); carries minutes."""

    def __init__(self, page: QWidget, ctx: AppContext, state: UiState,
                 runner: TaskRunner) -> None:
        super().__init__(page)
        self.page, self.ctx, self.state, self.runner = page, ctx, state, runner
        self.ui = page.ui  # type: ignore[attr-defined]
        self.dialog: AccountsDialog | None = None
        spin = self.ui.idle_lock_spin
        spin.setValue(minutes_from(state.preference(IDLE_PREFERENCE, str(DEFAULT_MINUTES))))
        spin.valueChanged.connect(self._on_idle_changed)
        self.ui.accounts_button.clicked.connect(self.open_accounts)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        self.ui.signed_in_label.setText(signed_in_text(self.ctx.principal))
        allowed = authz.can(self.ctx, Permission.SETTINGS_WRITE)
        self.ui.idle_lock_spin.setEnabled(allowed)
        self.ui.idle_lock_spin.setToolTip("" if allowed else self.tr(
            "Only the committee chair can change this."))

    def open_accounts(self) -> AccountsDialog:
        dialog = AccountsDialog(self.ctx, self.runner, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.apply_permissions()  # one's own role may have changed

    def _on_idle_changed(self, minutes: int) -> None:
        if not authz.can(self.ctx, Permission.SETTINGS_WRITE):
            return
        self.state.set_preference(IDLE_PREFERENCE, str(minutes))
        self.idle_minutes_changed.emit(minutes)
