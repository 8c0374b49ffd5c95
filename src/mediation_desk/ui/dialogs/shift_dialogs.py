"""调换 (two households exchange turns) and 记为缺勤 (nobody patrolled) for one shift."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.patrol_views import ShiftView
from mediation_desk.services import patrols
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.patrol_form import PatrolForm
from mediation_desk.ui.forms.ui_shift_missed_dialog import Ui_ShiftMissedDialog
from mediation_desk.ui.forms.ui_shift_swap_dialog import Ui_ShiftSwapDialog
from mediation_desk.ui.models.patrol_models import shift_line
from mediation_desk.ui.tasks import TaskRunner


def _fill(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)
    combo.blockSignals(False)


def _select(combo: QComboBox, value: object) -> None:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)


class ShiftSwapDialog(PatrolForm):
    """``others`` are the shifts it may swap with (planned ones of the same group)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, shift: ShiftView,
                 others: Sequence[ShiftView], on_saved: Callable[[list[ShiftView]], None], *,
                 parent: QWidget | None = None) -> None:
        title = labels.fill(self.tr("Swap turns — %1"), shift.shift_date.isoformat())
        super().__init__(ctx, runner, f"patrol/shift/{shift.id}/swap", title, on_saved, parent)
        self.shift = shift
        self.others = {s.id: s for s in others if s.id != shift.id}
        self.ui = Ui_ShiftSwapDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        ui = self.ui
        ui.shift_label.setText(shift_line(shift))
        self.setup_form(ui.save_button, ui.cancel_button, ui.general_error_label)
        _fill(ui.household_combo, [(h.id, h.head_name) for h in shift.households])
        _fill(ui.other_shift_combo, [(s.id, shift_line(s)) for s in self.others.values()])
        ui.other_shift_combo.currentIndexChanged.connect(self._other_changed)
        self._other_changed()
        self.bind_fields(ui.swap_form, [
            ("household_a", ui.household_combo), ("shift_b", ui.other_shift_combo),
            ("household_b", ui.other_household_combo), ("note", ui.note_edit)])
        self.watch(ui.household_combo, ui.other_shift_combo, ui.other_household_combo,
                   ui.note_edit)
        ui.household_combo.setFocus()
        self.offer_draft()

    def _other_changed(self, *_args: object) -> None:
        other = self.others.get(self.ui.other_shift_combo.currentData())
        _fill(self.ui.other_household_combo,
              [(h.id, h.head_name) for h in other.households] if other else [])

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {"shift_a": self.shift.id, "household_a": ui.household_combo.currentData() or "",
                "shift_b": ui.other_shift_combo.currentData() or "",
                "household_b": ui.other_household_combo.currentData() or "",
                "note": ui.note_edit.text().strip()}

    def form_state(self) -> dict[str, Any]:
        return self.collect()

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        _select(ui.household_combo, state.get("household_a"))
        _select(ui.other_shift_combo, state.get("shift_b"))
        self._other_changed()
        _select(ui.other_household_combo, state.get("household_b"))
        ui.note_edit.setText(str(state.get("note", "")))

    def store(self, data: dict[str, Any]) -> list[ShiftView]:
        return patrols.swap_shifts(self.ctx, data)


class ShiftMissedDialog(PatrolForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner, shift: ShiftView,
                 on_saved: Callable[[ShiftView], None], *,
                 parent: QWidget | None = None) -> None:
        title = labels.fill(self.tr("Mark shift missed — %1"), shift.shift_date.isoformat())
        super().__init__(ctx, runner, f"patrol/shift/{shift.id}/missed", title, on_saved,
                         parent)
        self.shift = shift
        self.ui = Ui_ShiftMissedDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        ui = self.ui
        ui.shift_label.setText(shift_line(shift))
        self.setup_form(ui.save_button, ui.cancel_button, ui.general_error_label)
        self.bind_fields(ui.missed_form, [("reason", ui.reason_edit)])
        self.watch(ui.reason_edit)
        ui.reason_edit.setFocus()
        self.offer_draft()

    def collect(self) -> dict[str, Any]:
        return {"reason": self.ui.reason_edit.text().strip()}

    def form_state(self) -> dict[str, Any]:
        return self.collect()

    def restore_form_state(self, state: dict[str, Any]) -> None:
        self.ui.reason_edit.setText(str(state.get("reason", "")))

    def store(self, data: dict[str, Any]) -> ShiftView:
        return patrols.mark_missed(self.ctx, self.shift.id, data)
