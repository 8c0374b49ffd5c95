"""The small forms of the 联防组 tab: a new head (换届), a household joining or leaving, and
the follow-up of an incident report. Each saves through one service call on the write
thread and shows refusals beside its fields."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_commands import SELECTION_METHODS
from mediation_desk.domain.community_views import GroupView, HouseholdView, IncidentView
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import groups, households, incidents
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from mediation_desk.ui.forms.ui_head_change_dialog import Ui_HeadChangeDialog
from mediation_desk.ui.forms.ui_membership_dialog import Ui_MembershipDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog, date_value, set_date_value
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class _SmallForm(GuardedDialog):
    saved = Signal(object)
    """Stored; carries the service's result."""

    def _setup_saving(self, button_box: QDialogButtonBox, runner: TaskRunner,
                      errors: FieldErrors) -> QPushButton:
        self._runner = runner
        self.errors = errors
        button = button_box.button(QDialogButtonBox.StandardButton.Save)
        button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        button.setDefault(True)
        button_box.accepted.connect(self._on_button_box_accepted)
        self.save_button = button
        return button

    def _on_button_box_accepted(self) -> None:
        self.save()

    def save(self) -> None:
        raise NotImplementedError

    def _submit(self, job: Callable[[], Any]) -> None:
        self.save_button.setEnabled(False)
        self._runner.submit(job, on_done=self._on_saved, on_error=self._on_save_failed,
                            write=True)

    def _on_saved(self, result: object) -> None:
        self.finish_saved()
        self.saved.emit(result)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, DomainError):
            log.error("saving failed", exc_info=exc)
            exc = DomainError("internal.unexpected", None, kind=type(exc).__name__)
        self.errors.show(exc)


