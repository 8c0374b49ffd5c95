"""新增/修改调解员: a committee member or a hired mediator, as the roster's columns ask —
the person (someone registered, found by name or pinyin initials, or a new person whose ID
number fills in the date of birth and gender), post and term, certificates, level, honours,
specialties."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.idnumber import IdNumberInfo, normalise_id_number
from mediation_desk.domain.roster_views import RosterEntry
from mediation_desk.domain.views import CodeChoice, PersonView
from mediation_desk.services.mediators import add_mediator
from mediation_desk.services.roster_changes import update_mediator
from mediation_desk.ui import labels
from mediation_desk.ui import roster_labels as rl
from mediation_desk.ui.dialogs import party_choices
from mediation_desk.ui.dialogs.party_id_edit import check_typed_id
from mediation_desk.ui.dialogs.party_search import PersonSearch
from mediation_desk.ui.dialogs.roster_form import (
    RosterForm,
    date_or_none,
    set_date,
    setup_date,
)
from mediation_desk.ui.field_errors import MARK
from mediation_desk.ui.forms.ui_mediator_dialog import Ui_MediatorDialog
from mediation_desk.ui.tasks import TaskRunner

LEVELS = ("一级人民调解员", "二级人民调解员", "三级人民调解员", "四级人民调解员")
_HONOUR_SPLIT = re.compile(r"[、,，;；\n]+")


def split_honours(text: str) -> list[str]:
    return [h.strip() for h in _HONOUR_SPLIT.split(text) if h.strip()]


class MediatorDialog(RosterForm):
    """``entry`` None adds a mediator; otherwise edits that one (the person stays)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, specialties: list[CodeChoice],
                 parent: QWidget | None = None, entry: RosterEntry | None = None) -> None:
        key = f"mediator_edit:{entry.id}" if entry else "mediator_add"
        title = (labels.fill(self.tr("Edit mediator — %1"), entry.name) if entry
                 else self.tr("New mediator"))
        super().__init__(ctx, runner, key, title, parent)
        self.ui = ui = Ui_MediatorDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        self.entry = entry
        self._chosen: PersonView | None = None
        today = QDate(ctx.today())
        party_choices.fill_combo(ui.gender_combo, party_choices.GENDERS)
        rl.fill_combo(ui.role_combo, rl.ROLES)
        rl.fill_combo(ui.method_combo, rl.METHODS)
        rl.fill_combo(ui.employment_combo, rl.EMPLOYMENT)
        ui.level_combo.addItem("")
        ui.level_combo.addItems(list(LEVELS))
        setup_date(ui.birth_date_edit, optional=True, today=today)
        ui.birth_date_edit.setMaximumDate(today)
        setup_date(ui.appointed_on_edit, optional=False, today=today)
        setup_date(ui.term_end_edit, optional=True, today=today)
        ui.term_end_edit.setToolTip(self.tr("Left empty: three years after the appointment "
                                            "for committee members; none for hired mediators"))
        setup_date(ui.certificate_date_edit, optional=True, today=today)
        ui.specialty_list.set_options([(c.code, labels.code_label(c)) for c in specialties])

        self.setup_buttons(ui.save_button, ui.cancel_button, ui.general_error_label)
        self.bind_fields((("person.name", ui.name_edit), ("person", ui.name_edit),
                              ("person_id", ui.chosen_label),
                              ("person.gender", ui.gender_combo),
                              ("person.id_number", ui.id_edit),
                              ("person.birth_date", ui.birth_date_edit),
                              ("role", ui.role_combo), ("appointment_method", ui.method_combo),
                              ("employment", ui.employment_combo),
                              ("appointed_on", ui.appointed_on_edit),
                              ("term_end", ui.term_end_edit),
                              ("certificate_no", ui.certificate_edit),
                              ("certificate_issued_on", ui.certificate_date_edit),
                              ("work_cert_no", ui.work_cert_edit), ("level", ui.level_combo),
                              ("honours", ui.honours_edit), ("specialties", ui.specialty_list)))
        self.search = PersonSearch(ctx, runner, ui.search_edit, ui.result_list,
                                   ui.search_status_label, ui.use_person_button)
        self.search.person_chosen.connect(self._on_search_person_chosen)
        ui.clear_person_button.clicked.connect(self._on_clear_person_button_clicked)
        ui.id_edit.editingFinished.connect(self._on_id_edit_editingFinished)
        ui.id_edit.textEdited.connect(self._on_id_edit_textEdited)
        ui.role_combo.currentIndexChanged.connect(self._on_role_combo_changed)
        party_choices.select_value(ui.role_combo, "member")
        if entry is not None:
            ui.person_box.hide()
            self._show_entry(entry)
        self._update_person_mode()
        self.watch(ui.name_edit, ui.gender_combo, ui.id_edit, ui.birth_date_edit, ui.role_combo,
                   ui.method_combo, ui.employment_combo, ui.appointed_on_edit,
                   ui.term_end_edit, ui.chief_check, ui.certificate_edit,
                   ui.certificate_date_edit, ui.work_cert_edit, ui.level_combo,
                   ui.honours_edit)
        ui.specialty_list.changed.connect(self.mark_dirty)
        self.offer_draft()
        self.resize(self.width(), self.sizeHint().height())  # no stretched boxes when editing
        (ui.search_edit if entry is None else ui.role_combo).setFocus()

    # The service input --------------------------------------------------------------------

    def form_data(self) -> dict[str, Any]:
        ui = self.ui
        data: dict[str, Any] = {
            "role": ui.role_combo.currentData(), "appointment_method": ui.method_combo.currentData(),
            "employment": ui.employment_combo.currentData(),
            "appointed_on": ui.appointed_on_edit.date().toString("yyyy-MM-dd"),
            "term_end": date_or_none(ui.term_end_edit),
            "certificate_no": ui.certificate_edit.text().strip(),
            "certificate_issued_on": date_or_none(ui.certificate_date_edit),
            "work_cert_no": ui.work_cert_edit.text().strip(),
            "specialties": ui.specialty_list.values(), "level": ui.level_combo.currentText().strip(),
            "honours": split_honours(ui.honours_edit.text()),
            "is_chief": ui.chief_check.isChecked()}
        if self.entry is not None:
            return data
        if data["term_end"] is None:
            del data["term_end"]  # the service gives members their three years
        if self._chosen is not None:
            data["person_id"] = self._chosen.id
        elif ui.name_edit.text().strip():
            person: dict[str, Any] = {"name": ui.name_edit.text().strip(),
                                      "gender": ui.gender_combo.currentData()}
            number = normalise_id_number(ui.id_edit.number())
            if number:
                person["id_number"] = number
            birth = date_or_none(ui.birth_date_edit)
            if birth:
                person["birth_date"] = birth
            data["person"] = person
        return data

    def collect(self) -> tuple[Callable[[], Any], Any] | None:
        data, ctx = self.form_data(), self.ctx
        if self.entry is None and "person" not in data and "person_id" not in data:
            label = self.ui.general_error_label
            label.setText(MARK + self.tr("Choose a registered person or enter the new "
                                         "mediator's name."))
            label.show()
            self.ui.search_edit.setFocus()
            return None
        if self.entry is None:
            return (lambda: add_mediator(ctx, data)), data
        mid = self.entry.id
        return (lambda: update_mediator(ctx, mid, data)), data

    # Draft ------------------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        state = self.form_data()
        state.update(chosen=self._chosen.model_dump(mode="json") if self._chosen else None,
                     name=ui.name_edit.text(), gender=ui.gender_combo.currentData(),
                     id_number=ui.id_edit.number(), birth_date=date_or_none(ui.birth_date_edit),
                     term_end=date_or_none(ui.term_end_edit))
        state.pop("person", None)
        return state

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        chosen = state.get("chosen")
        self._chosen = PersonView.model_validate(chosen) if chosen else None
        ui.name_edit.setText(str(state.get("name", "")))
        party_choices.select_value(ui.gender_combo, state.get("gender"))
        ui.id_edit.set_number(str(state.get("id_number", "")))
        set_date(ui.birth_date_edit, state.get("birth_date"))
        self._fill_post(state)
        self._update_person_mode()

    # Helpers ------------------------------------------------------------------------------

    def _show_entry(self, e: RosterEntry) -> None:
        self._fill_post(e.model_dump(mode="json"))

    def _fill_post(self, s: dict[str, Any]) -> None:
        ui = self.ui
        for combo, key in ((ui.role_combo, "role"), (ui.method_combo, "appointment_method"),
                           (ui.employment_combo, "employment")):
            party_choices.select_value(combo, s.get(key))
        if s.get("appointed_on"):
            set_date(ui.appointed_on_edit, s["appointed_on"])
        set_date(ui.term_end_edit, s.get("term_end"))
        set_date(ui.certificate_date_edit, s.get("certificate_issued_on"))
        ui.certificate_edit.setText(str(s.get("certificate_no") or ""))
        ui.work_cert_edit.setText(str(s.get("work_cert_no") or ""))
        ui.level_combo.setCurrentText(str(s.get("level") or ""))
        ui.honours_edit.setText("、".join(s.get("honours") or []))
        ui.chief_check.setChecked(bool(s.get("is_chief")))
        ui.specialty_list.set_values(s.get("specialties") or [])

    def _update_person_mode(self) -> None:
        ui, chosen = self.ui, self._chosen
        ui.new_person_frame.setVisible(chosen is None)
        ui.chosen_label.setVisible(chosen is not None)
        ui.clear_person_button.setVisible(chosen is not None)
        if chosen is not None:
            ui.chosen_label.setText(labels.fill(self.tr("Chosen: %1"),
                                                party_choices.person_summary(chosen)))

    def _on_search_person_chosen(self, person: PersonView) -> None:
        self._chosen = person
        self._update_person_mode()
        self.mark_dirty()
        self.ui.role_combo.setFocus()

    def _on_clear_person_button_clicked(self) -> None:
        self._chosen = None
        self._update_person_mode()
        self.mark_dirty()
        self.ui.name_edit.setFocus()

    def _on_id_edit_editingFinished(self) -> None:
        self._fill_from_id(finished=True)

    def _on_id_edit_textEdited(self, _text: str) -> None:
        self._fill_from_id(finished=False)  # as soon as all 18 characters are in

    def _fill_from_id(self, *, finished: bool) -> None:
        """A valid ID number gives the date of birth and the gender (GB 11643)."""
        found = check_typed_id(self.ui.id_edit.number(), today=self.ctx.today(),
                               finished=finished)
        if isinstance(found, IdNumberInfo):
            self.ui.birth_date_edit.setDate(QDate(found.birth_date))
            party_choices.select_value(self.ui.gender_combo, found.gender.value)

    def _on_role_combo_changed(self, _index: int) -> None:
        # Hired mediators are appointed by the committee (Art. 13); members are elected.
        hired = self.ui.role_combo.currentData() == "hired"
        party_choices.select_value(self.ui.method_combo, "appointed" if hired else "elected")
