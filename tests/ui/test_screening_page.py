"""排查 page: the status line in words, a nil report and a round with a major finding through
the form, refusals beside the field, a finding turned into a case, its written report."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import screening
from mediation_desk.ui.dialogs.screening_round_dialog import ScreeningRoundDialog
from mediation_desk.ui.pages.screening_page import ScreeningPage
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import mediator
from tests.ui.test_new_case_dialog import add_new_party


@pytest.fixture
def page(village: AppContext, qtbot: Any, zh_ui: None) -> ScreeningPage:
    mediator(village, "王调解")
    p = ScreeningPage(village, SyncTaskRunner())
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.refresh()
    return p


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_dialog(qtbot: Any, page: ScreeningPage) -> ScreeningRoundDialog:
    click(qtbot, page.ui.record_button)
    dialog = page.round_dialog
    assert dialog is not None
    return dialog


def error_text(dialog: Any, field: str) -> str:
    label = dialog.findChild(QLabel, f"{field}_error")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def test_nil_report_through_the_dialog(page: ScreeningPage, qtbot: Any) -> None:
    assert page.ui.status_label.text() == "2026年11月排查尚未登记，截止 11月30日。"
    dialog = open_dialog(qtbot, page)
    assert dialog.ui.period_combo.currentText() == "2026年11月"
    assert dialog.ui.period_start_edit.date().toString("yyyy-MM-dd") == "2026-11-01"
    people = dialog.ui.performed_by_list
    assert [people.item(i).text() for i in range(people.count())] == ["王调解"]
    people.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.ui.scope_edit.setText("全村")
    dialog.ui.zero_report_check.setChecked(True)
    assert not dialog.ui.findings_table.isEnabled()
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.rounds_model.rowCount() == 1
    assert page.rounds_model.index(0, 4).data() == "零报告"
    assert page.rounds_model.index(0, 2).data() == "王调解"
    assert page.ui.status_label.text() == "2026年11月排查已登记。"
    assert "零报告" in page.ui.findings_label.text()


def test_refusals_beside_the_findings(page: ScreeningPage, qtbot: Any) -> None:
    dialog = open_dialog(qtbot, page)
    click(qtbot, dialog.save_button)  # neither findings nor a nil report
    assert "零报告" in error_text(dialog, "findings")
    click(qtbot, dialog.ui.add_finding_button)
    dialog.ui.findings_table.item(0, 0).setText("两户争吵")
    dialog.ui.zero_report_check.setChecked(True)
    click(qtbot, dialog.save_button)
    assert "零报告不能同时列出" in error_text(dialog, "findings")
    assert dialog.isVisible() and page.rounds_model.rowCount() == 0


def test_major_finding_to_case_and_report(page: ScreeningPage, qtbot: Any,
                                          village: AppContext) -> None:
    dialog = open_dialog(qtbot, page)
    click(qtbot, dialog.ui.add_finding_button)
    table = dialog.ui.findings_table
    table.item(0, 0).setText("两户因宅基地界址争执，扬言动手")
    category = table.cellWidget(0, 1)
    category.setCurrentIndex(category.findData("housing_homestead"))
    major = table.cellWidget(0, 4)
    assert isinstance(major, QCheckBox)
    major.setChecked(True)
    click(qtbot, dialog.ui.add_finding_button)
    table.item(1, 0).setText("邻里噪音")
    other = table.cellWidget(1, 1)
    other.setCurrentIndex(other.findData("neighbour"))
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    findings = page.findings_model
    assert findings.rowCount() == 2
    assert findings.index(0, 3).data() == "⚠ 重大，书面报告截止 2026-11-23"
    assert page.rounds_model.index(0, 5).data() == "⚠ 重大"
    assert page.ui.report_button.isEnabled() and page.ui.to_case_button.isEnabled()

    page.ui.findings_table.selectRow(1)
    click(qtbot, page.ui.to_case_button)
    new_case = page.case_dialog
    assert new_case is not None
    assert new_case.ui.facts_edit.toPlainText() == "邻里噪音"
    assert new_case.ui.source_combo.currentData() == "screening"
    add_new_party(qtbot, new_case, "李四")
    add_new_party(qtbot, new_case, "王五", age=40)
    assert new_case.ui.category_combo.currentData() == "neighbour"
    with qtbot.waitSignal(new_case.case_created):
        click(qtbot, new_case.save_button)
    case_no = page.findings_model.index(1, 5).data()
    assert case_no.startswith("（2026）青石村人调字第")
    assert page.current_finding() is not None and page.current_finding().case_no == case_no
    assert not page.ui.to_case_button.isEnabled()
    with qtbot.waitSignal(page.case_activated) as opened:
        page.ui.findings_table.activated.emit(page.findings_model.index(1, 0))
    assert opened.args[0] == page.current_finding().case_id

    page.ui.findings_table.selectRow(0)
    click(qtbot, page.ui.report_button)
    report = page.report_dialog
    assert report is not None
    click(qtbot, report.save_button)
    assert page.findings_model.index(0, 3).data() == "⚠ 重大，2026-11-21 已书面报告"
    assert not page.ui.report_button.isEnabled()


def test_overdue_status_line_and_show_item(village: AppContext, qtbot: Any,
                                           zh_ui: None) -> None:
    sept = screening.record_screening_round(village, {
        "period_start": "2026-09-01", "findings": [{"description": "山林权属争议"}]})
    p = ScreeningPage(village, SyncTaskRunner())
    qtbot.addWidget(p)
    p.show_item(sept.findings[0].id)
    assert p.ui.status_label.text() == (
        "⚠ 有 1 期排查逾期未登记：2026年10月。 2026年11月排查尚未登记，截止 11月30日。")
    assert p.current_finding() is not None and p.current_finding().id == sept.findings[0].id
    click(qtbot, p.ui.record_button)
    assert p.round_dialog is not None
    assert p.round_dialog.ui.period_combo.currentText() == "2026年10月（已逾期）"


def test_page_screenshot(page: ScreeningPage, qtbot: Any, tmp_path: Any) -> None:
    page.show()
    assert not page.grab().isNull()
