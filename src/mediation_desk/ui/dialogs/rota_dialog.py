"""生成轮值表: date range, weekdays, time windows, households per shift and area; a preview of
each household's turns (and turns before) updates as the form changes, before anything is
saved."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.patrol_views import RotaDetail, RotaPreview
from mediation_desk.services import patrols
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.patrol_form import PatrolForm
from mediation_desk.ui.dialogs.record_widgets import (
    date_iso,
    qdate,
    set_date_iso,
    setup_date_edit,
)
from mediation_desk.ui.field_errors import flatten
from mediation_desk.ui.forms.ui_rota_dialog import Ui_RotaDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.patrol_models import FairnessTableModel
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

PREVIEW_DELAY_MS = 300
DEFAULT_WEEKS = 4
_WINDOW_SEPARATORS = re.compile(r"[、,，;；\s]+")


def split_windows(text: str) -> list[str]:
    # "20:00-22:00、05:00-06:00"; spaces around the dash are allowed by the service.
    text = re.sub(r"\s*([-–—~～至])\s*", r"\1", text)
    return [w for w in _WINDOW_SEPARATORS.split(text) if w]


class RotaDialog(PatrolForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner, group_id: str, group_name: str,
                 on_saved: Callable[[RotaDetail], None], *, starts_on: date | None = None,
                 parent: QWidget | None = None) -> None:
        title = labels.fill(self.tr("Generate patrol rota — %1"), group_name)
        super().__init__(ctx, runner, f"patrol/{group_id}/rota", title, on_saved, parent)
        self.group_id = group_id
        self.ui = Ui_RotaDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        ui = self.ui
        ui.group_label.setText(group_name)
        self.setup_form(ui.save_button, ui.cancel_button, ui.general_error_label)
        self.day_checks: list[QCheckBox] = [getattr(ui, f"weekday_{i}_check") for i in range(7)]
        start = starts_on or ctx.today() + timedelta(days=1)
        for edit, value in ((ui.starts_on_edit, start),
                            (ui.ends_on_edit, start + timedelta(weeks=DEFAULT_WEEKS, days=-1))):
            setup_date_edit(edit)
            edit.setDate(qdate(value))
        for i in (0, 2, 4):  # three evenings a week is the usual start
            self.day_checks[i].setChecked(True)
        ui.windows_edit.setText("20:00-22:00")
        ui.per_shift_spin.setValue(2)
        self.preview_model = FairnessTableModel(self, prior=True)
        ui.preview_table.setModel(self.preview_model)
        apply_default_widths(ui.preview_table, {0: ["欧阳某某某"], 1: ["999"]})
        self.bind_fields(ui.rota_form, [
            ("starts_on", ui.starts_on_edit), ("ends_on", ui.ends_on_edit),
            ("weekdays", self.day_checks[0]), ("windows", ui.windows_edit),
            ("per_shift", ui.per_shift_spin), ("area", ui.area_edit), ("note", ui.note_edit)])
        self.watch(ui.starts_on_edit, ui.ends_on_edit, *self.day_checks, ui.windows_edit,
                   ui.per_shift_spin, ui.area_edit, ui.note_edit, ui.replace_check)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview)
        for edit in (ui.starts_on_edit, ui.ends_on_edit):
            edit.dateChanged.connect(self._preview_soon)
        for check in self.day_checks:
            check.toggled.connect(self._preview_soon)
        ui.windows_edit.textChanged.connect(self._preview_soon)
        ui.per_shift_spin.valueChanged.connect(self._preview_soon)
        ui.replace_check.hide()
        ui.replace_label.hide()
        ui.starts_on_edit.setFocus()
        self.offer_draft()
        self.preview()

    # Values ------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {"starts_on": date_iso(ui.starts_on_edit), "ends_on": date_iso(ui.ends_on_edit),
                "weekdays": [i for i, c in enumerate(self.day_checks) if c.isChecked()],
                "windows": split_windows(ui.windows_edit.text()),
                "per_shift": ui.per_shift_spin.value(), "area": ui.area_edit.text().strip(),
                "note": ui.note_edit.text().strip(),
                "replace": ui.replace_check.isVisible() and ui.replace_check.isChecked()}

    def form_state(self) -> dict[str, Any]:
        state = self.collect()
        state["windows"] = self.ui.windows_edit.text()
        state["replace"] = self.ui.replace_check.isChecked()
        return state

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        set_date_iso(ui.starts_on_edit, state.get("starts_on"))
        set_date_iso(ui.ends_on_edit, state.get("ends_on"))
        days = state.get("weekdays", [])
        for i, check in enumerate(self.day_checks):
            check.setChecked(isinstance(days, list) and i in days)
        windows = state.get("windows", "")
        ui.windows_edit.setText(windows if isinstance(windows, str) else "、".join(windows))
        per = state.get("per_shift")
        if isinstance(per, int):
            ui.per_shift_spin.setValue(per)
        ui.area_edit.setText(str(state.get("area", "")))
        ui.note_edit.setText(str(state.get("note", "")))
        ui.replace_check.setChecked(bool(state.get("replace")))

    def store(self, data: dict[str, Any]) -> RotaDetail:
        return patrols.generate_rota(self.ctx, self.group_id, data)

    # Preview -----------------------------------------------------------------------------

    def _preview_soon(self, *_args: object) -> None:
        self._preview_timer.start()

    def preview(self) -> None:
        """Work out the rota the form describes (nothing is saved) and show the counts."""
        self._preview_timer.stop()
        ctx, group_id, data = self.ctx, self.group_id, self.collect()
        self.runner.submit(lambda: patrols.preview_rota(ctx, group_id, data),
                           on_done=self._show_preview, on_error=self._preview_failed,
                           key=f"preview:{self.draft_key}")

    def _show_preview(self, preview: RotaPreview) -> None:
        self.preview_model.reset_rows(preview.fairness)
        turns = [line.planned for line in preview.fairness]
        low, high = (min(turns), max(turns)) if turns else (0, 0)
        each = str(low) if low == high else f"{low}–{high}"
        text = labels.fill(self.tr("%1 shifts; each household gets %2 turns."),
                           preview.shifts, each)
        overlap = bool(preview.replaces)
        if overlap:
            text += " " + self.tr("The dates overlap a rota of this group: tick the box "
                                  "below to replace its planned shifts, or change the dates.")
        self.ui.replace_check.setVisible(overlap)
        self.ui.replace_label.setVisible(overlap)
        self.ui.preview_summary_label.setText(text)

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_model.reset_rows([])
        if isinstance(exc, DomainError):
            lang = current_language()
            lines = [messages.message(e.code, e.params, lang) for e in flatten(exc)]
            self.ui.preview_summary_label.setText("⚠ " + "；".join(lines))
        else:
            self.ui.preview_summary_label.setText("")

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        self.runner.cancel(f"preview:{self.draft_key}")
        super().done(result)
