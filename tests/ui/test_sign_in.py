"""The first-run assistant, the sign-in dialog (remembered login, refusals beside the field,
lock-out, the forced change of a temporary password) and the hook in ``app.open_window``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.account_rules import SignedOut
from mediation_desk.domain.permissions import Role
from mediation_desk.services import accounts
from mediation_desk.ui import app, session, startup
from mediation_desk.ui.dialogs.first_chair_dialog import FirstChairDialog
from mediation_desk.ui.dialogs.sign_in_dialog import LAST_LOGIN_KEY, SignInDialog
from mediation_desk.ui.single_instance import InstanceLock
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui

CHAIR_PW = "qingshi-2026"


def first_chair(ctx: AppContext, qtbot: Any) -> FirstChairDialog:
    dialog = FirstChairDialog(ctx, SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_chair(dialog: FirstChairDialog, qtbot: Any, password: str, again: str) -> None:
    ui = dialog.ui
    type_text(ui.name_edit, "王建国")
    qtbot.keyClicks(ui.login_edit, "wangjg")
    qtbot.keyClicks(ui.password_edit, password)
    qtbot.keyClicks(ui.password_again_edit, again)


def test_first_chair_assistant_creates_the_chair_and_signs_in(village: AppContext, qtbot: Any,
                                                              zh_ui: None) -> None:
    dialog = first_chair(village, qtbot)
    assert "共用" in dialog.ui.intro_label.text() or "几个人" in dialog.ui.intro_label.text()
    fill_chair(dialog, qtbot, CHAIR_PW, "qingshi-2025")
    dialog.ui.create_button.click()
    error = dialog.findChild(type(dialog.ui.general_error_label), "password_again_error")
    assert error is not None and "两次输入的密码不一样" in error.text()
    assert dialog.ui.password_again_edit.text() == ""  # cleared for a second try
    assert not accounts.accounts_exist(village)

    dialog.ui.password_edit.clear()
    qtbot.keyClicks(dialog.ui.password_edit, "1111111111")
    qtbot.keyClicks(dialog.ui.password_again_edit, "1111111111")
    dialog.ui.create_button.click()
    error = dialog.findChild(type(dialog.ui.general_error_label), "password_error")
    assert error.isVisible() and "同一个字符" in error.text()

    dialog.ui.password_edit.clear()
    dialog.ui.password_again_edit.clear()
    qtbot.keyClicks(dialog.ui.password_edit, CHAIR_PW)
    qtbot.keyClicks(dialog.ui.password_again_edit, CHAIR_PW)
    dialog.ui.create_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert village.principal.login == "wangjg" and village.principal.role is Role.CHAIR
    assert village.principal.display_name == "王建国"


def test_quit_in_the_assistant_rejects(village: AppContext, qtbot: Any, zh_ui: None) -> None:
    dialog = first_chair(village, qtbot)
    assert dialog.ui.quit_button.text() == "退出"
    dialog.ui.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not accounts.accounts_exist(village)


@pytest.fixture
def with_chair(village: AppContext) -> AppContext:
    accounts.create_first_chair(village, "wangjg", "王建国", CHAIR_PW)
    accounts.sign_out(village)
    return village


def sign_in_dialog(ctx: AppContext, qtbot: Any) -> SignInDialog:
    dialog = SignInDialog(ctx, UiState(ctx.paths.config_dir), SyncTaskRunner(),
                          station_name="青石村人民调解委员会")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_in_remembers_the_login_and_explains_refusals(with_chair: AppContext, qtbot: Any,
                                                          zh_ui: None) -> None:
    ctx = with_chair
    dialog = sign_in_dialog(ctx, qtbot)
    assert dialog.ui.login_edit.text() == ""
    qtbot.keyClicks(dialog.ui.login_edit, "wangjg")
    qtbot.keyClicks(dialog.ui.password_edit, "not-the-password")
    dialog.ui.sign_in_button.click()
    error = dialog.findChild(type(dialog.ui.general_error_label), "password_error")
    assert error.isVisible() and "登录名或密码不对" in error.text()
    assert dialog.ui.password_edit.text() == ""
    assert isinstance(ctx.principal, SignedOut)

    qtbot.keyClicks(dialog.ui.password_edit, CHAIR_PW)
    dialog.ui.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.principal.login == "wangjg"
    assert UiState(ctx.paths.config_dir).value(LAST_LOGIN_KEY) == "wangjg"

    accounts.sign_out(ctx)
    again = sign_in_dialog(ctx, qtbot)
    assert again.ui.login_edit.text() == "wangjg"
    assert again.focusWidget() is again.ui.password_edit or not again.isActiveWindow()


def test_lock_out_says_until_when(with_chair: AppContext, qtbot: Any, zh_ui: None) -> None:
    dialog = sign_in_dialog(with_chair, qtbot)
    qtbot.keyClicks(dialog.ui.login_edit, "wangjg")
    for _ in range(5):
        qtbot.keyClicks(dialog.ui.password_edit, "wrong-pass")
        dialog.ui.sign_in_button.click()
    error = dialog.findChild(type(dialog.ui.general_error_label), "password_error")
    assert "已暂时锁定" in error.text() and "10:05" in error.text()


def test_a_temporary_password_must_be_changed(with_chair: AppContext, qtbot: Any,
                                              zh_ui: None) -> None:
    ctx = with_chair
    accounts.sign_in(ctx, "wangjg", CHAIR_PW)
    accounts.add_user(ctx, "zhang3", "张三", "mediator", "temporary-1")
    accounts.sign_out(ctx)
    dialog = sign_in_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.ui.login_edit, "zhang3")
    qtbot.keyClicks(dialog.ui.password_edit, "temporary-1")
    dialog.ui.sign_in_button.click()
    forced = dialog.password_dialog
    assert forced is not None and forced.isVisible()
    assert not forced.ui.old_password_edit.isVisible()
    assert forced.ui.cancel_button.text() == "退出登录"
    forced.ui.cancel_button.click()  # no own password: not signed in after all
    assert isinstance(ctx.principal, SignedOut)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

    qtbot.keyClicks(dialog.ui.password_edit, "temporary-1")
    dialog.ui.sign_in_button.click()
    forced = dialog.password_dialog
    qtbot.keyClicks(forced.ui.new_password_edit, "zhang3-own-pw")
    qtbot.keyClicks(forced.ui.new_password_again_edit, "zhang3-own-pw")
    forced.ui.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.principal.login == "zhang3" and ctx.principal.role is Role.MEDIATOR
    assert accounts.current_user(ctx).must_change_password is False


def answer_modal(qtbot: Any, act: Any) -> None:
    """When the start-up dialog's own event loop runs, act on it (``exec`` blocks)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstChairDialog | SignInDialog):
            QTimer.singleShot(20, poll)
            return
        act(dialog)
    QTimer.singleShot(0, poll)


