"""登记排查: one screening round as the paper register has it — the period, the day it was
held, who screened, the scope, and either the disputes found or a nil report (零报告).

The period list offers the periods still missing a round (the oldest first, chosen), and
"Other dates…" for a special screening; the service refuses a period already recorded."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.screening_views import ScreeningRoundView, ScreeningStatusView
from mediation_desk.domain.views import CodeChoice, MediatorView
from mediation_desk.services import code_tables
from mediation_desk.services.mediators import list_mediators
from mediation_desk.services.screening import record_screening_round
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.screening_findings_editor import FindingsEditor
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_screening_round_dialog import Ui_ScreeningRoundDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog, date_value, set_date_value
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

DRAFT_KEY = "screening_round:new"
OTHER = "other"  # the period combo's "Other dates…" entry


class ScreeningRoundDialog(GuardedDialog):
    saved = Signal(object)
    """The round was recorded; carries its ScreeningRoundView."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, status: ScreeningStatusView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, DRAFT_KEY, QCoreApplication.translate(
            "ScreeningRoundDialog", "Screening round"), parent)
        self.ui = Ui_ScreeningRoundDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.runner = runner
        self.status = status
        self._saving = False
        self.findings = FindingsEditor(ui.findings_table)
        today = ctx.today().isoformat()
        for edit in (ui.period_start_edit, ui.period_end_edit, ui.held_on_edit):
            set_date_value(edit, today)
        ui.held_on_edit.setMaximumDate(ui.held_on_edit.date())
        self._fill_periods()

        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        self.errors = FieldErrors(ui.error_label)
        for path, widget in (("period_start", ui.period_combo),
                             ("period_end", ui.period_end_edit), ("held_on", ui.held_on_edit),
                             ("performed_by", ui.performed_by_list), ("scope", ui.scope_edit),
                             ("is_zero_report", ui.zero_report_check),
                             ("findings", ui.findings_table), ("notes", ui.notes_edit)):
            self.errors.bind(path, widget)

        ui.period_combo.currentIndexChanged.connect(self._on_period_changed)
        ui.zero_report_check.toggled.connect(self._on_zero_toggled)
        ui.add_finding_button.clicked.connect(self._on_add_finding)
        ui.remove_finding_button.clicked.connect(self.findings.remove_current)
        ui.performed_by_list.itemChanged.connect(self.mark_dirty)
        self.findings.edited.connect(self.mark_dirty)
        self.watch(ui.period_combo, ui.period_start_edit, ui.period_end_edit, ui.held_on_edit,
                   ui.others_edit, ui.scope_edit, ui.zero_report_check, ui.notes_edit)
        self._on_period_changed()
        self._on_zero_toggled(False)
        self._pending_people: list[str] = []
        runner.submit(lambda: (list_mediators(ctx, active_only=True),
                               code_tables.choices(ctx, "dispute_category")),
                      on_done=self._on_choices_loaded, on_error=self._on_choices_failed)
        ui.period_combo.setFocus()
        self.offer_draft()

    # Choices -----------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        combo = self.ui.period_combo
        for p in self.status.missing:
            text = p.label
            if p.overdue:
                text = labels.fill(self.tr("%1 (overdue)"), p.label)
            combo.addItem(text, (p.start.isoformat(), p.end.isoformat()))
        combo.addItem(self.tr("Other dates (special screening)…"), OTHER)

    def _on_period_changed(self, *_args: object) -> None:
        ui = self.ui
        data = ui.period_combo.currentData()
        custom = data == OTHER
        ui.period_start_edit.setEnabled(custom)
        ui.period_end_edit.setEnabled(custom)
        if not custom and data:
            set_date_value(ui.period_start_edit, data[0])
            set_date_value(ui.period_end_edit, data[1])

    def _on_choices_loaded(self, loaded: tuple[list[MediatorView], list[CodeChoice]]) -> None:
        mediators, categories = loaded
        self.findings.set_categories(categories)
        lst = self.ui.performed_by_list
        lst.blockSignals(True)
        for m in mediators:
            item = QListWidgetItem(m.name, lst)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in self._pending_people
                               else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        known = {m.id for m in mediators}
        others = [p for p in self._pending_people if p not in known]
        if others and not self.ui.others_edit.text():
            self.ui.others_edit.setText("、".join(others))

    def _on_choices_failed(self, exc: BaseException) -> None:
        log.error("loading screening choices failed", exc_info=exc)
        self.ui.error_label.setText(self.tr(
            "The mediators and dispute categories could not be read."))
        self.ui.error_label.show()

    # Form --------------------------------------------------------------------------------

    def _on_zero_toggled(self, nil: bool) -> None:
        ui = self.ui
        for w in (ui.findings_table, ui.add_finding_button, ui.remove_finding_button):
            w.setEnabled(not nil)

    def _on_add_finding(self) -> None:
        row = self.findings.add_row()
        self.ui.findings_table.setCurrentCell(row, 0)
        self.ui.findings_table.editItem(self.ui.findings_table.item(row, 0))
        self.mark_dirty()

    def _people(self) -> list[str]:
        lst = self.ui.performed_by_list
        ids = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
               if lst.item(i).checkState() == Qt.CheckState.Checked]
        text = self.ui.others_edit.text()
        for sep in ("，", ",", "；", ";"):
            text = text.replace(sep, "、")
        return ids + [n.strip() for n in text.split("、") if n.strip()]

    def round_data(self) -> dict[str, Any]:
        ui = self.ui
        nil = ui.zero_report_check.isChecked()
        return {"period_start": date_value(ui.period_start_edit),
                "period_end": date_value(ui.period_end_edit),
                "custom_period": ui.period_combo.currentData() == OTHER,
                "held_on": date_value(ui.held_on_edit), "performed_by": self._people(),
                "scope": ui.scope_edit.text().strip(), "is_zero_report": nil,
                # Sent even for a nil report: the service says beside the list that a nil
                # report cannot list findings, instead of dropping typed rows unseen.
                "findings": self.findings.findings(),
                "notes": ui.notes_edit.toPlainText().strip()}

    def save(self) -> None:
        if self._saving:
            return  # a second press must not record the round twice
        self._saving = True
        self.errors.clear()
        data, ctx = self.round_data(), self.ctx
        self.runner.submit(lambda: record_screening_round(ctx, data), on_done=self._on_saved,
                           on_error=self._on_save_failed, write=True)

    def _on_saved(self, view: ScreeningRoundView) -> None:
        self._saving = False
        self.finish_saved()
        self.saved.emit(view)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("recording a screening round failed", exc_info=exc)
        self.ui.error_label.setText(self.tr("The round could not be saved. Try again."))
        self.ui.error_label.show()

    # Draft -------------------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        state = self.round_data()
        state["findings"] = self.findings.entries()
        state["others"] = self.ui.others_edit.text()
        return state

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        i = ui.period_combo.findData((state.get("period_start"), state.get("period_end")))
        ui.period_combo.setCurrentIndex(i if i >= 0 else ui.period_combo.count() - 1)
        set_date_value(ui.period_start_edit, state.get("period_start"))
        set_date_value(ui.period_end_edit, state.get("period_end"))
        set_date_value(ui.held_on_edit, state.get("held_on"))
        ui.scope_edit.setText(state.get("scope", ""))
        ui.others_edit.setText(state.get("others", ""))
        ui.zero_report_check.setChecked(bool(state.get("is_zero_report")))
        ui.notes_edit.setPlainText(state.get("notes", ""))
        self.findings.set_entries(state.get("findings", []))
        people = list(state.get("performed_by", []))
        lst = ui.performed_by_list
        if lst.count():
            for n in range(lst.count()):
                item = lst.item(n)
                item.setCheckState(Qt.CheckState.Checked
                                   if item.data(Qt.ItemDataRole.UserRole) in people
                                   else Qt.CheckState.Unchecked)
        else:
            self._pending_people = people
