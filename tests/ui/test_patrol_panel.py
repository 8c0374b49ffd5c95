"""The patrol panel: generate a rota through the dialog (with its preview), swap turns,
mark a shift missed, write a patrol log, print; refusals beside the fields."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import patrols
from mediation_desk.ui.dialogs.rota_dialog import RotaDialog, split_windows
from mediation_desk.ui.pages.patrol_panel import PatrolPanel
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.test_patrols import make_group, rota_data

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(village: AppContext, qtbot: Any, zh_ui: None) -> PatrolPanel:
    p = PatrolPanel(village, SyncTaskRunner())
    qtbot.addWidget(p)
    p.resize(1000, 700)
    return p


def cells(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_without_a_group_nothing_can_be_done(panel: PatrolPanel) -> None:
    panel.set_group(None)
    assert not panel.ui.generate_button.isEnabled()
    assert "联防组" in panel.ui.hint_label.text()


def test_generate_through_the_dialog(village: AppContext, panel: PatrolPanel,
                                     qtbot: Any) -> None:
    gid, _ = make_group(village, n=6)
    panel.set_group(gid)
    assert "还没有" in panel.ui.hint_label.text() and panel.shift_model.rowCount() == 0
    dialog = panel.open_generate()
    assert isinstance(dialog, RotaDialog)
    ui = dialog.ui
    assert ui.starts_on_edit.date().toPython() == date(2026, 11, 22)
    ui.starts_on_edit.setDate(date(2026, 11, 23))
    ui.ends_on_edit.setDate(date(2026, 12, 20))
    ui.area_edit.setText("村东主路")
    dialog.preview()
    assert "12 个班次" in ui.preview_summary_label.text()
    assert dialog.preview_model.rowCount() == 6
    ui.windows_edit.setText("晚上")
    dialog.preview()
    assert "时段" in ui.preview_summary_label.text()
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "20:00-22:00" in dialog.findChild(
        QLabel, "windows_error").text()
    ui.windows_edit.setText("20:00-22:00")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert panel.shift_model.rowCount() == 12
    row = cells(panel.shift_model, 0)
    assert row[:5] == ["2026-11-23", "周一", "20:00-22:00", "赵三、钱三", "待值日"]
    assert [cells(panel.fairness_model, i)[1] for i in range(6)] == ["4"] * 6
    assert "2026-11-23 至 2026-12-20" in panel.ui.rota_combo.currentText()


def test_swap_missed_and_log(village: AppContext, panel: PatrolPanel, qtbot: Any) -> None:
    gid, _ = make_group(village, n=6)
    patrols.generate_rota(village, gid, rota_data())  # 2026-11-02 … 2026-11-29
    panel.set_group(gid)
    assert panel.shift_model.rowCount() == 12
    # Swap: 孙三 (11-04) goes on 11-23 instead of 赵三.
    panel.ui.shifts_table.selectRow(9)
    assert cells(panel.shift_model, 9)[3] == "赵三、钱三"
    swap = panel.open_swap()
    assert swap is not None
    sui = swap.ui
    sui.household_combo.setCurrentIndex(sui.household_combo.findText("赵三"))
    sui.other_shift_combo.setCurrentIndex(0)  # 2026-11-02: 赵三、钱三 → refused
    sui.other_household_combo.setCurrentIndex(sui.other_household_combo.findText("钱三"))
    qtbot.mouseClick(sui.save_button, Qt.MouseButton.LeftButton)
    assert swap.isVisible() and "已经在" in swap.findChild(QLabel, "household_a_error").text()
    sui.other_shift_combo.setCurrentIndex(1)  # 2026-11-04: 孙三、李三
    sui.other_household_combo.setCurrentIndex(sui.other_household_combo.findText("孙三"))
    sui.note_edit.setText("赵三赶集")
    qtbot.mouseClick(sui.save_button, Qt.MouseButton.LeftButton)
    assert not swap.isVisible()
    row = cells(panel.shift_model, 9)
    assert row[3] == "孙三、钱三" and "已调换" in row[4] and "赵三赶集" in row[5]
    # Missed: the shift of 2026-11-06.
    panel.ui.shifts_table.selectRow(2)
    missed = panel.open_missed()
    assert missed is not None
    missed.ui.reason_edit.setText("暴雨")
    qtbot.mouseClick(missed.ui.save_button, Qt.MouseButton.LeftButton)
    assert cells(panel.shift_model, 2)[4] == "缺勤" and "暴雨" in cells(panel.shift_model, 2)[5]
    assert not panel.ui.log_button.isEnabled()
    # Log: the shift of 2026-11-09.
    panel.ui.shifts_table.selectRow(3)
    assert panel.ui.log_button.isEnabled()
    dialog = panel.open_log()
    assert dialog is not None
    assert dialog.ui.participants_edit.text() == cells(panel.shift_model, 3)[3]
    dialog.ui.observations_edit.setPlainText("一切正常")
    dialog.ui.hazards_edit.setPlainText("晒场电线老化")
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cells(panel.shift_model, 3)[4] == "已巡逻"
    assert panel.log_model.rowCount() == 1
    assert cells(panel.log_model, 0)[4] == "晒场电线老化"
    fair = {cells(panel.fairness_model, i)[0]: cells(panel.fairness_model, i)
            for i in range(panel.fairness_model.rowCount())}
    for name in cells(panel.shift_model, 2)[3].split("、"):
        assert fair[name][3] == "1"  # missed
    for name in cells(panel.shift_model, 3)[3].split("、"):
        assert fair[name][2] == "1"  # patrolled
    # A future shift can be swapped but not logged.
    panel.ui.shifts_table.selectRow(11)
    assert panel.ui.swap_button.isEnabled() and not panel.ui.log_button.isEnabled()


def test_print_opens_the_preview(village: AppContext, panel: PatrolPanel, qtbot: Any) -> None:
    gid, _ = make_group(village, n=4)
    patrols.generate_rota(village, gid, rota_data())
    panel.set_group(gid)
    panel.print_rota()
    assert panel.preview is not None
    qtbot.waitUntil(lambda: panel.preview.document.pageCount() == 1)
    assert "联防组轮户值日表" in panel.preview.windowTitle()
    panel.preview.close()


def test_split_windows() -> None:
    assert split_windows("20:00 - 22:00、05:00-06:00") == ["20:00-22:00", "05:00-06:00"]
