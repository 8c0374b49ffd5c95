"""One lifecycle step of a case (受理, 不予受理, 开始调解, 终止, 上报/移交, 结案, 归档 ...) as a
small form: a sentence saying what the step means, the few inputs it needs, Save.

The rules decide on the write thread (services.case_actions.perform_action); a refusal shows
beside the field it concerns. On success ``saved`` carries the case's new CaseDetail."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.views import CaseDetail, MediatorView
from mediation_desk.services.case_actions import perform_action
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.action_choices import Choices, load_form_data
from mediation_desk.ui.dialogs.action_form import ActionForm
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_action_dialog import Ui_ActionDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class ActionDialog(GuardedDialog):
    saved = Signal(object)
    """The step was recorded; carries the case's new CaseDetail."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, detail: CaseDetail, action: str,
                 parent: QWidget | None = None) -> None:
        case_id = detail.summary.id
        title = labels.fill(QCoreApplication.translate("ActionDialog", "%1 — %2"),
                            labels.action_label(action), detail.summary.case_no)
        super().__init__(ctx, f"case/{case_id}/action/{action}", title, parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.detail = detail
        self.action = action
        self.setWindowTitle(title)
        self.ui.heading_label.setText(self.heading())
        self.ui.case_label.setText(labels.fill(self.tr("Case %1: %2 (now: %3)"),
                                               detail.summary.case_no, detail.summary.title,
                                               labels.status_label(detail.summary.status)))
        self.save_button: QPushButton = self.ui.button_box.button(
            QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)

        self.form = ActionForm(action, detail, ctx.today(), self.ui.form_area,
                               self.ui.form_layout)
        self.errors = FieldErrors(self.ui.error_label)
        self.form.bind(self.errors)
        self.watch(*self.form.inputs())
        self._chain_tab_order()
        self._load_choices()
        self.offer_draft()
        first = next((w for w in self.form.inputs()[1:] if w.isEnabled()), None)
        (first or self.form.inputs()[0]).setFocus()

    # Texts -------------------------------------------------------------------------------

    def heading(self) -> str:
        """What the step means, in plain words (domain.md §5; 人民调解法)."""
        status = self.detail.summary.status
        texts = {
            "accept": self.tr(
                "Accept the dispute: the committee will mediate it. One mediator presides, "
                "and every party must agree to mediation (People's Mediation Law, Art. 17). "
                "The one-month time limit starts today."),
            "decline": self.tr(
                "Do not accept the dispute. Only the reasons the law allows can be chosen; "
                "tell the parties where they can turn instead."),
            "start_mediation": self.tr(
                "Start mediating. Before that, every party must have been told of their "
                "rights and duties."),
            "reach_agreement": self.tr(
                "Confirm that the parties reached an agreement. The agreement itself is "
                "recorded with \"Add to the file\"; a written one must be signed by all "
                "parties and the mediator and carry the committee's seal."),
            "terminate": self.tr(
                "End the mediation without agreement. Record why, and that the parties were "
                "told they may go to court, arbitration or the competent authority "
                "(Art. 26)."),
            "escalate": self.tr(
                "Hand the case to another body (the township justice office, or a joint "
                "mediation). Name the body that receives it."),
            "return_from_escalation": self.tr(
                "The receiving body has handed the case back: mediation goes on here."),
            "start_performance": self.tr(
                "The parties start performing the agreement; each item is then followed up "
                "until it is done."),
            "complete_performance": self.tr(
                "Every item of the agreement has been performed. A follow-up visit comes "
                "before the case is closed."),
            "mark_non_performance": self.tr(
                "A party has not performed an item by its date. Urge performance; if that "
                "fails, the party may go to court."),
            "remediate": self.tr(
                "Mediate again and replace the agreement (it stays in the file, marked void). "
                "Only if all parties agree."),
            "archive": self.tr(
                "File the complete dossier. After this the case can no longer be changed."),
        }
        if self.action == "close":
            if status == "non_performance":
                return self.tr("Close the case although the agreement was not performed: "
                               "say what the party did instead.")
            if status == "escalated":
                return self.tr("Close the case that another body handled: record that "
                               "body's result.")
            return self.tr("Close the case (结案). Check that the file is complete first.")
        return texts.get(self.action, labels.action_label(self.action))

    # GuardedDialog -----------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        return self.form.state()

    def restore_form_state(self, state: dict[str, Any]) -> None:
        self.form.restore(state)

    # Slots -------------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        ctx, case_id, action, data = self.ctx, self.detail.summary.id, self.action, \
            self.form.data()
        self.save_button.setEnabled(False)
        self.runner.submit(lambda: perform_action(ctx, case_id, action, data),
                           on_done=self._on_saved, on_error=self._on_failed, write=True,
                           key=f"case_action/{case_id}")

    def _on_saved(self, detail: CaseDetail) -> None:
        self.saved.emit(detail)
        self.finish_saved()

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("case action %s failed", self.action, exc_info=exc)
        self.ui.error_label.setText(self.tr(
            "⚠ This could not be saved because of an unexpected problem; it was written to "
            "the log. What you typed is kept: try again, or close and reopen the case."))
        self.ui.error_label.show()

    # Helpers -----------------------------------------------------------------------------

    def _load_choices(self) -> None:
        tables, with_mediators = self.form.tables(), self.form.needs_mediators()
        if not tables and not with_mediators:
            return
        ctx = self.ctx
        self.runner.submit(lambda: load_form_data(ctx, tables, with_mediators),
                           on_done=self._on_choices, on_error=self._on_choices_failed)

    def _on_choices(self, loaded: tuple[Choices, list[MediatorView]]) -> None:
        choices, mediators = loaded
        self._restoring = True  # filling lists is not an edit
        try:
            self.form.set_choices(choices, mediators)
        finally:
            self._restoring = False
        self.watch(*self.form.route_inputs())
        self._chain_tab_order()

    def _on_choices_failed(self, exc: BaseException) -> None:
        log.error("could not load choices for %s", self.action, exc_info=exc)
        self.ui.error_label.setText(self.tr(
            "⚠ The lists to choose from could not be read. Close this form and try again."))
        self.ui.error_label.show()

    def _chain_tab_order(self) -> None:
        """Tab follows the form: every input top to bottom, then Save, then Cancel."""
        chain: list[QWidget] = []
        for w in self.form.inputs():
            chain += self.form.route_inputs() if w.objectName() == "advised_routes_input" \
                else [w]
        chain += [self.save_button,
                  self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
