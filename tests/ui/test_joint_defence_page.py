"""联户联防 page: create households and a group through their forms, see the group's
warnings, report an incident routed to the mediation committee (new-case form prefilled, the
case registered and linked, the row shows the case number and opens it), and the patrol
container and group signal for the patrol panel."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import case_queries, groups, households, incidents
from mediation_desk.ui.dialogs.group_dialog import GroupDialog
from mediation_desk.ui.dialogs.household_dialog import HouseholdDialog
from mediation_desk.ui.dialogs.incident_dialog import IncidentDialog
from mediation_desk.ui.pages.joint_defence_page import JointDefencePage
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import type_text
from tests.ui.test_new_case_dialog import add_new_party, fill_dispute


@pytest.fixture
def page(village: AppContext, qtbot: Any, zh_ui: None) -> JointDefencePage:
    p = JointDefencePage(village, SyncTaskRunner())
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    p.refresh()
    return p


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_create_household_and_group_then_warnings(page: JointDefencePage, qtbot: Any,
                                                  village: AppContext) -> None:
    page.ui.tabs.setCurrentIndex(1)
    click(qtbot, page.ui.new_household_button)
    dialog = page.dialog
    assert isinstance(dialog, HouseholdDialog)
    type_text(dialog.ui.address_edit, "青石村三组1号")
    type_text(dialog.ui.villager_group_edit, "三组")
    type_text(dialog.ui.new_name_edit, "周大山")
    dialog.ui.new_gender_combo.setCurrentIndex(dialog.ui.new_gender_combo.findData("male"))
    qtbot.keyClicks(dialog.ui.new_phone_edit, "13812345678")
    click(qtbot, dialog.ui.add_new_button)
    type_text(dialog.ui.new_name_edit, "吴小花")
    click(qtbot, dialog.ui.add_new_button)
    assert dialog.ui.member_table.rowCount() == 2
    assert dialog.ui.member_table.item(0, 3).text() == "138****5678"  # masked at once
    click(qtbot, dialog.save_button)
    assert page.dialog is None
    assert [h.head_name for h in page.household_model.rows()] == ["周大山"]
    assert page.household_model.rows()[0].members[1].name == "吴小花"

    page.ui.tabs.setCurrentIndex(0)
    click(qtbot, page.ui.new_group_button)
    gd = page.dialog
    assert isinstance(gd, GroupDialog)
    type_text(gd.ui.name_edit, "三组第一联防组")
    gd.ui.household_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert gd.ui.head_combo.count() == 3  # blank + the two members
    gd.ui.head_combo.setCurrentIndex(1)
    click(qtbot, gd.save_button)
    assert page.dialog is None
    [g] = page.group_model.rows()
    assert (g.name, g.head_name, g.member_count) == ("三组第一联防组", "周大山", 1)
    assert page.selected_group_id() == g.id
    shown = page.ui.group_warnings_label.text()
    assert page.ui.group_warnings_label.isVisibleTo(page)
    assert "十户" in shown and "副户长" in shown and "⚠" in shown
    assert page.member_model.rows()[0].head_name == "周大山"
    assert page.ui.change_head_button.isEnabled()


def test_incident_to_committee_registers_a_linked_case(page: JointDefencePage, qtbot: Any,
                                                       village: AppContext) -> None:
    hh = households.add_household(village, {"address": "青石村三组1号", "new_members": [
        {"name": "周大山", "gender": "male", "phone": "13812345678"}]})
    g = groups.add_group(village, {"name": "三组第一联防组", "household_ids": [hh.id],
                                   "head_person_id": hh.head_person_id})
    page.refresh()
    page.ui.tabs.setCurrentIndex(2)
    click(qtbot, page.ui.report_button)
    dialog = page.dialog
    assert isinstance(dialog, IncidentDialog)
    assert dialog.ui.group_combo.currentData() == g.id
    assert dialog.ui.reporter_combo.currentData() == hh.head_person_id  # the head by default
    type_text(dialog.ui.description_edit, "两户因院墙滴水争吵")
    dialog.ui.route_combo.setCurrentIndex(dialog.ui.route_combo.findData("mediation_committee"))
    assert dialog.ui.route_hint_label.isVisibleTo(dialog)
    click(qtbot, dialog.save_button)
    case_form = dialog.case_dialog
    assert case_form is not None
    assert case_form.ui.facts_edit.toPlainText() == "两户因院墙滴水争吵"
    assert case_form.ui.source_combo.currentData() == "joint_defense"
    assert case_form.ui.referred_by_edit.text() == "三组第一联防组"
    add_new_party(qtbot, case_form, "李四")
    add_new_party(qtbot, case_form, "王五")
    fill_dispute(qtbot, case_form, facts="")
    with qtbot.waitSignal(dialog.case_registered) as registered:
        click(qtbot, case_form.save_button)
    case_id = registered.args[0]
    detail = case_queries.get_case(village, case_id)
    assert detail.source == "joint_defense" and detail.facts == "两户因院墙滴水争吵"
    [report] = incidents.list_incidents(village)
    assert report.case_id == case_id and report.routed_to == "mediation_committee"
    assert page.dialog is None
    [row] = page.incident_model.rows()
    assert row.case_no == detail.summary.case_no
    index = page.incident_model.index(0, 0)
    with qtbot.waitSignal(page.case_activated) as opened:
        page.ui.incident_table.activated.emit(index)
    assert opened.args == [case_id]


def test_police_report_makes_no_case_and_filters(page: JointDefencePage, qtbot: Any,
                                                 village: AppContext) -> None:
    hh = households.add_household(village, {"address": "1号", "new_members": [{"name": "甲"}]})
    groups.add_group(village, {"name": "组", "household_ids": [hh.id],
                               "head_person_id": hh.head_person_id})
    page.refresh()
    click(qtbot, page.ui.report_button)
    dialog = page.dialog
    type_text(dialog.ui.description_edit, "陌生人打听独居老人")
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("suspicious_person"))
    dialog.ui.route_combo.setCurrentIndex(dialog.ui.route_combo.findData("police"))
    click(qtbot, dialog.save_button)
    assert page.dialog is None and case_queries.list_cases(village).total == 0
    assert [r.routed_to for r in page.incident_model.rows()] == ["police"]
    combo = page.ui.incident_route_combo
    combo.setCurrentIndex(combo.findData("self_handled"))
    assert page.incident_model.rows() == []


def test_dissolve_and_show_item_and_patrol_slot(page: JointDefencePage, qtbot: Any,
                                                village: AppContext) -> None:
    hh = households.add_household(village, {"address": "1号", "new_members": [{"name": "甲"}]})
    g = groups.add_group(village, {"name": "组", "household_ids": [hh.id],
                                   "head_person_id": hh.head_person_id})
    assert isinstance(page.ui.patrol_container.layout(), QVBoxLayout)
    with qtbot.waitSignal(page.group_selected) as chosen:
        page.show_item(g.id)
    assert chosen.args == [g.id] and page.selected_group_id() == g.id
    click(qtbot, page.ui.dissolve_button)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert groups.get_group(village, g.id).group.status == "dissolved"
    assert not page.ui.change_head_button.isEnabled()
