"""The mediation agreement (调解协议书 / 口头协议登记表), laid out like the paper: facts and
points in dispute, the numbered terms, how, where and by when it is carried out, the amount in
figures and in Chinese capitals, the obligations to watch, and the signatures and seal that
make a written agreement take effect."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import AgreementKind
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.money import format_yuan, parse_yuan, to_chinese_capital
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import agreements
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.record_dialog import case_line
from mediation_desk.ui.dialogs.record_fields import party_options
from mediation_desk.ui.dialogs.record_form import OnSaved, RecordForm
from mediation_desk.ui.dialogs.record_widgets import (
    chain_tab_order,
    date_iso,
    qdate,
    set_date_iso,
    setup_date_edit,
)
from mediation_desk.ui.field_errors import FieldErrors, flatten
from mediation_desk.ui.forms.ui_agreement_dialog import Ui_AgreementDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

_LISTED = re.compile(r"^(terms|items)\[\d+\]")
SIGNATURE_FIELDS = ("all_parties_signed", "mediator_signed", "recorder_signed", "sealed")


class AgreementDialog(RecordForm):
    def __init__(self, ctx: AppContext, runner: TaskRunner, detail: CaseDetail, title: str,
                 on_saved: OnSaved, *, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, detail, "agreement", title, on_saved, parent=parent)
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.draft_title)
        self.service = agreements.record_agreement
        ui = self.ui
        ui.title_label.setText(title)
        ui.case_label.setText(case_line(detail))
        self.general_label = ui.general_error_label
        self.errors = FieldErrors(self.general_label)
        self.setup_buttons(ui.save_button, ui.cancel_button)
        self.signature_checks = {
            "all_parties_signed": ui.all_parties_signed_check,
            "mediator_signed": ui.mediator_signed_check,
            "recorder_signed": ui.recorder_signed_check,
            "sealed": ui.sealed_check,
        }

        today = qdate(self.info.today)
        setup_date_edit(ui.reached_on_edit)
        ui.reached_on_edit.setMaximumDate(today)
        ui.reached_on_edit.setDate(today)
        ui.deadline_edit.reference = today
        ui.facts_edit.setPlainText(detail.facts)
        ui.items_editor.set_parties(party_options(detail), self.info.today)
        lines = ui.facts_edit.fontMetrics().lineSpacing()
        ui.facts_edit.setMinimumHeight(lines * 5)
        ui.manner_edit.setFixedHeight(lines * 3 + 12)

        for name, widget in (("kind", ui.written_radio), ("reached_on", ui.reached_on_edit),
                             ("facts_and_issues", ui.facts_edit),
                             ("terms", ui.terms_editor),
                             ("performance_manner", ui.manner_edit),
                             ("performance_place", ui.place_edit),
                             ("performance_deadline", ui.deadline_edit),
                             ("amount_fen", ui.amount_edit), ("items", ui.items_editor),
                             ("recorder_name", ui.recorder_name_edit),
                             ("subject_is_status_relation", ui.status_relation_check),
                             ("confirmation_declined", ui.confirmation_declined_check),
                             *self.signature_checks.items()):
            self.errors.bind(name, widget)

        self.watch(ui.written_radio, ui.oral_radio, ui.reached_on_edit, ui.facts_edit,
                   ui.manner_edit, ui.place_edit, ui.deadline_edit, ui.amount_edit,
                   ui.recorder_name_edit, ui.status_relation_check,
                   ui.confirmation_declined_check, *self.signature_checks.values())
        for editor in (ui.terms_editor, ui.items_editor):
            editor.changed.connect(self.mark_dirty)
            editor.rows_changed.connect(self._fix_tab_order)
        ui.items_editor.changed.connect(self._update_amount)
        ui.amount_edit.textChanged.connect(self._update_amount)
        ui.written_radio.toggled.connect(self._update_kind)
        for check in self.signature_checks.values():
            check.toggled.connect(self._update_effect)

        self._update_kind()
        self._update_amount()
        self._fix_tab_order()
        ui.written_radio.setFocus()
        self.offer_draft()

    # Values ------------------------------------------------------------------------------

    def written(self) -> bool:
        return self.ui.written_radio.isChecked()

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        ui.terms_editor.drop_blank()
        ui.items_editor.drop_blank()
        errors: list[DomainError] = []
        amount = 0
        if ui.amount_edit.text().strip():
            try:
                amount = parse_yuan(ui.amount_edit.text(), field="amount_fen")
            except DomainError as exc:
                errors.append(exc)
        try:
            items = ui.items_editor.items()
        except ValidationErrors as exc:
            errors += exc.errors
            items = []
        if errors:
            raise ValidationErrors(errors)
        written = self.written()
        data: dict[str, Any] = {
            "kind": (AgreementKind.WRITTEN if written else AgreementKind.ORAL).value,
            "reached_on": date_iso(ui.reached_on_edit),
            "facts_and_issues": ui.facts_edit.toPlainText().strip(),
            "terms": ui.terms_editor.terms(),
            "performance_manner": ui.manner_edit.toPlainText().strip(),
            "performance_place": ui.place_edit.text().strip(),
            "performance_deadline": ui.deadline_edit.iso(),
            "amount_fen": amount,
            "items": items,
            # What the oral form hides is not sent: nothing unseen goes into the record.
            "recorder_name": ui.recorder_name_edit.text().strip() if written else "",
            "subject_is_status_relation": written and ui.status_relation_check.isChecked(),
            "confirmation_declined": written and ui.confirmation_declined_check.isChecked(),
        }
        for name, check in self.signature_checks.items():
            data[name] = written and check.isChecked()
        return data

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "kind": "written" if self.written() else "oral",
            "reached_on": date_iso(ui.reached_on_edit),
            "facts_and_issues": ui.facts_edit.toPlainText(),
            "terms": ui.terms_editor.texts(),
            "performance_manner": ui.manner_edit.toPlainText(),
            "performance_place": ui.place_edit.text(),
            "performance_deadline": ui.deadline_edit.iso(),
            "amount": ui.amount_edit.text(),
            "items": ui.items_editor.state(),
            "recorder_name": ui.recorder_name_edit.text(),
            "subject_is_status_relation": ui.status_relation_check.isChecked(),
            "confirmation_declined": ui.confirmation_declined_check.isChecked(),
            **{name: check.isChecked() for name, check in self.signature_checks.items()},
        }

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        (ui.oral_radio if state.get("kind") == "oral" else ui.written_radio).setChecked(True)
        set_date_iso(ui.reached_on_edit, state.get("reached_on"))
        ui.facts_edit.setPlainText(state.get("facts_and_issues", ""))
        ui.terms_editor.set_texts(state.get("terms") or [""])
        ui.manner_edit.setPlainText(state.get("performance_manner", ""))
        ui.place_edit.setText(state.get("performance_place", ""))
        ui.deadline_edit.set_iso(state.get("performance_deadline"))
        ui.amount_edit.setText(state.get("amount", ""))
        ui.items_editor.set_state(state.get("items") or [])
        ui.recorder_name_edit.setText(state.get("recorder_name", ""))
        ui.status_relation_check.setChecked(bool(state.get("subject_is_status_relation")))
        ui.confirmation_declined_check.setChecked(bool(state.get("confirmation_declined")))
        for name, check in self.signature_checks.items():
            check.setChecked(bool(state.get(name)))

    # Errors ------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.ui.terms_editor.clear_errors()
        self.ui.items_editor.clear_errors()

    def show_errors(self, exc: DomainError) -> None:
        """A problem with one term or one obligation goes under its list, naming the line."""
        problems = flatten(exc)
        listed = [e for e in problems if e.field and _LISTED.match(e.field)]
        rest = [e for e in problems if e not in listed]
        if rest:
            self.errors.show(ValidationErrors(rest))
        else:
            self.errors.clear()
        self.ui.terms_editor.show_errors([e for e in listed if e.field.startswith("terms")])
        self.ui.items_editor.show_errors([e for e in listed if e.field.startswith("items")])

    # Live parts of the form --------------------------------------------------------------

    def _update_kind(self) -> None:
        written = self.written()
        self.ui.signatures_group.setVisible(written)
        self.ui.confirmation_group.setVisible(written)
        self._update_effect()

    def _update_amount(self) -> None:
        """The amount in Chinese capitals as it is typed, as the agreement will print it."""
        text = self.ui.amount_edit.text().strip()
        total = self.ui.items_editor.total_fen()
        if not text:
            shown = (labels.fill(self.tr("Taken from the obligations: ¥%1, %2"),
                                 format_yuan(total), to_chinese_capital(total)) if total
                     else self.tr("No amount of money."))
        else:
            try:
                fen = parse_yuan(text, field="amount_fen")
            except DomainError as exc:
                shown = "⚠ " + messages.message(exc.code, exc.params, current_language())
            else:
                shown = labels.fill(self.tr("In words: %1"), to_chinese_capital(fen))
                if total and total != fen:
                    shown += "\n" + labels.fill(
                        self.tr("Note: the obligations below add up to ¥%1."),
                        format_yuan(total))
        self.ui.capital_label.setText(shown)

    def _update_effect(self) -> None:
        """Says whether the written agreement will be in effect, and what is missing."""
        if not self.written():
            return
        missing = [text for name, text in (
            ("all_parties_signed", self.tr("the parties' signatures")),
            ("mediator_signed", self.tr("the mediator's signature")),
            ("sealed", self.tr("the committee's seal"))) if not self.signature_checks[name]
            .isChecked()]
        if missing:
            text = labels.fill(self.tr("Not yet in effect: %1 still missing. You can record "
                                       "them later with \"Record signatures and seal\"."),
                               labels.join_names(missing))
        else:
            text = self.tr("✔ Signed and sealed: the agreement takes effect when saved.")
        self.ui.effect_label.setText(text)

    def _fix_tab_order(self) -> None:
        ui = self.ui
        chain_tab_order([ui.written_radio, ui.oral_radio, ui.reached_on_edit, ui.facts_edit,
                         ui.terms_editor, ui.manner_edit, ui.place_edit, ui.deadline_edit,
                         ui.amount_edit, ui.items_editor, *self.signature_checks.values(),
                         ui.recorder_name_edit, ui.status_relation_check,
                         ui.confirmation_declined_check, ui.save_button, ui.cancel_button])
