"""Display labels for the stable codes the services return (statuses, deadlines, actions ...).

Source strings are English and translated in the ``labels`` context; an unknown code is shown
as it is rather than hidden, so new codes from a newer core stay visible."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.views import CodeChoice
from mediation_desk.ui.i18n import current_language

_CTX = "labels"

# Keys are the domain's stored values (domain/enums.py); order is the order of a case's life.
STATUSES: dict[str, str] = {
    "registered": QT_TRANSLATE_NOOP("labels", "Registered"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
    "in_mediation": QT_TRANSLATE_NOOP("labels", "In mediation"),
    "escalated": QT_TRANSLATE_NOOP("labels", "Escalated"),
    "agreement_reached": QT_TRANSLATE_NOOP("labels", "Agreement reached"),
    "performing": QT_TRANSLATE_NOOP("labels", "Being performed"),
    "performed": QT_TRANSLATE_NOOP("labels", "Performed"),
    "non_performance": QT_TRANSLATE_NOOP("labels", "Not performed"),
    "declined": QT_TRANSLATE_NOOP("labels", "Declined"),
    "terminated": QT_TRANSLATE_NOOP("labels", "Terminated"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    "archived": QT_TRANSLATE_NOOP("labels", "Archived"),
}

DEADLINE_KINDS: dict[str, str] = {
    "mediation_due": QT_TRANSLATE_NOOP("labels", "Mediation time limit"),
    "confirmation_window": QT_TRANSLATE_NOOP("labels", "Judicial confirmation window"),
    "major_report": QT_TRANSLATE_NOOP("labels", "Report of major dispute"),
    "performance_item": QT_TRANSLATE_NOOP("labels", "Performance of agreement"),
    "follow_up": QT_TRANSLATE_NOOP("labels", "Follow-up visit"),
    "screening_round": QT_TRANSLATE_NOOP("labels", "Dispute screening round"),
    "finding_report": QT_TRANSLATE_NOOP("labels", "Written report of a major finding"),
    "mediator_term": QT_TRANSLATE_NOOP("labels", "Mediator's term ends"),
    "group_term": QT_TRANSLATE_NOOP("labels", "Group head's term ends"),
}

ACTIONS: dict[str, str] = {
    "accept": QT_TRANSLATE_NOOP("labels", "Accept"),
    "decline": QT_TRANSLATE_NOOP("labels", "Decline"),
    "start_mediation": QT_TRANSLATE_NOOP("labels", "Start mediation"),
    "reach_agreement": QT_TRANSLATE_NOOP("labels", "Agreement reached"),
    "terminate": QT_TRANSLATE_NOOP("labels", "Terminate mediation"),
    "escalate": QT_TRANSLATE_NOOP("labels", "Report or transfer"),
    "return_from_escalation": QT_TRANSLATE_NOOP("labels", "Take back after transfer"),
    "start_performance": QT_TRANSLATE_NOOP("labels", "Start performance"),
    "complete_performance": QT_TRANSLATE_NOOP("labels", "Mark as performed"),
    "mark_non_performance": QT_TRANSLATE_NOOP("labels", "Mark as not performed"),
    "remediate": QT_TRANSLATE_NOOP("labels", "Mediate again"),
    "close": QT_TRANSLATE_NOOP("labels", "Close case"),
    "archive": QT_TRANSLATE_NOOP("labels", "Archive"),
}

PARTY_ROLES: dict[str, str] = {
    "applicant": QT_TRANSLATE_NOOP("labels", "Applicant"),
    "respondent": QT_TRANSLATE_NOOP("labels", "Respondent"),
    "party": QT_TRANSLATE_NOOP("labels", "Party"),
    "third": QT_TRANSLATE_NOOP("labels", "Third party"),
}

GENDERS: dict[str, str] = {
    "male": QT_TRANSLATE_NOOP("labels", "male"),
    "female": QT_TRANSLATE_NOOP("labels", "female"),
}


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(_CTX, source) if source else code


def status_label(code: str) -> str:
    return _label(STATUSES, code)


def deadline_label(kind: str) -> str:
    return _label(DEADLINE_KINDS, kind)


def action_label(action: str) -> str:
    return _label(ACTIONS, action)


def role_label(role: str) -> str:
    return _label(PARTY_ROLES, role)


def gender_label(gender: str) -> str:
    """Empty for an unknown gender: nothing is better than a guess on screen."""
    source = GENDERS.get(gender)
    return QCoreApplication.translate(_CTX, source) if source else ""


def overdue_marker() -> str:
    """The words that mark an overdue case; shown as text so colour is never the only cue."""
    return QCoreApplication.translate("labels", "⚠ Overdue")


def days_left_text(days_left: int) -> str:
    """"3 days left", "due today" or "⚠ 5 days overdue" for a deadline."""
    if days_left < 0:
        return QCoreApplication.translate("labels", "⚠ %n day(s) overdue", "", -days_left)
    if days_left == 0:
        return QCoreApplication.translate("labels", "due today")
    return QCoreApplication.translate("labels", "%n day(s) left", "", days_left)


def join_names(names: list[str]) -> str:
    """张三、李四 in Chinese; "Zhang San, Li Si" in English."""
    return QCoreApplication.translate("labels", ", ").join(names)


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *args: object) -> str:
    """Qt-style ``%1 %2`` substitution in one pass (user text containing "%2" stays as is)."""
    return _PLACEHOLDER.sub(
        lambda m: str(args[int(m.group(1)) - 1]) if int(m.group(1)) <= len(args) else m.group(0),
        template)


def code_label(choice: CodeChoice) -> str:
    """A code table entry in the interface language (the table holds both)."""
    return choice.label_en if current_language() == "en" else choice.label_zh
