"""The 日志 page: the whole log for those with AUDIT_VIEW (hidden for others), newest first,
filtered, paged as the user scrolls, a case's line opens the case, exported to a file."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import persons
from mediation_desk.ui.main_window import AUDIT_PAGE, CASES_PAGE
from mediation_desk.ui.pages import audit_page
from tests.ui.conftest import MakeWindow, register, type_text

pytestmark = pytest.mark.gui


def cells(page: audit_page.AuditPage, row: int) -> list[str]:
    m = page.model
    return [m.data(m.index(row, c)) for c in range(m.columnCount())]


def test_the_log_newest_first_in_words(village: AppContext, make_window: MakeWindow) -> None:
    register(village)
    window = make_window()
    assert window.nav_titles()[AUDIT_PAGE] == "日志"
    assert not window.ui.nav_list.item(AUDIT_PAGE).isHidden()
    window.go_to(AUDIT_PAGE)
    page = window.audit_page
    assert window.ui.pages.currentWidget() is page
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == ["时间", "操作人", "操作", "对象", "摘要"]
    first = cells(page, 0)
    assert first[0] == "2026-11-21 10:00" and first[1:3] == ["测试员", "登记纠纷"]
    assert first[3].startswith("（2026）青石村人调字第")
    assert first[4] == "纠纷类型：邻里纠纷；当事人：李四、张三"  # the number is in 对象
    assert cells(page, 1)[2] == "设置本机单位"
    assert page.ui.count_label.text() == "共 2 条"
    assert [page.ui.group_combo.itemText(i) for i in range(page.ui.group_combo.count())] == [
        "全部", "案件", "当事人与身份证号查看", "调解员名册", "同步与导出", "备份与恢复",
        "账户与登录", "设置", "排查与联防", "其他"]
    assert page.ui.actor_combo.itemText(1) == "测试员"


def test_filters_and_a_case_line_opens_the_case(village: AppContext, make_window: MakeWindow,
                                                qtbot: Any) -> None:
    case_id = register(village)
    persons.add_person(village, {"name": "孙七"})
    window = make_window()
    window.go_to(AUDIT_PAGE)
    page = window.audit_page
    page.ui.group_combo.setCurrentIndex(page.ui.group_combo.findData("person"))
    assert [cells(page, r)[2] for r in range(page.model.rowCount())] == ["登记人员"]
    page.clear_filters()
    assert page.model.rowCount() == 3
    type_text(page.ui.search_edit, "孙七")
    page.run_query()  # the typing pause
    assert page.current_filter.text == "孙七" and page.model.rowCount() == 1
    page.ui.search_edit.setText("(2026)青石村人调字第1号")
    page.run_query()
    assert page.current_filter.case and page.current_filter.text is None
    assert [cells(page, r)[2] for r in range(page.model.rowCount())] == ["登记纠纷"]
    with qtbot.waitSignal(page.case_activated) as opened:
        page.ui.events_table.doubleClicked.emit(page.model.index(0, 0))
    assert opened.args == [case_id]


def test_pages_load_as_the_user_scrolls(village: AppContext, make_window: MakeWindow,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 4)
    for n in range(9):
        persons.add_person(village, {"name": f"人员{n}"})
    window = make_window()
    window.go_to(AUDIT_PAGE)
    page = window.audit_page
    assert page.model.rowCount() == 4 and page.model.total == 10
    assert page.ui.count_label.text() == "共 10 条，已显示 4 条——向下滚动查看更多"
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == 10 and page.ui.count_label.text() == "共 10 条"
    assert cells(page, 9)[2] == "设置本机单位"


def test_hidden_without_audit_view(village: AppContext, make_window: MakeWindow) -> None:
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    window = make_window()
    assert window.ui.nav_list.item(AUDIT_PAGE).isHidden()
    village.act_as(Principal(login="zhuren", role=Role.CHAIR, user_id="u2"))
    window.show_audit_entry()
    assert not window.ui.nav_list.item(AUDIT_PAGE).isHidden()
    window.go_to(AUDIT_PAGE)
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    window.show_audit_entry()
    assert window.ui.nav_list.item(AUDIT_PAGE).isHidden()
    assert window.ui.nav_list.currentRow() == CASES_PAGE


def test_export_writes_the_file_and_is_logged(village: AppContext, make_window: MakeWindow,
                                              tmp_path: Path) -> None:
    register(village)
    window = make_window()
    window.go_to(AUDIT_PAGE)
    page = window.audit_page
    assert page.ui.export_button.isVisibleTo(page)
    dialog = page.ask_export()
    assert dialog.objectName() == "export_dialog" and dialog.isVisible()
    dialog.reject()
    page.export_to(tmp_path / "日志", "csv")
    target = tmp_path / "日志.csv"
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["时间", "操作人", "操作", "类别", "对象", "摘要"]
    assert [r[2] for r in rows[1:]] == ["登记纠纷", "设置本机单位"]
    assert page.last_export is not None and page.last_export.rows == 2
    assert cells(page, 0)[2] == "导出操作日志"  # the list reloaded: the export is logged
    page.export_to(tmp_path / "log.xlsx", "xlsx")
    assert (tmp_path / "log.xlsx").stat().st_size > 0


def test_a_mediator_sees_no_export_button(village: AppContext, make_window: MakeWindow
                                          ) -> None:
    window = make_window()
    village.act_as(Principal(login="x", role=Role.MEDIATOR, user_id="u1"))
    window.audit_page.apply_permissions()
    assert not window.audit_page.ui.export_button.isVisibleTo(window.audit_page)
