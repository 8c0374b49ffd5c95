"""The case list: rows from the store, search as you type, filters, overdue marker, paging."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import code_tables
from mediation_desk.services.case_queries import CaseFilter, sort_name
from mediation_desk.ui.models.case_table_model import CaseTableModel
from mediation_desk.ui.pages import case_list_page
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner
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
    tooltip = model.data(model.index(rows[overdue], 1), Qt.ItemDataRole.ToolTipRole)
    assert "下一期限：2026-10-02 调解期限" in tooltip

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


# Type and year filters, clearing, sorting by a header click, remembering -----------------

def cases_in_two_years_and_types(ctx: AppContext) -> dict[str, str]:
    """Three cases: neighbour 2026, marriage/family 2026, neighbour 2025 (ids by name)."""
    return {
        "neighbour_2026": register(ctx),
        "family_2026": register(ctx, category="marriage_family",
                                **other_case("孙七", "周八")),
        "neighbour_2025": register(ctx, received_on="2025-06-01",
                                   **other_case("吴九", "郑十")),
    }


def combo_texts(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def shown_ids(page: case_list_page.CaseListPage) -> list[str]:
    return [page.model.case_at(r).id for r in range(page.model.rowCount())]


def click_header(qtbot: Any, page: case_list_page.CaseListPage, key: str) -> None:
    header = page.ui.case_table.horizontalHeader()
    section = page.model.section_of(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_type_filter_offers_the_code_table_and_filters(village: AppContext,
                                                       make_window: MakeWindow) -> None:
    ids = cases_in_two_years_and_types(village)
    window = make_window()
    page = window.case_list_page
    combo = page.ui.category_combo
    labels_zh = [c.label_zh for c in code_tables.choices(village, "dispute_category")]
    assert combo_texts(combo) == ["全部", *labels_zh]
    combo.setCurrentIndex(combo.findData("marriage_family"))
    assert combo.currentText() == "婚姻家庭纠纷"
    assert page.current_filter.category == "marriage_family"
    assert shown_ids(page) == [ids["family_2026"]]
    assert page.ui.count_label.text() == "符合条件的共 1 件"


def test_year_filter_offers_years_with_cases_newest_first(village: AppContext,
                                                          make_window: MakeWindow) -> None:
    ids = cases_in_two_years_and_types(village)
    window = make_window()
    page = window.case_list_page
    combo = page.ui.year_combo
    assert combo_texts(combo) == ["全部", "2026", "2025"]
    combo.setCurrentIndex(combo.findData(2025))
    assert shown_ids(page) == [ids["neighbour_2025"]]
    # Filters combine: 2026 and neighbour.
    combo.setCurrentIndex(combo.findData(2026))
    page.ui.category_combo.setCurrentIndex(page.ui.category_combo.findData("neighbour"))
    assert shown_ids(page) == [ids["neighbour_2026"]]


def test_clear_filters_shows_everything_and_keeps_the_sort(
        village: AppContext, make_window: MakeWindow, qtbot: Any) -> None:
    cases_in_two_years_and_types(village)
    register_overdue(village, **other_case("冯一", "陈二"))
    window = make_window()
    page = window.case_list_page
    page.show()
    click_header(qtbot, page, "title")
    ui = page.ui
    ui.status_combo.setCurrentIndex(ui.status_combo.findData("accepted"))
    ui.category_combo.setCurrentIndex(ui.category_combo.findData("neighbour"))
    ui.year_combo.setCurrentIndex(ui.year_combo.findData(2025))
    ui.overdue_check.setChecked(True)
    type_with_input_method(ui.search_edit, "张三")
    qtbot.waitUntil(lambda: page.current_filter.text == "张三")
    assert page.model.rowCount() == 0
    assert "按“清除筛选”" in ui.count_label.text()

    qtbot.mouseClick(ui.clear_button, Qt.MouseButton.LeftButton)
    assert page.current_filter == CaseFilter(limit=page.current_filter.limit, sort="title_asc")
    assert ui.search_edit.text() == ""
    assert [ui.status_combo.currentText(), ui.category_combo.currentText(),
            ui.year_combo.currentText()] == ["全部", "全部", "全部"]
    assert not ui.overdue_check.isChecked()
    assert page.model.rowCount() == 4
    assert ui.count_label.text() == "共 4 件"
    qtbot.wait(case_list_page.SEARCH_DELAY_MS + 100)  # no late search query undoes it
    assert page.model.rowCount() == 4


def test_clicking_a_header_sorts_the_whole_list_both_ways(
        village: AppContext, make_window: MakeWindow, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Two rows a page: sorting what is loaded would show the wrong first rows.
    monkeypatch.setattr(case_list_page, "PAGE_SIZE", 2)
    for i, day in enumerate(["2026-11-05", "2026-10-01", "2026-11-20", "2026-09-15",
                             "2026-11-01"]):
        register(village, received_on=day, **other_case(f"甲{i}", f"乙{i}"))
    window = make_window()
    page = window.case_list_page
    page.show()
    model, header = page.model, page.ui.case_table.horizontalHeader()
    received = model.section_of("received_on")
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (received, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, "received_on") == ["2026-11-20", "2026-11-05"]

    click_header(qtbot, page, "received_on")
    assert page.current_filter.sort == "received_asc"
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert column_texts(model, "received_on") == ["2026-09-15", "2026-10-01"]
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.headerData(received, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == \
        "按登记日期排列，最早的在前。点击可反过来排。"

    click_header(qtbot, page, "case_no")  # a number column starts with the largest
    assert page.current_filter.sort == "case_no_desc"
    assert header.sortIndicatorSection() == model.section_of("case_no")
    assert [c.endswith("第005号") for c in column_texts(model, "case_no")] == [True, False]
    assert model.headerData(received, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "点击按这一列排列"
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    numbers = column_texts(model, "case_no")
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == 5


@pytest.mark.parametrize("key", ["case_no", "title", "category", "status", "received_on",
                                 "due_on"])
def test_every_column_sorts_from_its_header(village: AppContext, make_window: MakeWindow,
                                            qtbot: Any, key: str) -> None:
    cases_in_two_years_and_types(village)
    window = make_window()
    page = window.case_list_page
    page.show()
    click_header(qtbot, page, key)
    first = page.current_filter.sort
    click_header(qtbot, page, key)
    second = page.current_filter.sort
    assert {first, second} == {sort_name(key, descending=False),
                               sort_name(key, descending=True)}
    assert page.model.rowCount() == 3


def test_filters_and_sort_are_remembered_but_not_the_search(
        village: AppContext, make_window: MakeWindow, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ids = cases_in_two_years_and_types(village)
    first = make_window()
    page = first.case_list_page
    page.show()
    click_header(qtbot, page, "title")
    click_header(qtbot, page, "title")
    page.ui.category_combo.setCurrentIndex(page.ui.category_combo.findData("neighbour"))
    page.ui.year_combo.setCurrentIndex(page.ui.year_combo.findData(2025))
    page.ui.search_edit.setText("郑十")
    page.ui.search_edit.returnPressed.emit()
    assert shown_ids(page) == [ids["neighbour_2025"]]
    first.close()

    queries: list[CaseFilter] = []
    real_list_cases = case_list_page.list_cases

    def recording(ctx: AppContext, flt: CaseFilter) -> Any:
        queries.append(flt)
        return real_list_cases(ctx, flt)

    monkeypatch.setattr(case_list_page, "list_cases", recording)
    window = make_window()
    again = window.case_list_page
    # One query at start-up, already with the remembered filter (restoring the header's
    # sort indicator is not taken for a click).
    assert [(q.category, q.year, q.sort) for q in queries] == [("neighbour", 2025, "title_desc")]
    assert again.current_filter.category == "neighbour"
    assert again.current_filter.year == 2025
    assert again.current_filter.sort == "title_desc"
    assert again.current_filter.text == "" and again.ui.search_edit.text() == ""
    assert again.ui.category_combo.currentText() == "邻里纠纷"
    assert again.ui.year_combo.currentText() == "2025"
    header = again.ui.case_table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (again.model.section_of("title"), Qt.SortOrder.DescendingOrder)
    assert shown_ids(again) == [ids["neighbour_2025"]]


def test_a_remembered_type_or_year_that_is_gone_is_dropped(
        village: AppContext, make_window: MakeWindow) -> None:
    cases_in_two_years_and_types(village)
    state = UiState(village.paths.config_dir)
    state.set_value(case_list_page.FILTER_STATE_KEY, json.dumps(
        {"statuses": ["registered"], "category": "no_such_type", "year": 1999,
         "overdue": False, "sort": "no_such_sort"}))
    state.sync()
    window = make_window()
    page = window.case_list_page
    assert page.current_filter.statuses == ("registered",)
    assert (page.current_filter.category, page.current_filter.year) == (None, None)
    assert page.current_filter.sort == "received_desc"
    assert page.model.rowCount() == 3
    assert page.ui.count_label.text() == "符合条件的共 3 件"


def test_a_broken_state_value_gives_the_default_filter() -> None:
    base = CaseFilter(limit=200)
    for text in (None, "", "{", "[1, 2]", '{"statuses": ["nope"], "year": true}'):
        assert case_list_page.filter_from_text(text, base) == base


def test_search_runs_off_the_gui_thread(village: AppContext, qtbot: Any, zh_ui: None,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    register(village)
    register(village, **other_case())
    runner = TaskRunner()
    page = case_list_page.CaseListPage(village, runner)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0  # the query did not run on this thread
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.ui.category_combo.count() > 1

    on_gui_thread: list[bool] = []
    real_list_cases = case_list_page.list_cases

    def recording(ctx: AppContext, flt: CaseFilter) -> Any:  # the real query, thread noted
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real_list_cases(ctx, flt)

    monkeypatch.setattr(case_list_page, "list_cases", recording)
    try:
        type_with_input_method(page.ui.search_edit, "张三")
        assert page.model.rowCount() == 2  # typing alone queries nothing yet
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    finally:
        runner.shutdown()
    assert on_gui_thread == [False]


def test_tab_goes_through_the_filters_in_order(village: AppContext,
                                               make_window: MakeWindow) -> None:
    window = make_window()
    ui = window.case_list_page.ui
    chain = [ui.search_edit, ui.status_combo, ui.category_combo, ui.year_combo,
             ui.overdue_check, ui.clear_button, ui.case_table]
    seen: list[QWidget] = []
    widget: QWidget = ui.search_edit
    for _ in range(100):  # the chain also holds inner parts (the line edit's clear button)
        if widget in chain and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == chain
