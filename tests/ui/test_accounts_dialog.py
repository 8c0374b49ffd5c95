"""账户与权限: a chair manages the accounts (add, role, temporary password, disable), everyone
changes their own password, a mediator sees no management at all."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import accounts
from mediation_desk.ui.dialogs.accounts_dialog import AccountsDialog
from mediation_desk.ui.dialogs.user_dialog import ADD, RESET, ROLE
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import MakeWindow, type_text

pytestmark = pytest.mark.gui

CHAIR_PW = "qingshi-2026"


@pytest.fixture
def chair(village: AppContext) -> AppContext:
    accounts.create_first_chair(village, "wangjg", "王建国", CHAIR_PW)
    return village


def open_dialog(ctx: AppContext, qtbot: Any) -> AccountsDialog:
    dialog = AccountsDialog(ctx, SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(dialog: AccountsDialog, col: int) -> list[str]:
    table = dialog.ui.users_table
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_chair_adds_an_account_and_changes_its_role(chair: AppContext, qtbot: Any,
                                                   zh_ui: None) -> None:
    dialog = open_dialog(chair, qtbot)
    assert "当前登录：王建国（调委会主任）" in dialog.ui.signed_in_label.text()
    assert column(dialog, 0) == ["wangjg"] and column(dialog, 2) == ["调委会主任"]
    form = dialog.open_form(ADD)
    assert form is not None and form.ui.role_combo.currentText() == "调解员"
    type_text(form.ui.name_edit, "张三")
    qtbot.keyClicks(form.ui.login_edit, "zhang3")
    qtbot.keyClicks(form.ui.password_edit, "short")
    qtbot.keyClicks(form.ui.password_again_edit, "short")
    form.ui.save_button.click()
    error = form.findChild(QLabel, "password_error")
    assert error.isVisible() and "至少要 8 个字符" in error.text()
    for edit in (form.ui.password_edit, form.ui.password_again_edit):
        edit.setText("temporary-1")
    form.ui.save_button.click()
    assert not form.isVisible()
    assert column(dialog, 0) == ["wangjg", "zhang3"]
    assert column(dialog, 4)[1] == "可用，临时密码"
    assert "已保存：张三（调解员）" in dialog.ui.status_label.text()

    dialog.select_login("zhang3")
    form = dialog.open_form(ROLE)
    assert not form.ui.password_edit.isVisible() and not form.ui.login_edit.isVisible()
    form.ui.role_combo.setCurrentIndex(form.ui.role_combo.findData("chair"))
    form.ui.save_button.click()
    assert column(dialog, 2) == ["调委会主任", "调委会主任"]


def test_temporary_password_and_disable(chair: AppContext, qtbot: Any, zh_ui: None) -> None:
    accounts.add_user(chair, "zhang3", "张三", "mediator", "temporary-1")
    dialog = open_dialog(chair, qtbot)
    dialog.select_login("zhang3")
    form = dialog.open_form(RESET)
    assert "张三（调解员）" in form.ui.intro_label.text()
    form.ui.password_edit.setText("new-temp-22")
    form.ui.password_again_edit.setText("new-temp-22")
    form.ui.save_button.click()
    assert accounts.sign_in(chair, "zhang3", "new-temp-22").must_change_password
    accounts.sign_in(chair, "wangjg", CHAIR_PW)

    dialog.select_login("zhang3")
    box = dialog.ask_disable()
    assert box is not None and "停用 张三（调解员） 的账户" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert column(dialog, 4)[1].startswith("已停用")
    dialog.select_login("zhang3")
    assert dialog.ui.disable_button.text() == "启用(&E)"

    dialog.select_login("wangjg")  # one's own account cannot be disabled
    assert not dialog.ui.disable_button.isEnabled()


def test_a_refusal_is_said_in_the_dialog(chair: AppContext, qtbot: Any, zh_ui: None) -> None:
    dialog = open_dialog(chair, qtbot)
    dialog.select_login("wangjg")
    form = dialog.open_form(ROLE)
    form.ui.role_combo.setCurrentIndex(form.ui.role_combo.findData("mediator"))
    form.ui.save_button.click()
    assert form.isVisible()
    assert "最后一个能管理账户的主任账户" in form.ui.general_error_label.text()


def test_a_mediator_sees_only_their_own_password(chair: AppContext, qtbot: Any,
                                                 zh_ui: None) -> None:
    accounts.add_user(chair, "zhang3", "张三", "mediator", "temporary-1")
    accounts.sign_in(chair, "zhang3", "temporary-1")
    dialog = open_dialog(chair, qtbot)
    assert dialog.ui.manage_group.isHidden()
    form = dialog.change_own_password()
    form.ui.old_password_edit.setText("wrong-one")
    form.ui.new_password_edit.setText("zhang3-own-pw")
    form.ui.new_password_again_edit.setText("zhang3-own-pw")
    form.ui.save_button.click()
    assert "原密码不对" in form.findChild(QLabel, "old_password_error").text()
    form.ui.old_password_edit.setText("temporary-1")
    form.ui.save_button.click()
    assert not form.isVisible() and "你的密码已修改" in dialog.ui.status_label.text()


def test_settings_page_opens_it_and_names_who_is_signed_in(chair: AppContext,
                                                           make_window: MakeWindow) -> None:
    window = make_window()
    page = window.settings_page
    assert page.ui.signed_in_label.text() == "当前登录：王建国（调委会主任）"
    dialog = page.accounts.open_accounts()
    assert dialog.isVisible() and not dialog.ui.manage_group.isHidden()
    dialog.close()
    window.session.watcher.stop()
