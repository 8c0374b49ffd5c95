"""A household (户): address, villager group, grid and its members — new persons typed in
(name, gender, ID number, phone) or persons already registered — one of them the head."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_views import HouseholdView
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.idnumber import mask_id_number
from mediation_desk.domain.phone import mask_phone
from mediation_desk.domain.views import PersonView
from mediation_desk.services import households, persons
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_household_dialog import Ui_HouseholdDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
GENDERS = ("unknown", "male", "female")


def _masked(text: str, mask: Any) -> str:
    try:
        return mask(text) if text else ""
    except Exception:  # noqa: BLE001 - a half-typed number is shown as typed, masked later
        return text


class HouseholdDialog(GuardedDialog):
    saved = Signal(object)
    """The household is stored; carries its HouseholdView."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, *,
                 household: HouseholdView | None = None) -> None:
        super().__init__(ctx, None if household else "household:new",
                         QCoreApplication.translate("HouseholdDialog", "New household"), parent)
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._runner = runner
        self._household = household
        # Each entry: kind member (already in it) / existing (registered person) / new.
        self.entries: list[dict[str, Any]] = []
        self.head_row = 0
        ui.new_gender_combo.addItem("—", "unknown")
        ui.new_gender_combo.addItem(labels.gender_label("male"), "male")
        ui.new_gender_combo.addItem(labels.gender_label("female"), "female")
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)
        self.errors = FieldErrors(ui.general_error_label)
        for path, widget in (("address", ui.address_edit),
                             ("villager_group", ui.villager_group_edit), ("grid", ui.grid_edit),
                             ("note", ui.note_edit), ("member_ids", ui.member_table),
                             ("new_members", ui.member_table), ("person", ui.member_table),
                             ("person_id", ui.member_table)):
            self.errors.bind(path, widget)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.add_new_button.clicked.connect(self._on_add_new_button_clicked)
        ui.add_existing_button.clicked.connect(self._on_add_existing_button_clicked)
        ui.make_head_button.clicked.connect(self._on_make_head_button_clicked)
        ui.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        ui.person_search_edit.textEdited.connect(self._on_person_search_edit_textEdited)
        self.watch(ui.address_edit, ui.villager_group_edit, ui.grid_edit, ui.note_edit)
        if household is not None:
            self.setWindowTitle(self.tr("Edit household"))
            ui.address_edit.setText(household.address)
            ui.villager_group_edit.setText(household.villager_group)
            ui.grid_edit.setText(household.grid)
            ui.note_edit.setText(household.note)
            self.entries = [{"kind": "member", "person_id": m.person_id, "display": [
                m.name, labels.gender_label(m.gender), m.id_number_masked, m.phone_masked]}
                for m in household.members]
            self.head_row = next((i for i, m in enumerate(household.members) if m.is_head), 0)
        self._show_entries()
        ui.address_edit.setFocus()
        self.offer_draft()

    # Members ------------------------------------------------------------------------------

    def _show_entries(self) -> None:
        table = self.ui.member_table
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [*entry["display"], self.tr("✓ head") if row == self.head_row else ""]
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _on_add_new_button_clicked(self) -> None:
        ui = self.ui
        name = ui.new_name_edit.text().strip()
        if not name:
            self.errors.show(DomainError("field.required", "person.name"))
            ui.new_name_edit.setFocus()
            return
        person = {"name": name, "gender": ui.new_gender_combo.currentData(),
                  "id_number": ui.new_id_edit.text().strip(),
                  "phone": ui.new_phone_edit.text().strip()}
        self.entries.append({"kind": "new", "person": person, "display": [
            name, labels.gender_label(person["gender"]),
            _masked(person["id_number"], mask_id_number), _masked(person["phone"], mask_phone)]})
        for edit in (ui.new_name_edit, ui.new_id_edit, ui.new_phone_edit):
            edit.clear()
        ui.new_gender_combo.setCurrentIndex(0)
        self.mark_dirty()
        self._show_entries()
        ui.new_name_edit.setFocus()

    def _on_add_existing_button_clicked(self) -> None:
        found: PersonView | None = self.ui.person_combo.currentData()
        if found is None or any(e.get("person_id") == found.id for e in self.entries):
            return
        self.entries.append({"kind": "existing", "person_id": found.id, "display": [
            found.name, labels.gender_label(found.gender), found.id_number_masked,
            found.phone_masked]})
        self.mark_dirty()
        self._show_entries()

    def _on_make_head_button_clicked(self) -> None:
        row = self.ui.member_table.currentRow()
        if 0 <= row < len(self.entries):
            self.head_row = row
            self.mark_dirty()
            self._show_entries()

    def _on_remove_member_button_clicked(self) -> None:
        row = self.ui.member_table.currentRow()
        # People already in the household stay: moving them out is done from their new home.
        if 0 <= row < len(self.entries) and self.entries[row]["kind"] != "member":
            del self.entries[row]
            if self.head_row >= len(self.entries) or self.head_row == row:
                self.head_row = 0
            elif self.head_row > row:
                self.head_row -= 1
            self.mark_dirty()
            self._show_entries()

    def _on_person_search_edit_textEdited(self, text: str) -> None:
        ctx, query = self.ctx, text.strip()
        if not query:
            return
        self._runner.submit(lambda: persons.search_persons(ctx, query, limit=20),
                            on_done=self._on_persons_found, key=f"household-person:{id(self)}")

    def _on_persons_found(self, found: list[PersonView]) -> None:
        combo = self.ui.person_combo
        combo.clear()
        for p in found:
            combo.addItem("　".join(x for x in (p.name, p.id_number_masked, p.address) if x), p)

    # Saving -------------------------------------------------------------------------------

    def household_data(self) -> dict[str, Any]:
        ui = self.ui
        return {"address": ui.address_edit.text().strip(),
                "villager_group": ui.villager_group_edit.text().strip(),
                "grid": ui.grid_edit.text().strip(), "note": ui.note_edit.text().strip()}

    def save(self) -> None:
        data, ctx, entries, head_row = (self.household_data(), self.ctx, list(self.entries),
                                        self.head_row)
        self.save_button.setEnabled(False)
        if self._household is None:
            existing = [e for e in entries if e["kind"] == "existing"]
            new = [e for e in entries if e["kind"] == "new"]
            order = existing + new  # the service takes member_ids first, then new_members
            head = entries[head_row] if entries else None
            data.update(member_ids=[e["person_id"] for e in existing],
                        new_members=[e["person"] for e in new],
                        head_index=order.index(head) if head in order else 0)
            self._runner.submit(lambda: households.add_household(ctx, data),
                                on_done=self._on_saved, on_error=self._on_save_failed,
                                write=True)
            return
        hid = self._household.id

        def edit() -> HouseholdView:
            view = households.update_household(ctx, hid, data)
            ids: list[str | None] = []
            for e in entries:
                if e["kind"] == "member":
                    ids.append(e["person_id"])
                    continue
                before = set(view.member_ids)
                view = households.add_member(ctx, hid, {"person_id": e.get("person_id"),
                                                        "person": e.get("person")})
                ids.append(next(iter(set(view.member_ids) - before), None))
            head = ids[head_row] if head_row < len(ids) else None
            if head and head != view.head_person_id:
                view = households.set_household_head(ctx, hid, head)
            return view

        self._runner.submit(edit, on_done=self._on_saved, on_error=self._on_save_failed,
                            write=True)

    def _on_saved(self, view: HouseholdView) -> None:
        self.finish_saved()
        self.saved.emit(view)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, DomainError):
            log.error("saving a household failed", exc_info=exc)
            exc = DomainError("internal.unexpected", None, kind=type(exc).__name__)
        self.errors.show(exc)

    def _on_button_box_accepted(self) -> None:
        self.save()

    # Draft --------------------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        return {**self.household_data(), "entries": self.entries, "head_row": self.head_row}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        ui.address_edit.setText(state.get("address", ""))
        ui.villager_group_edit.setText(state.get("villager_group", ""))
        ui.grid_edit.setText(state.get("grid", ""))
        ui.note_edit.setText(state.get("note", ""))
        self.entries = list(state.get("entries") or [])
        self.head_row = int(state.get("head_row") or 0)
        self._show_entries()
