"""New case (新案件登记) and the party form: registering through the widgets, finding a person
by pinyin initials, live ID checks, masking, errors beside the fields, drafts, Esc."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.idnumber import mask_id_number
from mediation_desk.services import drafts
from mediation_desk.services.case_queries import CaseFilter, get_case, list_cases
from mediation_desk.services.persons import add_person, search_persons
from mediation_desk.ui.dialogs.new_case_dialog import NewCaseDialog
from mediation_desk.ui.dialogs.party_dialog import PartyDialog
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui

VALID_ID = "11010519491231002X"  # born 1949-12-31, female (17th digit even)
WRONG_CHECK = "110105194912310021"


@pytest.fixture
def dialog(village: AppContext, qtbot: Any, zh_ui: None) -> NewCaseDialog:
    d = NewCaseDialog(village, SyncTaskRunner())
    qtbot.addWidget(d)
    d.show()
    return d


def ok(qtbot: Any, party: PartyDialog) -> None:
    qtbot.mouseClick(party.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def add_new_party(qtbot: Any, dialog: NewCaseDialog, name: str, *, id_number: str = "",
                  phone: str = "", age: int | None = None) -> None:
    qtbot.mouseClick(dialog.ui.add_party_button, Qt.MouseButton.LeftButton)
    party = dialog.party_dialog
    assert party is not None
    type_text(party.ui.name_edit, name)
    if id_number:
        qtbot.keyClicks(party.ui.id_edit, id_number)
    if age is not None:
        party.ui.age_spin.setValue(age)
    if phone:
        qtbot.keyClicks(party.ui.phone_edit, phone)
    party.ui.consent_check.setChecked(True)
    ok(qtbot, party)
    assert dialog.party_dialog is None, "the party form should have closed"


def fill_dispute(qtbot: Any, dialog: NewCaseDialog, facts: str = "两家因院墙滴水发生争执。") -> None:
    combo = dialog.ui.category_combo
    combo.setCurrentIndex(combo.findData("neighbour"))
    if facts:
        type_text(dialog.ui.facts_edit, facts)


def save(qtbot: Any, dialog: NewCaseDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def error_text(dialog: QWidget, field: str) -> str:
    label = dialog.findChild(QLabel, f"{field}_error")
    assert label is not None
    return label.text() if not label.isHidden() else ""


# Registering ---------------------------------------------------------------------------------

def test_register_a_case_with_two_new_parties(village: AppContext, dialog: NewCaseDialog,
                                              qtbot: Any) -> None:
    assert dialog.windowTitle() == "新案件登记"
    assert dialog.ui.category_combo.itemText(
        dialog.ui.category_combo.findData("neighbour")) == "邻里纠纷"
    assert dialog.ui.received_on_edit.date().toString("yyyy-MM-dd") == "2026-11-21"
    assert "申请人" in dialog.ui.next_step_label.text()

    add_new_party(qtbot, dialog, "李四", id_number=VALID_ID, phone="13812345678")
    assert "被申请人" in dialog.ui.next_step_label.text()
    add_new_party(qtbot, dialog, "王𠮷", age=52)  # a rare character outside the BMP
    table = dialog.ui.party_table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["申请人", "被申请人"]
    assert table.item(0, 2).text() == "女"  # filled from the ID number
    assert table.item(0, 4).text() == "138****5678"
    assert table.item(0, 5).text() == mask_id_number(VALID_ID)
    assert table.item(1, 3).text() == "52"

    fill_dispute(qtbot, dialog)
    type_text(dialog.ui.requests_edit, "请求改造屋檐排水\n赔偿损失")
    qtbot.keyClicks(dialog.ui.amount_edit, "12,000")
    assert dialog.ui.amount_capital_label.text() == "人民币壹万贰仟元整"
    assert "保存" in dialog.ui.next_step_label.text()

    with qtbot.waitSignal(dialog.case_created) as created:
        save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    page = list_cases(village, CaseFilter())
    assert page.total == 1
    case = page.rows[0]
    assert created.args == [case.id]
    assert case.party_names == ["李四", "王𠮷"]
    assert case.title == "李四与王𠮷邻里纠纷"
    detail = get_case(village, case.id)
    assert detail.requests == ["请求改造屋檐排水", "赔偿损失"]
    assert detail.amount_fen == 1_200_000
    assert [p.consented for p in detail.parties] == [True, True]
    assert drafts.list_drafts(village) == []


def test_existing_person_found_by_pinyin_initials(village: AppContext, dialog: NewCaseDialog,
                                                 qtbot: Any) -> None:
    zhang = add_person(village, {"name": "张三", "gender": "male", "phone": "13912345678",
                                 "address": "青石村三组14号"})
    add_new_party(qtbot, dialog, "李四")
    qtbot.mouseClick(dialog.ui.add_party_button, Qt.MouseButton.LeftButton)
    party = dialog.party_dialog
    assert party is not None
    assert party.ui.role_combo.currentData() == "respondent"
    qtbot.keyClicks(party.ui.search_edit, "zs")
    qtbot.waitUntil(lambda: party.ui.result_list.count() == 1)
    assert "张三" in party.ui.result_list.item(0).text()
    assert "13912345678" not in party.ui.result_list.item(0).text()
    qtbot.mouseClick(party.ui.use_person_button, Qt.MouseButton.LeftButton)

    assert party.party_data()["person_id"] == zhang.id
    assert "person" not in party.party_data()
    assert "139****5678" in party.ui.chosen_label.text()
    assert party.ui.person_group.isHidden() and not party.ui.chosen_group.isHidden()
    party.ui.consent_check.setChecked(True)
    ok(qtbot, party)

    fill_dispute(qtbot, dialog)
    with qtbot.waitSignal(dialog.case_created):
        save(qtbot, dialog)
    detail = get_case(village, list_cases(village).rows[0].id)
    assert [p.person_id for p in detail.parties][1] == zhang.id
    assert len(search_persons(village, "张三")) == 1  # reused, not registered twice


def test_enter_searches_and_picks_without_closing_the_form(village: AppContext, qtbot: Any,
                                                          zh_ui: None) -> None:
    zhang = add_person(village, {"name": "张三"})
    party = PartyDialog(village, SyncTaskRunner())
    qtbot.addWidget(party)
    party.open()
    qtbot.keyClicks(party.ui.search_edit, "zs")
    qtbot.keyClick(party.ui.search_edit, Qt.Key.Key_Return)  # searches at once
    assert party.isVisible()
    assert party.ui.result_list.count() == 1
    qtbot.keyClick(party.ui.result_list, Qt.Key.Key_Return)  # picks the current result
    assert party.isVisible()
    assert party.party_data()["person_id"] == zhang.id


def test_chosen_person_can_be_cleared_for_a_new_one(village: AppContext, qtbot: Any,
                                                    zh_ui: None) -> None:
    add_person(village, {"name": "张三"})
    party = PartyDialog(village, SyncTaskRunner())
    qtbot.addWidget(party)
    qtbot.keyClicks(party.ui.search_edit, "zs")
    party.search.search_now()
    party.search.choose_current()
    assert "person_id" in party.party_data()
    qtbot.mouseClick(party.ui.clear_person_button, Qt.MouseButton.LeftButton)
    assert "person_id" not in party.party_data()
    assert not party.ui.person_group.isHidden()


# The party form ------------------------------------------------------------------------------

def test_live_id_check_message_appears_and_goes(village: AppContext, qtbot: Any,
                                                zh_ui: None) -> None:
    party = PartyDialog(village, SyncTaskRunner())
    qtbot.addWidget(party)
    label = party.ui.id_message_label
    qtbot.keyClicks(party.ui.id_edit, "1101")
    assert label.isHidden()  # still typing: too short is not wrong yet
    qtbot.keyClicks(party.ui.id_edit, WRONG_CHECK[4:])
    assert not label.isHidden()
    assert "校验位不对" in label.text() and "X" in label.text()

    qtbot.keyClick(party.ui.id_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(party.ui.id_edit, "x")  # lower case is accepted and normalised
    assert label.isHidden()
    assert party.ui.birth_date_edit.date().toString("yyyy-MM-dd") == "1949-12-31"
    assert party.ui.gender_combo.currentData() == "female"
    assert party.party_data()["person"]["id_number"] == VALID_ID
    assert party.party_data()["person"]["birth_date"] == "1949-12-31"


def test_wrong_phone_is_named_when_leaving_the_field(village: AppContext, qtbot: Any,
                                                     zh_ui: None) -> None:
    party = PartyDialog(village, SyncTaskRunner())
    qtbot.addWidget(party)
    qtbot.keyClicks(party.ui.phone_edit, "1381234567")
    party.ui.phone_edit.editingFinished.emit()
    assert "11 位" in party.ui.phone_message_label.text()
    qtbot.keyClicks(party.ui.phone_edit, "8")
    assert party.ui.phone_message_label.isHidden()


def test_id_number_is_masked_when_the_field_is_left(village: AppContext, qtbot: Any,
                                                    zh_ui: None) -> None:
    party = PartyDialog(village, SyncTaskRunner())
    qtbot.addWidget(party)
    party.show()
    qtbot.waitExposed(party)
    party.activateWindow()
    edit = party.ui.id_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, VALID_ID)
    assert edit.text() == VALID_ID

    party.ui.phone_edit.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert edit.text() == mask_id_number(VALID_ID) == "110105********002X"
    assert edit.number() == VALID_ID
    assert party.party_data()["person"]["id_number"] == VALID_ID

    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert edit.text() == VALID_ID


def test_party_form_refuses_a_missing_name(village: AppContext, qtbot: Any,
                                           zh_ui: None) -> None:
    party = PartyDialog(village, SyncTaskRunner())
    qtbot.addWidget(party)
    party.open()
    ok(qtbot, party)
    assert party.isVisible()
    assert "不能为空" in error_text(party, "person.name")


def test_organisation_party_with_an_agent(village: AppContext, dialog: NewCaseDialog,
                                          qtbot: Any) -> None:
    add_new_party(qtbot, dialog, "李四")
    qtbot.mouseClick(dialog.ui.add_party_button, Qt.MouseButton.LeftButton)
    party = dialog.party_dialog
    assert party is not None
    party.ui.organisation_check.click()
    assert party.ui.gender_combo.isHidden() and party.ui.id_edit.isHidden()
    assert not party.ui.representative_edit.isHidden()
    type_text(party.ui.name_edit, "青石村第三村民小组")
    type_text(party.ui.representative_edit, "王组长")
    party.ui.agent_type_combo.setCurrentIndex(party.ui.agent_type_combo.findData("authorised"))
    party.ui.consent_check.setChecked(True)
    ok(qtbot, party)
    assert dialog.party_dialog is party  # refused: the agent has no name
    assert "必须填写" in error_text(party, "agent_name")

    type_text(party.ui.agent_name_edit, "赵律师")
    qtbot.keyClicks(party.ui.agent_phone_edit, "13700001111")
    ok(qtbot, party)
    data = dialog.parties.entries[1]["data"]
    assert data["is_organisation"] and data["org_representative"] == "王组长"
    assert "gender" not in data["person"] and "id_number" not in data["person"]

    fill_dispute(qtbot, dialog)
    with qtbot.waitSignal(dialog.case_created) as created:
        save(qtbot, dialog)
    respondent = get_case(village, created.args[0]).parties[1]
    assert (respondent.name, respondent.agent_name) == ("青石村第三村民小组", "赵律师")


# Refusals ------------------------------------------------------------------------------------

def test_missing_facts_and_a_single_party_are_shown_beside_the_fields(
        village: AppContext, dialog: NewCaseDialog, qtbot: Any) -> None:
    add_new_party(qtbot, dialog, "李四")
    fill_dispute(qtbot, dialog, facts="")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert "至少要有两个当事人" in dialog.parties_error_label.text()
    assert not dialog.parties_error_label.isHidden()
    assert error_text(dialog, "facts")
    assert dialog.save_button.isEnabled()
    assert list_cases(village).total == 0


def test_a_party_refused_by_the_service_is_named(village: AppContext, dialog: NewCaseDialog,
                                                 qtbot: Any) -> None:
    add_person(village, {"name": "赵六", "id_number": VALID_ID})
    add_new_party(qtbot, dialog, "李四")
    add_new_party(qtbot, dialog, "王五", id_number=VALID_ID)  # already registered as 赵六
    fill_dispute(qtbot, dialog)
    save(qtbot, dialog)

    text = dialog.parties_error_label.text()
    assert "第2个当事人（王五）的身份证号" in text and "赵六" in text
    assert dialog.ui.party_table.item(1, 1).text().startswith("⚠")
    assert list_cases(village).total == 0

    # Opening that party shows the refusal beside its ID number.
    dialog.ui.party_table.selectRow(1)
    qtbot.mouseClick(dialog.ui.edit_party_button, Qt.MouseButton.LeftButton)
    party = dialog.party_dialog
    assert party is not None
    assert "赵六" in party.ui.id_message_label.text()


# Drafts and closing --------------------------------------------------------------------------

def test_draft_is_kept_and_restored(village: AppContext, dialog: NewCaseDialog,
                                    qtbot: Any) -> None:
    add_new_party(qtbot, dialog, "李四", id_number=VALID_ID)
    add_new_party(qtbot, dialog, "刘䶮")
    fill_dispute(qtbot, dialog, facts="屋檐滴水纠纷")
    dialog.flush_draft()
    assert [d.key for d in drafts.list_drafts(village)] == ["new_case"]

    again = NewCaseDialog(village, SyncTaskRunner())
    qtbot.addWidget(again)
    assert again.draft_bar is not None
    assert again.parties.names() == []
    qtbot.mouseClick(again.draft_bar.restore_button, Qt.MouseButton.LeftButton)
    assert again.parties.names() == ["李四", "刘䶮"]
    assert again.ui.party_table.rowCount() == 2
    assert again.ui.facts_edit.toPlainText() == "屋檐滴水纠纷"
    assert again.ui.category_combo.currentData() == "neighbour"

    with qtbot.waitSignal(again.case_created):
        save(qtbot, again)
    assert list_cases(village).rows[0].party_names == ["李四", "刘䶮"]


def test_a_party_being_typed_is_kept_in_the_draft(village: AppContext, dialog: NewCaseDialog,
                                                  qtbot: Any) -> None:
    qtbot.mouseClick(dialog.ui.add_party_button, Qt.MouseButton.LeftButton)
    party = dialog.party_dialog
    assert party is not None
    type_text(party.ui.name_edit, "李四")
    assert dialog.dirty
    dialog.flush_draft()

    again = NewCaseDialog(village, SyncTaskRunner())
    qtbot.addWidget(again)
    assert again.draft_bar is not None
    again.restore_draft()
    assert again.party_dialog is not None
    assert again.party_dialog.ui.name_edit.text() == "李四"


def test_escape_with_typed_text_asks_before_discarding(village: AppContext,
                                                       dialog: NewCaseDialog,
                                                       qtbot: Any) -> None:
    type_text(dialog.ui.facts_edit, "写了一半")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_question
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_question
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert list_cases(village).total == 0


def test_escape_on_an_untouched_form_just_closes(dialog: NewCaseDialog, qtbot: Any) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.discard_question is None
    assert not dialog.isVisible()


def test_prefilled_case_registers_through_the_linking_service(village: AppContext,
                                                              qtbot: Any, zh_ui: None) -> None:
    """A case that starts from a screening finding or an incident: the form opens filled in,
    and saving goes through the caller's service (which links the origin), not a plain
    registration; its draft is kept apart from the ordinary new-case draft."""
    calls: list[dict[str, Any]] = []

    def register_and_link(ctx: AppContext, data: dict[str, Any]) -> Any:
        from mediation_desk.services.case_register import register_case

        calls.append(data)
        return register_case(ctx, {**data, "origin_kind": "incident_report",
                                   "origin_id": "report-1"})

    d = NewCaseDialog(village, SyncTaskRunner(), prefill={
        "title": "排查发现的排水纠纷", "facts": "两家因排水问题多次发生口角。",
        "category": "neighbour", "source": "screening", "is_major": True},
        register=register_and_link, draft_key="new_case:finding:f1")
    qtbot.addWidget(d)
    d.show()
    assert d.ui.title_edit.text() == "排查发现的排水纠纷"
    assert d.ui.facts_edit.toPlainText() == "两家因排水问题多次发生口角。"
    assert d.ui.category_combo.currentData() == "neighbour"
    assert d.ui.source_combo.currentData() == "screening"
    assert d.ui.is_major_check.isChecked()
    add_new_party(qtbot, d, "李四")
    add_new_party(qtbot, d, "王𠮷", age=52)
    type_text(d.ui.facts_edit, "补充：已持续半年。")
    d.flush_draft()
    assert [dr.key for dr in drafts.list_drafts(village)] == ["new_case:finding:f1"]
    with qtbot.waitSignal(d.case_created) as created:
        save(qtbot, d)
    assert len(calls) == 1 and calls[0]["source"] == "screening"
    detail = get_case(village, created.args[0])
    assert detail.summary.title == "排查发现的排水纠纷"
    assert detail.source == "screening"
