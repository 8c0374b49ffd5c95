"""Display labels for the roster's stored values (posts, employment, statuses, reasons) and
the sentences of its warnings, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from mediation_desk.domain.roster_views import WarningView
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

_CTX = "RosterLabels"

ROLES: dict[str, str] = {
    "chair": QT_TRANSLATE_NOOP("RosterLabels", "Chair"),
    "vice_chair": QT_TRANSLATE_NOOP("RosterLabels", "Vice-chair"),
    "member": QT_TRANSLATE_NOOP("RosterLabels", "Member"),
    "hired": QT_TRANSLATE_NOOP("RosterLabels", "Hired mediator"),
}
METHODS: dict[str, str] = {
    "elected": QT_TRANSLATE_NOOP("RosterLabels", "Elected"),
    "appointed": QT_TRANSLATE_NOOP("RosterLabels", "Appointed"),
}
EMPLOYMENT: dict[str, str] = {
    "part_time": QT_TRANSLATE_NOOP("RosterLabels", "Part-time"),
    "full_time": QT_TRANSLATE_NOOP("RosterLabels", "Full-time"),
}
STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("RosterLabels", "Serving"),
    "term_ended": QT_TRANSLATE_NOOP("RosterLabels", "Term ended"),
    "resigned": QT_TRANSLATE_NOOP("RosterLabels", "Resigned"),
    "recalled": QT_TRANSLATE_NOOP("RosterLabels", "Recalled"),
    "dismissed": QT_TRANSLATE_NOOP("RosterLabels", "Dismissed"),
    "replaced": QT_TRANSLATE_NOOP("RosterLabels", "Replaced"),
    "deceased": QT_TRANSLATE_NOOP("RosterLabels", "Deceased"),
}
REASONS: dict[str, str] = {
    "re_elected": QT_TRANSLATE_NOOP("RosterLabels", "Re-elected"),
    "reappointed": QT_TRANSLATE_NOOP("RosterLabels", "Re-appointed"),
    "term_ended": QT_TRANSLATE_NOOP("RosterLabels", "Term ended"),
    "resigned": QT_TRANSLATE_NOOP("RosterLabels", "Resigned at own request"),
    "unable": QT_TRANSLATE_NOOP("RosterLabels", "Unable to serve (illness etc.)"),
    "moved_away": QT_TRANSLATE_NOOP("RosterLabels", "Moved away from the village"),
    "deceased": QT_TRANSLATE_NOOP("RosterLabels", "Deceased"),
    "other": QT_TRANSLATE_NOOP("RosterLabels", "Other"),
}
EXAMS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("RosterLabels", "No exam"),
    "passed": QT_TRANSLATE_NOOP("RosterLabels", "Passed"),
    "failed": QT_TRANSLATE_NOOP("RosterLabels", "Not passed"),
}


CHIEF = QT_TRANSLATE_NOOP("RosterLabels", " (chief mediator)")


def _tr(table: dict[str, str], code: str | None) -> str:
    source = table.get(code or "")
    return QCoreApplication.translate(_CTX, source) if source else (code or "")


def role_label(role: str, is_chief: bool = False) -> str:
    text = _tr(ROLES, role)
    if is_chief:
        text += QCoreApplication.translate(_CTX, CHIEF)
    return text


def method_label(code: str) -> str:
    return _tr(METHODS, code)


def employment_label(code: str) -> str:
    return _tr(EMPLOYMENT, code)


def status_label(code: str) -> str:
    return _tr(STATUSES, code)


def reason_label(code: str | None, misconduct: dict[str, str] | None = None) -> str:
    """A StatusReason, or a misconduct code by the station's code table."""
    if misconduct and code in misconduct:
        return misconduct[code]
    return _tr(REASONS, code)


def fill_combo(combo: QComboBox, table: dict[str, str]) -> None:
    combo.clear()
    for code, source in table.items():
        combo.addItem(QCoreApplication.translate(_CTX, source), code)


def warning_text(w: WarningView) -> str:
    return messages.message(w.code, w.params, current_language())
