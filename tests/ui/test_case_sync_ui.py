"""Where cases are with the township, in the windows: the case list's 同步 column through a
real export, import and receipt; a return shown as 乡镇退回 with a banner at the village; at
the township a read-only case window that takes notes and returns, the 村 column of the case
list and of 今日待办, and search over every village's cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPlainTextEdit

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import sync_receipts, township
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.dialogs.supervision_dialog import SupervisionDialog
from mediation_desk.ui.pages.case_list_page import CaseListPage
from mediation_desk.ui.pages.today_page import TodayPage
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import report
from tests.ui.conftest import other_case, register, register_overdue, type_text

pytestmark = pytest.mark.gui


def case_list(ctx: AppContext, qtbot: Any) -> CaseListPage:
    page = CaseListPage(ctx, SyncTaskRunner())
    qtbot.addWidget(page)
    page.refresh()
    return page


def last_column(page: CaseListPage) -> tuple[str, dict[str, str]]:
    """The last column's header and its text per case id."""
    model = page.model
    column = model.columnCount() - 1
    return (model.headerData(column, Qt.Orientation.Horizontal),
            {model.case_at(r).id: model.data(model.index(r, column))
             for r in range(model.rowCount())})


def case_window(ctx: AppContext, qtbot: Any, case_id: str) -> CaseWindow:
    window = CaseWindow(ctx, SyncTaskRunner(), get_case(ctx, case_id),
                        state=UiState(ctx.paths.config_dir))
    qtbot.addWidget(window)
    return window


def section_titles(window: CaseWindow) -> list[str]:
    nav = window.ui.section_list
    return [nav.item(i).text() for i in range(nav.count())]


def write(dialog: SupervisionDialog, text: str) -> None:
    type_text(dialog.findChild(QPlainTextEdit, "text_edit"), text)
    dialog.ui.save_button.click()


# The village's side --------------------------------------------------------------------

def test_the_sync_column_follows_export_import_and_receipt(
        village: AppContext, office: AppContext, tmp_path: Path, qtbot: Any,
        zh_ui: None) -> None:
    case_id = register(village)
    page = case_list(village, qtbot)
    assert last_column(page) == ("同步", {case_id: "未导出"})

    receipt = report(village, office, tmp_path / "stick", receipt=False)
    page.refresh()
    assert last_column(page)[1] == {case_id: "已导出待确认"}

    assert receipt is not None
    assert sync_receipts.import_receipt(village, receipt).status == "imported"
    page.refresh()
    assert last_column(page)[1] == {case_id: "乡镇已接收"}
    window = case_window(village, qtbot, case_id)
    assert (window.ui.sync_caption.text(), window.ui.sync_value.text()) == ("乡镇：", "乡镇已接收")
    assert window.ui.return_banner.isHidden()
    # Enrolled with a township: the section is there, saying nothing was written yet.
    assert section_titles(window)[-1] == "乡镇意见"


def test_a_return_shows_at_the_village_after_the_next_receipt(
        village: AppContext, office: AppContext, tmp_path: Path, qtbot: Any,
        zh_ui: None) -> None:
    case_id = register(village)
    other_id = register(village, **other_case())
    report(village, office, tmp_path / "stick")
    township.add_note(office, case_id, "请补充调查笔录", kind="return")
    township.add_note(office, case_id, "请尽快组织调解", kind="note")
    page = case_list(village, qtbot)
    assert last_column(page)[1][case_id] == "乡镇已接收"  # not before the receipt

    report(village, office, tmp_path / "stick")
    page.refresh()
    assert last_column(page)[1] == {case_id: "乡镇退回", other_id: "乡镇已接收"}
    row = next(r for r in range(page.model.rowCount()) if page.model.case_at(r).id == case_id)
    column = page.model.columnCount() - 1
    assert page.model.data(page.model.index(row, column), Qt.ItemDataRole.FontRole).bold()

    window = case_window(village, qtbot, case_id)
    ui = window.ui
    assert not ui.return_banner.isHidden()
    assert ui.return_banner.text() == "⚠ 乡镇退回：请补充调查笔录（2026-11-21）"
    assert ui.sync_value.text() == "乡镇退回"
    assert section_titles(window)[-1] == "乡镇意见（2）"
    window.show_section(len(section_titles(window)) - 1)
    assert ui.sections.currentWidget() is ui.township_page
    notes = {ui.notes_table.item(r, 1).text(): [ui.notes_table.item(r, c).text()
                                                for c in range(5)]
             for r in range(ui.notes_table.rowCount())}
    assert notes["退回"] == ["2026-11-21", "退回", "司法所张", "尚未整改", "请补充调查笔录"]
    assert notes["督办意见"][4] == "请尽快组织调解"
    # The village reads the township's notes; it neither writes nor closes them.
    for button in (ui.write_note_button, ui.return_case_button, ui.close_return_button):
        assert button.isHidden()
    assert ui.read_only_label.isHidden() and not ui.records_button.isHidden()
    assert window.action_buttons and not any(b.isHidden() for b in window.action_buttons.values())

    closed = township.close_return(office, next(
        n.id for n in township.notes_for_case(office, case_id) if n.kind == "return"), "已补正")
    assert closed.closed_on is not None
    report(village, office, tmp_path / "stick")
    window.refresh()
    assert ui.return_banner.isHidden() and ui.sync_value.text() == "乡镇已接收"
    row_texts = [ui.notes_table.item(r, 3).text() for r in range(ui.notes_table.rowCount())]
    assert "2026-11-21 已整改完毕：已补正" in row_texts


