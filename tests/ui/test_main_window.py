"""The main window: navigation in Chinese, placeholders, status bar, remembered layout."""

from __future__ import annotations

from typing import Any

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.ui.main_window import CASES_PAGE, SETTINGS_PAGE, STATISTICS_PAGE, TODAY_PAGE
from tests.ui.conftest import MakeWindow, other_case, register

pytestmark = pytest.mark.gui

NAV_ZH = ["案件", "今日待办", "排查", "联户联防", "调解员", "统计", "同步", "设置", "日志"]


def test_opens_with_nine_chinese_navigation_entries(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.nav_titles() == NAV_ZH
    assert window.ui.pages.count() == len(NAV_ZH)
    assert window.ui.pages.currentWidget() is window.case_list_page
    assert window.windowTitle() == "青石村人民调解委员会 — 调解工作台"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "案件(&C)", "查看(&V)", "帮助(&H)"]
    assert window.ui.action_quit.text() == "退出(&Q)"
    shortcuts = {a.objectName(): a.shortcut().toString() for a in (
        window.ui.action_quit, window.ui.action_new_case, window.ui.action_find,
        window.ui.action_print, window.ui.action_refresh, window.ui.action_today)}
    assert shortcuts == {"action_quit": "Ctrl+Q", "action_new_case": "Ctrl+N",
                         "action_find": "Ctrl+F", "action_print": "Ctrl+P",
                         "action_refresh": "F5", "action_today": "Ctrl+T"}
    toolbar = [a.objectName() for a in window.ui.tool_bar.actions()]
    assert toolbar[:2] == ["action_new_case", "action_find"]
    # No drafts left over: no banner.
    assert not window.ui.drafts_banner.isVisibleTo(window)


def test_navigation_switches_pages(make_window: MakeWindow) -> None:
    window = make_window()
    window.go_to(TODAY_PAGE)
    assert window.ui.pages.currentWidget() is window.today_page
    assert not window.count_label.isVisibleTo(window)
    window.go_to(CASES_PAGE)
    assert window.ui.pages.currentWidget() is window.case_list_page


def test_every_navigation_row_has_its_page(make_window: MakeWindow) -> None:
    window = make_window()
    window.go_to(STATISTICS_PAGE)
    assert window.ui.pages.currentWidget() is window.statistics_page
    assert window.ui.pages.widget(SETTINGS_PAGE) is window.settings_page


def test_status_bar_shows_count_and_data_folder(village: AppContext,
                                                make_window: MakeWindow) -> None:
    register(village)
    register(village, **other_case())
    window = make_window()
    assert window.count_label.text() == "共 2 件"
    assert window.folder_label.text() == f"数据文件夹：{village.paths.data_dir}"


def test_find_action_focuses_the_search_box(make_window: MakeWindow, qtbot: Any) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.go_to(TODAY_PAGE)
    window.ui.action_find.trigger()
    assert window.ui.pages.currentWidget() is window.case_list_page
    qtbot.waitUntil(lambda: window.case_list_page.ui.search_edit.hasFocus())


def test_geometry_and_column_widths_are_remembered(make_window: MakeWindow,
                                                   qtbot: Any) -> None:
    window = make_window()
    window.resize(700, 560)
    header = window.case_list_page.ui.case_table.horizontalHeader()
    header.resizeSection(0, 333)
    window.close()

    again = make_window()
    assert again.geometry_restored
    assert (again.width(), again.height()) == (700, 560)
    assert again.case_list_page.ui.case_table.horizontalHeader().sectionSize(0) == 333


def test_village_pages_and_agenda_lines_that_lead_to_them(village: AppContext,
                                                          make_window: MakeWindow) -> None:
    """排查, 联户联防 (with the patrol panel inside) and 调解员 are real pages; a 今日待办 line
    about a mediator's term opens 调解员 with that mediator chosen."""
    from mediation_desk.services.agenda import agenda
    from mediation_desk.services.mediators import add_mediator
    from mediation_desk.ui.main_window import (
        JOINT_DEFENCE_PAGE,
        MEDIATORS_PAGE,
        SCREENING_PAGE,
    )

    add_mediator(village, {"person": {"name": "甲主任", "gender": "male",
                                      "birth_date": "1968-01-01"},
                           "role": "chair", "appointed_on": "2026-01-01"})
    ending = add_mediator(village, {"person": {"name": "任期满", "gender": "female",
                                               "birth_date": "1970-05-05"},
                                    "role": "member", "appointed_on": "2023-12-01"})
    window = make_window()
    window.go_to(MEDIATORS_PAGE)
    first = window.mediators_page.selected_entry()
    assert first is None or first.id != ending.id
    window.go_to(SCREENING_PAGE)
    assert window.ui.pages.widget(SCREENING_PAGE) is window.screening_page
    assert window.ui.pages.widget(JOINT_DEFENCE_PAGE) is window.joint_defence_page
    assert window.ui.pages.widget(MEDIATORS_PAGE) is window.mediators_page
    assert window.patrol_panel.parent() is not None
    assert window.joint_defence_page.isAncestorOf(window.patrol_panel)
    line = next(a for a in agenda(village) if a.subject == "mediator")
    assert line.case_id is None and line.subject_id == ending.id
    window.show_subject(line.subject, line.subject_id or "")
    assert window.ui.pages.currentWidget() is window.mediators_page
    chosen = window.mediators_page.selected_entry()
    assert chosen is not None and chosen.id == ending.id
