"""备份与恢复 (ui/dialogs/backups_dialog.py, ui/backup_control.py): the list, 立即备份, who
may restore, the confirmation, the restore and the window opening again on the restored
store with the folder's lock still held, the timer and the exit backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.backup_views import RestoreResult
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import backups
from mediation_desk.ui import backup_control
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.single_instance import InstanceLock
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.conftest import FakeClock
from tests.ui.conftest import MakeWindow, other_case, register

pytestmark = pytest.mark.gui


def _open_dialog(window: MainWindow) -> Any:
    window.settings_page.ui.backups_button.click()
    dialog = window.backups.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _cases(ctx: AppContext) -> int:
    with ctx.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM mediation_case").scalar()


def test_list_and_back_up_now(make_window: MakeWindow, village: AppContext,
                              tmp_path: Path) -> None:
    window = make_window()
    dialog = _open_dialog(window)
    assert dialog.ui.backup_table.rowCount() == 0
    assert "还没有做过备份" in dialog.ui.where_label.text()
    assert [dialog.ui.backup_table.horizontalHeaderItem(i).text() for i in range(3)] == [
        "日期和时间", "大小", "类型"]
    dialog.ui.backup_now_button.click()
    assert "备份已完成并通过检查" in dialog.ui.status_label.text()
    assert dialog.ui.backup_table.rowCount() == 1
    made = dialog.rows()[0]
    assert dialog.ui.backup_table.item(0, 2).text() == "手动备份"
    assert dialog.ui.backup_table.item(0, 1).text().endswith(("KB", "MB"))
    assert dialog.ui.backup_table.item(0, 0).text() == made.made_at.strftime("%Y-%m-%d %H:%M")
    assert str(village.paths.backups_dir) in dialog.ui.where_label.text()
    assert "最近一次备份" in dialog.ui.where_label.text()
    dialog.grab().save(str(tmp_path / "backups_dialog.png"))


def test_a_mediator_sees_no_restore_button(make_window: MakeWindow,
                                           village: AppContext) -> None:
    backups.backup_now(village)
    village.act_as(Principal(login="li", display_name="李", role=Role.MEDIATOR, user_id="u1"))
    dialog = _open_dialog(make_window())
    assert dialog.ui.backup_table.rowCount() == 1
    assert dialog.ui.restore_button.isHidden()
    assert dialog.ui.backup_now_button.isEnabled()  # everyone may make a backup


def test_restore_asks_names_the_date_and_can_be_cancelled(make_window: MakeWindow,
                                                          village: AppContext) -> None:
    backups.backup_now(village)
    dialog = _open_dialog(make_window())
    assert not dialog.ui.restore_button.isEnabled()  # nothing chosen yet
    dialog.select(0)
    assert dialog.ui.restore_button.isEnabled()
    chosen: list[str] = []
    dialog.restore_confirmed.connect(chosen.append)
    dialog.ui.restore_button.click()
    box = dialog.question
    assert box is not None and box.isVisible()
    when = dialog.rows()[0].made_at.strftime("%Y-%m-%d %H:%M")
    assert when in box.text() and "不会丢失" in box.text() and "再恢复回来" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert chosen == [] and dialog.isVisible()


def test_restore_reopens_the_window_on_the_restored_store(
        qapp: QApplication, qtbot: Any, zh_ui: None, village: AppContext,
        clock: FakeClock, tmp_path: Path) -> None:
    register(village)
    made = backups.backup_now(village)
    register(village, **other_case())
    assert _cases(village) == 2
    # Not through make_window: the restore deletes this window, qtbot must not close it.
    window = MainWindow(village, runner=SyncTaskRunner(), state=UiState(village.paths.config_dir),
                        station_name="青石村人民调解委员会")
    lock = InstanceLock(village.paths.lock_path)
    assert lock.acquire()
    lock.setParent(window)
    opened: list[MainWindow] = []

    def reopen() -> MainWindow:
        ctx = build_context(village.paths, actor="测试员", clock=clock)
        new = MainWindow(ctx, runner=SyncTaskRunner(), state=UiState(ctx.paths.config_dir),
                         station_name="青石村人民调解委员会")
        qtbot.addWidget(new)
        opened.append(new)
        return new

    backup_control.attach_store(qapp, window, village, lock, reopen)
    outcomes: list[object] = []
    window.backups.store_replaced.connect(outcomes.append)
    try:
        dialog = _open_dialog(window)
        dialog.select(0)
        dialog.ui.restore_button.click()
        dialog.question.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: bool(opened))
        [result] = outcomes
        assert isinstance(result, RestoreResult) and result.restored_from == made.file_name
        assert village.closed and not window.isVisible()
        new = opened[0]
        assert _cases(new.ctx) == 1  # the case registered after the backup is gone
        assert lock.is_locked()  # the folder stayed ours all along
        assert qapp.quitOnLastWindowClosed()
        box = new.findChild(QMessageBox, "restore_outcome")
        assert box is not None and "已恢复到" in box.text() and "再恢复回来" in box.text()
        box.grab().save(str(tmp_path / "restore_outcome.png"))
        kinds = {b.kind for b in backups.list_backups(new.ctx).backups}
        assert {"before-restore", "replaced"} <= kinds
    finally:
        for w in opened:
            w.ctx.close()
        lock.release()


def test_timer_and_exit_backups(make_window: MakeWindow, village: AppContext,
                                clock: FakeClock) -> None:
    window = make_window()
    control = window.backups
    assert control.timer.isActive() and control.timer.interval() == 30 * 60 * 1000
    control.auto_backup()
    assert [b.kind for b in backups.list_backups(village).backups] == ["auto"]
    clock.now = clock.now.replace(hour=clock.now.hour + 1)
    control.auto_backup()  # nothing changed since: no second backup
    assert len(backups.list_backups(village).backups) == 1
    register(village)
    control.at_quit()
    assert [b.kind for b in backups.list_backups(village).backups] == ["exit", "auto"]
    assert not control.timer.isActive()
