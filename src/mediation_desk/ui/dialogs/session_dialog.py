"""The mediation session record (调解记录): header as on the paper form (date, place, matter,
who took part), a large text for what was said, and the result."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QRadioButton, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import SessionResult
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import case_records
from mediation_desk.ui.dialogs.record_dialog import case_line
from mediation_desk.ui.dialogs.record_fields import (
    Lookups,
    case_mediators,
    not_recorded,
    party_options,
)
from mediation_desk.ui.dialogs.record_form import OnSaved, RecordForm
from mediation_desk.ui.dialogs.record_widgets import (
    chain_tab_order,
    combo_value,
    date_iso,
    fill_combo,
    qdate,
    set_combo_value,
    set_date_iso,
    setup_date_edit,
)
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_session_dialog import Ui_SessionDialog
from mediation_desk.ui.tasks import TaskRunner

# Names typed in one line: 、 is what people write; commas, semicolons and spaces also work.
_NAME_SEPARATORS = re.compile(r"[、,，;；\s]+")


def split_names(text: str) -> list[str]:
    return [n for n in _NAME_SEPARATORS.split(text) if n]


class SessionDialog(RecordForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner, detail: CaseDetail, title: str,
                 on_saved: OnSaved, *, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, detail, "session", title, on_saved, parent=parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.draft_title)
        self.service = case_records.add_session
        ui = self.ui
        ui.title_label.setText(title)
        ui.case_label.setText(case_line(detail))
        self.general_label = ui.general_error_label
        self.errors = FieldErrors(self.general_label)
        self.setup_buttons(ui.save_button, ui.cancel_button)
        self.result_radios: dict[str, QRadioButton] = {
            SessionResult.CONTINUE.value: ui.result_continue_radio,
            SessionResult.AGREEMENT.value: ui.result_agreement_radio,
            SessionResult.FAILED.value: ui.result_failed_radio,
        }

        setup_date_edit(ui.held_on_edit)
        ui.held_on_edit.setMaximumDate(qdate(self.info.today))
        ui.held_on_edit.setDate(qdate(self.info.today))
        ui.matter_edit.setText(detail.summary.title)
        ui.parties_present_check.set_options(party_options(detail),
                                             [p.id for p in detail.parties])
        ui.content_edit.setMinimumHeight(ui.content_edit.fontMetrics().lineSpacing() * 10)

        for name, widget in (("held_on", ui.held_on_edit), ("place", ui.place_edit),
                             ("matter", ui.matter_edit),
                             ("participants", ui.participants_edit),
                             ("recorder_id", ui.recorder_combo),
                             ("parties_present", ui.parties_present_check),
                             ("mediator_ids", ui.mediators_check),
                             ("content", ui.content_edit),
                             ("result", ui.result_continue_radio),
                             ("simplified", ui.simplified_check)):
            self.errors.bind(name, widget)
        self.watch(ui.held_on_edit, ui.place_edit, ui.matter_edit, ui.participants_edit,
                   ui.recorder_combo, ui.content_edit, ui.simplified_check,
                   *self.result_radios.values())
        ui.parties_present_check.changed.connect(self.mark_dirty)
        ui.mediators_check.changed.connect(self.mark_dirty)
        self._fix_tab_order()
        ui.held_on_edit.setFocus()
        self.load_lookups(roster=True)
        self.offer_draft()

    # Values ------------------------------------------------------------------------------

    def result(self) -> str:
        return next((v for v, r in self.result_radios.items() if r.isChecked()),
                    SessionResult.CONTINUE.value)

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "held_on": date_iso(ui.held_on_edit),
            "place": ui.place_edit.text().strip(),
            "matter": ui.matter_edit.text().strip(),
            "participants": split_names(ui.participants_edit.text()),
            "parties_present": ui.parties_present_check.values(),
            "mediator_ids": ui.mediators_check.values(),
            "recorder_id": combo_value(ui.recorder_combo),
            "content": ui.content_edit.toPlainText().strip(),
            "result": self.result(),
            "simplified": ui.simplified_check.isChecked(),
        }

    def form_state(self) -> dict[str, Any]:
        state = self.collect()
        state["participants"] = self.ui.participants_edit.text()  # as typed
        return state

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        set_date_iso(ui.held_on_edit, state.get("held_on"))
        ui.place_edit.setText(state.get("place", ""))
        ui.matter_edit.setText(state.get("matter", ""))
        participants = state.get("participants", "")
        ui.participants_edit.setText(participants if isinstance(participants, str)
                                     else "、".join(participants))
        ui.parties_present_check.set_values(state.get("parties_present", []))
        ui.mediators_check.set_values(state.get("mediator_ids", []))
        set_combo_value(ui.recorder_combo, state.get("recorder_id"))
        ui.content_edit.setPlainText(state.get("content", ""))
        radio = self.result_radios.get(state.get("result", ""))
        if radio is not None:
            radio.setChecked(True)
        ui.simplified_check.setChecked(bool(state.get("simplified")))

    # Lookups -----------------------------------------------------------------------------

    def apply_lookups(self, lookups: Lookups) -> None:
        # The case's own mediators first and ticked; anyone else on the roster may sit in.
        mine = case_mediators(self.info)
        roster = sorted(lookups.mediators, key=lambda m: m.id not in mine)
        self.ui.mediators_check.set_options([(m.id, m.name) for m in roster], mine)
        fill_combo(self.ui.recorder_combo,
                   [(None, not_recorded()), *((m.id, m.name) for m in lookups.mediators)])
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        ui = self.ui
        chain_tab_order([ui.held_on_edit, ui.place_edit, ui.matter_edit, ui.participants_edit,
                         ui.recorder_combo, ui.parties_present_check, ui.mediators_check,
                         ui.content_edit, ui.result_continue_radio, ui.result_agreement_radio,
                         ui.result_failed_radio, ui.simplified_check, ui.save_button,
                         ui.cancel_button])
