"""The case list: rows from the store, search as you type, filters, overdue marker, paging."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.ui.models.case_table_model import CaseTableModel
from mediation_desk.ui.pages import case_list_page
from tests.ui.conftest import MakeWindow, other_case, register, register_overdue

pytestmark = pytest.mark.gui


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Chinese arrives from the IME as committed text (QTest.keyClicks is ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def column_texts(model: CaseTableModel, key: str) -> list[str]:
    column = next(c for c in range(model.columnCount()) if model.column_key(c) == key)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_lists_registered_cases_with_chinese_headers(village: AppContext,
                                                     make_window: MakeWindow) -> None:
    register(village)
    register(village, **other_case())
    window = make_window()
    page = window.case_list_page
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["编号", "标题", "类型", "状态", "登记日期", "期限"]
    assert model.rowCount() == 2
    assert all("人调字第" in no for no in column_texts(model, "case_no"))
    assert column_texts(model, "status") == ["已登记", "已登记"]
    assert column_texts(model, "received_on") == ["2026-11-02", "2026-11-02"]
    assert page.ui.count_label.text() == "共 2 件"


def test_typing_a_name_filters_the_list(village: AppContext, make_window: MakeWindow,
                                        qtbot: Any) -> None:
    register(village)
    register(village, **other_case())
    window = make_window()
    page = window.case_list_page
    assert page.model.rowCount() == 2

    type_with_input_method(page.ui.search_edit, "张三")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.current_filter.text == "张三"
    assert "张三" in page.model.case_at(0).party_names

    page.ui.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_pinyin_initials_find_the_case(village: AppContext, make_window: MakeWindow,
                                       qtbot: Any) -> None:
    register(village)
    register(village, **other_case())
    window = make_window()
    page = window.case_list_page
    qtbot.keyClicks(page.ui.search_edit, "zl")  # 赵六
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "赵六" in page.model.case_at(0).party_names


def test_status_filter(village: AppContext, make_window: MakeWindow) -> None:
    register(village, **other_case())
    accepted = register_overdue(village)
    window = make_window()
    page = window.case_list_page
    combo = page.ui.status_combo
    assert combo.itemText(0) == "全部"
    assert combo.count() == 1 + 12
    combo.setCurrentIndex(combo.findData("accepted"))
    assert combo.currentText() == "已受理"
    assert page.model.rowCount() == 1
    assert page.model.case_at(0).id == accepted

    combo.setCurrentIndex(combo.findData("closed"))
    assert page.model.rowCount() == 0
    assert "没有找到符合条件的案件" in page.ui.count_label.text()


def test_overdue_case_is_marked_in_words(village: AppContext, make_window: MakeWindow) -> None:
    register(village, **other_case())
    overdue = register_overdue(village)
    window = make_window()
    page = window.case_list_page
    model = page.model
    rows = {model.case_at(r).id: r for r in range(model.rowCount())}
    column = next(c for c in range(6) if model.column_key(c) == "due_on")

    text = model.data(model.index(rows[overdue], column))
    assert text == "2026-10-02  ⚠ 已超期"
    assert model.data(model.index(rows[overdue], column), Qt.ItemDataRole.ForegroundRole)
    others = [r for cid, r in rows.items() if cid != overdue]
    assert "已超期" not in (model.data(model.index(others[0], column)) or "")

    page.ui.overdue_check.setChecked(True)
    assert model.rowCount() == 1
    assert model.case_at(0).id == overdue


def test_pages_are_fetched_when_scrolling_to_the_end(
        village: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_list_page, "PAGE_SIZE", 2)
    for i in range(5):
        register(village, **other_case(f"甲{i}", f"乙{i}"))
    window = make_window()
    page = window.case_list_page
    model = page.model
    assert (model.rowCount(), model.total) == (2, 5)
    assert page.ui.count_label.text() == "共 5 件，已显示 2 件，向下滚动查看更多"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 4
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    assert not model.canFetchMore(QModelIndex())
    assert len({model.case_at(r).id for r in range(5)}) == 5
    assert page.ui.count_label.text() == "共 5 件"
