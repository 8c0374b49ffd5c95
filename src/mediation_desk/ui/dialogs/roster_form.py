"""What the roster's dialogs share: Save (Ctrl+S) and Cancel, the service call on the
TaskRunner's writer, refusals shown beside the fields, and ``saved`` with the new entry."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QPushButton, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.ui.field_errors import MARK, FieldErrors, error_label
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

NO_DATE = QDate(1899, 12, 31)  # a date field's "not given" (shown as —)


class RosterForm(GuardedDialog):
    saved = Signal(object)
    """The service stored the form; carries what it returned (a RosterEntry or MediatorView)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, draft_key: str | None,
                 draft_title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, draft_key, draft_title, parent)
        self.runner = runner
        self.errors: FieldErrors
        self.saving = False

    def setup_buttons(self, save: QPushButton, cancel: QPushButton, general: QLabel) -> None:
        self._save, self._general = save, general
        self.errors = FieldErrors(general)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

    def bind_fields(self, pairs: tuple[tuple[str, QWidget], ...]) -> None:
        """Each field's errors on a row under its widget, wherever in the dialog's form
        layouts it sits (FieldErrors finds only a form layout that is the parent's own)."""
        forms = self.findChildren(QFormLayout)
        placed: dict[int, QLabel] = {}
        for field, widget in pairs:
            label = placed.get(id(widget))
            for form in forms if label is None else ():
                row, _role = form.getWidgetPosition(widget)
                if row >= 0:
                    label = error_label(self, f"{field}_error")
                    form.insertRow(row + 1, "", label)
                    placed[id(widget)] = label
                    break
            self.errors.bind(field, widget, label)

    def collect(self) -> tuple[Callable[[], Any], Any] | None:
        """The service call (run on the writer thread), or None when the form refuses."""
        raise NotImplementedError

    def save(self) -> None:
        if self.saving:
            return
        self.errors.clear()
        job = self.collect()
        if job is None:
            return
        self.saving = True
        self._save.setEnabled(False)
        self.runner.submit(job[0], on_done=self._on_saved, on_error=self._on_failed,
                           write=True)

    def _on_saved(self, result: Any) -> None:
        self.saving = False
        self._save.setEnabled(True)
        self.saved.emit(result)
        self.finish_saved()

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self._save.setEnabled(True)
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("roster form failed", exc_info=exc)
        self._general.setText(MARK + QCoreApplication.translate(
            "RosterForm", "This could not be saved. The reason was written to the log."))
        self._general.show()


def setup_date(edit: QDateEdit, *, optional: bool, today: QDate) -> None:
    """A date field; an optional one starts empty (—) and may be left so."""
    edit.setMaximumDate(QDate(2100, 12, 31))
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
    else:
        edit.setMinimumDate(QDate(1950, 1, 1))
        edit.setDate(today)


def date_or_none(edit: QDateEdit) -> str | None:
    value = edit.date()
    return None if value == NO_DATE else value.toString("yyyy-MM-dd")


def set_date(edit: QDateEdit, iso: str | None) -> None:
    value = QDate.fromString(iso or "", "yyyy-MM-dd")
    edit.setDate(value if value.isValid() else NO_DATE)
