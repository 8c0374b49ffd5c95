"""Lifecycle steps through their forms: only what the step needs, refusals beside the field,
the case window showing the new status afterwards."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui.dialogs.action_dialog import ActionDialog
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import case_data, mediator
from tests.ui.conftest import register

pytestmark = pytest.mark.gui


def unconsented(ctx: AppContext) -> str:
    """A registered case whose parties' consent is not yet recorded."""
    parties = [{**p, "consented": False} for p in case_data()["parties"]]
    return register(ctx, parties=parties)


def accepted(ctx: AppContext) -> str:
    case_id = register(ctx)
    perform_action(ctx, case_id, "accept", {"host_mediator_id": mediator(ctx)})
    return case_id


def dialog_for(ctx: AppContext, qtbot: Any, detail: CaseDetail, action: str) -> ActionDialog:
    dialog = ActionDialog(ctx, SyncTaskRunner(), detail, action)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field(dialog: ActionDialog, name: str) -> Any:
    return dialog.form.widgets[name]


def error_beside(dialog: ActionDialog, name: str) -> str:
    label = dialog.findChild(QLabel, f"{name}_error")
    assert label is not None
    return label.text() if label.isVisible() else ""


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_accept_through_the_dialog_changes_the_status(village: AppContext, zh_ui: None,
                                                      qtbot: Any) -> None:
    host = mediator(village)
    case_id = unconsented(village)
    window = CaseWindow(village, SyncTaskRunner(), get_case(village, case_id),
                        state=UiState(village.paths.config_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.ui.status_value.text() == "已登记"
    window.action_buttons["accept"].click()
    dialog = window.action_dialog
    assert dialog is not None and dialog.isVisible()
    assert list(dialog.form.widgets) == ["on_date", "host_mediator_id",
                                         "consent_of_all_parties"]

    dialog.save_button.click()  # nothing chosen yet: the rules refuse, beside the field
    assert "主持调解员" in error_beside(dialog, "host_mediator_id")
    assert dialog.isVisible()

    choose(field(dialog, "host_mediator_id"), host)
    dialog.save_button.click()
    assert "同意调解" in error_beside(dialog, "consent_of_all_parties")
    assert error_beside(dialog, "host_mediator_id") == ""

    field(dialog, "consent_of_all_parties").setChecked(True)
    with qtbot.waitSignal(window.case_changed, timeout=1000) as changed:
        dialog.save_button.click()
    assert changed.args == [case_id]
    assert window.action_dialog is None  # closed
    assert window.ui.status_value.text() == "已受理"
    assert window.ui.host_value.text() == "王调解"
    assert "已受理" in window.ui.status_line.text()
    assert get_case(village, case_id).summary.status == "accepted"


def test_accept_asks_nothing_the_file_already_holds(village: AppContext, zh_ui: None,
                                                   qtbot: Any) -> None:
    dialog = dialog_for(village, qtbot, get_case(village, register(village)), "accept")
    assert list(dialog.form.widgets) == ["on_date", "host_mediator_id"]  # consent recorded


def test_date_defaults_to_today_and_not_before_received(village: AppContext, zh_ui: None,
                                                       qtbot: Any) -> None:
    dialog = dialog_for(village, qtbot, get_case(village, register(village)), "decline")
    edit = field(dialog, "on_date")
    assert isinstance(edit, QDateEdit)
    assert edit.date().toPython() == date(2026, 11, 21)
    assert edit.minimumDate().toPython() == date(2026, 11, 2)
    assert edit.maximumDate().toPython() == date(2026, 11, 21)


def test_decline_without_a_reason_shows_the_error_beside_the_reason(
        village: AppContext, zh_ui: None, qtbot: Any) -> None:
    case_id = register(village)
    dialog = dialog_for(village, qtbot, get_case(village, case_id), "decline")
    reason = field(dialog, "reason")
    assert [reason.itemData(i) for i in range(reason.count())] == [
        None, "reserved_to_organs", "already_handled", "party_refuses"]
    assert reason.itemText(3) == "一方当事人明确拒绝调解"
    dialog.save_button.click()
    assert "理由" in error_beside(dialog, "reason")
    assert reason.hasFocus() or reason.accessibleDescription()
    assert get_case(village, case_id).summary.status == "registered"

    choose(reason, "already_handled")
    field(dialog, "note").setPlainText("已由法院受理")
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    assert saved.args[0].summary.status == "declined"
    assert saved.args[0].declined_reason == "already_handled"


def test_terminate_needs_the_routes_the_parties_were_told_of(
        village: AppContext, zh_ui: None, qtbot: Any) -> None:
    case_id = accepted(village)
    dialog = dialog_for(village, qtbot, get_case(village, case_id), "terminate")
    assert set(dialog.form.route_checks) == {"litigation", "arbitration", "administrative"}
    choose(field(dialog, "reason"), "mediation_failed")
    dialog.save_button.click()
    assert "诉讼" in error_beside(dialog, "advised_routes")
    dialog.form.route_checks["litigation"].setChecked(True)
    dialog.form.route_checks["arbitration"].setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    detail = saved.args[0]
    assert detail.summary.status == "terminated"
    assert detail.advised_routes == ["litigation", "arbitration"]
    assert detail.terminated_reason == "mediation_failed"


def test_start_mediation_asks_for_the_notice_only_when_missing(
        village: AppContext, zh_ui: None, qtbot: Any) -> None:
    case_id = accepted(village)
    dialog = dialog_for(village, qtbot, get_case(village, case_id), "start_mediation")
    assert list(dialog.form.widgets) == ["on_date", "notice_given_to_all", "notice_method"]
    dialog.save_button.click()
    assert "告知" in error_beside(dialog, "notice_given_to_all")
    field(dialog, "notice_given_to_all").setChecked(True)
    choose(field(dialog, "notice_method"), "oral")
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    detail = saved.args[0]
    assert detail.summary.status == "in_mediation"
    assert {r.details["method"] for r in detail.records if r.kind == "rights_notice"} == {"oral"}


def test_escalate_then_close_with_the_receiving_bodys_result(
        village: AppContext, zh_ui: None, qtbot: Any) -> None:
    case_id = accepted(village)
    dialog = dialog_for(village, qtbot, get_case(village, case_id), "escalate")
    dialog.save_button.click()
    assert "接收单位" in error_beside(dialog, "to_body")
    field(dialog, "to_body").setText("青龙镇司法所")
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    assert saved.args[0].summary.status == "escalated"

    close = dialog_for(village, qtbot, saved.args[0], "close")
    assert list(close.form.widgets) == ["on_date", "reason", "result_text"]
    assert field(close, "reason").currentData() == "handled_elsewhere"  # the only choice
    close.save_button.click()
    assert "处理结果" in error_beside(close, "result_text")
    field(close, "result_text").setPlainText("镇调委会调解成功")
    with qtbot.waitSignal(close.saved, timeout=1000) as closed:
        close.save_button.click()
    assert closed.args[0].summary.status == "closed"


def test_remediate_needs_everyones_consent(village: AppContext, zh_ui: None,
                                           qtbot: Any) -> None:
    case_id = accepted(village)
    perform_action(village, case_id, "start_mediation", {"notice_given_to_all": True})
    from mediation_desk.services import agreements
    agreements.record_agreement(village, case_id, {"kind": "oral", "terms": ["张三赔礼道歉。"],
                                                   "reached_on": "2026-11-21"})
    perform_action(village, case_id, "reach_agreement", {})
    detail = perform_action(village, case_id, "complete_performance", {})
    dialog = dialog_for(village, qtbot, detail, "remediate")
    assert isinstance(field(dialog, "reason"), QLineEdit)
    field(dialog, "reason").setText("协议显失公平")
    dialog.save_button.click()
    assert "同意" in error_beside(dialog, "consent_of_all_parties")
    assert isinstance(field(dialog, "consent_of_all_parties"), QCheckBox)
    field(dialog, "consent_of_all_parties").setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=1000) as saved:
        dialog.save_button.click()
    assert saved.args[0].summary.status == "in_mediation"


def test_unsaved_input_comes_back_as_a_draft(village: AppContext, zh_ui: None,
                                             qtbot: Any) -> None:
    detail = get_case(village, register(village))
    first = dialog_for(village, qtbot, detail, "decline")
    choose(field(first, "reason"), "party_refuses")
    note = field(first, "note")
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("李四当场表示不愿调解")
    assert first.dirty
    first.flush_draft()
    first.done(0)

    second = dialog_for(village, qtbot, detail, "decline")
    assert second.draft_bar is not None
    second.draft_bar.restore_button.click()
    assert field(second, "reason").currentData() == "party_refuses"
    assert field(second, "note").toPlainText() == "李四当场表示不愿调解"


def test_save_has_ctrl_s_and_the_heading_explains(village: AppContext, zh_ui: None,
                                                  qtbot: Any) -> None:
    dialog = dialog_for(village, qtbot, get_case(village, accepted(village)), "terminate")
    assert dialog.save_button.shortcut().toString() == "Ctrl+S"
    assert dialog.save_button.text() == "保存(&S)"
    assert "第二十六条" in dialog.ui.heading_label.text()
    assert dialog.windowTitle().startswith("终止调解 — ")
