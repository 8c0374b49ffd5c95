"""What the patrol dialogs share: Save runs the service on the write thread, refusals go
beside the fields, and on success the caller gets the result and the dialog closes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.ui.field_errors import FieldErrors, error_label
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)


def _row_of(form: QFormLayout, widget: QWidget) -> int:
    row, _role = form.getWidgetPosition(widget)
    if row >= 0:
        return row
    for r in range(form.rowCount()):
        item = form.itemAt(r, QFormLayout.ItemRole.FieldRole)
        if item is not None and item.layout() is not None and item.layout().indexOf(widget) >= 0:
            return r
    return -1


class PatrolForm(GuardedDialog):
    """A subclass calls ``setup_form`` once its widgets exist, and gives ``collect()`` (the
    service's input) and ``store(data)`` (runs on the write thread)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, draft_key: str, title: str,
                 on_saved: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(ctx, draft_key, title, parent)
        self.runner = runner
        self.on_saved = on_saved
        self.saving = False
        self.errors: FieldErrors
        self.save_button: QPushButton
        self.general_label: QLabel
        self._save_text = ""
        self.setWindowTitle(title)

    def setup_form(self, save: QPushButton, cancel: QPushButton, general: QLabel) -> None:
        self.save_button, self.general_label = save, general
        self.errors = FieldErrors(general)
        self._save_text = save.text()
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setDefault(True)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

    def bind_fields(self, form: QFormLayout, fields: Sequence[tuple[str, QWidget]]) -> None:
        """Errors of each field in a row under its widget in ``form`` (a form nested in the
        dialog's layout, which FieldErrors cannot find by itself)."""
        for name, widget in fields:
            row = _row_of(form, widget)
            label = error_label(self, f"{name}_error")
            if row >= 0:
                form.insertRow(row + 1, "", label)
            self.errors.bind(name, widget, label if row >= 0 else self.general_label)

    def collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def store(self, data: dict[str, Any]) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        if self.saving:
            return
        self.errors.clear()
        try:
            data = self.collect()
        except DomainError as exc:
            self.errors.show(exc)
            return
        self._set_saving(True)
        self.runner.submit(lambda: self.store(data), on_done=self._on_saved,
                           on_error=self._on_failed, key=f"save:{self.draft_key}", write=True)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(QCoreApplication.translate("PatrolForm", "Saving…")
                                 if saving else self._save_text)

    def _on_saved(self, result: Any) -> None:
        self._set_saving(False)
        try:
            self.on_saved(result)
        except Exception:  # noqa: BLE001 - stored already; the dialog must still close
            log.exception("on_saved of %s failed", self.draft_key)
        self.finish_saved()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("saving %s failed", self.draft_key, exc_info=exc)
        self.general_label.setText("⚠ " + messages.message(
            "internal.unexpected",
            {"kind": type(exc).__name__, "log": str(self.ctx.paths.log_dir / "errors.log")},
            current_language()))
        self.general_label.show()

    def reject(self) -> None:
        if self.saving:
            return  # the write is under way; its answer decides whether the form closes
        super().reject()
