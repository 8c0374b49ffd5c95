"""统计 page: the figures of a small hand-counted data set, period kinds and 上一期/下一期,
the drill-down from a table cell, a key figure and a chart bar, exports to .xlsx and .pdf
(and a refused place), the printable preview, and the 分村 tab at a township only.

The data set (today is 2026-11-21), counted by hand:

    N1 2026-11-02 邻里 申请   accepted 11-03, written agreement 11-10 (500.00 元)
    N2 2026-11-05 邻里 主动   registered only
    N3 2026-11-08 婚姻家庭/赡养 申请  accepted 11-09
    O1 2026-10-15 合同 申请   accepted 10-16, oral agreement 10-20

November: 3 registered, 2 accepted, 1 settled (50.0%), 500.00 元; October: 1, 1, 1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.bootstrap import AppContext
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.dialogs.paper_preview import PaperPreview
from mediation_desk.ui.main_window import STATISTICS_PAGE
from mediation_desk.ui.pages import statistics_tables as st
from mediation_desk.ui.pages.statistics_page import CHART_TAB, VILLAGE_TAB, StatisticsPage
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import mediator, report
from tests.services.statistics_data import accept, agree, register
from tests.ui.conftest import MakeWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def cases(village: AppContext) -> dict[str, str]:
    m = mediator(village)
    ids = {"N1": register(village, "2026-11-02", "neighbour", "party_application"),
           "N2": register(village, "2026-11-05", "neighbour", "self_initiated"),
           "N3": register(village, "2026-11-08", "marriage_family", "party_application",
                          sub_category="赡养"),
           "O1": register(village, "2026-10-15", "contract", "party_application")}
    accept(village, ids["N1"], "2026-11-03", m)
    agree(village, ids["N1"], "2026-11-10", fen=50_000)
    accept(village, ids["N3"], "2026-11-09", m)
    accept(village, ids["O1"], "2026-10-16", m)
    agree(village, ids["O1"], "2026-10-20", kind="oral")
    return ids


def make_page(ctx: AppContext, qtbot: Any) -> StatisticsPage:
    page = StatisticsPage(ctx, SyncTaskRunner())
    qtbot.addWidget(page)
    page.resize(1176, 690)
    page.show()  # computes when shown
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(cases: dict[str, str], village: AppContext, qtbot: Any, zh_ui: None) -> StatisticsPage:
    return make_page(village, qtbot)


def line(page: StatisticsPage, table: str, label: str) -> list[str]:
    model = page.models[getattr(page.ui, table)]
    for r, ln in enumerate(model.lines):
        if ln.cells[0].text == label:
            return [model.data(model.index(r, c)) for c in range(model.columnCount())]
    raise AssertionError(f"no line {label} in {table}")


def cell_of(page: StatisticsPage, table: str, **want: Any) -> QModelIndex:
    model = page.models[getattr(page.ui, table)]
    index = model.find(lambda d: all(getattr(d.request, k) == v for k, v in want.items()))
    assert index.isValid(), want
    return index


def test_shows_the_months_figures(page: StatisticsPage) -> None:
    assert page.period.key == "2026-11"
    assert page.ui.title_label.text() == "青石村人民调解工作统计表（2026年11月）"
    assert page.ui.as_of_label.text() == "统计截至 2026年11月21日"
    assert page.ui.rule_label.text().startswith("计数规则：每件纠纷按登记日期计入所属期间")
    tiles = {k: (t.value, t.detail) for k, t in page.tiles.items()}
    assert tiles == {"registered": ("3", "上期 1"), "accepted": ("2", "上期 1"),
                     "success": ("1", "上期 1"), "success_rate": ("50.0%", "1 / 2"),
                     "amount": ("500.00", "")}
    headers = page.models[page.ui.category_table].headers
    assert headers[:4] == ["纠纷类别", "登记纠纷", "受理", "调解成功"]
    assert line(page, "category_table", "合计")[:4] == ["合计", "3", "2", "1"]
    assert line(page, "category_table", "邻里纠纷")[:5] == ["邻里纠纷", "2", "1", "1", "1"]
    assert line(page, "category_table", "婚姻家庭纠纷")[:3] == ["婚姻家庭纠纷", "1", "1"]
    # The sub-category line is indented under its category.
    assert line(page, "category_table", "赡养")[:2] == [st.INDENT + "赡养", "1"]
    assert line(page, "category_table", "邻里纠纷")[-1] == "500.00"
    assert line(page, "source_table", "申请调解")[:3] == ["申请调解", "2", "2"]
    assert line(page, "source_table", "主动调解")[:3] == ["主动调解", "1", "0"]
    rate = line(page, "rates_table", "调解成功率")
    assert rate == ["调解成功率", "调解成功 1", "受理 2", "50.0%",
                    "调解成功件数（书面协议＋口头协议）÷ 受理件数"]
    assert line(page, "comparison_table", "上期（2026年10月）")[1:] == ["1", "1", "1", "100.0%"]
    assert not page.ui.tabs.isTabVisible(VILLAGE_TAB)
    assert page.charts.month_chart.series[0].values[-2:] == [1, 3]


def test_period_kinds_and_previous_next(page: StatisticsPage) -> None:
    ui = page.ui
    assert ui.month_combo.isVisible() and not ui.quarter_combo.isVisible()
    assert not ui.next_button.isEnabled()  # December has not begun
    ui.previous_button.click()
    assert page.period.key == "2026-10" and page.tiles["registered"].value == "1"
    assert ui.next_button.isEnabled()
    ui.next_button.click()
    assert page.period.key == "2026-11" and page.tiles["registered"].value == "3"
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("quarterly"))
    assert page.period.key == "2026-Q4" and ui.quarter_combo.currentIndex() == 3
    assert page.tiles["registered"].value == "4"
    assert ui.quarter_combo.isVisible() and not ui.month_combo.isVisible()
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("yearly"))
    assert page.period.key == "2026" and "2026年）" in ui.title_label.text()
    ui.previous_button.click()
    assert page.period.key == "2025" and page.tiles["registered"].value == "0"
    ui.year_spin.setValue(2026)
    assert page.period.key == "2026"
    # Back to a month: the current one, as the year shown holds today.
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("monthly"))
    assert page.period.key == "2026-11"
    ui.month_combo.setCurrentIndex(9)
    assert page.period.key == "2026-10"
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("custom"))
    assert page.period.key == "2026-10-01..2026-10-31"
    assert ui.custom_box.isVisible() and not ui.year_spin.isVisible()
    ui.previous_button.click()
    assert page.period.key == "2026-08-31..2026-09-30"


def test_a_backwards_range_is_refused_next_to_the_dates(page: StatisticsPage) -> None:
    ui = page.ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("custom"))
    ui.start_date.setDate(ui.end_date.date().addDays(5))
    assert ui.period_error_label.isVisible()
    assert "早于开始日期" in ui.period_error_label.text()
    assert page.period.key == "2026-11-01..2026-11-30"  # the last good period stays
    assert not ui.export_excel_button.isEnabled() and not ui.print_button.isEnabled()
    ui.start_date.setDate(ui.end_date.date().addDays(-9))
    assert not ui.period_error_label.isVisible()
    assert page.period.key == "2026-11-21..2026-11-30"
    assert ui.export_excel_button.isEnabled()


def test_double_click_on_a_cell_lists_the_cases_behind_it(page: StatisticsPage,
                                                          cases: dict[str, str],
                                                          qtbot: Any) -> None:
    table = page.ui.category_table
    index = cell_of(page, "category_table", measure="registered", category="neighbour",
                    sub_category=None)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.drill_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading() == "邻里纠纷 · 登记纠纷：2 件"
    assert table.model().data(index) == "2"
    ids = {dialog.model.row_at(r).id for r in range(dialog.model.rowCount())}
    assert ids == {cases["N1"], cases["N2"]}
    assert dialog.ui.period_label.text() == "青石村 · 2026年11月"
    dialog.close()


def test_enter_on_a_rate_and_a_key_figure_list_their_cases(page: StatisticsPage,
                                                           cases: dict[str, str],
                                                           qtbot: Any) -> None:
    page.ui.tabs.setCurrentIndex(2)
    table = page.ui.rates_table
    index = cell_of(page, "rates_table", measure="success")
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.drill_dialog
    assert dialog is not None and dialog.heading() == "调解成功：1 件"
    assert dialog.model.row_at(0).id == cases["N1"]
    dialog.close()
    page.tiles["accepted"].click()
    assert page.drill_dialog.heading() == "受理：2 件"
    assert page.drill_dialog.model.rowCount() == 2
    page.drill_dialog.close()


def test_a_zero_opens_nothing(page: StatisticsPage, qtbot: Any) -> None:
    model = page.models[page.ui.category_table]
    row = next(r for r, ln in enumerate(model.lines) if ln.cells[0].text == "合同纠纷")
    zero = model.index(row, 1)
    assert model.data(zero) == "0" and model.drill_at(zero) is None
    page.ui.category_table.activated.emit(zero)
    assert page.drill_dialog is None
    page.tiles["amount"].set_value("0.00", clickable=False)
    page.tiles["amount"].click()
    assert page.drill_dialog is None


def test_a_click_on_a_chart_bar_lists_as_many_cases_as_the_bar(page: StatisticsPage,
                                                              cases: dict[str, str],
                                                              qtbot: Any) -> None:
    page.ui.tabs.setCurrentIndex(CHART_TAB)
    chart = page.charts.month_chart
    qtbot.waitExposed(chart)
    # October is the 11th of the 12 months ending with November.
    rect = chart.hit_rect("registered", 10)
    assert rect is not None and chart.rect().contains(rect.center().toPoint())
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    dialog = page.drill_dialog
    assert dialog is not None and dialog.heading() == "2026年10月 · 登记纠纷：1 件"
    assert dialog.model.row_at(0).id == cases["O1"]
    dialog.close()
    bars = page.charts.category_chart
    assert bars.categories == ["邻里纠纷", "婚姻家庭纠纷"]
    rect = bars.hit_rect("registered", 0)
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.drill_dialog.heading() == "邻里纠纷 · 登记纠纷：2 件"
    assert page.drill_dialog.model.rowCount() == 2
    page.drill_dialog.close()
    line_chart = page.charts.rate_chart
    rect = line_chart.hit_rect("success_rate", 11)
    qtbot.mouseClick(line_chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.drill_dialog.heading() == "2026年11月 · 调解成功：1 件"
    page.drill_dialog.close()


def test_export_to_excel_and_pdf(page: StatisticsPage, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        name = "月报" if start.endswith(".xlsx") else "月报.pdf"
        return str(tmp_path / name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.ui.export_excel_button.click()
    assert Path(asked[0]).name == "青石村人民调解工作统计表（2026年11月）.xlsx"
    target = tmp_path / "月报.xlsx"  # the suffix is added when left out
    assert target.is_file()
    assert page.ui.status_label.text() == f"统计表已保存到：{target}"
    assert load_workbook(target).sheetnames
    page.ui.export_pdf_button.click()
    # The next export starts in the folder used last.
    assert Path(asked[1]).parent == tmp_path
    assert (tmp_path / "月报.pdf").read_bytes().startswith(b"%PDF")


def test_export_to_an_unwritable_place_says_why_in_chinese(page: StatisticsPage,
                                                           tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    blocker = tmp_path / "stick"
    blocker.write_text("a file where a folder should be")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(blocker / "月报.xlsx"), ""))
    page.ui.export_excel_button.click()
    text = page.ui.status_label.text()
    assert page.ui.status_label.isVisible()
    assert text.startswith("⚠ 保存位置：统计报表没有写成")
    assert "请检查U盘或磁盘空间后再试" in text
    assert "Traceback" not in text and "Error" not in text


def test_print_opens_the_reports_preview(page: StatisticsPage, qtbot: Any) -> None:
    page.ui.print_button.click()
    preview = page.preview
    assert isinstance(preview, PaperPreview) and preview.isVisible()
    assert preview.document.pageCount() >= 1
    assert "青石村人民调解工作统计表（2026年11月）" in preview.windowTitle()
    preview.close()


def test_the_village_tab_shows_at_a_township_only(cases: dict[str, str], village: AppContext,
                                                  office: AppContext, tmp_path: Path,
                                                  qtbot: Any, zh_ui: None) -> None:
    here = make_page(village, qtbot)
    assert not here.ui.tabs.isTabVisible(VILLAGE_TAB)
    report(village, office, tmp_path / "stick")
    there = make_page(office, qtbot)
    assert there.ui.tabs.isTabVisible(VILLAGE_TAB)
    assert there.ui.title_label.text() == "青龙镇人民调解工作统计表（2026年11月）（全镇各村合计）"
    assert line(there, "village_table", "合计")[:3] == ["合计", "3", "2"]
    village_line = line(there, "village_table", "青石村")
    assert village_line[:4] == ["青石村", "3", "2", "1"]
    index = cell_of(there, "village_table", measure="registered",
                    station_id=there.report.by_village[0].station_id)
    there.ui.tabs.setCurrentIndex(VILLAGE_TAB)
    there.ui.village_table.activated.emit(index)
    assert there.drill_dialog.heading() == "青石村 · 登记纠纷：3 件"
    assert there.drill_dialog.model.rowCount() == 3
    there.drill_dialog.close()


def test_main_window_shows_the_page_and_opens_a_case_from_the_list(
        cases: dict[str, str], make_window: MakeWindow, qtbot: Any) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.go_to(STATISTICS_PAGE)
    page = window.statistics_page
    assert window.ui.pages.currentWidget() is page
    assert page.report is not None and page.tiles["registered"].value == "3"
    assert window.ui.action_print.isEnabled()
    page.tiles["success"].click()
    dialog = page.drill_dialog
    table = dialog.ui.case_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(CaseWindow) is not None)
    case_window = window.findChild(CaseWindow)
    assert case_window.case_id == cases["N1"]
    case_window.close()
    dialog.close()


def test_large_text_makes_the_figures_larger(page: StatisticsPage) -> None:
    from mediation_desk.ui import text_size

    before = page.tiles["registered"].sizeHint().height()
    header = page.ui.category_table.horizontalHeader()
    width_before = header.sectionSize(0)
    text_size.apply(text_size.LARGEST)
    try:
        assert page.tiles["registered"].sizeHint().height() > before
        assert header.sectionSize(0) > width_before
    finally:
        text_size.apply(text_size.STANDARD)
