"""Checks of the party form while the user types: the ID number (a wrong check digit is named
at once, a valid number fills in birth date and gender) and the phone number (named when the
field is left, so half a number is not called wrong). Messages sit beside the fields, in
Chinese sentences from ``wording.messages``, with a ⚠ so colour is never the only cue."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QLabel

from mediation_desk.domain.enums import IdType
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.idnumber import IdNumberInfo, age_on
from mediation_desk.domain.phone import parse_phone
from mediation_desk.ui.dialogs import party_choices as choices
from mediation_desk.ui.dialogs.party_id_edit import check_typed_id
from mediation_desk.ui.field_errors import ERROR_STYLE, MARK
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

# QDateEdit cannot be empty: its minimum date, shown as "—", stands for "not given".
NO_DATE = QDate(1899, 12, 31)
INFO_MARK = "ℹ "


def qdate(iso: str | None) -> QDate | None:
    value = QDate.fromString(iso or "", "yyyy-MM-dd")
    return value if value.isValid() else None


def say(problem: DomainError) -> str:
    return MARK + messages.message(problem.code, problem.params, current_language())


def phone_problem(text: str, field: str = "person.phone") -> DomainError | None:
    if not text.strip():
        return None
    try:
        parse_phone(text, field=field)
    except DomainError as exc:
        return exc
    return None


class LiveChecks(QObject):
    """Wires the checks to the widgets of a ``Ui_PartyDialog``."""

    def __init__(self, ui: Any, today: date, parent: QObject) -> None:
        super().__init__(parent)
        self._ui = ui
        self._today = today
        ui.id_type_combo.currentIndexChanged.connect(self._on_id_type_combo_currentIndexChanged)
        ui.id_edit.textEdited.connect(self._on_id_edit_textEdited)
        ui.id_edit.editingFinished.connect(self._on_id_edit_editingFinished)
        ui.phone_edit.textEdited.connect(self._on_phone_edit_textEdited)
        ui.phone_edit.editingFinished.connect(self._on_phone_edit_editingFinished)
        ui.birth_date_edit.dateChanged.connect(self._on_birth_date_edit_dateChanged)

    def recheck_id(self) -> None:
        """Say what is wrong with the number now in the field (after it was set, not typed)."""
        self.show_id_feedback(self._ui.id_edit.number(), finished=True)

    def show_id_feedback(self, raw: str, *, finished: bool) -> None:
        label = self._ui.id_message_label
        if self._ui.id_type_combo.currentData() != IdType.RESIDENT_ID:
            self._set_message(label, "", error=False)
            return
        result = check_typed_id(raw, today=self._today, finished=finished)
        if isinstance(result, DomainError):
            self._set_message(label, say(result), error=True)
            return
        if isinstance(result, IdNumberInfo) and not finished:
            self._fill_from_id(result)
        notes = result.warnings if isinstance(result, IdNumberInfo) else ()
        text = "\n".join(INFO_MARK + messages.message(w.code, w.params, current_language())
                         for w in notes)
        self._set_message(label, text, error=False)

    def _on_id_type_combo_currentIndexChanged(self, _index: int) -> None:
        self.recheck_id()

    def _on_id_edit_textEdited(self, text: str) -> None:
        self.show_id_feedback(text, finished=False)

    def _on_id_edit_editingFinished(self) -> None:
        self.recheck_id()

    def _on_phone_edit_textEdited(self, text: str) -> None:
        # Only take a complaint back while typing; a new one waits until the field is left.
        label = self._ui.phone_message_label
        if not label.isHidden() and phone_problem(text) is None:
            self._set_message(label, "", error=False)

    def _on_phone_edit_editingFinished(self) -> None:
        problem = phone_problem(self._ui.phone_edit.text())
        self._set_message(self._ui.phone_message_label, say(problem) if problem else "",
                          error=True)

    def _on_birth_date_edit_dateChanged(self, value: QDate) -> None:
        given = value != NO_DATE
        if given:
            self._ui.age_spin.setValue(age_on(value.toPython(), self._today))
        self._ui.age_spin.setEnabled(not given)

    def _fill_from_id(self, info: IdNumberInfo) -> None:
        """The card is usually right: take its birth date and gender over what was typed."""
        self._ui.birth_date_edit.setDate(qdate(info.birth_date.isoformat()) or NO_DATE)
        choices.select_value(self._ui.gender_combo, info.gender.value)

    def _set_message(self, label: QLabel, text: str, *, error: bool) -> None:
        label.setStyleSheet(ERROR_STYLE if error else "")
        label.setText(text)
        label.setVisible(bool(text))
        ui = self._ui
        widget = ui.id_edit if label is ui.id_message_label else ui.phone_edit
        widget.setAccessibleDescription(text)
