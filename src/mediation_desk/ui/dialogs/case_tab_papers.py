"""The 文书 section of the case window: the papers the case can print now, in dossier order,
how often each went out, and whether a record changed after its last print (a signed
agreement must match the file) — with 预览…, 打印…, 另存为 PDF… and 整卷导出 PDF….

Papers are made on the TaskRunner (0.05–1 s each); nothing here blocks the window."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CaseDetail, PaperChoice, PaperPdf
from mediation_desk.services import papers
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.paper_preview import PaperPreview, open_preview
from mediation_desk.ui.forms.ui_case_window import Ui_CaseWindow
from mediation_desk.ui.paper_printing import PaperOutput, show_error
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

INDEX_ROLE = Qt.ItemDataRole.UserRole
"""Column 0 carries the row's index into ``PapersTab.choices``."""
PAPER, VERSION, COUNT, LAST, NOTE = range(5)
COLUMN_GAP_PX = 24


class PapersTab(QObject):
    output_done = Signal(str)
    """A paper was printed or saved and recorded; carries the sentence saying so."""

    def __init__(self, window: QWidget, ui: Ui_CaseWindow, ctx: AppContext,
                 runner: TaskRunner) -> None:
        super().__init__(window)
        self.window = window
        self.ui = ui
        self.ctx = ctx
        self.runner = runner
        self.detail: CaseDetail | None = None
        self.choices: list[PaperChoice] = []
        self.preview_window: PaperPreview | None = None
        self.output: PaperOutput | None = None
        self.error_box: QMessageBox | None = None
        tree = ui.papers_tree
        tree.header().setStretchLastSection(True)
        tree.setStyleSheet("QTreeWidget#papers_tree::item { padding: 3px 2px; }")
        # Enter and double-click both open the preview, the safe first step.
        tree.itemActivated.connect(lambda *_: self.preview())
        tree.currentItemChanged.connect(lambda *_: self._enable())
        ui.preview_paper_button.clicked.connect(self.preview)
        ui.print_paper_button.clicked.connect(self.print_selected)
        ui.save_paper_button.clicked.connect(self.save_selected)
        ui.export_dossier_button.clicked.connect(self.export_dossier)
        self._status("")
        self._enable()

    # Public API ------------------------------------------------------------------------

    def load(self, detail: CaseDetail) -> None:
        """Read which papers the case can print (in the background)."""
        self.detail = detail
        ctx, case_id = self.ctx, detail.summary.id
        self.runner.submit(lambda: papers.paper_choices(ctx, case_id), on_done=self.fill,
                           on_error=self._on_list_failed, key=f"papers/{case_id}")

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail)

    def fill(self, choices: list[PaperChoice]) -> None:
        tree = self.ui.papers_tree
        kept = self.selected()
        kept_key = (kept.form, kept.ref) if kept is not None else None
        self.choices = sorted(choices, key=lambda c: (c.dossier_order, c.on is None, c.on))
        tree.clear()
        for i, choice in enumerate(self.choices):
            item = QTreeWidgetItem([choice.label, str(choice.version), self._count(choice),
                                    self._last(choice), self._note(choice)])
            item.setData(PAPER, INDEX_ROLE, i)
            item.setToolTip(PAPER, choice.label)
            tree.addTopLevelItem(item)
            if (choice.form, choice.ref) == kept_key:
                tree.setCurrentItem(item)
        if tree.currentItem() is None and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        for column in (PAPER, VERSION, COUNT, LAST):
            # Contents plus a gap: headers set edge to edge read as one run of characters.
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, tree.columnWidth(column) + COLUMN_GAP_PX)
        self._enable()

    def selected(self) -> PaperChoice | None:
        item = self.ui.papers_tree.currentItem()
        if item is None:
            return None
        index = item.data(PAPER, INDEX_ROLE)
        return self.choices[index] if isinstance(index, int) and index < len(self.choices) \
            else None

    def rows(self) -> list[list[str]]:
        tree = self.ui.papers_tree
        return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
                for r in range(tree.topLevelItemCount())]

    def select(self, form: str) -> bool:
        """Make the first paper of ``form`` the current row."""
        for r, choice in enumerate(self.choices):
            if choice.form == form:
                self.ui.papers_tree.setCurrentItem(self.ui.papers_tree.topLevelItem(r))
                return True
        return False

    def preview(self) -> None:
        choice = self.selected()
        if choice is not None:
            self._make(choice, self._show_preview)

    def print_selected(self) -> None:
        choice = self.selected()
        if choice is not None:
            self._make(choice, lambda pdf: self._new_output(pdf).print_paper())

    def save_selected(self) -> None:
        choice = self.selected()
        if choice is not None:
            self._make(choice, lambda pdf: self._new_output(pdf).save_as())

    def export_dossier(self) -> None:
        if self.detail is None:
            return
        ctx, case_id = self.ctx, self.detail.summary.id
        self._status(self.tr("Putting the whole dossier together…"))
        self.runner.submit(lambda: papers.render_dossier(ctx, case_id),
                           on_done=lambda pdf: self._new_output(pdf).save_as(),
                           on_error=self._on_failed, key=f"papers/make/{case_id}")

    def copies_for(self, pdf: PaperPdf) -> int:
        """An agreement is printed once per party and once for the committee's file."""
        if pdf.form != "agreement" or self.detail is None:
            return 1
        agreement = next((a for a in self.detail.agreements if a.id == pdf.ref), None)
        if agreement is not None and agreement.copies > 0:
            return agreement.copies
        return len(self.detail.parties) + 1

    # Texts -----------------------------------------------------------------------------

    def _count(self, choice: PaperChoice) -> str:
        return self.tr("%n time(s)", "", choice.outputs) if choice.outputs \
            else self.tr("not yet")

    def _last(self, choice: PaperChoice) -> str:
        if choice.last_output_at is None:
            return ""
        return QLocale().toString(choice.last_output_at.astimezone(),
                                  QLocale.FormatType.ShortFormat)

    def _note(self, choice: PaperChoice) -> str:
        if choice.printed_version is not None and choice.printed_version != choice.version:
            # A mark in words: the paper that went out no longer matches the record.
            return self.tr("⚠ Changed since it was last printed: print it again")
        return ""

    # Work ------------------------------------------------------------------------------

    def _make(self, choice: PaperChoice, then: Callable[[PaperPdf], object]) -> None:
        if self.detail is None:
            return
        ctx, case_id = self.ctx, self.detail.summary.id
        self._status(labels.fill(self.tr("Making “%1”…"), choice.label))
        self.runner.submit(lambda: papers.render_paper(ctx, case_id, choice.form, choice.ref),
                           on_done=lambda pdf: self._made(pdf, then),
                           on_error=self._on_failed, key=f"papers/make/{case_id}")

    def _made(self, pdf: PaperPdf, then: Callable[[PaperPdf], object]) -> None:
        self._status("")
        then(pdf)

    def _show_preview(self, pdf: PaperPdf) -> None:
        preview = open_preview(self.window, self.ctx, self.runner, pdf, self.copies_for(pdf))
        preview.output_done.connect(self._on_output_done)
        preview.finished.connect(lambda _r: setattr(self, "preview_window", None))
        self.preview_window = preview

    def _new_output(self, pdf: PaperPdf) -> PaperOutput:
        output = PaperOutput(self.ctx, self.runner, pdf, self.window, self.copies_for(pdf))
        output.done.connect(self._on_output_done)
        output.failed.connect(self._status)
        self.output = output
        return output

    def _on_output_done(self, text: str) -> None:
        self._status(text)
        self.reload()
        self.output_done.emit(text)

    def _on_failed(self, exc: BaseException) -> None:
        self.error_box = show_error(self.window, exc)
        self._status(self.error_box.text())

    def _on_list_failed(self, exc: BaseException) -> None:
        log.error("could not list the papers", exc_info=exc)
        self._status(self.tr("The list of papers could not be read. Press F5 to try again."))

    def _status(self, text: str) -> None:
        self.ui.papers_status_label.setText(text)
        self.ui.papers_status_label.setVisible(bool(text))

    def _enable(self) -> None:
        has = self.selected() is not None
        for button in (self.ui.preview_paper_button, self.ui.print_paper_button,
                       self.ui.save_paper_button):
            button.setEnabled(has)
        self.ui.export_dossier_button.setEnabled(bool(self.choices))
