"""显示完整身份证号 in the case window and the party form: masked until a purpose is given,
shown for 30 seconds (one tick a second) and masked again, logged into the case's history;
"other" needs words, next to the field."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mediation_desk.bootstrap import AppContext
from mediation_desk.services.case_queries import get_case
from mediation_desk.services.persons import add_person
from mediation_desk.ui.dialogs import reveal_id_dialog
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.dialogs.party_dialog import PartyDialog
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import register, type_text

pytestmark = pytest.mark.gui

ID_NUMBER = "11010519491231002X"
MASKED = "110105********002X"


def case_window(ctx: AppContext, qtbot: Any) -> CaseWindow:
    window = CaseWindow(ctx, SyncTaskRunner(), get_case(ctx, register(ctx)),
                        state=UiState(ctx.paths.config_dir))
    qtbot.addWidget(window)
    return window


def test_masked_until_asked_then_shown_for_30_seconds(village: AppContext, qtbot: Any,
                                                      zh_ui: None) -> None:
    window = case_window(village, qtbot)
    table = window.ui.parties_table
    assert table.item(0, 6).text() == MASKED
    assert not window.ui.reveal_id_button.isEnabled()  # nothing selected yet
    table.selectRow(1)  # 张三 has no ID number
    assert not window.ui.reveal_id_button.isEnabled()
    table.selectRow(0)
    assert window.ui.reveal_id_button.isEnabled()
    assert window.ui.reveal_id_button.text() == "显示完整身份证号(&I)…"
    qtbot.mouseClick(window.ui.reveal_id_button, Qt.MouseButton.LeftButton)
    dialog = window.reveal.dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert ui.number_label.text() == MASKED and "李四" in ui.intro_label.text()
    assert [ui.purpose_combo.itemText(i) for i in range(ui.purpose_combo.count())] == [
        "打印司法确认申请材料", "核对当事人身份", "当事人本人查阅", "其他"]
    ui.purpose_combo.setCurrentIndex(1)
    qtbot.mouseClick(ui.show_button, Qt.MouseButton.LeftButton)
    assert ui.number_label.text() == "110105 19491231 002X"
    assert ui.countdown_label.text() == "30 秒后重新遮盖。"
    assert dialog.timer.isActive() and dialog.timer.interval() == 1000
    for _ in range(reveal_id_dialog.SHOW_SECONDS - 1):
        dialog.timer.timeout.emit()
    assert ui.countdown_label.text() == "1 秒后重新遮盖。" and dialog.showing
    dialog.timer.timeout.emit()
    assert ui.number_label.text() == MASKED and not dialog.showing
    assert not dialog.timer.isActive() and ui.countdown_label.text() == "已遮盖。"
    # The window reloaded the case: the reveal is in its 历史.
    history = window.ui.history_table
    last = history.rowCount() - 1
    assert history.item(last, 1).text() == "测试员"
    assert history.item(last, 2).text() == "查看完整身份证号"
    assert history.item(last, 3).text().startswith("用途：核对当事人身份")
    assert ID_NUMBER not in history.item(last, 3).text()


def test_closing_masks_at_once_and_other_needs_words(village: AppContext, qtbot: Any,
                                                     zh_ui: None) -> None:
    window = case_window(village, qtbot)
    window.ui.parties_table.selectRow(0)
    dialog = window.reveal.open()
    assert dialog is not None
    ui = dialog.ui
    ui.purpose_combo.setCurrentIndex(3)
    assert ui.note_label.text() == "说明(&E)：*"
    qtbot.mouseClick(ui.show_button, Qt.MouseButton.LeftButton)
    assert ui.number_label.text() == MASKED
    note_error = dialog.findChild(QLabel, "note_error")
    assert note_error is not None and note_error.isVisible()
    assert note_error.text() == "⚠ 必须填写" and not dialog.showing
    type_text(ui.note_edit, "派出所核查")
    qtbot.mouseClick(ui.show_button, Qt.MouseButton.LeftButton)
    assert dialog.showing and ui.show_button.text() == "立即遮盖(&H)"
    events = len(window.detail.events)
    dialog.reject()  # Esc / Close
    assert not dialog.showing and not dialog.timer.isActive()
    assert get_case(village, window.case_id).events[-1].after["note"] == "派出所核查"
    assert len(get_case(village, window.case_id).events) == events


def test_the_party_form_offers_it_for_a_registered_person(village: AppContext, qtbot: Any,
                                                          zh_ui: None) -> None:
    add_person(village, {"name": "孙七", "id_number": "510100198506120037"})
    add_person(village, {"name": "周八"})
    party = PartyDialog(village, SyncTaskRunner())
    qtbot.addWidget(party)
    party.open()
    qtbot.keyClicks(party.ui.search_edit, "sq")
    party.search.search_now()
    party.search.choose_current()
    assert party.ui.reveal_id_button.isVisibleTo(party)
    dialog = party.open_reveal()
    assert dialog is not None
    dialog.ui.purpose_combo.setCurrentIndex(2)
    qtbot.mouseClick(dialog.ui.show_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.number_label.text() == "510100 19850612 0037"
    dialog.reject()
    party.ui.clear_person_button.click()
    qtbot.keyClicks(party.ui.search_edit, "zb")
    party.search.search_now()
    party.search.choose_current()
    assert not party.ui.reveal_id_button.isVisibleTo(party)  # no ID number on record
