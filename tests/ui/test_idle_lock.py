"""The idle lock: a short timeout given to the watcher (never real minutes), the cover that
hides the window, unlocking with the password, signing out for someone else (open forms
keep their drafts), Ctrl+L, and the 账户 menu."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.account_rules import SignedOut
from mediation_desk.services import accounts, drafts
from mediation_desk.ui.idle_lock import IdleWatcher, minutes_from
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.session import SessionControl
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import MakeWindow, register, type_text

pytestmark = pytest.mark.gui

CHAIR_PW = "qingshi-2026"
MED_PW = "tiaojie-8899"


def test_watcher_fires_after_the_timeout_and_activity_restarts_it(qtbot: Any,
                                                                  qapp: QApplication) -> None:
    watcher = IdleWatcher(300)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    target = QMainWindow()
    qtbot.addWidget(target)
    watcher.start()
    for _ in range(4):  # keep typing for longer than the timeout
        qtbot.wait(120)
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                 Qt.KeyboardModifier.NoModifier, "a"))
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    watcher.stop()


def test_mouse_moves_count_as_activity(qtbot: Any) -> None:
    watcher = IdleWatcher(300)
    target = QMainWindow()
    qtbot.addWidget(target)
    watcher.start()
    qtbot.wait(200)
    QApplication.sendEvent(target, QMouseEvent(
        QEvent.Type.MouseMove, QPoint(5, 5), QPoint(5, 5), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert watcher.active and watcher._timer.remainingTime() > 200
    watcher.stop()


def test_saved_minutes_are_read_safely() -> None:
    assert minutes_from("15") == 15
    assert minutes_from("") == 10 and minutes_from("abc") == 10
    assert minutes_from("0") == 1 and minutes_from("999") == 120


@pytest.fixture
def signed_in(village: AppContext) -> AppContext:
    accounts.create_first_chair(village, "wangjg", "王建国", CHAIR_PW)
    accounts.add_user(village, "zhang3", "张三", "mediator", MED_PW)
    accounts.sign_in(village, "zhang3", MED_PW)
    accounts.change_own_password(village, MED_PW, "zhang3-own-pw")
    accounts.sign_in(village, "wangjg", CHAIR_PW)
    return village


@pytest.fixture
def window(signed_in: AppContext, make_window: MakeWindow) -> MainWindow:
    w = make_window()
    w.show()
    yield w
    w.session.watcher.stop()


def test_idle_window_locks_and_hides_everything(window: MainWindow, signed_in: AppContext,
                                               qtbot: Any) -> None:
    session = window.session
    assert session.watcher.active  # a signed-in window counts down
    window.show_case(register(signed_in))
    case_window = next(w for w in QApplication.topLevelWidgets()
                       if type(w).__name__ == "CaseWindow" and w.isVisible())
    session.watcher.set_timeout_ms(50)
    qtbot.waitUntil(lambda: session.locked, timeout=2000)
    assert session.cover.isVisible() and session.cover.geometry() == window.rect()
    assert not case_window.isVisible()  # its case data is not readable either
    dialog = session.lock_dialog
    assert dialog is not None and dialog.isVisible()
    assert "王建国" in dialog.ui.who_label.text()
    dialog.reject()  # Esc does not open the lock
    assert dialog.isVisible() and session.locked

    qtbot.keyClicks(dialog.ui.password_edit, "wrong-pass")
    dialog.ui.unlock_button.click()
    assert session.locked and "登录名或密码不对" in dialog.findChild(
        type(dialog.ui.general_error_label), "password_error").text()
    qtbot.keyClicks(dialog.ui.password_edit, CHAIR_PW)
    dialog.ui.unlock_button.click()
    assert not session.locked and not session.cover.isVisible()
    assert case_window.isVisible()
    assert session.watcher.active


def test_ctrl_l_locks(window: MainWindow, qtbot: Any) -> None:
    assert window.session.action_lock.shortcut().toString() == "Ctrl+L"
    window.session.action_lock.trigger()
    assert window.session.locked


def test_sign_out_from_the_lock_keeps_drafts_and_lets_another_person_in(
        window: MainWindow, signed_in: AppContext, qtbot: Any) -> None:
    window.forms.new_case()
    form = next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "NewCaseDialog" and w.isVisible())
    type_text(form.ui.facts_edit, "两家因为院墙滴水发生争执")
    assert form.dirty
    window.session.lock()
    window.session.lock_dialog.ui.sign_out_button.click()
    assert isinstance(signed_in.principal, SignedOut)
    assert [d.key for d in drafts.list_drafts(signed_in)] == [form.draft_key]
    again = window.session.sign_in_dialog
    assert again is not None and again.isVisible() and window.session.cover.isVisible()
    again.ui.login_edit.setText("zhang3")
    qtbot.keyClicks(again.ui.password_edit, "zhang3-own-pw")
    again.ui.sign_in_button.click()
    assert signed_in.principal.login == "zhang3"
    assert not window.session.cover.isVisible()
    assert "张三（调解员）" in window.session.status_label.text()
    # The mediator's window offers no roster changes and no exports.
    page = window.mediators_page
    assert page.ui.add_button.isHidden() and page.ui.export_button.isHidden()
    assert window.statistics_page.ui.export_excel_button.isHidden()
    assert not window.settings_page.ui.idle_lock_spin.isEnabled()


def test_quit_at_the_sign_in_after_sign_out_closes_the_window(window: MainWindow,
                                                              qtbot: Any) -> None:
    window.session.action_sign_out.trigger()
    dialog = window.session.sign_in_dialog
    assert dialog is not None
    dialog.ui.quit_button.click()
    assert not window.isVisible()


def test_menu_and_lock_stay_off_for_a_store_without_accounts(make_window: MakeWindow) -> None:
    w = make_window()
    assert w.session.menu.menuAction() not in w.menuBar().actions()
    assert not w.session.watcher.active
    w.session.lock()
    assert not w.session.locked
    assert "还没有设置账户" in w.session.status_label.text()


def test_settings_change_the_lock_time(window: MainWindow, signed_in: AppContext) -> None:
    spin = window.settings_page.ui.idle_lock_spin
    assert spin.isEnabled() and spin.value() == 10
    spin.setValue(3)
    assert window.session.watcher.timeout_ms == 3 * 60_000
    assert UiState(signed_in.paths.config_dir).preference("idle_lock_minutes") == "3"


def test_session_control_takes_a_short_timeout(signed_in: AppContext, qtbot: Any) -> None:
    host = QMainWindow()
    qtbot.addWidget(host)
    host.show()
    control = SessionControl(host, signed_in, SyncTaskRunner(),
                             UiState(signed_in.paths.config_dir), idle_ms=40)
    qtbot.waitUntil(lambda: control.locked, timeout=2000)
    control.watcher.stop()
