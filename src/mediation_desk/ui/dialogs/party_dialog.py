"""Add or edit one party of a new case: pick someone already registered, or enter a new
person (as in the party block of the paper 人民调解申请书), with the role, agent and consent.

Nothing is stored here: the dialog hands back ``party_data()`` (a PartyInput dict) and
``display_info()`` for the parties table; the case service stores both with the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.commands import PartyInput
from mediation_desk.domain.enums import AgentType, Gender, IdType, PartyRole
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.idnumber import (
    age_on,
    mask_id_number,
    normalise_id_number,
)
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.phone import mask_phone, parse_phone
from mediation_desk.domain.views import PersonView
from mediation_desk.services import authz
from mediation_desk.services.inputs import parse
from mediation_desk.services.persons import check_person, get_person
from mediation_desk.ui.dialogs import party_choices as choices
from mediation_desk.ui.dialogs.party_live_checks import NO_DATE, LiveChecks, qdate
from mediation_desk.ui.dialogs.party_search import PersonSearch
from mediation_desk.ui.dialogs.reveal_id_dialog import RevealIdDialog
from mediation_desk.ui.field_errors import ERROR_STYLE, FieldErrors, flatten
from mediation_desk.ui.forms.ui_party_dialog import Ui_PartyDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.tasks import TaskRunner


class PartyDialog(GuardedDialog):
    """``initial`` is an earlier ``form_state()`` (editing a listed party; a partial one such as
    ``{"role": "respondent"}`` presets fields) or a PartyInput-shaped dict."""

    edited = Signal()
    """The user changed something (the new-case form keeps its draft up to date)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 initial: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, None, "", parent)
        self.ui = Ui_PartyDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._chosen: PersonView | None = None
        self._consent_touched = False
        ui = self.ui
        editing = bool(initial) and any(
            k in initial for k in ("name", "chosen", "person", "person_id"))
        self.setWindowTitle(self.tr("Edit party") if editing else self.tr("Add party"))
        choices.fill_roles(ui.role_combo)
        choices.fill_combo(ui.gender_combo, choices.GENDERS)
        choices.fill_combo(ui.id_type_combo, choices.ID_TYPES)
        choices.fill_combo(ui.agent_type_combo, choices.AGENT_TYPES)
        choices.fill_ethnicities(ui.ethnicity_combo)
        ui.birth_date_edit.setMinimumDate(NO_DATE)
        ui.birth_date_edit.setMaximumDate(qdate(ctx.today().isoformat()))
        ui.birth_date_edit.setSpecialValueText("—")
        ui.birth_date_edit.setDate(NO_DATE)
        ui.age_spin.setSpecialValueText("—")
        for label in (ui.id_message_label, ui.phone_message_label):
            label.hide()

        self.errors = FieldErrors(ui.error_label)
        self.errors.bind("role", ui.role_combo)
        self.errors.bind("person_id", ui.chosen_label)
        self.errors.bind("person.id_number", ui.id_edit, ui.id_message_label)
        self.errors.bind("person.phone", ui.phone_edit, ui.phone_message_label)
        for path, widget in (("person.name", ui.name_edit), ("person", ui.name_edit),
                             ("org_representative", ui.representative_edit),
                             ("person.gender", ui.gender_combo),
                             ("person.ethnicity", ui.ethnicity_combo),
                             ("person.birth_date", ui.birth_date_edit),
                             ("person.age", ui.age_spin),
                             ("person.occupation", ui.occupation_edit),
                             ("person.address", ui.address_edit),
                             ("agent_name", ui.agent_name_edit),
                             ("agent_phone", ui.agent_phone_edit)):
            self.errors.bind(path, widget)

        self.search = PersonSearch(ctx, runner, ui.search_edit, ui.result_list,
                                   ui.search_status_label, ui.use_person_button)
        self.search.person_chosen.connect(self._on_search_person_chosen)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.role_combo.currentIndexChanged.connect(self._on_role_combo_currentIndexChanged)
        ui.consent_check.clicked.connect(self._on_consent_check_clicked)
        ui.clear_person_button.clicked.connect(self._on_clear_person_button_clicked)
        ui.reveal_id_button.clicked.connect(self.open_reveal)
        self.reveal_dialog: RevealIdDialog | None = None
        ui.organisation_check.toggled.connect(self._on_organisation_check_toggled)
        self.live = LiveChecks(ui, ctx.today(), self)
        ui.agent_type_combo.currentIndexChanged.connect(self._on_agent_type_combo_changed)

        self._on_role_combo_currentIndexChanged(ui.role_combo.currentIndex())
        self._on_organisation_check_toggled(False)
        self._on_agent_type_combo_changed(0)
        if initial:
            self.restore_form_state(self._state_from_party_data(initial)
                                    if "person" in initial or "person_id" in initial
                                    else initial)
        self._update_mode()
        # Watched only now: presets and the restored party are not the user's typing.
        self.watch(ui.role_combo, ui.organisation_check, ui.name_edit, ui.representative_edit,
                   ui.id_type_combo, ui.id_edit, ui.gender_combo, ui.ethnicity_combo,
                   ui.birth_date_edit, ui.age_spin, ui.occupation_edit, ui.phone_edit,
                   ui.address_edit, ui.agent_type_combo, ui.agent_name_edit,
                   ui.agent_phone_edit, ui.consent_check)

    # Results ------------------------------------------------------------------------------

    def party_data(self) -> dict[str, Any]:
        """The party as ``PartyInput`` takes it (dates as ISO strings)."""
        ui = self.ui
        agent = ui.agent_type_combo.currentData()
        data: dict[str, Any] = {
            "role": ui.role_combo.currentData(), "consented": ui.consent_check.isChecked(),
            "agent_type": agent,
            "agent_name": ui.agent_name_edit.text().strip() if agent != AgentType.NONE else "",
            "agent_phone": ui.agent_phone_edit.text().strip() if agent != AgentType.NONE else ""}
        if self._chosen is not None:
            data["person_id"] = self._chosen.id
            return data
        org = ui.organisation_check.isChecked()
        data["is_organisation"] = org
        data["org_representative"] = ui.representative_edit.text().strip() if org else ""
        person: dict[str, Any] = {
            "name": ui.name_edit.text().strip(), "phone": ui.phone_edit.text().strip(),
            "address": ui.address_edit.text().strip()}
        if not org:
            person.update(occupation=ui.occupation_edit.text().strip(),
                          gender=ui.gender_combo.currentData(),
                          ethnicity=ui.ethnicity_combo.currentText().strip(),
                          id_type=ui.id_type_combo.currentData(),
                          id_number=normalise_id_number(ui.id_edit.number()))
            birth = self._birth_date()
            if birth:
                person["birth_date"] = birth
            elif ui.age_spin.value() >= 0:
                person["age"] = ui.age_spin.value()
        data["person"] = person
        return data

    def display_info(self) -> dict[str, Any]:
        """What the parties table shows: masked phone and ID, never the full numbers."""
        ui = self.ui
        role, consented = ui.role_combo.currentData(), ui.consent_check.isChecked()
        if self._chosen is not None:
            p = self._chosen
            return {"role": role, "name": p.name, "gender": p.gender, "age": p.age,
                    "phone_masked": p.phone_masked, "id_masked": p.id_number_masked,
                    "consented": consented}
        data = self.party_data()["person"]
        birth = self._birth_date()
        age = (age_on(QDate.fromString(birth, "yyyy-MM-dd").toPython(), self.ctx.today())
               if birth else data.get("age"))
        return {"role": role, "name": data["name"], "gender": data.get("gender", ""),
                "age": age, "phone_masked": mask_phone(data["phone"]),
                "id_masked": mask_id_number(data.get("id_number", "")), "consented": consented}

    def check(self) -> DomainError | None:
        """The problems the case service would refuse this party for, found before it runs."""
        found: list[DomainError] = []
        try:
            inp = parse(PartyInput, self.party_data())
            if inp.person is not None:
                check_person(inp.person, today=self.ctx.today(), prefix="person")
        except DomainError as exc:
            found.extend(flatten(exc))
        ui = self.ui
        if ui.agent_type_combo.currentData() != AgentType.NONE:
            if not ui.agent_name_edit.text().strip():
                found.append(DomainError("field.required", "agent_name"))
            if ui.agent_phone_edit.text().strip():
                try:
                    parse_phone(ui.agent_phone_edit.text(), field="agent_phone")
                except DomainError as exc:
                    found.append(exc)
        return ValidationErrors(found) if found else None

    def show_problem(self, exc: DomainError | None) -> None:
        """Show refusals (paths relative to the party: ``person.id_number``) by the fields."""
        if exc is not None and flatten(exc):
            self.errors.show(exc)
            for label in (self.ui.id_message_label, self.ui.phone_message_label):
                label.setStyleSheet(ERROR_STYLE)

    # Draft --------------------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "role": ui.role_combo.currentData(), "consented": ui.consent_check.isChecked(),
            "consent_touched": self._consent_touched,
            "chosen": self._chosen.model_dump(mode="json") if self._chosen else None,
            "organisation": ui.organisation_check.isChecked(), "name": ui.name_edit.text(),
            "representative": ui.representative_edit.text(),
            "id_type": ui.id_type_combo.currentData(), "id_number": ui.id_edit.number(),
            "gender": ui.gender_combo.currentData(),
            "ethnicity": ui.ethnicity_combo.currentText(),
            "birth_date": self._birth_date() or "", "age": ui.age_spin.value(),
            "occupation": ui.occupation_edit.text(), "phone": ui.phone_edit.text(),
            "address": ui.address_edit.text(), "agent_type": ui.agent_type_combo.currentData(),
            "agent_name": ui.agent_name_edit.text(), "agent_phone": ui.agent_phone_edit.text()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        choices.select_value(ui.role_combo, state.get("role"))
        if "consented" in state:
            ui.consent_check.setChecked(bool(state["consented"]))
        self._consent_touched = bool(state.get("consent_touched", "consented" in state))
        if "chosen" in state:  # a PartyInput dict's person is being fetched instead
            chosen = state["chosen"]
            self._chosen = PersonView.model_validate(chosen) if chosen else None
        ui.organisation_check.setChecked(bool(state.get("organisation")))
        ui.name_edit.setText(state.get("name", ""))
        ui.representative_edit.setText(state.get("representative", ""))
        choices.select_value(ui.id_type_combo, state.get("id_type", IdType.RESIDENT_ID))
        ui.id_edit.set_number(state.get("id_number", ""))
        self.live.recheck_id()
        choices.select_value(ui.gender_combo, state.get("gender", Gender.UNKNOWN))
        ui.ethnicity_combo.setCurrentText(state.get("ethnicity", choices.DEFAULT_ETHNICITY))
        ui.birth_date_edit.setDate(qdate(state.get("birth_date")) or NO_DATE)
        if ui.age_spin.isEnabled():
            ui.age_spin.setValue(int(state.get("age", -1)))
        ui.occupation_edit.setText(state.get("occupation", ""))
        ui.phone_edit.setText(state.get("phone", ""))
        ui.address_edit.setText(state.get("address", ""))
        choices.select_value(ui.agent_type_combo, state.get("agent_type", AgentType.NONE))
        ui.agent_name_edit.setText(state.get("agent_name", ""))
        ui.agent_phone_edit.setText(state.get("agent_phone", ""))
        self._update_mode()

    def mark_dirty(self, *args: object) -> None:
        super().mark_dirty(*args)
        if self.dirty:
            self.edited.emit()

    # Slots --------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        problem = self.check()
        if problem is not None:
            self.show_problem(problem)
            return
        self.accept()

    def _on_search_person_chosen(self, person: PersonView) -> None:
        self._set_chosen(person)
        self.mark_dirty()
        self.ui.consent_check.setFocus()

    def _on_clear_person_button_clicked(self) -> None:
        self._chosen = None
        self._update_mode()
        self.mark_dirty()
        self.ui.name_edit.setFocus()

    def _on_role_combo_currentIndexChanged(self, _index: int) -> None:
        # Applying is itself consent; for the other side it must be asked and ticked.
        if not self._consent_touched:
            self.ui.consent_check.setChecked(
                self.ui.role_combo.currentData() == PartyRole.APPLICANT)

    def _on_consent_check_clicked(self, _checked: bool) -> None:
        self._consent_touched = True

    def _on_organisation_check_toggled(self, org: bool) -> None:
        ui = self.ui
        ui.name_label.setText(self.tr("Organisation &name: *") if org else self.tr("&Name: *"))
        form = ui.person_form
        form.setRowVisible(ui.representative_edit, org)
        # An organisation has no gender, ethnicity, birth date, occupation or citizen ID.
        for row in (ui.id_row, ui.gender_combo, ui.ethnicity_combo, ui.birth_row,
                    ui.occupation_edit):
            form.setRowVisible(row, not org)
        # Hidden, not row-hidden: FieldErrors shows and hides this label by itself.
        ui.id_message_label.setVisible(not org and bool(ui.id_message_label.text()))

    def _on_agent_type_combo_changed(self, _index: int) -> None:
        acting = self.ui.agent_type_combo.currentData() != AgentType.NONE
        self.ui.agent_name_edit.setEnabled(acting)
        self.ui.agent_phone_edit.setEnabled(acting)

    # Helpers ------------------------------------------------------------------------------

    def _birth_date(self) -> str | None:
        value = self.ui.birth_date_edit.date()
        return value.toString("yyyy-MM-dd") if value != NO_DATE else None

    def _set_chosen(self, person: PersonView | None) -> None:
        self._chosen = person
        self._update_mode()

    def _update_mode(self) -> None:
        ui, chosen = self.ui, self._chosen
        ui.find_group.setVisible(chosen is None)
        ui.person_group.setVisible(chosen is None)
        ui.chosen_group.setVisible(chosen is not None)
        ui.chosen_label.setText(choices.person_summary(chosen) if chosen else "")
        ui.reveal_id_button.setVisible(chosen is not None and bool(chosen.id_number_masked)
                                       and authz.can(self.ctx, Permission.REVEAL_ID))

    def open_reveal(self) -> RevealIdDialog | None:
        """显示完整身份证号 of the registered person chosen (asks why; logged)."""
        p = self._chosen
        if p is None or not p.id_number_masked:
            return None
        dialog = RevealIdDialog(self.ctx, self._runner, name=p.name,
                                masked=p.id_number_masked, person_id=p.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_reveal)
        self.reveal_dialog = dialog
        dialog.open()
        return dialog

    def _forget_reveal(self, _result: int) -> None:
        self.reveal_dialog = None  # it deletes itself on closing

    def _state_from_party_data(self, data: dict[str, Any]) -> dict[str, Any]:
        person = dict(data.get("person") or {})
        state = {**{k: v for k, v in person.items() if k != "age"},
                 "age": person.get("age") if person.get("age") is not None else -1,
                 "role": data.get("role"), "consented": bool(data.get("consented")),
                 "organisation": bool(data.get("is_organisation")),
                 "representative": data.get("org_representative", ""),
                 "agent_type": data.get("agent_type", AgentType.NONE),
                 "agent_name": data.get("agent_name", ""),
                 "agent_phone": data.get("agent_phone", "")}
        person_id = data.get("person_id")
        if person_id:
            ctx = self.ctx
            self._runner.submit(lambda: get_person(ctx, person_id), on_done=self._set_chosen,
                                on_error=self._on_person_not_loaded)
        return state

    def _on_person_not_loaded(self, exc: BaseException) -> None:
        problem = exc if isinstance(exc, DomainError) else DomainError(
            "internal.unexpected", None, kind=type(exc).__name__)
        self.errors.show(problem)

