"""The case window (案件卷宗窗口): every part of the dossier, the lifecycle buttons the rules
allow, refusals explained in words, remembered geometry and section, masked personal data."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QTableWidget, QTextBrowser

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle import allowed_actions
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import agreements, case_records
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui.dialogs import record_dialogs
from mediation_desk.ui.dialogs.case_window import CaseWindow, open_case_window
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import mediator
from tests.ui.conftest import register, register_overdue

pytestmark = pytest.mark.gui

SECTIONS = ["概况", "当事人", "调解员", "权利告知", "调查", "调解", "协议", "履行", "回访",
            "司法确认", "上报移交", "文书", "历史"]


def do(ctx: AppContext, case_id: str, action: str, **data: Any) -> CaseDetail:
    return perform_action(ctx, case_id, action, data)


def full_case(ctx: AppContext) -> CaseDetail:
    """A case being performed, with a record of every kind the window shows."""
    host, other = mediator(ctx), mediator(ctx, "赵调解")
    case_id = register(ctx)
    do(ctx, case_id, "accept", host_mediator_id=host, on_date="2026-11-03")
    case_records.assign_mediator(ctx, case_id, other)
    d = case_records.record_notice(ctx, case_id, {"given_on": "2026-11-03"})
    case_records.request_recusal(ctx, case_id, {
        "mediator_id": other, "requested_by_party_id": d.parties[1].id,
        "requested_on": "2026-11-03", "reason": "与申请人是表亲"})
    recusal = next(r for r in get_case(ctx, case_id).records if r.kind == "recusal")
    case_records.decide_recusal(ctx, case_id, {"recusal_id": recusal.id, "result": "refused",
                                               "decided_on": "2026-11-04"})
    case_records.add_investigation(ctx, case_id, {
        "held_on": "2026-11-04", "place": "李四家院内", "interviewee_name": "王邻居",
        "content": "现场查看屋檐，雨水确实流入李四院内。"})
    case_records.report_upward(ctx, case_id, {"kind": "major_report", "to_body": "青龙镇司法所",
                                              "reported_on": "2026-11-04",
                                              "summary": "邻里矛盾有激化苗头"})
    do(ctx, case_id, "start_mediation", on_date="2026-11-04")
    case_records.add_session(ctx, case_id, {
        "held_on": "2026-11-05", "place": "村委会调解室", "result": "agreement",
        "content": "双方同意改造屋檐排水。", "mediator_ids": [host]})
    d = agreements.record_agreement(ctx, case_id, {
        "kind": "written", "facts_and_issues": "屋檐滴水流入李四院内。",
        "terms": ["张三于2026年11月30日前改造屋檐排水。", "张三补偿李四损失。"],
        "performance_manner": "张三自行改造，李四配合。", "reached_on": "2026-11-06",
        "all_parties_signed": True, "mediator_signed": True, "sealed": True,
        "items": [{"description": "支付补偿款", "due_on": "2026-11-30", "amount_fen": 120050,
                   "obligor_party_id": d.parties[1].id}]})
    do(ctx, case_id, "reach_agreement", on_date="2026-11-06")
    d = do(ctx, case_id, "start_performance", on_date="2026-11-06")
    item = d.agreements[0].items[0]
    agreements.add_reminder(ctx, case_id, {"item_id": item.id, "reminded_on": "2026-11-10",
                                           "method": "电话"})
    agreements.add_followup(ctx, case_id, {"visited_on": "2026-11-12",
                                           "performance_status": "正在筹款",
                                           "satisfaction": "满意"})
    return agreements.apply_confirmation(ctx, case_id, {"applied_on": "2026-11-13",
                                                        "court_name": "成华县人民法院"})


def make(ctx: AppContext, qtbot: Any, detail: CaseDetail) -> CaseWindow:
    window = CaseWindow(ctx, SyncTaskRunner(), detail, state=UiState(ctx.paths.config_dir))
    qtbot.addWidget(window)
    return window


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def text_of(window: CaseWindow, name: str) -> str:
    return window.findChild(QTextBrowser, name).toPlainText()


def everything_shown(window: CaseWindow) -> str:
    """All the text the window holds, to check what never appears anywhere."""
    parts = [b.toPlainText() for b in window.findChildren(QTextBrowser)]
    parts += ["\t".join(sum(rows(t), [])) for t in window.findChildren(QTableWidget)]
    parts += [window.ui.status_value.text(), window.ui.title_value.text()]
    return "\n".join(parts)


def test_every_section_shows_the_case_file(village: AppContext, zh_ui: None,
                                           qtbot: Any) -> None:
    detail = full_case(village)
    window = make(village, qtbot, detail)
    ui = window.ui

    assert ui.case_no_value.text() == detail.summary.case_no
    assert ui.status_value.text() == "履行中"
    assert ui.category_value.text() == "邻里纠纷"
    assert ui.host_value.text() == "王调解"
    assert ui.deadline_value.text() == "2026-11-30　协议履行　还有 9 天"
    titles = [ui.section_list.item(i).text() for i in range(ui.section_list.count())]
    assert [t.split("（")[0] for t in titles] == SECTIONS
    assert "调查（1）" in titles and "当事人（2）" in titles

    overview = text_of(window, "overview_browser")
    for expected in ("院墙滴水", "请求张三改造屋檐排水", "当事人申请", "2026-11-02",
                     "各方当事人同意调解：", "协议履行", "还有 9 天"):
        assert expected in overview

    assert rows(ui.parties_table)[0][:3] == ["申请人", "李四", "男"]
    assert rows(ui.parties_table)[1][:2] == ["被申请人", "张三"]
    assert rows(ui.mediators_table) == [["王调解", "主持调解", "否", "2026-11-03", ""],
                                        ["赵调解", "参与调解", "否", "2026-11-21", ""]]
    assert rows(ui.recusals_table) == [["2026-11-03", "赵调解", "与申请人是表亲", "不同意回避"]]

    assert "已向每位当事人告知权利义务" in text_of(window, "notice_browser")
    assert "现场查看屋檐" in text_of(window, "investigation_browser")
    assert "王邻居" in text_of(window, "investigation_browser")
    sessions = text_of(window, "sessions_browser")
    assert "双方同意改造屋檐排水" in sessions and "达成协议" in sessions
    agreement = text_of(window, "agreement_browser")
    for expected in ("人民调解协议书", "张三补偿李四损失", "自 2026-11-06 起生效",
                     "1,200.50 元", "调委会盖章：", "支付补偿款"):
        assert expected in agreement

    assert rows(ui.items_table) == [["支付补偿款", "张三", "2026-11-30", "1,200.50",
                                     "待处理（还有 9 天）", ""]]
    assert rows(ui.reminders_table) == [["2026-11-10", "支付补偿款"]]
    assert "正在筹款" in text_of(window, "followup_browser")
    confirmation = text_of(window, "confirmation_browser")
    assert "成华县人民法院" in confirmation and "待处理" in confirmation
    escalation = text_of(window, "escalation_browser")
    assert "重大纠纷报告" in escalation and "青龙镇司法所" in escalation
    papers = [r[0] for r in window.papers.rows()]
    assert any(p.startswith("人民调解协议书") for p in papers)
    assert any(p.startswith("人民调解回访记录") for p in papers)


def test_history_lists_the_events_in_words(village: AppContext, zh_ui: None,
                                           qtbot: Any) -> None:
    window = make(village, qtbot, full_case(village))
    history = rows(window.ui.history_table)
    assert [r[2] for r in history[:3]] == ["登记纠纷", "受理", "指派调解员"]
    assert history[0][1] == "测试员"
    assert history[1][3] == "状态：登记 → 状态：已受理、日期：2026-11-03"
    assert "调解员：赵调解" in history[2][3]
    assert "登记督促履行" in [r[2] for r in history]
    assert len(history) == len(window.detail.events)


def test_personal_data_is_masked_everywhere(village: AppContext, zh_ui: None,
                                            qtbot: Any) -> None:
    window = make(village, qtbot, full_case(village))
    applicant = rows(window.ui.parties_table)[0]
    assert "138****5678" in applicant
    assert "110105********002X" in applicant
    shown = everything_shown(window)
    assert "13812345678" not in shown and "11010519491231002X" not in shown


def test_overdue_is_marked_in_words(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    window = make(village, qtbot, get_case(village, register_overdue(village)))
    assert window.ui.status_value.text() == "已受理  ⚠ 已超期"
    assert window.ui.deadline_value.text() == "2026-10-02　调解期限　⚠ 已超期 50 天"


def test_user_text_is_shown_as_typed(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    window = make(village, qtbot, get_case(village, register(village,
                                                             facts="<b>不是粗体</b> & 其他")))
    assert "<b>不是粗体</b> & 其他" in text_of(window, "overview_browser")
    assert window.windowTitle().startswith("案件 ")


@pytest.mark.parametrize("steps", [
    [], [("accept",)], [("accept",), ("start_mediation",)], [("decline",)],
    [("accept",), ("escalate",)], [("decline",), ("close",)],
])
def test_action_buttons_are_the_transitions_the_rules_allow(
        village: AppContext, zh_ui: None, qtbot: Any, steps: list[tuple[str]]) -> None:
    host = mediator(village)
    case_id = register(village)
    inputs = {"accept": {"host_mediator_id": host}, "start_mediation": {"notice_given_to_all":
                                                                        True},
              "decline": {"reason": "already_handled"}, "escalate": {"to_body": "青龙镇司法所"}}
    for (action,) in steps:
        do(village, case_id, action, **inputs.get(action, {}))
    detail = get_case(village, case_id)
    window = make(village, qtbot, detail)
    expected = [a.value for a in allowed_actions(CaseStatus(detail.summary.status))]
    assert list(window.action_buttons) == expected
    assert [a.action for a in detail.actions] == expected
    for view in detail.actions:
        text = window.action_buttons[view.action].text()
        assert text.startswith("⚠") != view.allowed


def test_finished_case_says_nothing_more_can_be_done(village: AppContext, zh_ui: None,
                                                     qtbot: Any) -> None:
    case_id = register(village)
    do(village, case_id, "decline", reason="already_handled")
    do(village, case_id, "close")
    detail = do(village, case_id, "archive")
    window = make(village, qtbot, detail)
    window.show()
    assert window.action_buttons == {}
    assert window.ui.no_actions_label.isVisible()


def test_refused_archive_explains_why(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    host = mediator(village)
    case_id = register(village)
    do(village, case_id, "accept", host_mediator_id=host)
    do(village, case_id, "terminate", reason="mediation_failed", advised_routes=["litigation"])
    detail = do(village, case_id, "close")  # no notice, no session record: incomplete file
    window = make(village, qtbot, detail)
    button = window.action_buttons["archive"]
    assert button.text() == "⚠ 归档"
    assert "卷宗材料不齐" in button.toolTip()
    button.click()
    box = window.refusal_box
    assert box is not None and box.isVisible()
    assert "卷宗材料不齐" in box.text()
    box.button(QMessageBox.StandardButton.Close).click()
    assert window.refusal_box is None
    assert get_case(village, case_id).summary.status == "closed"


def test_refused_agreement_offers_to_record_it(village: AppContext, zh_ui: None,
                                               qtbot: Any) -> None:
    host = mediator(village)
    case_id = register(village)
    do(village, case_id, "accept", host_mediator_id=host)
    detail = do(village, case_id, "start_mediation", notice_given_to_all=True)
    window = make(village, qtbot, detail)
    window.action_buttons["reach_agreement"].click()
    box = window.refusal_box
    assert box is not None
    assert "还没有已生效的调解协议" in box.text()
    assert "agreement" in record_dialogs.available_records(detail)
    assert window.fix_for(next(a for a in detail.actions
                               if a.action == "reach_agreement")) == ("agreement", None)
    fix_button = next(b for b in box.buttons() if b.objectName() == "fix_button")
    assert fix_button.text() == record_dialogs.record_label("agreement") + "…"
    fix_button.click()
    assert window.refusal_box is None
    dialog = window.record_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_records_menu_lists_what_the_file_accepts(village: AppContext, zh_ui: None,
                                                  qtbot: Any) -> None:
    detail = full_case(village)
    window = make(village, qtbot, detail)
    kinds = [a.data() for a in window.records_menu.actions()]
    assert kinds == record_dialogs.available_records(detail)
    texts = [a.text() for a in window.records_menu.actions()]
    assert texts == [record_dialogs.record_label(k) + "…" for k in kinds]


def test_item_rows_offer_done_and_reminder(village: AppContext, zh_ui: None,
                                           qtbot: Any) -> None:
    detail = full_case(village)
    window = make(village, qtbot, detail)
    ui = window.ui
    assert not ui.item_done_button.isEnabled()
    ui.items_table.selectRow(0)
    assert ui.item_done_button.isEnabled() and ui.reminder_button.isEnabled()
    ui.item_done_button.click()
    dialog = window.record_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_set_detail_keeps_the_section_and_reports_changes(village: AppContext, zh_ui: None,
                                                          qtbot: Any) -> None:
    host = mediator(village)
    case_id = register(village)
    window = make(village, qtbot, get_case(village, case_id))
    window.show_section(SECTIONS.index("历史"))
    window.set_detail(do(village, case_id, "accept", host_mediator_id=host))
    assert window.current_section == SECTIONS.index("历史")
    assert window.ui.sections.currentWidget() is window.ui.history_page
    assert window.ui.status_value.text() == "已受理"
    assert window.ui.history_table.rowCount() == 2


def test_window_remembers_geometry_and_section(village: AppContext, zh_ui: None,
                                               qtbot: Any) -> None:
    detail = get_case(village, register(village))
    first = make(village, qtbot, detail)
    first.show()
    first.resize(700, 560)
    first.show_section(SECTIONS.index("当事人"))
    first.close()
    second = make(village, qtbot, detail)
    assert second.current_section == SECTIONS.index("当事人")
    assert (second.width(), second.height()) == (700, 560)


def test_open_case_window_reuses_the_open_one(village: AppContext, make_window: Any,
                                              qtbot: Any) -> None:
    main = make_window()
    detail = get_case(village, register(village))
    state = UiState(village.paths.config_dir)
    window = open_case_window(main, village, main.runner, detail, state)
    assert window.isVisible() and not window.isModal()
    assert open_case_window(main, village, main.runner, detail, state) is window
    window.close()