def test_open_window_runs_the_assistant_first_and_quit_quits(
        qapp: QApplication, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        zh_ui: None) -> None:
    monkeypatch.setattr(startup, "DEMO_CASES", 3)
    seen: list[str] = []

    def quit_it(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    answer_modal(qtbot, quit_it)
    window, code = app.open_window(qapp, str(tmp_path / "data"))
    assert (window, code) == (None, 0)
    assert seen == ["FirstChairDialog"]

    def create(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        type_text(dialog.ui.name_edit, "王建国")
        for edit, text in ((dialog.ui.login_edit, "wangjg"), (dialog.ui.password_edit, CHAIR_PW),
                           (dialog.ui.password_again_edit, CHAIR_PW)):
            edit.setText(text)
        dialog.ui.create_button.click()

    answer_modal(qtbot, create)
    window, code = app.open_window(qapp, str(tmp_path / "data"))
    try:
        assert window is not None and code == 0
        assert seen[-1] == "FirstChairDialog"
        assert window.ctx.principal.login == "wangjg"
        assert "王建国" in window.session.status_label.text()
        assert window.session.menu.menuAction().isVisible()
    finally:
        if window is not None:
            window.session.watcher.stop()
            window.close()
            window.ctx.close()
            for lock in window.findChildren(InstanceLock):
                lock.release()


def test_start_dialog_picks_sign_in_once_accounts_exist(with_chair: AppContext,
                                                        qtbot: Any) -> None:
    state = UiState(with_chair.paths.config_dir)
    dialog = session.start_dialog(with_chair, state, station_name="青石村")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SignInDialog)
