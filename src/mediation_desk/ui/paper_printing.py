"""Printing a made paper (``PaperPdf``) and saving it as a PDF file, each recorded in the
case's output log (which version of the record went out, how many copies, where).

The pages are painted from the PDF itself (QtPdf renders them as images at printer
resolution), so the printout is exactly what the preview showed. ``paint_pdf`` is the part
that needs no dialog; tests print through it into a PDF file, as no printer exists there."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import papers
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.labels import fill
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)

# 300 dpi is sharp for text on paper; a 1200 dpi A4 page image would take ~550 MB.
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72


class PrintFailed(Exception):
    """The printer could not be started (no such printer, file not writable)."""


class PdfPages:
    """A QPdfDocument on the paper's bytes, with the buffer it reads from kept alive as
    long as the document (QtPdf reads the device lazily; a freed buffer crashes it)."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        self.buffer = QBuffer(parent)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self.buffer)


def paint_pdf(printer: QPrinter, data: bytes, *, first: int = 1, last: int | None = None,
              copies: int = 1) -> int:
    """Paint pages ``first``..``last`` (1-based) of the PDF ``copies`` times, each copy a
    complete set (collated), onto ``printer``; returns how many pages were painted.

    Copies are painted here rather than left to the driver: several drivers ignore the copy
    count, and each party must get a complete agreement."""
    pages = PdfPages(data)
    count = pages.document.pageCount()
    last = count if last is None else min(last, count)
    first = max(first, 1)
    if first > last or copies < 1:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setCopyCount(1)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.printerName() or printer.outputFileName())
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    painted = 0
    try:
        for _copy in range(copies):
            for page in range(first - 1, last):
                if painted and not printer.newPage():
                    raise PrintFailed(printer.printerName() or printer.outputFileName())
                _paint_page(painter, pages.document, page, dpi)
                painted += 1
    finally:
        painter.end()
    return painted


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, dpi: int) -> None:
    size = document.pagePointSize(page)
    pixels = QSize(round(size.width() * dpi / POINTS_PER_INCH),
                   round(size.height() * dpi / POINTS_PER_INCH))
    rendered = document.render(page, pixels)
    # QtPdf renders onto transparent ARGB; some printer drivers print transparency black.
    sheet = QImage(pixels, QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    on_sheet = QPainter(sheet)
    on_sheet.drawImage(0, 0, rendered)
    on_sheet.end()
    area = QRectF(painter.viewport())
    scale = min(area.width() / pixels.width(), area.height() / pixels.height())
    target = QRectF(area.x(), area.y(), pixels.width() * scale, pixels.height() * scale)
    painter.drawImage(target, sheet)


class _Texts(QObject):
    """Interface strings of the module-level helpers (lupdate takes the class as context)."""

    def failed(self) -> str:
        return self.tr("The paper could not be made or written. The reason was written to "
                       "the log.")

    def title(self) -> str:
        return self.tr("Papers")


def error_text(exc: BaseException) -> str:
    """The sentence for a failure: the core's own for a DomainError, a plain one otherwise
    (the details go to the log, never on screen)."""
    if isinstance(exc, ValidationErrors):
        return "\n".join(messages.describe(exc.to_dict(), current_language()))
    if isinstance(exc, DomainError):
        # The bare sentence: describe() would put the field's code ("path：") in front.
        return messages.message(exc.code, exc.params, current_language())
    log.error("paper failed", exc_info=exc)
    return _Texts().failed()


def show_error(parent: QWidget, exc: BaseException) -> QMessageBox:
    """A message box (opened, not blocking) with the sentence for ``exc``."""
    box = QMessageBox(QMessageBox.Icon.Warning, _Texts().title(), error_text(exc),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("paper_error_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class PaperOutput(QObject):
    """Prints or saves one made paper for ``parent`` and records it; the dialogs open
    non-blocking (``open()``), the work runs on the TaskRunner."""

    done = Signal(str)
    """Printed or saved and recorded; carries a sentence for the status line."""
    failed = Signal(str)
    """Nothing was printed or saved; carries the sentence shown in the message box."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, pdf: PaperPdf, parent: QWidget,
                 copies: int = 1) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.pdf = pdf
        self.copies = max(1, min(copies, papers.MAX_COPIES))
        self._parent = parent
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.error_box: QMessageBox | None = None

    # Printing --------------------------------------------------------------------------

    def print_paper(self) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setCopyCount(self.copies)
        printer.setCollateCopies(True)
        printer.setDocName(self.pdf.title)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setObjectName("paper_print_dialog")
        dialog.setWindowTitle(fill(self.tr("Print “%1”"), self.pdf.title))
        dialog.setMinMax(1, max(1, self.pdf.pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.printer, self.print_dialog = printer, dialog
        QDialog.open(dialog)  # PySide's QPrintDialog.open wants a receiver; none is needed
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Paint the chosen pages and copies on ``printer`` in the background, then record
        the print."""
        copies = max(1, min(printer.copyCount(), papers.MAX_COPIES))
        first, last = 1, None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), printer.toPage() or None
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        destination = printer.outputFileName() if to_file else printer.printerName()
        self.printer = printer
        data = self.pdf.data
        self.runner.submit(
            lambda: paint_pdf(printer, data, first=first, last=last, copies=copies),
            on_done=lambda _painted: self._record("pdf" if to_file else "printer",
                                                  destination, copies),
            on_error=self._on_failed)

    def _record(self, target: str, destination: str, copies: int) -> None:
        ctx, pdf = self.ctx, self.pdf
        if target == "printer":
            text = self.tr("“%1” went to the printer %2: %n copy(ies).", "", copies)
        else:
            text = self.tr("“%1” was printed into the file %2: %n copy(ies).", "", copies)
        text = fill(text, pdf.title, destination)
        self.runner.submit(
            lambda: papers.record_output(ctx, pdf, target=target, destination=destination,
                                         copies=copies),
            on_done=lambda _view: self.done.emit(text), on_error=self._on_failed, write=True)

    # Saving ----------------------------------------------------------------------------

    def save_as(self) -> QFileDialog:
        folder = self.ctx.paths.exports_dir
        folder.mkdir(parents=True, exist_ok=True)
        dialog = QFileDialog(self._parent, fill(self.tr("Save “%1” as PDF"), self.pdf.title),
                             str(folder / self.pdf.file_name), self.tr("PDF files (*.pdf)"))
        dialog.setObjectName("paper_save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.pdf.file_name)
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: str | Path) -> None:
        """Write the file (atomically) and record it, in the background."""
        ctx, pdf = self.ctx, self.pdf
        self.runner.submit(lambda: papers.save_pdf(ctx, pdf, path), on_done=self._on_saved,
                           on_error=self._on_failed, write=True)

    def _on_saved(self, path: Path) -> None:
        self.done.emit(fill(self.tr("Saved “%1” as %2."), self.pdf.title, str(path)))

    def _on_failed(self, exc: BaseException) -> None:
        self.error_box = show_error(self._parent, exc)
        self.failed.emit(self.error_box.text())
