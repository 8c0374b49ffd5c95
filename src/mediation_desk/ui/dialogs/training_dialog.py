"""培训记录: one training course a mediator attended (date, organiser, topic, hours, exam)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.roster_views import RosterEntry
from mediation_desk.services.roster_changes import add_training
from mediation_desk.ui import labels
from mediation_desk.ui import roster_labels as rl
from mediation_desk.ui.dialogs.roster_form import RosterForm, set_date, setup_date
from mediation_desk.ui.forms.ui_training_dialog import Ui_TrainingDialog
from mediation_desk.ui.guarded_dialog import date_value
from mediation_desk.ui.tasks import TaskRunner

_EXAM = {"": None, "passed": True, "failed": False}


class TrainingDialog(RosterForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner, entry: RosterEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, f"mediator_training:{entry.id}",
                         labels.fill(self.tr("Training record — %1"), entry.name), parent)
        self.ui = ui = Ui_TrainingDialog()
        ui.setupUi(self)
        self.entry = entry
        today = QDate(ctx.today())
        setup_date(ui.held_on_edit, optional=False, today=today)
        ui.held_on_edit.setMaximumDate(today)
        ui.hours_spin.setValue(2.0)
        rl.fill_combo(ui.exam_combo, rl.EXAMS)
        ui.mediator_label.setText(labels.fill(self.tr("Mediator: %1 (%2)"), entry.name,
                                              rl.role_label(entry.role, entry.is_chief)))
        self.setup_buttons(ui.save_button, ui.cancel_button, ui.general_error_label)
        self.bind_fields((("held_on", ui.held_on_edit), ("organiser", ui.organiser_edit),
                          ("topic", ui.topic_edit), ("hours", ui.hours_spin),
                          ("exam_passed", ui.exam_combo)))
        self.watch(ui.held_on_edit, ui.organiser_edit, ui.topic_edit, ui.exam_combo)
        ui.hours_spin.valueChanged.connect(self.mark_dirty)
        self.offer_draft()

    def form_data(self) -> dict[str, Any]:
        ui = self.ui
        return {"held_on": date_value(ui.held_on_edit),
                "organiser": ui.organiser_edit.text().strip(),
                "topic": ui.topic_edit.text().strip(), "hours": ui.hours_spin.value(),
                "exam_passed": _EXAM[ui.exam_combo.currentData() or ""]}

    def collect(self) -> tuple[Callable[[], Any], Any] | None:
        ctx, mid, data = self.ctx, self.entry.id, self.form_data()
        return (lambda: add_training(ctx, mid, data)), data

    def form_state(self) -> dict[str, Any]:
        state = self.form_data()
        state["exam"] = self.ui.exam_combo.currentData()
        return state

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        set_date(ui.held_on_edit, state.get("held_on"))
        ui.organiser_edit.setText(str(state.get("organiser", "")))
        ui.topic_edit.setText(str(state.get("topic", "")))
        ui.hours_spin.setValue(float(state.get("hours") or 0))
        index = ui.exam_combo.findData(state.get("exam") or "")
        ui.exam_combo.setCurrentIndex(max(index, 0))
