"""Opens the main window's forms and case windows: at most one window per case, at most one
new-case form, and a draft key leads back to the form it came from.

Draft keys: ``new_case``; ``case/<id>/action/<action>``; ``case/<id>/record/<kind>[/<ref>]``."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from mediation_desk.domain.views import CaseDetail
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.case_window import (
    CaseWindow,
    open_case_window,
    raise_case_window,
)
from mediation_desk.ui.dialogs.new_case_dialog import NewCaseDialog

if TYPE_CHECKING:
    from mediation_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

NEW_CASE_KEY = "new_case"


def parse_draft_key(key: str) -> tuple[str, str | None, str | None, str | None]:
    """(form, case id, action or record kind, ref id) of a draft key; form is "new_case",
    "action", "record" or "" for a key this version does not know."""
    if key == NEW_CASE_KEY:
        return "new_case", None, None, None
    parts = key.split("/")
    if len(parts) >= 4 and parts[0] == "case" and parts[2] in ("action", "record"):
        ref = parts[4] if len(parts) > 4 else None
        return parts[2], parts[1], parts[3], ref
    return "", None, None, None


class FormOpener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.new_case_dialog: NewCaseDialog | None = None

    # New case ------------------------------------------------------------------------------

    def new_case(self) -> NewCaseDialog:
        if self.new_case_dialog is not None:
            self.new_case_dialog.raise_()
            self.new_case_dialog.activateWindow()
            return self.new_case_dialog
        w = self._window
        dialog = NewCaseDialog(w.ctx, w.runner, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_created.connect(self._on_case_created)
        dialog.finished.connect(self._on_new_case_finished)
        self.new_case_dialog = dialog
        dialog.open()
        return dialog

    def _on_new_case_finished(self, _result: int) -> None:
        self.new_case_dialog = None
        self._window.update_drafts_banner()

    def _on_case_created(self, case_id: str) -> None:
        self._window.show_message(self.tr("The case was registered."))
        self._window.case_changed(case_id)
        self._window.show_case(case_id)

    # Case windows --------------------------------------------------------------------------

    def raise_case_window(self, case_id: str) -> bool:
        return raise_case_window(self._window, case_id) is not None

    def case_window(self, detail: CaseDetail) -> CaseWindow:
        """Show the case in its window (the open one is reused and refreshed)."""
        w = self._window
        known = set(w.findChildren(CaseWindow))
        window = open_case_window(w, w.ctx, w.runner, detail, w.state)
        if window not in known:
            window.case_changed.connect(w.case_changed)
        return window

    # Drafts --------------------------------------------------------------------------------

    def open_draft(self, key: str) -> QDialog | None:
        """Open the form a draft belongs to (it then offers the draft back). A case's form
        opens once the case has been read in the background; only the new-case form is
        returned at once."""
        form, case_id, name, ref = parse_draft_key(key)
        if form == "new_case":
            return self.new_case()
        if not case_id or not name:
            self._window.show_message(self.tr("This draft belongs to a form this version "
                                              "does not have."))
            return None
        w = self._window
        ctx = w.ctx
        w.runner.submit(lambda: get_case(ctx, case_id),
                        on_done=partial(self._open_case_draft, form, name, ref),
                        on_error=self._on_draft_case_failed, key="draft_case")
        return None

    def _on_draft_case_failed(self, exc: BaseException) -> None:
        # The case may have gone (voided, or from another station's bundle).
        log.error("the case of a draft could not be read", exc_info=exc)
        self._window.show_message(self.tr("The case of this draft could not be opened."))

    def _open_case_draft(self, form: str, name: str, ref: str | None,
                         detail: CaseDetail) -> None:
        w = self._window
        window = self.case_window(detail)
        if form == "action":
            window.run_action(name)
            dialog: QDialog | None = window.action_dialog
        else:
            dialog = window.open_record(name, ref)
        if dialog is None:
            # The step is no longer possible (the case moved on): say so, keep the draft.
            w.show_message(self.tr("That step is no longer possible for this case; the "
                                   "draft is kept."))
            return
        w.show_message(labels.fill(self.tr("Opened the draft of case %1."),
                                   detail.summary.case_no))
