"""One case's whole life driven through the real main window, the way a mediator works:
register with two parties → accept → rights notice and start → a session → a refused step
explained → a written agreement → performance → follow-up → closed. Also: a draft left by a
crash is offered back from the main window, and quitting with unsaved work asks first."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QMessageBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import drafts
from mediation_desk.services.case_queries import CaseFilter, get_case, list_cases
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.main_window import MainWindow
from tests.services.helpers import mediator
from tests.ui.conftest import MakeWindow, type_text

pytestmark = pytest.mark.gui


def click(qtbot: Any, button: QAbstractButton) -> None:
    # At the left edge: a stretched check box ignores clicks to the right of its text.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def add_party(qtbot: Any, window: MainWindow, name: str, phone: str) -> None:
    dialog = window.forms.new_case_dialog
    qtbot.mouseClick(dialog.ui.add_party_button, Qt.MouseButton.LeftButton)
    party = dialog.party_dialog
    type_text(party.ui.name_edit, name)
    qtbot.keyClicks(party.ui.phone_edit, phone)
    party.ui.consent_check.setChecked(True)
    qtbot.mouseClick(party.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.party_dialog is None


def do_step(qtbot: Any, case_window: CaseWindow, action: str, **fill: Any) -> None:
    """Press the step's button, fill what its form asks, save; the form must close."""
    case_window.action_buttons[action].click()
    dialog = case_window.action_dialog
    assert dialog is not None, f"{action} did not open a form"
    for name, value in fill.items():
        widget = dialog.form.widgets[name]
        if isinstance(widget, QComboBox):
            choose(widget, value)
        elif isinstance(widget, QAbstractButton):
            widget.setChecked(value)
        else:
            widget.setPlainText(value) if hasattr(widget, "setPlainText") \
                else widget.setText(value)
    with qtbot.waitSignal(case_window.case_changed, timeout=2000):
        dialog.save_button.click()
    assert case_window.action_dialog is None


def status_of(case_window: CaseWindow) -> str:
    return case_window.ui.status_value.text()


