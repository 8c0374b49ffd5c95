"""填写巡逻记录: when the patrol went, who went, what was seen and the hazards found. Saving
marks the shift done."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.patrol_views import PatrolLogView, ShiftView
from mediation_desk.services import patrols
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.patrol_form import PatrolForm
from mediation_desk.ui.forms.ui_patrol_log_dialog import Ui_PatrolLogDialog
from mediation_desk.ui.models.patrol_models import shift_line
from mediation_desk.ui.tasks import TaskRunner

_NAME_SEPARATORS = re.compile(r"[、,，;；\s]+")


def _window_times(window: str) -> tuple[time, time]:
    try:
        start, end = window.split("-")
        return time.fromisoformat(start), time.fromisoformat(end)
    except ValueError:
        return time(20, 0), time(22, 0)


class PatrolLogDialog(PatrolForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner, shift: ShiftView,
                 on_saved: Callable[[PatrolLogView], None], *,
                 parent: QWidget | None = None) -> None:
        title = labels.fill(self.tr("Patrol log — %1"), shift.shift_date.isoformat())
        super().__init__(ctx, runner, f"patrol/shift/{shift.id}/log", title, on_saved, parent)
        self.shift = shift
        self.ui = Ui_PatrolLogDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        ui = self.ui
        ui.shift_label.setText(shift_line(shift))
        self.setup_form(ui.save_button, ui.cancel_button, ui.general_error_label)
        start, end = _window_times(shift.window)
        ui.start_edit.setTime(QTime(start.hour, start.minute))
        ui.end_edit.setTime(QTime(end.hour, end.minute))
        ui.participants_edit.setText("、".join(h.head_name for h in shift.households))
        for edit in (ui.observations_edit, ui.hazards_edit):
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4)
        self.bind_fields(ui.log_form, [
            ("actual_start", ui.start_edit), ("actual_end", ui.end_edit),
            ("participants", ui.participants_edit), ("observations", ui.observations_edit),
            ("hazards", ui.hazards_edit)])
        self.watch(ui.participants_edit, ui.observations_edit, ui.hazards_edit)
        ui.start_edit.timeChanged.connect(self.mark_dirty)
        ui.end_edit.timeChanged.connect(self.mark_dirty)
        ui.participants_edit.setFocus()
        self.offer_draft()

    def _times(self) -> tuple[datetime, datetime]:
        day = self.shift.shift_date
        s, e = self.ui.start_edit.time(), self.ui.end_edit.time()
        start = datetime.combine(day, time(s.hour(), s.minute()))
        end = datetime.combine(day, time(e.hour(), e.minute()))
        if end < start:  # a night patrol ends after midnight
            end += timedelta(days=1)
        return start, end

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        start, end = self._times()
        return {"actual_start": start.isoformat(), "actual_end": end.isoformat(),
                "participants": [n for n in _NAME_SEPARATORS.split(ui.participants_edit.text())
                                 if n],
                "observations": ui.observations_edit.toPlainText().strip(),
                "hazards": ui.hazards_edit.toPlainText().strip()}

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        return {"start": ui.start_edit.time().toString("HH:mm"),
                "end": ui.end_edit.time().toString("HH:mm"),
                "participants": ui.participants_edit.text(),
                "observations": ui.observations_edit.toPlainText(),
                "hazards": ui.hazards_edit.toPlainText()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        for edit, key in ((ui.start_edit, "start"), (ui.end_edit, "end")):
            t = QTime.fromString(str(state.get(key, "")), "HH:mm")
            if t.isValid():
                edit.setTime(t)
        ui.participants_edit.setText(str(state.get("participants", "")))
        ui.observations_edit.setPlainText(str(state.get("observations", "")))
        ui.hazards_edit.setPlainText(str(state.get("hazards", "")))

    def store(self, data: dict[str, Any]) -> PatrolLogView:
        return patrols.record_log(self.ctx, self.shift.id, data)
