"""The township's word on a village's case: a supervision note (督办意见), a return to the
village for correction (退回), or marking a return as put right (整改完毕).

Nothing here changes the village's case: the note is the township's own record, and it
reaches the village in the receipt the township writes when it imports the village's next
bundle. The dialog says so, since the village will not see it at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.case_origin_views import CaseOrigin
from mediation_desk.domain.views import CaseSummary
from mediation_desk.services import township
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.roster_form import RosterForm
from mediation_desk.ui.forms.ui_supervision_dialog import Ui_SupervisionDialog
from mediation_desk.ui.tasks import TaskRunner

KINDS = ("note", "return", "close")


class SupervisionDialog(RosterForm):
    """``kind``: "note" (督办意见), "return" (退回村里) or "close" (标记整改完毕, of the open
    return ``note_id``). ``saved`` carries the SupervisionNoteView stored."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, case: CaseSummary,
                 origin: CaseOrigin, kind: str, note_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind: {kind}")
        super().__init__(ctx, runner, f"supervision:{case.id}:{kind}", "", parent)
        self.kind = kind
        self.case = case
        self.note_id = note_id
        title = self.title_for(kind)
        self.draft_title = labels.fill(self.tr("%1 — %2"), title, case.case_no)
        self.ui = ui = Ui_SupervisionDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        ui.case_label.setText(labels.fill(self.tr("Case %1 “%2” — reported by %3"),
                                          case.case_no, case.title, origin.village_name))
        if kind == "note":
            ui.text_label.setText(self.tr("&Note:"))
            travel = self.tr("The village sees this note on the case once it has the "
                             "township's next receipt: the receipt written when its next "
                             "bundle is imported here.")
        elif kind == "return":
            ui.text_label.setText(self.tr("&What to correct:"))
            travel = self.tr("The case goes back to the village with the township's next "
                             "receipt (written when its next bundle is imported here). There "
                             "it shows as “returned by the township” until you mark it as "
                             "put right.")
        else:
            ui.text_label.setText(self.tr("&How it was put right (may stay empty):"))
            travel = self.tr("The village sees that the return is closed once it has the "
                             "township's next receipt.")
        ui.travel_label.setText(travel)
        self.setup_buttons(ui.save_button, ui.cancel_button, ui.general_error_label)
        self.bind_fields((("text", ui.text_edit),))
        self.watch(ui.text_edit)
        ui.text_edit.setFocus()
        self.offer_draft()

    def title_for(self, kind: str) -> str:
        return {"note": self.tr("Write a supervision note"),
                "return": self.tr("Return the case to the village"),
                "close": self.tr("Mark the return as put right")}[kind]

    def collect(self) -> tuple[Callable[[], Any], Any] | None:
        ctx, text = self.ctx, self.ui.text_edit.toPlainText()
        if self.kind == "close":
            note_id = self.note_id or ""
            return (lambda: township.close_return(ctx, note_id, text)), text
        case_id, kind = self.case.id, self.kind
        return (lambda: township.add_note(ctx, case_id, text, kind=kind)), text

    def form_state(self) -> dict[str, Any]:
        return {"text": self.ui.text_edit.toPlainText()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        self.ui.text_edit.setPlainText(str(state.get("text", "")))
