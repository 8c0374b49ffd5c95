"""调解员 page: the roster with the committee check banner, adding a mediator through the
dialog typed in Chinese, a recall on an Art. 15 ground, renewal, training, printing and the
Excel export — driven through the widgets, services real, queries inline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.services.mediators import add_mediator
from mediation_desk.services.roster import roster
from mediation_desk.services.roster_changes import add_training, change_status
from mediation_desk.ui.dialogs.mediator_dialog import MediatorDialog
from mediation_desk.ui.dialogs.mediator_status_dialog import MediatorStatusDialog
from mediation_desk.ui.dialogs.training_dialog import TrainingDialog
from mediation_desk.ui.pages.mediators_page import MediatorsPage
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import type_text


def add(ctx: AppContext, name: str, role: str, gender: str = "male", **extra: Any) -> str:
    return add_mediator(ctx, {"person": {"name": name, "gender": gender,
                                         "birth_date": "1966-04-04"},
                              "role": role, "appointed_on": "2025-03-01",
                              "appointment_method": "appointed" if role == "hired"
                              else "elected", **extra}).id


@pytest.fixture
def committee(village: AppContext) -> dict[str, str]:
    ids = {"chair": add(village, "王主任", "chair", "female", is_chief=True,
                        certificate_no="调聘2025001", honours=["调解能手"]),
           "member": add(village, "李委员", "member"),
           "hired": add(village, "陈聘任", "hired")}
    add_training(village, ids["chair"], {"held_on": "2026-04-01", "organiser": "县司法局",
                                         "topic": "民法典婚姻家庭编", "hours": 6})
    return ids


@pytest.fixture
def page(village: AppContext, qtbot: Any, zh_ui: None) -> MediatorsPage:
    p = MediatorsPage(village, SyncTaskRunner())
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.refresh()
    return p


def names(page: MediatorsPage) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def test_lists_the_roster_with_banner_and_details(committee: dict[str, str],
                                                  page: MediatorsPage) -> None:
    assert names(page) == ["王主任", "李委员", "陈聘任"]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    banner = page.ui.warning_label.text()
    assert "委员 2 人" in banner and "⚠" in banner and "少于法定的 3 人" in banner
    # selecting the chair shows the certificate, honours and training
    page.show_item(committee["chair"])
    assert page.selected_person_id() is not None
    html = page.ui.detail_view.toPlainText()
    for text in ("主任（首席调解员）", "调聘2025001", "调解能手", "民法典婚姻家庭编", "县司法局"):
        assert text in html, text
    assert page.model.index(0, 3).data() == "主任（首席调解员）"


def test_add_a_mediator_typed_in_chinese(village: AppContext, committee: dict[str, str],
                                         page: MediatorsPage, qtbot: Any) -> None:
    qtbot.mouseClick(page.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MediatorDialog)
    ui = dialog.ui
    assert ui.role_combo.currentData() == "member"
    type_text(ui.name_edit, "孙秀英")
    ui.gender_combo.setCurrentIndex(ui.gender_combo.findData("female"))
    ui.id_edit.setFocus()
    qtbot.keyClicks(ui.id_edit, "11010519491231002X")
    ui.certificate_edit.setFocus()  # leaving the ID field fills in the date of birth
    assert ui.birth_date_edit.date().toString("yyyy-MM-dd") == "1949-12-31"
    type_text(ui.certificate_edit, "调聘2026009")
    type_text(ui.honours_edit, "调解能手、优秀人民调解员")
    ui.specialty_list.box("family").setChecked(True)  # type: ignore[union-attr]
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "孙秀英" in names(page)
    added = next(e for e in roster(village) if e.name == "孙秀英")
    assert (added.role, added.certificate_no, added.honours, added.specialties) == \
        ("member", "调聘2026009", ["调解能手", "优秀人民调解员"], ["family"])
    assert page.selected_entry().name == "孙秀英"  # type: ignore[union-attr]
    assert "✓" in page.ui.warning_label.text()  # three members and a woman now


def test_adding_without_a_person_is_refused_beside_the_form(page: MediatorsPage,
                                                             qtbot: Any) -> None:
    page.add_mediator()
    dialog = page.dialog
    assert isinstance(dialog, MediatorDialog)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "姓名" in dialog.ui.general_error_label.text()


def test_recall_on_an_article_15_ground(village: AppContext, committee: dict[str, str],
                                        page: MediatorsPage, qtbot: Any) -> None:
    page.show_item(committee["member"])
    qtbot.mouseClick(page.ui.status_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MediatorStatusDialog)
    ui = dialog.ui
    ui.status_combo.setCurrentIndex(ui.status_combo.findData("recalled"))
    reasons = [ui.reason_combo.itemData(i) for i in range(ui.reason_combo.count())]
    assert reasons == ["partiality", "insult", "improper_benefit", "privacy_leak",
                       "dereliction"]
    assert "第十五条" in ui.reason_hint_label.text()
    ui.reason_combo.setCurrentIndex(ui.reason_combo.findData("improper_benefit"))
    type_text(ui.note_edit, "村民会议决定罢免")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "李委员" not in names(page)  # serving only
    page.show_item(committee["member"])  # a former one: the filter switches to all
    assert page.ui.filter_combo.currentData() is True
    text = page.ui.detail_view.toPlainText()
    assert "罢免" in text and "索取、收受财物" in text and "村民会议决定罢免" in text
    assert not page.ui.status_button.isEnabled() and not page.ui.renew_button.isEnabled()


def test_status_refusal_shows_beside_the_date(village: AppContext, committee: dict[str, str],
                                              page: MediatorsPage, qtbot: Any) -> None:
    change_status(village, committee["hired"], {"to_status": "term_ended",
                                                "reason": "term_ended"})
    page.refresh()
    page.show_item(committee["member"])
    page.change_status()
    dialog = page.dialog
    assert isinstance(dialog, MediatorStatusDialog)
    dialog.ui.on_date_edit.setDate(dialog.ui.on_date_edit.date().addYears(-5))
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "早于任职日期" in dialog.ui.on_date_edit.accessibleDescription()
    assert "早于任职日期" in dialog.findChild(QLabel, "on_date_error").text()


def test_training_and_renewal(village: AppContext, committee: dict[str, str],
                              page: MediatorsPage, qtbot: Any) -> None:
    page.show_item(committee["member"])
    page.add_training()
    dialog = page.dialog
    assert isinstance(dialog, TrainingDialog)
    type_text(dialog.ui.topic_edit, "调解技巧")
    dialog.ui.hours_spin.setValue(4)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert "调解技巧" in page.ui.detail_view.toPlainText()
    qtbot.mouseClick(page.ui.renew_button, Qt.MouseButton.LeftButton)
    box = page.question
    assert box is not None and "2029-11-21" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    entry = next(e for e in roster(village) if e.id == committee["member"])
    assert entry.history[-1].reason_code == "re_elected"
    assert "连选连任" in page.ui.detail_view.toPlainText()


def test_print_preview_and_excel_export(village: AppContext, committee: dict[str, str],
                                        page: MediatorsPage, qtbot: Any,
                                        tmp_path: Path) -> None:
    qtbot.mouseClick(page.ui.print_button, Qt.MouseButton.LeftButton)
    preview = page.preview
    assert preview is not None and preview.document.pageCount() == 1
    assert "调解员名册" in preview.windowTitle()
    preview.close()
    target = tmp_path / "名册.xlsx"
    page.export_to(str(target))
    assert str(target) in page.ui.status_label.text()
    assert load_workbook(target).active.cell(row=3, column=2).value == "王主任"


def test_export_opens_a_save_dialog(page: MediatorsPage) -> None:
    page.export_excel()
    assert page.dialog is not None and page.dialog.objectName() == "export_dialog"
    page.dialog.close()


def test_screenshot(committee: dict[str, str], page: MediatorsPage, tmp_path: Path) -> None:
    page.show()
    assert not page.grab().isNull()
