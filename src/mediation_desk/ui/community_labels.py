"""Names of incident kinds and routings, group status and warnings for the 联户联防 screens.

Source strings are English in the ``community`` context; an unknown code shows as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.community_views import WarningView
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

_CTX = "community"

INCIDENT_KINDS: dict[str, str] = {
    "dispute": QT_TRANSLATE_NOOP("community", "Dispute"),
    "security_hazard": QT_TRANSLATE_NOOP("community", "Safety hazard"),
    "suspicious_person": QT_TRANSLATE_NOOP("community", "Suspicious person"),
    "fire": QT_TRANSLATE_NOOP("community", "Fire"),
    "welfare": QT_TRANSLATE_NOOP("community", "Elderly living alone / left-behind child"),
    "other": QT_TRANSLATE_NOOP("community", "Other"),
}

ROUTES: dict[str, str] = {
    "self_handled": QT_TRANSLATE_NOOP("community", "Handled by the head"),
    "security_committee": QT_TRANSLATE_NOOP("community", "Security committee"),
    "mediation_committee": QT_TRANSLATE_NOOP("community", "Mediation committee"),
    "police": QT_TRANSLATE_NOOP("community", "Police station"),
}

GROUP_STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("community", "Active"),
    "dissolved": QT_TRANSLATE_NOOP("community", "Dissolved"),
}


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(_CTX, source) if source else code


def kind_label(code: str) -> str:
    return _label(INCIDENT_KINDS, code)


def route_label(code: str) -> str:
    return _label(ROUTES, code)


def group_status_label(code: str) -> str:
    return _label(GROUP_STATUSES, code)


def warning_lines(warnings: list[WarningView]) -> list[str]:
    """One sentence per warning, each marked ⚠ (never colour alone)."""
    lang = current_language()
    return ["⚠ " + messages.message(w.code, w.params, lang) for w in warnings]
