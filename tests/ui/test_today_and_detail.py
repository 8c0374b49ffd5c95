"""今日待办 lists deadlines; opening a case from a list shows its case window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from mediation_desk.bootstrap import AppContext
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.main_window import TODAY_PAGE
from tests.ui.conftest import (
    MakeWindow,
    other_case,
    register,
    register_overdue,
)

pytestmark = pytest.mark.gui


def test_today_page_lists_the_overdue_deadline(village: AppContext,
                                               make_window: MakeWindow, qtbot: Any) -> None:
    register(village, **other_case())
    case_id = register_overdue(village)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.go_to(TODAY_PAGE)
    page = window.today_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    model = page.model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    summary = get_case(village, case_id).summary
    assert row == ["2026-10-02", "⚠ 已超期 50 天", "调解期限", summary.case_no, summary.title]
    assert model.item_at(0).case_id == case_id
    assert page.ui.summary_label.text() == "共 1 项待办，其中 1 项已超期"


def test_double_click_opens_the_case_window(village: AppContext, make_window: MakeWindow,
                                            qtbot: Any) -> None:
    case_id = register_overdue(village)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    table = window.case_list_page.ui.case_table
    rect = table.visualRect(window.case_list_page.model.index(0, 1))
    # QAbstractItemView only accepts a double-click on the row the press selected.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.findChild(CaseWindow) is not None)
    case_window = window.findChild(CaseWindow)
    assert case_window.case_id == case_id and case_window.isVisible()
    assert not case_window.isModal()
    # Opening it again raises the same window instead of a second one.
    window.show_case(case_id)
    assert len([w for w in window.findChildren(CaseWindow) if w.isVisible()]) == 1
    case_window.close()


def test_enter_on_a_row_opens_it_too(village: AppContext, make_window: MakeWindow,
                                     qtbot: Any) -> None:
    register_overdue(village)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    table = window.case_list_page.ui.case_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(CaseWindow) is not None)
