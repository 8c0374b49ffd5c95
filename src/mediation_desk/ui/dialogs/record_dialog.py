"""One dialog for every small record (notice, investigation, follow-up ...): the .ui shell
gives the heading, the form area and the buttons; the kind's ``RecordSpec`` gives the fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.views import CaseDetail
from mediation_desk.ui.dialogs.record_fields import (
    CODE_KINDS,
    LOOKUP_KINDS,
    Input,
    Lookups,
    RecordSpec,
    make_input,
    tr,
)
from mediation_desk.ui.dialogs.record_form import OnSaved, RecordForm
from mediation_desk.ui.dialogs.record_specs_agreement import AGREEMENT_SPECS
from mediation_desk.ui.dialogs.record_specs_case import CASE_SPECS
from mediation_desk.ui.dialogs.record_widgets import chain_tab_order
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_record_dialog import Ui_RecordDialog
from mediation_desk.ui.tasks import TaskRunner

SPECS: dict[str, RecordSpec] = {**CASE_SPECS, **AGREEMENT_SPECS}
HINT_STYLE = "color: #444;"


def case_line(detail: CaseDetail) -> str:
    """（2026）青石村人调字第001号　李四与张三邻里纠纷 — who the form is about."""
    return f"{detail.summary.case_no}　{detail.summary.title}"


class RecordDialog(RecordForm):
    """The form of one small record kind; ``inputs`` maps service field names to inputs."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, detail: CaseDetail, kind: str,
                 title: str, on_saved: OnSaved, *, ref_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, detail, kind, title, on_saved, ref_id=ref_id,
                         parent=parent)
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.draft_title)
        self.spec = SPECS[kind]
        self.service = self.spec.service
        self.ui.title_label.setText(title)
        self.ui.case_label.setText(case_line(detail))
        self.ui.heading_label.setText(tr(self.spec.heading))
        self.general_label = self.ui.general_error_label
        self.errors = FieldErrors(self.general_label)
        self.setup_buttons(self.ui.save_button, self.ui.cancel_button)

        self.inputs: dict[str, Input] = {}
        form = self.ui.fields_form
        for field in self.spec.fields:
            inp = make_input(field, self.ui.fields_area, self.info)
            if field.kind == "check":
                form.addRow("", inp.widget)
            else:
                form.addRow(tr(field.label), inp.widget)
            if field.hint:
                hint = QLabel(tr(field.hint), self.ui.fields_area)
                hint.setWordWrap(True)
                hint.setStyleSheet(HINT_STYLE)
                form.addRow("", hint)
            self.errors.bind(field.name, inp.widget)
            inp.connect(self.mark_dirty)
            self.inputs[field.name] = inp
        self._fix_tab_order()
        self._first_focus()

        kinds = {f.kind for f in self.spec.fields}
        self.load_lookups(roster=bool(kinds & LOOKUP_KINDS), criteria=bool(kinds & CODE_KINDS))
        self.offer_draft()

    def input(self, name: str) -> Input:
        return self.inputs[name]

    def widget(self, name: str) -> QWidget:
        return self.inputs[name].widget

    # RecordForm / GuardedDialog -----------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        data = {name: inp.value() for name, inp in self.inputs.items()}
        # An empty tick list would mean "everyone" to some services: say so instead.
        missing = [DomainError("field.too_few", f.name, min_length=1)
                   for f in self.spec.fields if f.required and not data[f.name]]
        if missing:
            raise ValidationErrors(missing)
        return data

    def apply_lookups(self, lookups: Lookups) -> None:
        for inp in self.inputs.values():
            inp.apply_lookups(lookups)
        self._fix_tab_order()

    def form_state(self) -> dict[str, Any]:
        return {name: inp.value() for name, inp in self.inputs.items()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            if name in self.inputs:
                self.inputs[name].set_value(value)

    def _fix_tab_order(self) -> None:
        """Tab follows the paper form: the fields top to bottom, then Save, then Cancel."""
        chain_tab_order([*(inp.widget for inp in self.inputs.values()),
                         self.ui.save_button, self.ui.cancel_button])

    def _first_focus(self) -> None:
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.widget.setFocus()
