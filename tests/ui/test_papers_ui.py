"""The printed papers in the desktop app: the case window's 文书 list, the preview, printing
(painted into a PDF file, as this machine has no printer), saving, and the blank forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import agreements, papers
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.dialogs.paper_preview import PaperPreview
from mediation_desk.ui.paper_printing import PaperOutput, paint_pdf
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.documents.conftest import WRITTEN, CaseMaker
from tests.ui.conftest import MakeWindow

AGREEMENT_LABEL = "人民调解协议书（2026年11月10日）"
CHANGED = "⚠ 已修改，需重新打印"


@pytest.fixture
def make_case(village: AppContext) -> CaseMaker:
    """Cases made through the real services, as tests/documents makes them."""
    return CaseMaker(village)


def open_window(ctx: AppContext, qtbot: Any, case_id: str) -> CaseWindow:
    window = CaseWindow(ctx, SyncTaskRunner(), get_case(ctx, case_id))
    qtbot.addWidget(window)
    window.show()
    return window


def wait_ready(qtbot: Any, preview: PaperPreview) -> None:
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)


def pdf_printer(path: Path, copies: int = 1) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCopyCount(copies)
    return printer


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def row_of(window: CaseWindow, label: str) -> list[str]:
    return next(r for r in window.papers.rows() if r[0] == label)


def test_the_papers_section_lists_the_case_papers(village: AppContext, zh_ui: None,
                                                  qtbot: Any, make_case: CaseMaker) -> None:
    window = open_window(village, qtbot, make_case("agreed"))
    labels = [r[0] for r in window.papers.rows()]
    assert labels[:3] == ["调解卷宗封面", "卷内目录", "人民调解申请书"]
    assert AGREEMENT_LABEL in labels
    assert "人民调解调查记录（2026年11月4日）" in labels
    assert "司法确认申请书（2026年11月10日）" in labels
    assert labels.index("人民调解记录（2026年11月10日）") < labels.index(AGREEMENT_LABEL)
    assert labels[-1] == "卷宗封底（卷内备考表）"
    agreement = row_of(window, AGREEMENT_LABEL)
    assert agreement[2] == "尚未打印" and agreement[3] == "" and agreement[4] == ""
    assert window.ui.print_paper_button.isEnabled()
    assert window.ui.export_dossier_button.text() == "整卷导出 PDF…"


def test_preview_shows_every_page_of_the_agreement(village: AppContext, zh_ui: None,
                                                   qtbot: Any, make_case: CaseMaker) -> None:
    window = open_window(village, qtbot, make_case("agreed"))
    assert window.papers.select("agreement")
    window.ui.papers_tree.setFocus()
    qtbot.keyClick(window.ui.papers_tree, Qt.Key.Key_Return)  # Enter previews
    preview = window.papers.preview_window
    assert preview is not None and preview.isVisible()
    wait_ready(qtbot, preview)
    assert preview.document.pageCount() == preview.pdf.pages >= 1
    assert preview.page_text() == f"第 1 页，共 {preview.pdf.pages} 页"
    assert "人民调解协议书" in preview.windowTitle()
    keys = {s.key().toString() for s in preview.findChildren(QShortcut)}
    assert {"Ctrl+P", "Ctrl+S"} <= keys
    preview.zoom_in()
    bigger = preview.ui.pdf_view.zoomFactor()
    preview.zoom_out()
    assert preview.ui.pdf_view.zoomFactor() < bigger
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_printing_paints_every_copy_and_records_it(village: AppContext, zh_ui: None,
                                                   qtbot: Any, make_case: CaseMaker,
                                                   tmp_path: Path) -> None:
    case_id = make_case("agreed")
    window = open_window(village, qtbot, case_id)
    pdf = papers.render_paper(village, case_id, "agreement")
    copies = window.papers.copies_for(pdf)
    assert copies == 3  # two parties and the committee's file

    # The print dialog offers the agreement's copies, on A4.
    output = PaperOutput(village, window.runner, pdf, window, copies)
    dialog = output.print_paper()
    assert dialog.printer().copyCount() == 3
    assert dialog.printer().pageLayout().pageSize().id().name == "A4"
    dialog.reject()

    target = tmp_path / "printed.pdf"
    output.print_to(pdf_printer(target, copies))
    assert page_count(target) == pdf.pages * 3
    [recorded] = papers.outputs(village, case_id)
    assert (recorded.form, recorded.copies, recorded.destination) == \
        ("agreement", 3, str(target))


def test_paint_pdf_respects_the_page_range(village: AppContext, qtbot: Any,
                                           make_case: CaseMaker, tmp_path: Path) -> None:
    case_id = make_case("agreed")
    dossier = papers.render_dossier(village, case_id)
    assert dossier.pages >= 3
    target = tmp_path / "range.pdf"
    painted = paint_pdf(pdf_printer(target), dossier.data, first=2, last=3, copies=2)
    assert painted == 4 and page_count(target) == 4


def test_printed_pages_are_white_not_transparent(village: AppContext, qtbot: Any,
                                                 tmp_path: Path) -> None:
    blank = papers.render_blank(village, "agreement")
    image_printer = tmp_path / "white.pdf"
    paint_pdf(pdf_printer(image_printer), blank.data, last=1)
    # Re-read the printed file: its first page, rendered, has a white corner.
    document = QPdfDocument()
    assert document.load(str(image_printer)) == QPdfDocument.Error.None_
    corner = document.render(0, QSize(100, 141)).pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue(), corner.alpha()) == \
        (255, 255, 255, 255)


def test_save_as_pdf_writes_the_file_and_records_it(village: AppContext, zh_ui: None,
                                                    qtbot: Any, make_case: CaseMaker,
                                                    tmp_path: Path) -> None:
    case_id = make_case("agreed")
    window = open_window(village, qtbot, case_id)
    window.papers.select("agreement")
    window.papers.preview()
    preview = window.papers.preview_window
    assert preview is not None
    output = preview.save_as()
    dialog = output.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == village.paths.exports_dir
    assert dialog.selectedFiles()[0].endswith(preview.pdf.file_name)
    dialog.reject()

    target = tmp_path / "协议书.pdf"
    output.save_to(target)
    assert target.read_bytes() == preview.pdf.data
    [recorded] = papers.outputs(village, case_id)
    assert (recorded.target, recorded.destination) == ("pdf", str(target))
    assert "已保存为" in preview.ui.status_label.text()
    assert row_of(window, AGREEMENT_LABEL)[2] == "1 次"


def test_a_failed_save_shows_the_sentence_and_keeps_the_preview(
        village: AppContext, zh_ui: None, qtbot: Any, make_case: CaseMaker,
        tmp_path: Path) -> None:
    case_id = make_case("agreed")
    window = open_window(village, qtbot, case_id)
    window.papers.select("agreement")
    window.papers.preview()
    preview = window.papers.preview_window
    assert preview is not None
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    output = preview.save_as()
    assert output.file_dialog is not None
    output.file_dialog.reject()
    output.save_to(blocker / "协议书.pdf")
    box = output.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith("文件没有保存成功")
    assert "Traceback" not in box.text() and "path" not in box.text()
    assert preview.isVisible()
    assert preview.ui.status_label.text() == box.text()
    assert papers.outputs(village, case_id) == []


def test_changed_after_print_is_marked(village: AppContext, zh_ui: None, qtbot: Any,
                                       make_case: CaseMaker, tmp_path: Path) -> None:
    case_id = make_case("mediating")
    agreements.record_agreement(village, case_id, {**WRITTEN, "all_parties_signed": False,
                                                   "sealed": False})
    window = open_window(village, qtbot, case_id)
    window.papers.select("agreement")
    window.papers.print_selected()
    output = window.papers.output
    assert output is not None and output.print_dialog is not None
    output.print_dialog.reject()
    output.print_to(pdf_printer(tmp_path / "first.pdf", 3))
    printed = row_of(window, AGREEMENT_LABEL)
    assert printed[2] == "1 次" and printed[3] != "" and printed[4] == ""
    assert "共 3 份" in window.ui.papers_status_label.text()

    agreements.update_signatures(village, case_id, {"all_parties_signed": True,
                                                    "sealed": True, "signed_on": "2026-11-12"})
    window.refresh()
    assert row_of(window, AGREEMENT_LABEL)[4] == CHANGED


def test_blank_forms_chooser_previews_the_blank_agreement(make_window: MakeWindow,
                                                          qtbot: Any) -> None:
    main = make_window()
    actions = [a.text() for a in main.ui.menu_file.actions()]
    assert "空白文书(&B)…" in actions
    chooser = main.show_blank_forms()
    assert "agreement" in chooser.codes()
    assert chooser.ui.form_list.currentItem().text() == "调解卷宗封面"
    chooser.select("agreement")
    qtbot.keyClick(chooser.ui.form_list, Qt.Key.Key_Return)
    preview = chooser.preview_window
    assert preview is not None and preview.isVisible()
    wait_ready(qtbot, preview)
    assert preview.pdf.case_id is None and preview.document.pageCount() >= 1
    assert preview.windowTitle() == "预览：人民调解协议书（空白，供手工填写）"
    assert preview.parent() is main  # stays open when the chooser closes


def test_a_paper_that_cannot_be_made_shows_a_sentence(village: AppContext, zh_ui: None,
                                                      qtbot: Any, make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    # A private-use character no font has: the core refuses to make the paper.
    agreements.record_agreement(village, case_id, {**WRITTEN,
                                                   "facts_and_issues": "界桩\U000F0001位置"})
    window = open_window(village, qtbot, case_id)
    window.papers.select("agreement")
    window.papers.preview()
    box = window.papers.error_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("无法打印：字库里没有这些字")
    assert "U+F0001" in box.text() and "Traceback" not in box.text()
    assert window.ui.papers_status_label.text() == box.text()
    assert window.papers.preview_window is None
