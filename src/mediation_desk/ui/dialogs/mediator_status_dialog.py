"""任免/状态变更: a mediator leaves office — term ended, resigned, recalled or dismissed on
the grounds of Law Art. 15, replaced, deceased — with the reason and the date.

A recall or dismissal offers only the Art. 15 grounds (the station's ``misconduct`` code
table), so the form cannot record a removal without a legal ground."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.roster_commands import REMOVAL_STATUSES, plain_reasons
from mediation_desk.domain.roster_views import RosterEntry
from mediation_desk.domain.views import CodeChoice
from mediation_desk.services.roster_changes import change_status
from mediation_desk.ui import labels
from mediation_desk.ui import roster_labels as rl
from mediation_desk.ui.dialogs.roster_form import RosterForm, set_date, setup_date
from mediation_desk.ui.forms.ui_mediator_status_dialog import Ui_MediatorStatusDialog
from mediation_desk.ui.guarded_dialog import date_value
from mediation_desk.ui.tasks import TaskRunner

# The reason that usually goes with a status, chosen first.
_USUAL = {"term_ended": "term_ended", "resigned": "resigned", "deceased": "deceased",
          "replaced": "unable"}


class MediatorStatusDialog(RosterForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner, entry: RosterEntry,
                 misconduct: list[CodeChoice], parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, f"mediator_status:{entry.id}",
                         labels.fill(self.tr("Status change — %1"), entry.name), parent)
        self.ui = ui = Ui_MediatorStatusDialog()
        ui.setupUi(self)
        self.entry = entry
        self.misconduct = misconduct
        today = QDate(ctx.today())
        setup_date(ui.on_date_edit, optional=False, today=today)
        ui.on_date_edit.setMaximumDate(today)
        ui.mediator_label.setText(labels.fill(
            self.tr("Mediator: %1 (%2), now %3"), entry.name,
            rl.role_label(entry.role, entry.is_chief), rl.status_label(entry.status)))
        for code in rl.STATUSES:
            if code != "active":
                ui.status_combo.addItem(rl.status_label(code), code)
        self.setup_buttons(ui.save_button, ui.cancel_button, ui.general_error_label)
        self.bind_fields((("to_status", ui.status_combo), ("reason", ui.reason_combo),
                          ("note", ui.note_edit), ("on_date", ui.on_date_edit)))
        ui.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self._on_status_combo_changed(0)
        self.watch(ui.status_combo, ui.reason_combo, ui.note_edit, ui.on_date_edit)
        self.offer_draft()

    def _on_status_combo_changed(self, _index: int) -> None:
        ui = self.ui
        status = ui.status_combo.currentData()
        removal = status in REMOVAL_STATUSES
        ui.reason_combo.blockSignals(True)
        ui.reason_combo.clear()
        if removal or status == "replaced":
            for c in self.misconduct:
                ui.reason_combo.addItem(labels.code_label(c), c.code)
        if not removal:
            for code in plain_reasons():
                ui.reason_combo.addItem(rl.reason_label(code), code)
        index = ui.reason_combo.findData(_USUAL.get(status, ""))
        ui.reason_combo.setCurrentIndex(max(index, 0))
        ui.reason_combo.blockSignals(False)
        ui.reason_hint_label.setText(
            self.tr("A recall or dismissal must rest on one of the grounds of Mediation Law "
                    "Art. 15 (or serious dereliction of duty).") if removal else "")
        ui.reason_hint_label.setVisible(removal)

    def form_data(self) -> dict[str, Any]:
        ui = self.ui
        return {"to_status": ui.status_combo.currentData(),
                "reason": ui.reason_combo.currentData() or "",
                "note": ui.note_edit.text().strip(), "on_date": date_value(ui.on_date_edit)}

    def collect(self) -> tuple[Callable[[], Any], Any] | None:
        ctx, mid, data = self.ctx, self.entry.id, self.form_data()
        return (lambda: change_status(ctx, mid, data)), data

    def form_state(self) -> dict[str, Any]:
        return self.form_data()

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        ui.status_combo.setCurrentIndex(max(ui.status_combo.findData(state.get("to_status")), 0))
        ui.reason_combo.setCurrentIndex(max(ui.reason_combo.findData(state.get("reason")), 0))
        ui.note_edit.setText(str(state.get("note", "")))
        set_date(ui.on_date_edit, state.get("on_date"))
