"""空白文书: the empty papers, chosen by title and shown in the preview, for mediators who
fill them in by hand (at a household, or when the computer is not at hand)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import papers
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.paper_preview import PaperPreview, open_preview
from mediation_desk.ui.forms.ui_blank_forms_dialog import Ui_BlankFormsDialog
from mediation_desk.ui.paper_printing import show_error
from mediation_desk.ui.tasks import TaskRunner

CODE_ROLE = Qt.ItemDataRole.UserRole


class BlankFormsDialog(QDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BlankFormsDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner
        self.preview_window: PaperPreview | None = None
        self.error_box: QMessageBox | None = None
        for code, title in papers.blank_forms():
            item = QListWidgetItem(title)
            item.setData(CODE_ROLE, code)
            self.ui.form_list.addItem(item)
        self.ui.form_list.setStyleSheet("QListWidget#form_list::item { padding: 4px 6px; }")
        if self.ui.form_list.count():
            self.ui.form_list.setCurrentRow(0)
        # Enter and double-click open the preview, like the 预览… button.
        self.ui.form_list.itemActivated.connect(lambda _item: self.preview())
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.status_label.hide()
        self.ui.form_list.setFocus()

    def codes(self) -> list[str]:
        return [self.ui.form_list.item(i).data(CODE_ROLE)
                for i in range(self.ui.form_list.count())]

    def select(self, code: str) -> None:
        self.ui.form_list.setCurrentRow(self.codes().index(code))

    def preview(self) -> None:
        item = self.ui.form_list.currentItem()
        if item is None:
            return
        ctx, code = self.ctx, item.data(CODE_ROLE)
        self._status(labels.fill(self.tr("Making “%1”…"), item.text()))
        self.runner.submit(lambda: papers.render_blank(ctx, code), on_done=self._on_made,
                           on_error=self._on_failed, key="papers/blank")

    def _on_made(self, pdf: PaperPdf) -> None:
        self._status("")
        # On the main window: the preview stays open when the chooser is closed.
        self.preview_window = open_preview(self.parentWidget() or self, self.ctx,
                                           self.runner, pdf)

    def _on_failed(self, exc: BaseException) -> None:
        self.error_box = show_error(self, exc)
        self._status(self.error_box.text())

    def _status(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(bool(text))
