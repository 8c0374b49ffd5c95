"""What the account dialogs share: the service call on the TaskRunner (hashing a password
takes a noticeable moment on an old laptop), refusals beside the fields, Save with Ctrl+S.

Not a GuardedDialog on purpose: these forms hold passwords, and a password must never be
written to a draft file, encrypted or not."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.ui.field_errors import MARK, FieldErrors, error_label
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class AccountForm(QDialog):
    saved = Signal(object)
    """The service succeeded; carries what it returned (usually a UserView)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner if runner is not None else TaskRunner(self)
        self.errors: FieldErrors
        self.saving = False
        self._save_button: QPushButton | None = None
        self._general: QLabel | None = None

    def setup_form(self, save: QPushButton, cancel: QPushButton | None, general: QLabel,
                   fields: tuple[tuple[str, QWidget], ...], *, shortcut: bool = True) -> None:
        self._save_button, self._general = save, general
        self.errors = FieldErrors(general)
        if shortcut:
            save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.clicked.connect(self.save)
        if cancel is not None:
            cancel.clicked.connect(self.reject)
        forms = self.findChildren(QFormLayout)
        for field, widget in fields:
            label = None
            for form in forms:
                row, _role = form.getWidgetPosition(widget)
                if row >= 0:
                    label = error_label(self, f"{field}_error")
                    form.insertRow(row + 1, "", label)
                    break
            self.errors.bind(field, widget, label)

    def collect(self) -> Callable[[], Any] | None:
        """The service call to run on the writer thread; raise DomainError for a problem
        found here (two passwords that differ)."""
        raise NotImplementedError

    def save(self) -> None:
        if self.saving:
            return
        self.errors.clear()
        try:
            job = self.collect()
        except DomainError as exc:
            self.errors.show(exc)
            return
        if job is None:
            return
        self.saving = True
        if self._save_button is not None:
            self._save_button.setEnabled(False)
        self.runner.submit(job, on_done=self._on_done, on_error=self._on_failed, write=True)

    def succeeded(self, result: Any) -> None:
        """After the service: by default tell and close."""
        self.saved.emit(result)
        self.accept()

    def _on_done(self, result: Any) -> None:
        self.saving = False
        if self._save_button is not None:
            self._save_button.setEnabled(True)
        self.succeeded(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        if self._save_button is not None:
            self._save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            self.failed(exc)
            return
        log.error("account form failed", exc_info=exc)
        if self._general is not None:
            self._general.setText(MARK + QCoreApplication.translate(
                "AccountForm", "This did not work. The reason was written to the log."))
            self._general.show()

    def failed(self, exc: DomainError) -> None:
        """A refusal is shown; subclasses may clear a password field."""


def check_same(first: QLineEdit, again: QLineEdit, field: str) -> None:
    """The two entries of a new password must match (typed blind, a slip is easy)."""
    if first.text() != again.text():
        again.clear()
        raise DomainError("auth.passwords_differ", field)
