"""Dialogs that add a record to a case file (rights notice, investigation, session,
agreement, follow-up ...): the kinds, their labels, which a case accepts now, and opening one.

The agreement and the session have forms of their own; every other kind is a RecordDialog
built from its spec (record_specs_case, record_specs_agreement)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import record_kinds
from mediation_desk.ui.dialogs.agreement_dialog import AgreementDialog
from mediation_desk.ui.dialogs.record_dialog import RecordDialog
from mediation_desk.ui.dialogs.session_dialog import SessionDialog
from mediation_desk.ui.tasks import TaskRunner

# Record kind → menu/button label (English source, translated in the "records" context).
RECORD_KINDS: dict[str, str] = {
    "notice": QT_TRANSLATE_NOOP("records", "Record rights notice"),
    "assign_mediator": QT_TRANSLATE_NOOP("records", "Assign mediator"),
    "recusal_request": QT_TRANSLATE_NOOP("records", "Record recusal request"),
    "recusal_decision": QT_TRANSLATE_NOOP("records", "Decide recusal"),
    "investigation": QT_TRANSLATE_NOOP("records", "Record investigation"),
    "session": QT_TRANSLATE_NOOP("records", "Record mediation session"),
    "major_flag": QT_TRANSLATE_NOOP("records", "Mark as major dispute"),
    "report": QT_TRANSLATE_NOOP("records", "Report upward"),
    "extension": QT_TRANSLATE_NOOP("records", "Extend time limit"),
    "prevented": QT_TRANSLATE_NOOP("records", "Record what mediation prevented"),
    "agreement": QT_TRANSLATE_NOOP("records", "Record agreement"),
    "signatures": QT_TRANSLATE_NOOP("records", "Record signatures and seal"),
    "item_done": QT_TRANSLATE_NOOP("records", "Mark item done"),
    "reminder": QT_TRANSLATE_NOOP("records", "Record reminder"),
    "followup": QT_TRANSLATE_NOOP("records", "Record follow-up visit"),
    "confirmation_apply": QT_TRANSLATE_NOOP("records", "Record confirmation application"),
    "confirmation_decision": QT_TRANSLATE_NOOP("records", "Record court decision"),
}

OnSaved = Callable[[CaseDetail], None]


def record_label(kind: str) -> str:
    source = RECORD_KINDS.get(kind)
    return QCoreApplication.translate("records", source) if source else kind


def available_records(detail: CaseDetail) -> list[str]:
    """Record kinds the services accept for this case now, in RECORD_KINDS order."""
    accepted = set(record_kinds.records_for(detail))
    return [kind for kind in RECORD_KINDS if kind in accepted]


def open_record(parent: QWidget, ctx: AppContext, runner: TaskRunner, detail: CaseDetail,
                kind: str, on_saved: OnSaved, *, ref_id: str | None = None) -> QDialog:
    """Open (non-modally, ``dialog.open()``) the form for ``kind`` and return it.

    On save the service runs on the runner's write thread; on success ``on_saved`` gets the
    new CaseDetail and the dialog closes; refusals show next to the fields."""
    if kind not in RECORD_KINDS:
        raise ValueError(f"unknown record kind: {kind}")
    title = record_label(kind)
    dialog: QDialog
    if kind == "agreement":
        dialog = AgreementDialog(ctx, runner, detail, title, on_saved, parent=parent)
    elif kind == "session":
        dialog = SessionDialog(ctx, runner, detail, title, on_saved, parent=parent)
    else:
        dialog = RecordDialog(ctx, runner, detail, kind, title, on_saved, ref_id=ref_id,
                              parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
