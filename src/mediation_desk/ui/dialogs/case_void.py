"""作废 in the case window: only for a role with CASE_VOID, only for the station's own case
that is not archived. The form asks for the reason (required) under a plain warning: the
record stays, with its number, but leaves the lists and the statistics for good."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import authz, case_marks, case_origin
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import MARK, FieldErrors, error_label
from mediation_desk.ui.forms.ui_void_dialog import Ui_VoidDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

NOT_VOIDABLE = frozenset({"archived"})  # an archived dossier is read-only


class VoidDialog(GuardedDialog):
    voided = Signal(str)
    """The case was voided; carries its id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        case_id = detail.summary.id
        # No draft file: a one-line reason is quickly typed again, and a draft could not be
        # reopened from the drafts list (it is not a step or a record of the case).
        super().__init__(ctx, None, labels.fill(
            QCoreApplication.translate("VoidDialog", "Void %1"), detail.summary.case_no),
            parent)
        self.ui = ui = Ui_VoidDialog()
        ui.setupUi(self)
        self.runner, self.case_id = runner, case_id
        self.saving = False
        ui.case_label.setText(labels.fill(self.tr("Case %1 — %2"), detail.summary.case_no,
                                          detail.summary.title))
        font = ui.warning_label.font()
        font.setBold(True)
        ui.warning_label.setFont(font)
        self.errors = FieldErrors(ui.general_error_label)
        label = error_label(self, "reason_error")
        ui.void_form.insertRow(1, "", label)  # the message right under the field
        self.errors.bind("reason", ui.reason_edit, label)
        ui.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        self.watch(ui.reason_edit)
        ui.reason_edit.setFocus()
        self.offer_draft()

    def form_state(self) -> dict[str, Any]:
        return {"reason": self.ui.reason_edit.text()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        self.ui.reason_edit.setText(str(state.get("reason", "")))

    def save(self) -> None:
        if self.saving:
            return
        self.errors.clear()
        reason = self.ui.reason_edit.text().strip()
        if not reason:
            self.errors.show(DomainError("field.required", "reason"))
            return
        self.saving = True
        self.ui.save_button.setEnabled(False)
        ctx, case_id = self.ctx, self.case_id
        self.runner.submit(lambda: case_marks.void_case(ctx, case_id, {"reason": reason}),
                           on_done=self._on_done, on_error=self._on_failed, write=True)

    def _on_done(self, _result: object) -> None:
        self.saving = False
        self.voided.emit(self.case_id)
        self.finish_saved()

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.ui.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("void failed", exc_info=exc)
        self.ui.general_error_label.setText(MARK + self.tr(
            "The case could not be voided. The reason was written to the log."))
        self.ui.general_error_label.show()


class VoidControl(QObject):
    """The case window's 作废… button: shown only where voiding would be allowed."""

    voided = Signal(str)

    def __init__(self, window: QWidget, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window, self.ctx, self.runner = window, ctx, runner
        self.button = window.ui.void_button  # type: ignore[attr-defined]
        self.dialog: VoidDialog | None = None
        self.detail: CaseDetail | None = None
        self.button.clicked.connect(self.open_dialog)
        self.voided.connect(self._after_void)

    def load(self, detail: CaseDetail) -> None:
        """Hide at once; show once it is known the case is this station's own."""
        self.detail = detail
        self.button.hide()
        if detail.summary.status in NOT_VOIDABLE or \
                not authz.can(self.ctx, Permission.CASE_VOID):
            return
        ctx, case_id = self.ctx, detail.summary.id
        self.runner.submit(lambda: case_origin.case_origin(ctx, case_id).is_own,
                           on_done=self._on_origin, on_error=lambda _exc: None,
                           key=f"case_void/{case_id}")

    def open_dialog(self) -> VoidDialog | None:
        if self.detail is None:
            return None
        dialog = VoidDialog(self.ctx, self.runner, self.detail, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.voided.connect(self.voided)
        dialog.finished.connect(self._forget)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_origin(self, own: bool) -> None:
        self.button.setVisible(bool(own))

    def _forget(self, _result: int) -> None:
        self.dialog = None

    def _after_void(self, case_id: str) -> None:
        # The case leaves every list: tell the main window, say so there, close this one.
        self.window.case_changed.emit(case_id)  # type: ignore[attr-defined]
        main = self.window.parentWidget()
        if self.detail is not None and hasattr(main, "show_message"):
            main.show_message(labels.fill(self.tr("Case %1 was voided; the record stays."),
                                          self.detail.summary.case_no))
        self.window.close()
