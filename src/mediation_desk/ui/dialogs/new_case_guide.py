"""The new-case form's own checklist: the line at the bottom that says what to fill in next
(with a button that goes there), a ✓ on each finished part, and the title the case will get
when the title is left empty. Older users should never wonder what is still missing."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from mediation_desk.domain.enums import PartyRole
from mediation_desk.services.case_register import default_title
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.new_case_codes import CodeCombos
from mediation_desk.ui.dialogs.new_case_parties import PartyList
from mediation_desk.ui.forms.ui_new_case_dialog import Ui_NewCaseDialog

DONE_MARK = "  ✓"


class FormGuide(QObject):
    def __init__(self, ui: Ui_NewCaseDialog, parties: PartyList, codes: CodeCombos,
                 save_button: QPushButton, parent: QObject) -> None:
        super().__init__(parent)
        self._ui = ui
        self._parties = parties
        self._codes = codes
        self._save_button = save_button
        self._titles = {g: g.title() for g in (ui.parties_group, ui.dispute_group)}
        ui.next_step_button.clicked.connect(self._on_next_step_button_clicked)

    def next_step(self) -> tuple[str, QWidget]:
        """What to fill in next, and the widget where that is done."""
        ui, roles = self._ui, self._parties.roles()
        if not roles:
            return self.tr("Next: add the applicant with \"Add party…\"."), ui.add_party_button
        if len(roles) < 2 or (PartyRole.RESPONDENT.value not in roles
                              and PartyRole.PARTY.value not in roles):
            return (self.tr("Next: add the respondent (the other side) with \"Add party…\"."),
                    ui.add_party_button)
        if self._codes.code("category") is None:
            return self.tr("Next: choose the category of the dispute."), ui.category_combo
        if not ui.facts_edit.toPlainText().strip():
            return self.tr("Next: write down briefly what happened (the facts)."), ui.facts_edit
        return (self.tr("Everything required is filled in. Check parts 3 and 4, then press "
                        "Save."), self._save_button)

    def update(self) -> None:
        ui = self._ui
        ui.next_step_label.setText(self.next_step()[0])
        done = {ui.parties_group: len(self._parties.entries) >= 2,
                ui.dispute_group: bool(self._codes.code("category")
                                       and ui.facts_edit.toPlainText().strip())}
        for group, complete in done.items():
            group.setTitle(self._titles[group] + (DONE_MARK if complete else ""))
        row = self._parties.current_row()
        ui.edit_party_button.setEnabled(row is not None)
        ui.remove_party_button.setEnabled(row is not None)
        self._update_title_hint()

    def _on_next_step_button_clicked(self) -> None:
        target = self.next_step()[1]
        self._ui.scroll_area.ensureWidgetVisible(target)
        target.setFocus()

    def _update_title_hint(self) -> None:
        code = self._codes.code("category")
        names = [n for n in self._parties.names() if n]
        edit = self._ui.title_edit
        if code and names:
            # The service names the case the same way when the title is left empty.
            label = self._codes.choice("category", code)
            title = default_title(names, label.label_zh if label else "")
            edit.setPlaceholderText(labels.fill(self.tr("Leave empty for: %1"), title))
        else:
            edit.setPlaceholderText(self.tr("Leave empty to name it after the parties and the "
                                            "category"))