def test_without_a_township_the_window_has_no_township_section(village: AppContext,
                                                               qtbot: Any,
                                                               zh_ui: None) -> None:
    window = case_window(village, qtbot, register(village))
    assert "乡镇意见" not in section_titles(window)
    assert window.ui.sync_value.text() == "未导出"


# The township's side -------------------------------------------------------------------

def test_a_villages_case_is_read_only_at_the_township_and_takes_notes(
        village: AppContext, office: AppContext, tmp_path: Path, qtbot: Any,
        zh_ui: None) -> None:
    case_id = register_overdue(village)
    report(village, office, tmp_path / "stick")
    window = case_window(office, qtbot, case_id)
    ui = window.ui
    assert window.action_buttons  # the rules would allow steps: all hidden here
    assert all(b.isHidden() for b in window.action_buttons.values())
    for widget in (ui.action_caption, ui.records_button, ui.item_done_button,
                   ui.reminder_button, ui.decide_recusal_button, ui.print_paper_button,
                   ui.save_paper_button, ui.export_dossier_button):
        assert widget.isHidden(), widget.objectName()
    assert not ui.read_only_label.isHidden()
    assert ui.read_only_label.text() == "青石村人民调解委员会报送的案件，乡镇只能查看"
    assert (ui.sync_caption.text(), ui.sync_value.text()) == ("报送单位：",
                                                               "青石村人民调解委员会")
    assert section_titles(window)[-1] == "乡镇意见"
    assert not ui.close_return_button.isEnabled()

    window.show_section(len(section_titles(window)) - 1)
    ui.write_note_button.click()
    dialog = window.sync.dialog
    assert dialog is not None and dialog.windowTitle() == "写督办意见"
    assert "回执" in dialog.ui.travel_label.text()
    dialog.ui.save_button.click()  # nothing typed: said beside the field, nothing stored
    assert dialog.isVisible() and township.notes_for_case(office, case_id) == []
    error = dialog.findChild(type(dialog.ui.general_error_label), "text_error")
    assert error is not None and not error.isHidden() and error.text()
    write(dialog, "请在月底前结案")
    assert not dialog.isVisible()
    assert [n.text for n in township.notes_for_case(office, case_id)] == ["请在月底前结案"]
    assert section_titles(window)[-1] == "乡镇意见（1）"
    assert "下次" in ui.status_line.text() or "回执" in ui.status_line.text()

    ui.return_case_button.click()
    write(window.sync.dialog, "缺少调查笔录")
    assert ui.return_banner.text() == "⚠ 已退回村里：缺少调查笔录（2026-11-21），尚未整改完毕"
    assert ui.close_return_button.isEnabled()  # the open return is selected
    ui.close_return_button.click()
    write(window.sync.dialog, "已补齐")
    ret = next(n for n in township.notes_for_case(office, case_id) if n.kind == "return")
    assert ret.closed_on is not None and ret.closed_note == "已补齐"
    assert ui.return_banner.isHidden() and not ui.close_return_button.isEnabled()


def test_the_township_previews_a_villages_paper_but_does_not_print_it(
        village: AppContext, office: AppContext, tmp_path: Path, qtbot: Any,
        zh_ui: None) -> None:
    case_id = register(village)
    report(village, office, tmp_path / "stick")
    window = case_window(office, qtbot, case_id)
    assert window.papers.choices and not window.ui.preview_paper_button.isHidden()
    window.ui.preview_paper_button.click()
    preview = window.sync.preview_window
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.ui.print_button.isHidden() and preview.ui.save_button.isHidden()
    assert "乡镇" in preview.ui.status_label.text()
    preview.close()


def test_the_townships_own_case_stays_writable(village: AppContext, office: AppContext,
                                               qtbot: Any, zh_ui: None) -> None:
    case_id = register(office)
    window = case_window(office, qtbot, case_id)
    ui = window.ui
    assert ui.read_only_label.isHidden() and not ui.records_button.isHidden()
    assert not any(b.isHidden() for b in window.action_buttons.values())
    assert ui.sync_value.isHidden() and "乡镇意见" not in section_titles(window)


def test_the_township_lists_every_villages_case_with_its_village(
        village: AppContext, office: AppContext, tmp_path: Path, qtbot: Any,
        zh_ui: None) -> None:
    first = register(village)
    second = register(village, **other_case())
    report(village, office, tmp_path / "stick")
    page = case_list(office, qtbot)
    assert last_column(page) == ("村", {first: "青石村", second: "青石村"})
    page.ui.search_edit.setText("王五")
    page.ui.search_edit.returnPressed.emit()
    assert last_column(page)[1] == {second: "青石村"}


def test_the_townships_deadlines_name_the_village(
        village: AppContext, office: AppContext, tmp_path: Path, qtbot: Any,
        zh_ui: None) -> None:
    case_id = register_overdue(village)
    report(village, office, tmp_path / "stick")
    page = TodayPage(office, SyncTaskRunner())
    qtbot.addWidget(page)
    page.refresh()
    model = page.model
    assert model.columnCount() == 6
    assert model.headerData(5, Qt.Orientation.Horizontal) == "村"
    row = next(r for r in range(model.rowCount()) if model.item_at(r).case_id == case_id)
    assert model.data(model.index(row, 5)) == "青石村"
    assert model.data(model.index(row, 1)).startswith("⚠")