class HeadChangeDialog(_SmallForm):
    """户长换届: the new head is chosen among the people of the group's households."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, group: GroupView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"group_head:{group.id}", QCoreApplication.translate(
            "HeadChangeDialog", "New head (re-election)"), parent)
        self.ui = Ui_HeadChangeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._group = group
        self._wanted: str | None = None
        errors = FieldErrors(ui.general_error_label)
        errors.bind("person_id", ui.person_combo)
        errors.bind("on_date", ui.on_date_edit)
        errors.bind("method", ui.method_combo)
        errors.bind("term_end", ui.on_date_edit)
        self._setup_saving(ui.button_box, runner, errors)
        ui.current_label.setText(labels.fill(
            self.tr("%1 — head now: %2, elected %3, term to %4. The new head starts a new "
                    "three-year term."), group.name, group.head_name or "—",
            group.elected_on.isoformat() if group.elected_on else "—",
            group.term_end.isoformat() if group.term_end else "—"))
        ui.method_combo.addItems(list(SELECTION_METHODS))
        set_date_value(ui.on_date_edit, ctx.today().isoformat())
        ui.on_date_edit.setMaximumDate(ui.on_date_edit.date())
        self.watch(ui.person_combo, ui.on_date_edit, ui.method_combo)
        gid = group.id
        runner.submit(lambda: groups.group_households(ctx, gid), on_done=self._on_loaded)
        ui.person_combo.setFocus()
        self.offer_draft()

    def _on_loaded(self, found: list[HouseholdView]) -> None:
        combo = self.ui.person_combo
        combo.blockSignals(True)
        combo.clear()
        for hh in found:
            for m in hh.members:
                age = labels.fill(self.tr("%1 years"), m.age) if m.age is not None else ""
                combo.addItem("　".join(x for x in (m.name, age, m.phone_masked, hh.address)
                                       if x), m.person_id)
        index = combo.findData(self._wanted or self._group.deputy_person_id)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def save(self) -> None:
        ui, ctx, gid = self.ui, self.ctx, self._group.id
        data = {"person_id": ui.person_combo.currentData() or "",
                "on_date": date_value(ui.on_date_edit),
                "method": ui.method_combo.currentText().strip()}
        self._submit(lambda: groups.change_head(ctx, gid, data))

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        return {"person_id": ui.person_combo.currentData(), "on": date_value(ui.on_date_edit),
                "method": ui.method_combo.currentText()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        self._wanted = state.get("person_id")
        index = ui.person_combo.findData(self._wanted)
        if index >= 0:
            ui.person_combo.setCurrentIndex(index)
        set_date_value(ui.on_date_edit, state.get("on"))
        ui.method_combo.setCurrentText(state.get("method") or SELECTION_METHODS[0])


class MembershipDialog(_SmallForm):
    """加入/移出农户: a household joins this group (leaving its old one) or leaves it."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, group: GroupView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, QCoreApplication.translate(
            "MembershipDialog", "Add or remove a household"), parent)
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._group = group
        self._all: list[HouseholdView] = []
        errors = FieldErrors(ui.general_error_label)
        errors.bind("household_id", ui.household_combo)
        errors.bind("on_date", ui.on_date_edit)
        self._setup_saving(ui.button_box, runner, errors)
        self.setWindowTitle(labels.fill(self.tr("Add or remove a household — %1"), group.name))
        set_date_value(ui.on_date_edit, ctx.today().isoformat())
        ui.on_date_edit.setMaximumDate(ui.on_date_edit.date())
        ui.join_radio.toggled.connect(self._on_join_radio_toggled)
        self.watch(ui.household_combo, ui.on_date_edit, ui.join_radio)
        runner.submit(lambda: households.list_households(ctx), on_done=self._on_loaded)
        ui.household_combo.setFocus()
        self.offer_draft()

    def _on_loaded(self, found: list[HouseholdView]) -> None:
        self._all = found
        self._fill()

    def _on_join_radio_toggled(self, _checked: bool) -> None:
        self._fill()

    def _fill(self) -> None:
        combo, joining = self.ui.household_combo, self.ui.join_radio.isChecked()
        combo.blockSignals(True)
        combo.clear()
        for h in self._all:
            inside = h.group_id == self._group.id
            if joining == inside:
                continue
            text = f"{h.head_name or '—'}　{h.address}"
            if joining and h.group_name:
                text = labels.fill(self.tr("%1 (now in %2 — moves here)"), text, h.group_name)
            combo.addItem(text, h.id)
        combo.blockSignals(False)

    def save(self) -> None:
        ui, ctx, gid = self.ui, self.ctx, self._group.id
        data = {"household_id": ui.household_combo.currentData() or "",
                "on_date": date_value(ui.on_date_edit)}
        change = groups.join_group if ui.join_radio.isChecked() else groups.leave_group
        self._submit(lambda: change(ctx, gid, data))

    def form_state(self) -> dict[str, Any]:
        return {}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        """Nothing typed here is worth a draft (two choices and a date)."""


class FollowUpDialog(_SmallForm):
    """后续处理情况 of one incident report."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, report: IncidentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"incident_follow_up:{report.id}", QCoreApplication.translate(
            "FollowUpDialog", "Follow-up of a report"), parent)
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._report = report
        errors = FieldErrors(ui.general_error_label)
        errors.bind("follow_up", ui.follow_up_edit)
        self._setup_saving(ui.button_box, runner, errors)
        ui.report_label.setText(f"{report.group_name}：{report.description}")
        ui.follow_up_edit.setPlainText(report.follow_up)
        self.watch(ui.follow_up_edit)
        ui.follow_up_edit.setFocus()
        self.offer_draft()

    def save(self) -> None:
        ctx, rid = self.ctx, self._report.id
        data = {"follow_up": self.ui.follow_up_edit.toPlainText().strip()}
        self._submit(lambda: incidents.update_follow_up(ctx, rid, data))

    def form_state(self) -> dict[str, Any]:
        return {"follow_up": self.ui.follow_up_edit.toPlainText()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        self.ui.follow_up_edit.setPlainText(state.get("follow_up", ""))
