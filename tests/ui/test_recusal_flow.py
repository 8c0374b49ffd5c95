"""A party's recusal request and the committee's decision, driven through the case window:
the party asks that the presiding mediator step aside, the request is granted with a
replacement, and the replacement presides. The replacement field warns of conflicts too."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import relations
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_queries import get_case
from mediation_desk.services.case_register import register_case
from mediation_desk.services.mediators import add_mediator
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import case_data, mediator
from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui


def choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_recusal_request_granted_replacement_presides(village: AppContext, zh_ui: None,
                                                      qtbot: Any) -> None:
    detail = register_case(village, case_data())
    case_id = detail.summary.id
    li = next(p for p in detail.parties if p.name == "李四")
    host = mediator(village)  # 王调解
    replacement = add_mediator(village, {"person": {"name": "刘文华", "gender": "female"},
                                         "role": "member"})
    # 刘文华 is 李四's daughter-in-law: the replacement field must say so.
    relations.add_relation(village, {"person_id": li.person_id,
                                     "relative_id": replacement.person_id,
                                     "relation": "in_law"})
    perform_action(village, case_id, "accept", {"host_mediator_id": host,
                                                "on_date": "2026-11-03"})
    window = CaseWindow(village, SyncTaskRunner(), get_case(village, case_id),
                        state=UiState(village.paths.config_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.ui.host_value.text() == "王调解"

    # 1. 张三 asks that the presiding mediator step aside.
    request: Any = window.open_record("recusal_request")
    choose(request.widget("mediator_id"), host)
    zhang = next(p for p in detail.parties if p.name == "张三")
    choose(request.widget("requested_by_party_id"), zhang.id)
    type_text(request.widget("reason"), "调解员与申请人是邻居，关系密切")
    qtbot.mouseClick(request.save_button, Qt.MouseButton.LeftButton)
    assert not request.isVisible()
    table = window.ui.recusals_table
    assert [table.item(0, c).text() for c in range(4)] == [
        "2026-11-21", "王调解", "调解员与申请人是邻居，关系密切", "待处理"]

    # 2. The committee grants it from the request's row; the host must be replaced.
    window.show_section(2)
    table.selectRow(0)
    assert window.ui.decide_recusal_button.isEnabled()
    qtbot.mouseClick(window.ui.decide_recusal_button, Qt.MouseButton.LeftButton)
    decision: Any = window.record_dialog
    assert decision.widget("result").currentData() == "granted"
    qtbot.mouseClick(decision.save_button, Qt.MouseButton.LeftButton)  # no replacement yet
    error = decision.findChild(QLabel, "replacement_mediator_id_error")
    assert error is not None and error.isVisible() and "接替" in error.text()
    choose(decision.widget("replacement_mediator_id"), replacement.id)
    line = decision.findChild(QLabel, "replacement_mediator_id_conflicts")
    assert line.isVisible() and "刘文华是当事人李四的姻亲" in line.text()
    qtbot.mouseClick(decision.save_button, Qt.MouseButton.LeftButton)
    assert not decision.isVisible()

    # 3. The replacement presides; the recused mediator is off the case.
    assert window.ui.host_value.text() == "刘文华"
    rows = window.ui.mediators_table
    shown = {rows.item(r, 0).text(): rows.item(r, 1).text() for r in range(rows.rowCount())}
    assert shown == {"王调解": "已不再参与", "刘文华": "主持调解——⚠ 需回避提示"}
    assert table.item(0, 3).text() == "同意回避"
    after = get_case(village, case_id)
    assert after.summary.host_mediator_name == "刘文华"