def test_a_case_from_registration_to_closing(village: AppContext, make_window: MakeWindow,
                                             qtbot: Any) -> None:
    host = mediator(village)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)

    # 登记: Ctrl+N opens the new-case form; two parties, a category, the facts.
    window.ui.action_new_case.trigger()
    form = window.forms.new_case_dialog
    assert form is not None and form.isVisible()
    add_party(qtbot, window, "周𠮷", "13812345678")
    add_party(qtbot, window, "吴䶮", "13912345678")
    choose(form.ui.category_combo, "neighbour")
    type_text(form.ui.facts_edit, "周家屋檐滴水落入吴家院内，双方多次争吵。")
    form.save_button.click()
    qtbot.waitUntil(lambda: window.findChild(CaseWindow) is not None, timeout=3000)
    case_window = window.findChild(CaseWindow)
    case_id = case_window.case_id
    assert window.forms.new_case_dialog is None
    assert status_of(case_window) == "已登记"
    assert window.case_list_page.model.total == 1
    assert set(case_window.action_buttons) == {"accept", "decline", "escalate"}

    # 受理 with the presiding mediator; then 开始调解 after telling the parties their rights.
    do_step(qtbot, case_window, "accept", host_mediator_id=host)
    assert status_of(case_window) == "已受理"
    do_step(qtbot, case_window, "start_mediation", notice_given_to_all=True)
    assert status_of(case_window) == "调解中"

    # 调解记录.
    session = case_window.open_record("session")
    type_text(session.ui.content_edit, "双方各自陈述，同意由周家改造屋檐排水。")
    qtbot.mouseClick(session.ui.result_agreement_radio, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(case_window.case_changed, timeout=2000):
        session.save_button.click()
    assert [r.kind for r in get_case(village, case_id).records].count("session") == 1

    # 达成协议 is refused until an agreement is recorded; the refusal says why and offers it.
    case_window.action_buttons["reach_agreement"].click()
    box = case_window.refusal_box
    assert box is not None and "协议" in box.text()
    assert case_window.action_dialog is None
    fix = next(b for b in box.buttons() if b.objectName() == "fix_button")
    fix.click()
    agreement = case_window.record_dialog
    assert agreement is not None and agreement.isVisible()

    # 书面协议 with one performance item, signed and sealed.
    ui = agreement.ui
    type_text(ui.terms_editor.edits[0], "周家于2026年11月30日前改造屋檐排水。")
    type_text(ui.manner_edit, "周家自行施工。")
    qtbot.mouseClick(ui.items_editor.add_button, Qt.MouseButton.LeftButton)
    row = ui.items_editor.rows[-1]
    type_text(row.description, "改造屋檐排水")
    choose(row.obligor, get_case(village, case_id).parties[0].id)
    row.due.setDate(QDate(2026, 11, 30))
    for check in agreement.signature_checks.values():
        click(qtbot, check)
    with qtbot.waitSignal(case_window.case_changed, timeout=2000):
        agreement.save_button.click()

    assert get_case(village, case_id).agreements[0].effective_on is not None

    do_step(qtbot, case_window, "reach_agreement")
    assert status_of(case_window) == "达成协议"
    do_step(qtbot, case_window, "start_performance")
    assert status_of(case_window) == "履行中"

    # 履行: the item is done, then the whole agreement is performed.
    item = get_case(village, case_id).agreements[0].items[0]
    done = case_window.open_record("item_done", item.id)
    with qtbot.waitSignal(case_window.case_changed, timeout=2000):
        done.save_button.click()
    do_step(qtbot, case_window, "complete_performance")
    assert status_of(case_window) == "履行完毕"

    # 结案 needs a follow-up visit first.
    assert not next(a for a in case_window.detail.actions if a.action == "close").allowed
    visit = case_window.open_record("followup")
    visit.widget("performance_status").setEditText("已履行完毕")
    with qtbot.waitSignal(case_window.case_changed, timeout=2000):
        visit.save_button.click()
    do_step(qtbot, case_window, "close")
    assert status_of(case_window) == "已结案"

    final = get_case(village, case_id)
    assert final.summary.status == "closed"
    assert [p.name for p in final.parties] == ["周𠮷", "吴䶮"]
    # The history section lists every step, in words.
    history = case_window.ui.history_table
    assert history.rowCount() == len(final.events) >= 10
    steps = [history.item(r, 2).text() for r in range(history.rowCount())]
    assert steps[0] == "登记纠纷" and "结案" in steps
    # The list behind the window followed every step.
    assert window.case_list_page.model.case_at(0).status == "closed"


def test_a_draft_left_by_a_crash_is_offered_from_the_main_window(
        village: AppContext, make_window: MakeWindow, qtbot: Any) -> None:
    window = make_window()
    window.ui.action_new_case.trigger()
    form = window.forms.new_case_dialog
    type_text(form.ui.facts_edit, "两家因宅基地边界发生争执。")
    form.flush_draft()
    # The power goes: nothing is closed properly. The next start finds the draft.
    shiboken6.delete(form)
    window2 = make_window()
    assert window2.ui.drafts_banner.isVisibleTo(window2)
    assert "1" in window2.ui.drafts_banner_label.text()
    drafts_dialog = window2.show_drafts()
    assert drafts_dialog.keys() == ["new_case"]
    drafts_dialog.ui.open_button.click()
    reopened = window2.forms.new_case_dialog
    assert reopened is not None and reopened.draft_bar is not None
    reopened.draft_bar.restore_button.click()
    assert reopened.ui.facts_edit.toPlainText() == "两家因宅基地边界发生争执。"


def test_quitting_with_unsaved_work_asks_and_keeps_a_draft(
        village: AppContext, make_window: MakeWindow, qtbot: Any) -> None:
    window = make_window()
    window.show()
    window.ui.action_new_case.trigger()
    form = window.forms.new_case_dialog
    type_text(form.ui.facts_edit, "邻里通行纠纷。")
    window.close()
    box = window.quit_question
    assert box is not None and window.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and form.isVisible()
    window.close()
    window.quit_question.button(QMessageBox.StandardButton.Yes).click()
    assert not window.isVisible()
    assert drafts.load_draft(village, "new_case") is not None
    assert list_cases(village, CaseFilter()).total == 0


def test_a_case_form_draft_reopens_its_case_and_form(
        village: AppContext, make_window: MakeWindow, qtbot: Any) -> None:
    from tests.ui.conftest import register

    case_id = register(village)
    drafts.save_draft(village, f"case/{case_id}/record/investigation", "调查记录",
                      {"content": "现场查看院墙。"})
    window = make_window()
    assert window.ui.drafts_banner.isVisibleTo(window)
    assert window.forms.open_draft(f"case/{case_id}/record/investigation") is None
    case_window = window.findChild(CaseWindow)
    assert case_window is not None and case_window.case_id == case_id
    form = case_window.record_dialog
    assert form is not None and form.draft_bar is not None
    # A key this version does not know is refused in words, not with an error.
    assert window.forms.open_draft("something/else") is None
    assert "没有" in window.statusBar().currentMessage()
