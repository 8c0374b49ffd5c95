"""情况报告: a group head's report of an incident and where it went. Sent to the mediation
committee, "Next" opens the new-case form filled in from the report; saving that form reports
the incident and registers its case in one service call."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from mediation_desk.bootstrap import CHINA_TZ, AppContext
from mediation_desk.domain.community_commands import IncidentInput
from mediation_desk.domain.community_views import GroupView, HouseholdView, IncidentView
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import groups, incidents
from mediation_desk.services.inputs import parse
from mediation_desk.ui import community_labels
from mediation_desk.ui.dialogs.new_case_dialog import NewCaseDialog
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_incident_dialog import Ui_IncidentDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

COMMITTEE = "mediation_committee"
DRAFT_KEY = "incident:new"
CASE_DRAFT_KEY = "new_case:incident:new"


class IncidentDialog(GuardedDialog):
    reported = Signal(object)
    """The report is stored; carries its IncidentView (no case) ..."""
    case_registered = Signal(str)
    """... or the case it became; carries the case id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, group_list: list[GroupView],
                 parent: QWidget | None = None, *, group_id: str | None = None) -> None:
        super().__init__(ctx, DRAFT_KEY,
                         QCoreApplication.translate("IncidentDialog", "Incident report"), parent)
        self.ui = Ui_IncidentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._runner = runner
        self._groups = {g.id: g for g in group_list}
        self.case_dialog: NewCaseDialog | None = None
        self.saved: IncidentView | None = None
        self._wanted_reporter: str | None = None
        for g in group_list:
            ui.group_combo.addItem(g.name, g.id)
        for code in community_labels.INCIDENT_KINDS:
            ui.kind_combo.addItem(community_labels.kind_label(code), code)
        for code in community_labels.ROUTES:
            ui.route_combo.addItem(community_labels.route_label(code), code)
        ui.reported_at_edit.setDateTime(QDateTime.fromSecsSinceEpoch(
            int(ctx.clock().timestamp())))
        ui.reported_at_edit.setMaximumDateTime(ui.reported_at_edit.dateTime().addSecs(300))
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)
        self.errors = FieldErrors(ui.general_error_label)
        for path, widget in (("group_id", ui.group_combo), ("reporter_person_id",
                                                            ui.reporter_combo),
                             ("reported_at", ui.reported_at_edit), ("kind", ui.kind_combo),
                             ("description", ui.description_edit),
                             ("action_taken", ui.action_edit), ("routed_to", ui.route_combo)):
            self.errors.bind(path, widget)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.group_combo.currentIndexChanged.connect(self._on_group_combo_currentIndexChanged)
        ui.route_combo.currentIndexChanged.connect(self._on_route_combo_currentIndexChanged)
        self.watch(ui.group_combo, ui.reporter_combo, ui.reported_at_edit, ui.kind_combo,
                   ui.description_edit, ui.action_edit, ui.route_combo)
        if group_id:
            _select(ui.group_combo, group_id)
        self._on_route_combo_currentIndexChanged(ui.route_combo.currentIndex())
        self._load_reporters()
        ui.group_combo.setFocus()
        self.offer_draft()

    # The form -----------------------------------------------------------------------------

    def incident_data(self) -> dict[str, Any]:
        ui = self.ui
        at = ui.reported_at_edit.dateTime().toSecsSinceEpoch()
        return {"reporter_person_id": ui.reporter_combo.currentData(),
                "reported_at": datetime.fromtimestamp(at, CHINA_TZ).isoformat(),
                "kind": ui.kind_combo.currentData(),
                "description": ui.description_edit.toPlainText().strip(),
                "action_taken": ui.action_edit.toPlainText().strip(),
                "routed_to": ui.route_combo.currentData()}

    def save(self) -> None:
        group_id = self.ui.group_combo.currentData()
        if not group_id:
            self.errors.show(DomainError("field.required", "group_id"))
            return
        data = self.incident_data()
        try:
            parse(IncidentInput, {**data, "routed_to": "self_handled"})
        except DomainError as exc:
            self.errors.show(exc)
            return
        if data["routed_to"] == COMMITTEE:
            self._open_case_form(group_id, data)
            return
        self.save_button.setEnabled(False)
        ctx = self.ctx
        self._runner.submit(lambda: incidents.report_incident(ctx, group_id, data),
                            on_done=self._on_saved, on_error=self._on_save_failed, write=True)

    def _open_case_form(self, group_id: str, data: dict[str, Any]) -> None:
        group = self._groups.get(group_id)
        prefill = {"facts": data["description"], "source": incidents.CASE_SOURCE,
                   "referred_by": group.name if group else "",
                   "received_on": data["reported_at"][:10]}

        def register(ctx: AppContext, case: dict[str, Any]) -> Any:
            return incidents.report_incident_to_case(ctx, group_id, data, case)

        dialog = NewCaseDialog(self.ctx, self._runner, self, prefill=prefill, register=register,
                               draft_key=CASE_DRAFT_KEY)
        self.case_dialog = dialog
        dialog.case_created.connect(self._on_case_created)
        dialog.finished.connect(self._on_case_dialog_finished)
        dialog.open()

    def _on_case_created(self, case_id: str) -> None:
        self.finish_saved()
        self.case_registered.emit(case_id)

    def _on_case_dialog_finished(self, _result: int) -> None:
        dialog, self.case_dialog = self.case_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_saved(self, view: IncidentView) -> None:
        self.saved = view
        self.finish_saved()
        self.reported.emit(view)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("reporting an incident failed", exc_info=exc)
        self.errors.show(DomainError("internal.unexpected", None, kind=type(exc).__name__))

    # Draft --------------------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        return {"group_id": ui.group_combo.currentData(),
                "reporter": ui.reporter_combo.currentData(),
                "reported_at": ui.reported_at_edit.dateTime().toString("yyyy-MM-ddTHH:mm"),
                "kind": ui.kind_combo.currentData(),
                "description": ui.description_edit.toPlainText(),
                "action": ui.action_edit.toPlainText(), "route": ui.route_combo.currentData()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        self._wanted_reporter = state.get("reporter")
        _select(ui.group_combo, state.get("group_id"))
        when = QDateTime.fromString(state.get("reported_at") or "", "yyyy-MM-ddTHH:mm")
        if when.isValid():
            ui.reported_at_edit.setDateTime(when)
        _select(ui.kind_combo, state.get("kind"))
        ui.description_edit.setPlainText(state.get("description", ""))
        ui.action_edit.setPlainText(state.get("action", ""))
        _select(ui.route_combo, state.get("route"))
        self._load_reporters()

    # Slots --------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        self.save()

    def _on_group_combo_currentIndexChanged(self, _index: int) -> None:
        self._load_reporters()

    def _on_route_combo_currentIndexChanged(self, _index: int) -> None:
        to_committee = self.ui.route_combo.currentData() == COMMITTEE
        self.ui.route_hint_label.setVisible(to_committee)
        self.save_button.setText(self.tr("&Next…") if to_committee else self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))

    def _load_reporters(self) -> None:
        group_id = self.ui.group_combo.currentData()
        if not group_id:
            return
        ctx = self.ctx
        self._runner.submit(lambda: groups.group_households(ctx, group_id),
                            on_done=self._on_reporters_loaded, key=f"reporters:{id(self)}")

    def _on_reporters_loaded(self, found: list[HouseholdView]) -> None:
        combo = self.ui.reporter_combo
        group = self._groups.get(self.ui.group_combo.currentData() or "")
        wanted = self._wanted_reporter or (group.head_person_id if group else None)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        for hh in found:
            for m in hh.members:
                combo.addItem(f"{m.name}（{hh.address}）", m.person_id)
        _select(combo, wanted)
        combo.blockSignals(False)
        self._wanted_reporter = None


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data) if data is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
