"""预览: a made paper exactly as it will print — every page one below the other, as wide as
the window — with 打印… and 另存为 PDF… at hand.

Non-modal, so a mediator can keep the preview of an agreement open next to the case while
reading it out to the parties."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import PaperPdf
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_paper_preview import Ui_PaperPreview
from mediation_desk.ui.paper_printing import PaperOutput, PdfPages
from mediation_desk.ui.tasks import TaskRunner

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
POINTS_PER_INCH = 72


class PaperPreview(QDialog):
    output_done = Signal(str)
    """The paper was printed or saved and recorded; carries the sentence saying so."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, pdf: PaperPdf,
                 parent: QWidget | None = None, copies: int = 1) -> None:
        super().__init__(parent)
        self.ui = Ui_PaperPreview()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner
        self.pdf = pdf
        self.copies = copies
        self.output: PaperOutput | None = None
        title = labels.fill(self.tr("%1 — %2"), pdf.case_no, pdf.title) if pdf.case_no \
            else labels.fill(self.tr("%1 (blank, to fill in by hand)"), pdf.title)
        self.setWindowTitle(labels.fill(self.tr("Preview: %1"), title))
        self.ui.paper_title_label.setText(title)
        # The pages object keeps the buffer the document reads from alive with it.
        self.pages = PdfPages(pdf.data, self)
        view = self.ui.pdf_view
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.pages.document)
        view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.pages.document.statusChanged.connect(self._show_page_number)
        self.ui.zoom_in_button.clicked.connect(self.zoom_in)
        self.ui.zoom_out_button.clicked.connect(self.zoom_out)
        self.ui.fit_width_button.clicked.connect(self.fit_width)
        self.ui.print_button.clicked.connect(self.print_paper)
        self.ui.save_button.clicked.connect(self.save_as)
        self.ui.close_button.clicked.connect(self.reject)
        # Shortcuts of their own: a button's shortcut gives way to its text's mnemonic.
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_paper),
                           (QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            QShortcut(QKeySequence(keys), self, slot)
        self._show_page_number()
        self._show_status("")
        view.setFocus()

    # Public API ------------------------------------------------------------------------

    @property
    def document(self) -> QPdfDocument:
        return self.pages.document

    def page_text(self) -> str:
        return self.ui.page_label.text()

    def print_paper(self) -> PaperOutput:
        output = self._new_output()
        output.print_paper()
        return output

    def save_as(self) -> PaperOutput:
        output = self._new_output()
        output.save_as()
        return output

    def zoom_in(self) -> None:
        self._zoom_to(self._current_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._current_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.ui.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # Zoom ------------------------------------------------------------------------------

    def _current_zoom(self) -> float:
        view = self.ui.pdf_view
        if view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return view.zoomFactor()
        # In fit-to-width the view works out its factor itself; start stepping from there.
        page_px = self.document.pagePointSize(0).width() * \
            view.logicalDpiX() / POINTS_PER_INCH
        margins = view.documentMargins()
        room = view.viewport().width() - margins.left() - margins.right()
        return room / page_px if page_px > 0 else 1.0

    def _zoom_to(self, factor: float) -> None:
        view = self.ui.pdf_view
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))

    # Slots -----------------------------------------------------------------------------

    def _show_page_number(self, *_args: object) -> None:
        count = self.document.pageCount()
        if count == 0:
            self.ui.page_label.setText(self.tr("Loading…"))
            return
        current = self.ui.pdf_view.pageNavigator().currentPage() + 1
        self.ui.page_label.setText(labels.fill(self.tr("Page %1 of %2"), current, count))

    def _new_output(self) -> PaperOutput:
        output = PaperOutput(self.ctx, self.runner, self.pdf, self, self.copies)
        output.done.connect(self._on_output_done)
        output.failed.connect(self._show_status)
        self.output = output
        return output

    def _on_output_done(self, text: str) -> None:
        self._show_status(text)
        self.output_done.emit(text)

    def _show_status(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(bool(text))


def open_preview(parent: QWidget, ctx: AppContext, runner: TaskRunner, pdf: PaperPdf,
                 copies: int = 1) -> PaperPreview:
    """Show ``pdf`` in a new preview window that deletes itself on closing."""
    preview = PaperPreview(ctx, runner, pdf, parent, copies)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview
