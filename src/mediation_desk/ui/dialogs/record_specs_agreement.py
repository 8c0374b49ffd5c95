"""The small record forms from the agreement on (signatures, performance, reminders,
follow-up visits, judicial confirmation), as data; see record_specs_case for the shape."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediation_desk.services import agreements
from mediation_desk.services.record_kinds import agreement_in_force
from mediation_desk.ui.dialogs.record_fields import (
    Field,
    FormInfo,
    RecordSpec,
    host_mediator,
    the_ref,
)


def _signature(name: str) -> Any:
    def value(info: FormInfo) -> bool:
        a = agreement_in_force(info.detail)
        return bool(a and getattr(a, name))

    return value


COURT_RESULTS = (
    ("confirmed", QT_TRANSLATE_NOOP("RecordFields", "Confirmed as valid")),
    ("rejected", QT_TRANSLATE_NOOP("RecordFields", "Not confirmed")),
    ("not_accepted", QT_TRANSLATE_NOOP("RecordFields", "Application not accepted")),
)
REMINDER_METHODS = (
    ("", QT_TRANSLATE_NOOP("RecordFields", "Home visit")),
    ("", QT_TRANSLATE_NOOP("RecordFields", "Telephone")),
    ("", QT_TRANSLATE_NOOP("RecordFields", "Written notice")),
)
PERFORMANCE = (
    ("", QT_TRANSLATE_NOOP("RecordFields", "Fully performed")),
    ("", QT_TRANSLATE_NOOP("RecordFields", "Partly performed")),
    ("", QT_TRANSLATE_NOOP("RecordFields", "Not performed")),
)
# Suggestions only (free text is kept as typed): the values are the labels themselves.
SATISFACTION = (
    ("", QT_TRANSLATE_NOOP("RecordFields", "Satisfied")),
    ("", QT_TRANSLATE_NOOP("RecordFields", "Mostly satisfied")),
    ("", QT_TRANSLATE_NOOP("RecordFields", "Not satisfied")),
)

AGREEMENT_SPECS: dict[str, RecordSpec] = {
    "signatures": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "A written agreement takes effect once all parties and the mediator have signed "
            "and the committee's seal is on it. Tick what is now done.",
        ),
        agreements.update_signatures,
        (
            Field(
                "all_parties_signed",
                QT_TRANSLATE_NOOP("RecordFields", "All parties signed (or fingerprinted)"),
                "check",
                default=_signature("all_parties_signed"),
            ),
            Field(
                "mediator_signed",
                QT_TRANSLATE_NOOP("RecordFields", "Mediator signed"),
                "check",
                default=_signature("mediator_signed"),
            ),
            Field(
                "recorder_signed",
                QT_TRANSLATE_NOOP("RecordFields", "Recorder signed"),
                "check",
                default=_signature("recorder_signed"),
            ),
            Field(
                "sealed",
                QT_TRANSLATE_NOOP("RecordFields", "Committee seal affixed"),
                "check",
                default=_signature("sealed"),
            ),
            Field("signed_on", QT_TRANSLATE_NOOP("RecordFields", "Date completed:"), "date"),
        ),
    ),
    "item_done": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields", "Record that an obligation of the agreement was carried out."
        ),
        agreements.mark_item_done,
        (
            Field(
                "item_id",
                QT_TRANSLATE_NOOP("RecordFields", "Obligation:"),
                "open_item",
                default=the_ref,
            ),
            Field("done_on", QT_TRANSLATE_NOOP("RecordFields", "Date done:"), "date"),
            Field(
                "waived",
                QT_TRANSLATE_NOOP("RecordFields", "Not carried out: the other party let it go"),
                "check",
            ),
        ),
    ),
    "reminder": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Record that a party was urged to carry out the agreement (People's Mediation "
            "Law, Art. 31).",
        ),
        agreements.add_reminder,
        (
            Field(
                "item_id",
                QT_TRANSLATE_NOOP("RecordFields", "Obligation:"),
                "open_item",
                default=the_ref,
            ),
            Field("reminded_on", QT_TRANSLATE_NOOP("RecordFields", "Date:"), "date"),
            Field(
                "method",
                QT_TRANSLATE_NOOP("RecordFields", "How:"),
                "suggest",
                choices=REMINDER_METHODS,
            ),
            Field("note", QT_TRANSLATE_NOOP("RecordFields", "What was said:"), "long_text"),
        ),
    ),
    "followup": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Record a follow-up visit: whether the agreement is being kept, whether the "
            "parties are satisfied, and any sign of new trouble.",
        ),
        agreements.add_followup,
        (
            Field("visited_on", QT_TRANSLATE_NOOP("RecordFields", "Date visited:"), "date"),
            Field(
                "visited_party_id",
                QT_TRANSLATE_NOOP("RecordFields", "Party visited:"),
                "party",
                optional=True,
                default=lambda info: info.detail.parties[0].id if info.detail.parties else None,
            ),
            Field(
                "visitor_mediator_id",
                QT_TRANSLATE_NOOP("RecordFields", "Visited by:"),
                "mediator",
                optional=True,
                default=host_mediator,
            ),
            Field(
                "performance_status",
                QT_TRANSLATE_NOOP("RecordFields", "Performance:"),
                "suggest",
                choices=PERFORMANCE,
            ),
            Field(
                "satisfaction",
                QT_TRANSLATE_NOOP("RecordFields", "Satisfaction:"),
                "suggest",
                choices=SATISFACTION,
            ),
            Field(
                "litigation_note",
                QT_TRANSLATE_NOOP("RecordFields", "Went to court? Result:"),
                "text",
            ),
            Field(
                "risk_found",
                QT_TRANSLATE_NOOP("RecordFields", "A risk of new conflict was found"),
                "check",
            ),
            Field("measures", QT_TRANSLATE_NOOP("RecordFields", "Measures taken:"), "long_text"),
            Field("note", QT_TRANSLATE_NOOP("RecordFields", "Other notes:"), "long_text"),
        ),
    ),
    "confirmation_apply": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "The parties may jointly ask the court to confirm the written agreement within "
            "30 days of it taking effect (People's Mediation Law, Art. 33).",
        ),
        agreements.apply_confirmation,
        (
            Field("applied_on", QT_TRANSLATE_NOOP("RecordFields", "Date applied:"), "date"),
            Field(
                "joint_application",
                QT_TRANSLATE_NOOP("RecordFields", "Both parties applied together"),
                "check",
                default=True,
            ),
            Field("court_name", QT_TRANSLATE_NOOP("RecordFields", "Court:"), "text"),
            Field("court_case_no", QT_TRANSLATE_NOOP("RecordFields", "Court case number:"), "text"),
            Field("notes", QT_TRANSLATE_NOOP("RecordFields", "Notes:"), "long_text"),
        ),
    ),
    "confirmation_decision": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Record the court's decision on the application for judicial confirmation.",
        ),
        agreements.decide_confirmation,
        (
            Field(
                "result",
                QT_TRANSLATE_NOOP("RecordFields", "Decision:"),
                "choice",
                default="confirmed",
                choices=COURT_RESULTS,
            ),
            Field("decided_on", QT_TRANSLATE_NOOP("RecordFields", "Date decided:"), "date"),
            Field("court_case_no", QT_TRANSLATE_NOOP("RecordFields", "Court case number:"), "text"),
            Field("notes", QT_TRANSLATE_NOOP("RecordFields", "Notes:"), "long_text"),
        ),
    ),
}
