"""登记书面报告: the day the written report of a major screening finding was sent to the
司法所 (due within 2 days of the round, domain.md §6.2)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.screening_views import FindingView
from mediation_desk.services.screening import record_finding_report
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_finding_report_dialog import Ui_FindingReportDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog, date_value, set_date_value
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class FindingReportDialog(GuardedDialog):
    saved = Signal(object)
    """The report was recorded; carries the finding's new FindingView."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, finding: FindingView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"screening_finding/{finding.id}/report",
                         QCoreApplication.translate("FindingReportDialog",
                                                    "Written report of a major dispute"), parent)
        self.ui = Ui_FindingReportDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.finding = finding
        self._saving = False
        due = finding.report_due.isoformat() if finding.report_due else "—"
        self.ui.finding_label.setText(labels.fill(self.tr("%1\nReport due: %2"),
                                                  finding.description, due))
        set_date_value(self.ui.reported_on_edit, ctx.today().isoformat())
        self.ui.reported_on_edit.setMaximumDate(self.ui.reported_on_edit.date())
        self.save_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.errors = FieldErrors(self.ui.error_label)
        self.errors.bind("reported_on", self.ui.reported_on_edit)
        self.watch(self.ui.reported_on_edit)
        self.ui.reported_on_edit.setFocus()
        self.offer_draft()

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.errors.clear()
        ctx, fid = self.ctx, self.finding.id
        data = {"reported_on": date_value(self.ui.reported_on_edit)}
        self.runner.submit(lambda: record_finding_report(ctx, fid, data),
                           on_done=self._on_saved, on_error=self._on_failed, write=True)

    def _on_saved(self, view: FindingView) -> None:
        self._saving = False
        self.finish_saved()
        self.saved.emit(view)

    def _on_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("recording a finding report failed", exc_info=exc)
        self.ui.error_label.setText(self.tr("The report could not be saved. Try again."))
        self.ui.error_label.show()

    def form_state(self) -> dict[str, Any]:
        return {"reported_on": date_value(self.ui.reported_on_edit)}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        set_date_value(self.ui.reported_on_edit, state.get("reported_on"))
