"""保管期限审查… from the 设置 page (and a 今日待办 line): the due dossiers, 继续保管至…, and
到期处置 after a confirmation that names what is removed and what is kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QMessageBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import case_actions, case_queries
from mediation_desk.ui.main_window import SETTINGS_PAGE
from tests.conftest import FakeClock
from tests.ui.conftest import MakeWindow, other_case, register

pytestmark = pytest.mark.gui


def archived(ctx: AppContext, **overrides: Any) -> str:
    case_id = register(ctx, **overrides)
    for action, data in (("decline", {"reason": "already_handled"}), ("close", {}),
                         ("archive", {})):
        case_actions.perform_action(ctx, case_id, action, data)
    return case_id


@pytest.fixture
def due(village: AppContext, clock: FakeClock) -> list[str]:
    ids = [archived(village), archived(village, **other_case())]
    clock.now = clock.now.replace(year=2057)
    return ids


def test_the_due_list_and_keeping(village: AppContext, due: list[str],
                                  make_window: MakeWindow) -> None:
    window = make_window()
    settings = window.settings_page
    assert settings.ui.retention_button.isVisibleTo(settings)
    dialog = settings.retention.open()
    assert dialog is not None and dialog.isVisible()
    table = dialog.ui.due_table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(1, 5)] == \
        ["李四、张三", "2026-11-21", "长期（30年）", "2056-11-21"]
    assert dialog.ui.status_label.text() == "有 2 份卷宗保管期限届满，待审查。"
    table.selectRow(0)
    dialog.ui.keep_until_edit.setDate(QDate(2060, 6, 30))
    dialog.ui.note_edit.setText("赔偿尚未付清")
    dialog.ui.keep_button.click()
    assert table.rowCount() == 1
    assert dialog.ui.status_label.text().startswith(
        f"{case_queries.get_case(village, due[0]).summary.case_no} 继续保管至 2060-06-30。")
    events = case_queries.get_case(village, due[0]).events
    assert events[-1].action == "retention.review"
    assert events[-1].after["note"] == "赔偿尚未付清"


def test_disposal_asks_first_and_says_what_goes(village: AppContext, due: list[str],
                                                make_window: MakeWindow) -> None:
    window = make_window()
    # The 今日待办 line opens the review with its dossier selected.
    window.show_subject("retention", due[1])
    assert window.ui.nav_list.currentRow() == SETTINGS_PAGE
    dialog = window.settings_page.retention.dialog
    assert dialog is not None and dialog.selected().case_id == due[1]
    box = dialog.ask_dispose()
    assert box is not None and box.objectName() == "dispose_question"
    words = box.text()
    for removed in ("当事人姓名", "身份证号", "电话", "住址", "纠纷事实", "协议条款"):
        assert removed in words
    assert "为统计保留：案件编号、纠纷类型、各项日期、办理结果和金额" in words
    assert "不能撤销" in words
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert case_queries.get_case(village, due[1]).parties[0].name == "王五"
    box = dialog.ask_dispose()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [p.name for p in case_queries.get_case(village, due[1]).parties] == \
        ["当事人甲", "当事人乙"]
    assert dialog.ui.due_table.rowCount() == 1
    assert "已处置：2 名当事人、2 名人员的个人信息已匿名化" in dialog.ui.status_label.text()


def test_a_refusal_is_shown_in_words(village: AppContext, due: list[str],
                                     make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    dialog = window.settings_page.retention.open()
    assert dialog is not None
    dialog.ui.due_table.selectRow(0)
    clock.now = clock.now.replace(year=2026)  # the day went back: no longer due
    dialog.keep()
    label = dialog.findChild(QLabel, "case_error")  # right under the list
    assert label is not None and label.isVisible()
    assert label.text().startswith("⚠ ") and "2056-11-21 才届满" in label.text()
    assert dialog.ui.keep_button.isEnabled()  # the user may try again


def test_hidden_for_a_mediator(village: AppContext, make_window: MakeWindow) -> None:
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    window = make_window()
    assert not window.settings_page.ui.retention_button.isVisibleTo(window.settings_page)
    assert window.settings_page.retention.open() is None
