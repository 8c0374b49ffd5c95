"""New joint-defence group (新建联防组) — name, villager group, the households (about ten),
the elected head, a deputy, when and how the head was chosen — or the edit of an existing
group's name, place and deputy (the head changes by re-election, households by moving)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QListWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_commands import SELECTION_METHODS
from mediation_desk.domain.community_views import GroupView, HouseholdView
from mediation_desk.domain.deadlines import add_months
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import groups, households
from mediation_desk.services.community import GROUP_TERM_MONTHS
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_group_dialog import Ui_GroupDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog, date_value, set_date_value
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole


class GroupDialog(GuardedDialog):
    saved = Signal(object)
    """The group is stored; carries its GroupView."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, *,
                 group: GroupView | None = None) -> None:
        super().__init__(ctx, None if group else "group:new",
                         QCoreApplication.translate("GroupDialog", "New joint-defence group"),
                         parent)
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._runner = runner
        self._group = group
        self._households: dict[str, HouseholdView] = {}
        self._pending_state: dict[str, Any] | None = None
        ui.method_combo.addItems(list(SELECTION_METHODS))
        set_date_value(ui.elected_on_edit, ctx.today().isoformat())
        ui.elected_on_edit.setMaximumDate(ui.elected_on_edit.date())
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)
        self.errors = FieldErrors(ui.general_error_label)
        for path, widget in (("name", ui.name_edit), ("villager_group", ui.villager_group_edit),
                             ("grid", ui.grid_edit), ("household_ids", ui.household_list),
                             ("head_person_id", ui.head_combo),
                             ("deputy_person_id", ui.deputy_combo),
                             ("person_id", ui.deputy_combo),
                             ("elected_on", ui.elected_on_edit),
                             ("selection_method", ui.method_combo)):
            self.errors.bind(path, widget)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.household_list.itemChanged.connect(self._on_household_list_itemChanged)
        ui.household_filter_edit.textChanged.connect(self._on_household_filter_edit_textChanged)
        ui.elected_on_edit.dateChanged.connect(self._show_term)
        self.watch(ui.name_edit, ui.villager_group_edit, ui.grid_edit, ui.head_combo,
                   ui.deputy_combo, ui.elected_on_edit, ui.method_combo)
        if group is not None:
            self.setWindowTitle(self.tr("Edit joint-defence group"))
            ui.name_edit.setText(group.name)
            ui.villager_group_edit.setText(group.villager_group)
            ui.grid_edit.setText(group.grid)
            ui.households_box.hide()
            for widget in (ui.head_combo, ui.elected_on_edit, ui.method_combo):
                widget.setEnabled(False)
            set_date_value(ui.elected_on_edit, group.elected_on.isoformat()
                           if group.elected_on else None)
            ui.method_combo.setCurrentText(group.selection_method)
            gid = group.id
            runner.submit(lambda: groups.group_households(ctx, gid),
                          on_done=self._on_households_loaded, on_error=self._on_load_failed)
        else:
            runner.submit(lambda: households.list_households(ctx),
                          on_done=self._on_households_loaded, on_error=self._on_load_failed)
        self._show_term()
        ui.name_edit.setFocus()
        self.offer_draft()

    # The form -----------------------------------------------------------------------------

    def checked_ids(self) -> list[str]:
        lst = self.ui.household_list
        return [lst.item(i).data(HOUSEHOLD_ROLE) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def group_data(self) -> dict[str, Any]:
        ui = self.ui
        return {"name": ui.name_edit.text().strip(),
                "villager_group": ui.villager_group_edit.text().strip(),
                "grid": ui.grid_edit.text().strip(), "household_ids": self.checked_ids(),
                "head_person_id": ui.head_combo.currentData() or "",
                "deputy_person_id": ui.deputy_combo.currentData(),
                "elected_on": date_value(ui.elected_on_edit),
                "selection_method": ui.method_combo.currentText().strip()}

    def save(self) -> None:
        data, ctx, group = self.group_data(), self.ctx, self._group
        self.save_button.setEnabled(False)
        if group is None:
            self._runner.submit(lambda: groups.add_group(ctx, data), on_done=self._on_saved,
                                on_error=self._on_save_failed, write=True)
            return
        deputy_changed = data["deputy_person_id"] != group.deputy_person_id

        def edit() -> GroupView:
            view = groups.update_group(ctx, group.id, data)
            if deputy_changed:
                view = groups.set_deputy(ctx, group.id,
                                         {"person_id": data["deputy_person_id"]})
            return view

        self._runner.submit(edit, on_done=self._on_saved, on_error=self._on_save_failed,
                            write=True)

    def _on_saved(self, view: GroupView) -> None:
        self.finish_saved()
        self.saved.emit(view)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, DomainError):
            log.error("saving a group failed", exc_info=exc)
            exc = DomainError("internal.unexpected", None, kind=type(exc).__name__)
        self.errors.show(exc)

    def _on_load_failed(self, exc: BaseException) -> None:
        log.error("loading households failed", exc_info=exc)
        self.errors.show(DomainError("internal.unexpected", None, kind=type(exc).__name__))

    # Households and people ---------------------------------------------------------------

    def _on_households_loaded(self, found: list[HouseholdView]) -> None:
        self._households = {h.id: h for h in found}
        lst = self.ui.household_list
        lst.blockSignals(True)
        lst.clear()
        for h in found:
            text = f"{h.head_name or '—'}　{h.address}"
            item = QListWidgetItem(text, lst)
            item.setData(HOUSEHOLD_ROLE, h.id)
            if h.group_name and self._group is None:
                # One group at a time: taken households are shown, not offered.
                item.setText(labels.fill(self.tr("%1 (already in %2)"), text, h.group_name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if self._group else
                                   Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        state, self._pending_state = self._pending_state, None
        if state:
            self._check(state.get("household_ids") or [])
        self._fill_people(state)

    def _check(self, ids: list[str]) -> None:
        lst = self.ui.household_list
        lst.blockSignals(True)
        for i in range(lst.count()):
            item = lst.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if item.data(HOUSEHOLD_ROLE) in ids
                                   else Qt.CheckState.Unchecked)
        lst.blockSignals(False)

    def _fill_people(self, state: dict[str, Any] | None = None) -> None:
        """Head and deputy are chosen among the people of the ticked households."""
        ui = self.ui
        head = (state or {}).get("head") or ui.head_combo.currentData() or (
            self._group.head_person_id if self._group else None)
        deputy = (state or {}).get("deputy") or ui.deputy_combo.currentData() or (
            self._group.deputy_person_id if self._group else None)
        people = [(m, h) for hid in self.checked_ids() if (h := self._households.get(hid))
                  for m in h.members]
        for combo, wanted, blank in ((ui.head_combo, head, ""), (ui.deputy_combo, deputy, "—")):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for m, h in people:
                age = labels.fill(self.tr("%1 years"), m.age) if m.age is not None else ""
                combo.addItem("　".join(x for x in (m.name, age, m.phone_masked, h.address)
                                       if x), m.person_id)
            index = combo.findData(wanted) if wanted else -1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        n = len(self.checked_ids())
        ui.household_count_label.setText(self.tr("%n household(s) ticked", "", n))

    def _show_term(self, *_args: object) -> None:
        start = self.ui.elected_on_edit.date().toPython()
        end = self._group.term_end if self._group and self._group.term_end else \
            add_months(start, GROUP_TERM_MONTHS)  # type: ignore[arg-type]
        self.ui.term_label.setText(labels.fill(self.tr("The term runs to %1 (three years)."),
                                               end.isoformat()))

    # Draft --------------------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        d = self.group_data()
        return {**d, "head": d["head_person_id"], "deputy": d["deputy_person_id"]}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        ui.name_edit.setText(state.get("name", ""))
        ui.villager_group_edit.setText(state.get("villager_group", ""))
        ui.grid_edit.setText(state.get("grid", ""))
        set_date_value(ui.elected_on_edit, state.get("elected_on"))
        ui.method_combo.setCurrentText(state.get("selection_method") or SELECTION_METHODS[0])
        if self._households:
            self._check(state.get("household_ids") or [])
            self._fill_people(state)
        else:
            self._pending_state = state

    # Slots --------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        self.save()

    def _on_household_list_itemChanged(self, _item: QListWidgetItem) -> None:
        self.mark_dirty()
        self._fill_people()

    def _on_household_filter_edit_textChanged(self, text: str) -> None:
        lst, needle = self.ui.household_list, text.strip()
        for i in range(lst.count()):
            item = lst.item(i)
            item.setHidden(bool(needle) and needle not in item.text())


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data) if data is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
