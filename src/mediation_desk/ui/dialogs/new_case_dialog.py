"""New case (新案件登记): the paper 人民调解申请书 / 受理登记表 as one guided form —
1 parties, 2 the dispute, 3 source and intake, 4 consent and privacy — saved with
``case_register.register_case`` on the write thread.

The form is kept as an encrypted draft while typing (including a party being entered), and
the line at the bottom always says what is still missing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import ApplicationChannel
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.money import parse_yuan, to_chinese_capital
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services.case_register import register_case
from mediation_desk.ui.dialogs.new_case_codes import CodeCombos
from mediation_desk.ui.dialogs.new_case_guide import FormGuide
from mediation_desk.ui.dialogs.new_case_parties import PartyList
from mediation_desk.ui.dialogs.party_dialog import PartyDialog
from mediation_desk.ui.field_errors import ERROR_STYLE, MARK, FieldErrors, flatten
from mediation_desk.ui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog, date_value, set_date_value
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)

DRAFT_KEY = "new_case"
Register = Callable[[AppContext, dict[str, Any]], CaseDetail]
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class NewCaseDialog(GuardedDialog):
    case_created = Signal(str)
    """The case was registered; carries its id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, *,
                 prefill: dict[str, Any] | None = None,
                 register: Register | None = None, draft_key: str = DRAFT_KEY) -> None:
        """``prefill`` holds form-state keys (title, facts, category, source, referred_by,
        is_major …) for a case that starts from a screening finding or an incident report;
        ``register`` then links it to its origin (it must return the new case's detail), and
        ``draft_key`` keeps its draft apart from the ordinary new-case draft."""
        super().__init__(ctx, draft_key, QCoreApplication.translate("NewCaseDialog", "New case"),
                         parent)
        self._register: Register = register or register_case
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._runner = runner
        self.party_dialog: PartyDialog | None = None
        """The party form while it is open (adding, or editing row ``_editing_row``)."""
        self._editing_row: int | None = None
        self.saved_case: CaseDetail | None = None
        self.parties = PartyList(ui.party_table)

        set_date_value(ui.received_on_edit, ctx.today().isoformat())
        ui.received_on_edit.setMaximumDate(ui.received_on_edit.date())
        ui.received_by_edit.setText(ctx.actor)
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setDefault(True)

        self.errors = FieldErrors(ui.general_error_label)
        self.parties_error_label = self.errors.bind("parties", ui.party_table)
        for path, widget in (("category", ui.category_combo), ("title", ui.title_edit),
                             ("facts", ui.facts_edit), ("requests", ui.requests_edit),
                             ("source", ui.source_combo), ("received_on", ui.received_on_edit),
                             ("received_by", ui.received_by_edit),
                             ("referred_by", ui.referred_by_edit),
                             ("application_channel", ui.oral_radio),
                             ("consent_note", ui.consent_note_edit),
                             ("privacy_note", ui.privacy_note_edit)):
            self.errors.bind(path, widget)
        self.errors.bind("amount_fen", ui.amount_edit, ui.amount_capital_label)

        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.add_party_button.clicked.connect(self._on_add_party_button_clicked)
        ui.edit_party_button.clicked.connect(self._on_edit_party_button_clicked)
        ui.remove_party_button.clicked.connect(self._on_remove_party_button_clicked)
        ui.party_table.cellDoubleClicked.connect(self._on_party_table_cellDoubleClicked)
        ui.party_table.installEventFilter(self)
        ui.amount_edit.textEdited.connect(self._on_amount_edit_textEdited)
        ui.amount_edit.editingFinished.connect(self._on_amount_edit_editingFinished)
        self.watch(ui.title_edit, ui.facts_edit, ui.requests_edit, ui.amount_edit,
                   ui.oral_radio, ui.written_radio, ui.received_on_edit, ui.received_by_edit,
                   ui.referred_by_edit, ui.consent_note_edit, ui.is_public_check,
                   ui.privacy_note_edit, ui.is_major_check)
        ui.is_public_check.toggled.connect(self._on_is_public_check_toggled)
        self._on_is_public_check_toggled(ui.is_public_check.isChecked())

        self.codes = CodeCombos(ctx, runner, {
            "category": ("dispute_category", ui.category_combo, None),
            "source": ("case_source", ui.source_combo, "party_application")},
            on_loaded=self._on_codes_loaded, on_failed=self._on_codes_failed, parent=self)
        self.guide = FormGuide(ui, self.parties, self.codes, self.save_button, self)
        ui.party_table.itemSelectionChanged.connect(self._update_guide)
        ui.facts_edit.textChanged.connect(self._update_guide)
        ui.category_combo.currentIndexChanged.connect(self._update_guide)
        self.codes.load()
        self._update_guide()
        if prefill:
            self.restore_form_state({**self.form_state(), **prefill})
        ui.add_party_button.setFocus()
        self.offer_draft()

    # The form -----------------------------------------------------------------------------

    def case_data(self) -> dict[str, Any]:
        """The CaseCreate dict for the service.

        Raises:
            DomainError: the amount is not a sum of money (checked here: the service takes fen).
        """
        ui = self.ui
        amount = ui.amount_edit.text().strip()
        data: dict[str, Any] = {
            "category": self.codes.code("category") or "",
            "title": ui.title_edit.text().strip(),
            "facts": ui.facts_edit.toPlainText().strip(),
            "requests": [line.strip() for line in ui.requests_edit.toPlainText().splitlines()
                         if line.strip()],
            "amount_fen": parse_yuan(amount, field="amount_fen") if amount else 0,
            "application_channel": (ApplicationChannel.WRITTEN if ui.written_radio.isChecked()
                                    else ApplicationChannel.ORAL).value,
            "received_on": date_value(ui.received_on_edit),
            "received_by": ui.received_by_edit.text().strip(),
            "referred_by": ui.referred_by_edit.text().strip(),
            "is_public": ui.is_public_check.isChecked(),
            "privacy_note": (ui.privacy_note_edit.text().strip()
                             if not ui.is_public_check.isChecked() else ""),
            "consent_note": ui.consent_note_edit.text().strip(),
            "is_major": ui.is_major_check.isChecked(),
            "parties": self.parties.party_data()}
        source = self.codes.code("source")
        if source:
            data["source"] = source
        return data

    def save(self) -> None:
        """Register the case on the write thread; refusals show beside the fields."""
        if not self.save_button.isEnabled():
            return  # already saving: a second press must not register the case twice
        try:
            data = self.case_data()
        except DomainError as exc:
            self.show_problem(exc)
            return
        self.save_button.setEnabled(False)
        ctx = self.ctx
        register = self._register
        self._runner.submit(lambda: register(ctx, data), on_done=self._on_saved,
                            on_error=self._on_save_failed, write=True)

    def show_problem(self, exc: DomainError) -> None:
        ui = self.ui
        ui.amount_capital_label.setStyleSheet(ERROR_STYLE)
        self.errors.show(exc)
        party_lines = self.parties.set_problems(
            [e for e in flatten(exc) if (e.field or "").startswith("parties")])
        if party_lines:
            self.parties_error_label.setText("\n".join(party_lines))
            self.parties_error_label.show()

    # Draft --------------------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        ui = self.ui
        state = {
            "parties": self.parties.entries,
            "category": self.codes.code("category"),
            "title": ui.title_edit.text(), "facts": ui.facts_edit.toPlainText(),
            "requests": ui.requests_edit.toPlainText(), "amount": ui.amount_edit.text(),
            "source": self.codes.code("source"),
            "written": ui.written_radio.isChecked(),
            "received_on": date_value(ui.received_on_edit),
            "received_by": ui.received_by_edit.text(), "referred_by": ui.referred_by_edit.text(),
            "consent_note": ui.consent_note_edit.text(),
            "is_public": ui.is_public_check.isChecked(),
            "privacy_note": ui.privacy_note_edit.text(),
            "is_major": ui.is_major_check.isChecked(), "open_party": None}
        if self.party_dialog is not None:
            state["open_party"] = {"row": self._editing_row,
                                   "form": self.party_dialog.form_state()}
        return state

    def restore_form_state(self, state: dict[str, Any]) -> None:
        ui = self.ui
        self.parties.set_entries(state.get("parties", []))
        for key in ("category", "source"):
            self.codes.set_code(key, state.get(key))
        ui.title_edit.setText(state.get("title", ""))
        ui.facts_edit.setPlainText(state.get("facts", ""))
        ui.requests_edit.setPlainText(state.get("requests", ""))
        ui.amount_edit.setText(state.get("amount", ""))
        self._on_amount_edit_textEdited(ui.amount_edit.text())
        (ui.written_radio if state.get("written") else ui.oral_radio).setChecked(True)
        set_date_value(ui.received_on_edit, state.get("received_on"))
        ui.received_by_edit.setText(state.get("received_by", ui.received_by_edit.text()))
        ui.referred_by_edit.setText(state.get("referred_by", ""))
        ui.consent_note_edit.setText(state.get("consent_note", ""))
        ui.is_public_check.setChecked(bool(state.get("is_public", True)))
        ui.privacy_note_edit.setText(state.get("privacy_note", ""))
        ui.is_major_check.setChecked(bool(state.get("is_major")))
        self._update_guide()
        party = state.get("open_party")
        if party and self.party_dialog is None:
            self._open_party_dialog(party.get("row"), party.get("form") or {})

    # Parties ------------------------------------------------------------------------------

    def _open_party_dialog(self, row: int | None, initial: dict[str, Any]) -> None:
        dialog = PartyDialog(self.ctx, self._runner, self, initial=initial)
        self.party_dialog, self._editing_row = dialog, row
        dialog.edited.connect(self.mark_dirty)
        dialog.finished.connect(self._on_party_dialog_finished)
        if row is not None:
            dialog.show_problem(self.parties.problems_for(row))
        dialog.open()

    def _on_party_dialog_finished(self, result: int) -> None:
        dialog, row = self.party_dialog, self._editing_row
        self.party_dialog, self._editing_row = None, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            self.parties.put(row, {"data": dialog.party_data(),
                                   "display": dialog.display_info(),
                                   "form": dialog.form_state()})
            self.mark_dirty()
        elif self.dirty:
            self.mark_dirty()  # rewrite the draft without the party that was dropped
        dialog.deleteLater()
        self._update_guide()
        self.ui.add_party_button.setFocus()

    def _on_add_party_button_clicked(self) -> None:
        self._open_party_dialog(None, {"role": self.parties.next_role()})

    def _on_edit_party_button_clicked(self) -> None:
        row = self.parties.current_row()
        if row is not None:
            self._open_party_dialog(row, self.parties.entries[row]["form"])

    def _on_remove_party_button_clicked(self) -> None:
        row = self.parties.current_row()
        if row is not None:
            self.parties.remove(row)
            self.mark_dirty()
            self._update_guide()

    def _on_party_table_cellDoubleClicked(self, _row: int, _column: int) -> None:
        self._on_edit_party_button_clicked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter on a party opens it (instead of saving the whole form); Delete removes it.
        if watched is self.ui.party_table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() in _ENTER_KEYS:
                self._on_edit_party_button_clicked()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._on_remove_party_button_clicked()
                return True
        return super().eventFilter(watched, event)

    # Saving -------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        self.save()

    def _on_saved(self, detail: CaseDetail) -> None:
        self.saved_case = detail
        self.finish_saved()
        self.case_created.emit(detail.summary.id)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.show_problem(exc)
            return
        log.error("registering a case failed", exc_info=exc)
        self.show_problem(DomainError("internal.unexpected", None, kind=type(exc).__name__))

    # Other fields -------------------------------------------------------------------------

    def _on_amount_edit_textEdited(self, text: str) -> None:
        """Show the amount in capitals (人民币壹万贰仟元整) so a wrong zero is seen at once."""
        label = self.ui.amount_capital_label
        label.setStyleSheet("")
        try:
            label.setText(to_chinese_capital(parse_yuan(text)) if text.strip() else "")
        except DomainError:
            label.setText("")
        label.setVisible(bool(label.text()))

    def _on_amount_edit_editingFinished(self) -> None:
        text = self.ui.amount_edit.text()
        if not text.strip():
            return
        try:
            parse_yuan(text, field="amount_fen")
        except DomainError as exc:
            label = self.ui.amount_capital_label
            label.setStyleSheet(ERROR_STYLE)
            label.setText(MARK + messages.message(exc.code, exc.params, current_language()))
            label.show()

    def _on_is_public_check_toggled(self, public: bool) -> None:
        self.ui.privacy_note_edit.setEnabled(not public)

    def _update_guide(self, *_args: object) -> None:
        self.guide.update()

    def _on_codes_loaded(self, combos: list[QComboBox]) -> None:
        self.watch(*combos)  # only now: filling the lists is not the user's edit
        self._update_guide()

    def _on_codes_failed(self, exc: BaseException) -> None:
        self.show_problem(DomainError("internal.unexpected", None, kind=type(exc).__name__))
