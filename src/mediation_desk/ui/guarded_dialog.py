"""Form dialogs that lose nothing: a draft on disk while typing, offered back after a crash,
and a question before typed work is thrown away.

A subclass gives ``form_state()`` (JSON-able values of its fields) and
``restore_form_state(state)``, calls ``watch(...)`` on its inputs and ``offer_draft()`` at the
end of its constructor, and ``finish_saved()`` once the service has stored the form."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import drafts
from mediation_desk.ui import labels

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 800


class DraftBar(QFrame):
    """"Unsaved work from <time> was found. [Restore] [Discard]" at the top of a form."""

    def __init__(self, saved_at: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("draft_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#draft_bar { background: #fff4ce; border: 1px solid #c19c00; }")
        layout = QHBoxLayout(self)
        self.text = QLabel(labels.fill(self.tr(
            "This form was not saved last time (%1). Restore what was typed?"), saved_at), self)
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("draft_restore")
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setObjectName("draft_discard")
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)


class GuardedDialog(QDialog):
    def __init__(self, ctx: AppContext, draft_key: str | None, draft_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_key = draft_key
        self.draft_title = draft_title
        self.draft_bar: DraftBar | None = None
        self.discard_question: QMessageBox | None = None
        self._dirty = False
        self._restoring = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush_draft)

    # For subclasses ----------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore_form_state(self, state: dict[str, Any]) -> None:
        raise NotImplementedError

    def watch(self, *widgets: QWidget) -> None:
        """Any edit in these widgets makes the form dirty and (soon) writes the draft."""
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.mark_dirty)
            elif isinstance(w, QPlainTextEdit | QTextEdit):
                w.textChanged.connect(self.mark_dirty)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.mark_dirty)
                if w.isEditable():
                    w.editTextChanged.connect(self.mark_dirty)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self.mark_dirty)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self.mark_dirty)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self.mark_dirty)

    def offer_draft(self) -> None:
        """Show the restore bar when a draft of this form is on disk."""
        if not self.draft_key:
            return
        found = next((d for d in drafts.list_drafts(self.ctx) if d.key == self.draft_key), None)
        if found is None:
            return
        when = QLocale().toString(found.saved_at.astimezone(), QLocale.FormatType.ShortFormat)
        self.draft_bar = DraftBar(when, self)
        layout = self.layout()
        insert = getattr(layout, "insertWidget", None)
        if insert is not None:
            insert(0, self.draft_bar)
        self.draft_bar.restore_button.clicked.connect(self.restore_draft)
        self.draft_bar.discard_button.clicked.connect(self.discard_draft)

    def finish_saved(self) -> None:
        """The form is stored: forget the draft and close."""
        self._timer.stop()
        self._dirty = False
        if self.draft_key:
            drafts.discard_draft(self.ctx, self.draft_key)
        self.accept()

    # State -------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args: object) -> None:
        if self._restoring:
            return
        self._dirty = True
        if self.draft_key:
            self._timer.start()

    def flush_draft(self) -> None:
        """Write the draft now (also called by the timer after typing pauses)."""
        self._timer.stop()
        if not (self.draft_key and self._dirty):
            return
        try:
            drafts.save_draft(self.ctx, self.draft_key, self.draft_title, self.form_state())
        except Exception:  # noqa: BLE001 - a failed draft must never break typing
            log.exception("could not write draft %s", self.draft_key)

    def restore_draft(self) -> None:
        state = drafts.load_draft(self.ctx, self.draft_key) if self.draft_key else None
        self._drop_bar()
        if state is None:
            return
        self._restoring = True
        try:
            self.restore_form_state(state)
        finally:
            self._restoring = False
        self._dirty = True

    def discard_draft(self) -> None:
        if self.draft_key:
            drafts.discard_draft(self.ctx, self.draft_key)
        self._drop_bar()

    def _drop_bar(self) -> None:
        if self.draft_bar is not None:
            self.draft_bar.hide()
            self.draft_bar.deleteLater()
            self.draft_bar = None

    # Closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's ×: ask first when something was typed."""
        if not self._dirty:
            self._timer.stop()
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr("What you typed in this form has not been saved. "
                                  "Close it and throw the changes away?"),
                          QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("discard_question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_discard_answer)
        self.discard_question = box
        box.open()

    def _on_discard_answer(self, _result: int) -> None:
        box = self.discard_question
        self.discard_question = None
        if box is None or box.clickedButton() is not box.button(
                QMessageBox.StandardButton.Discard):
            return
        self._timer.stop()
        self._dirty = False
        self.discard_draft()
        super().reject()

    def done(self, result: int) -> None:
        # A window closed by its parent while dirty keeps its draft for next time.
        if self._dirty:
            self.flush_draft()
        super().done(result)


def date_value(edit: QDateEdit) -> str:
    """ISO date of a date field, for a service input or a draft."""
    return edit.date().toString("yyyy-MM-dd")


def set_date_value(edit: QDateEdit, iso: str | None) -> None:
    if iso:
        date = QDate.fromString(iso, "yyyy-MM-dd")
        if date.isValid():
            edit.setDate(date)
