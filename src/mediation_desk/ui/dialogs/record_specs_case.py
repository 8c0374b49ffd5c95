"""The small record forms before an agreement, as data: for each kind a sentence saying what
the step is, the service that stores it, and its fields in the order of the paper form. Field
names are the service input's own, so refusals land beside the right field."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.deadlines import add_months
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import case_marks, case_records
from mediation_desk.ui.dialogs.record_fields import (
    Field,
    FormInfo,
    RecordSpec,
    all_parties,
    case_mediators,
    the_ref,
)


def _assign(ctx: AppContext, case_id: str, data: dict[str, Any]) -> CaseDetail:
    """assign_mediator takes its fields as arguments rather than an input dict."""
    return case_records.assign_mediator(
        ctx,
        case_id,
        data["mediator_id"] or "",
        chosen_by_party=bool(data["chosen_by_party"]),
        on=date.fromisoformat(data["on"]),
    )


def _extended_due(info: FormInfo) -> str:
    current = info.detail.extended_due_on or info.detail.summary.due_on or info.today
    return add_months(max(current, info.today), 1).isoformat()


def _assigned(info: FormInfo) -> set[str]:
    return set(case_mediators(info))


# Mediator fields under which the conflict-of-interest warning shows (ui/dialogs/conflict_line).
CONFLICT_CHECKED: dict[str, tuple[str, ...]] = {
    "assign_mediator": ("mediator_id",),
    "recusal_decision": ("replacement_mediator_id",),
}

NOTICE_METHODS = (
    ("written", QT_TRANSLATE_NOOP("RecordFields", "In writing (notice handed over)")),
    ("oral", QT_TRANSLATE_NOOP("RecordFields", "Orally")),
)
RECUSAL_RESULTS = (
    ("granted", QT_TRANSLATE_NOOP("RecordFields", "Granted: the mediator steps aside")),
    ("refused", QT_TRANSLATE_NOOP("RecordFields", "Refused: the mediator stays")),
)
REPORT_KINDS = (
    ("major_report", QT_TRANSLATE_NOOP("RecordFields", "Report of a major dispute")),
    ("police_report", QT_TRANSLATE_NOOP("RecordFields", "Report to the police")),
)

PREVENTED_OUTCOMES = (
    ("civil_to_criminal", QT_TRANSLATE_NOOP("RecordFields", "A dispute turning criminal")),
    ("mass_petition", QT_TRANSLATE_NOOP("RecordFields", "A mass petition")),
    ("suicide", QT_TRANSLATE_NOOP("RecordFields", "A possible suicide")),
    ("group_fight", QT_TRANSLATE_NOOP("RecordFields", "A group fight")),
)


def _prevented(ctx: AppContext, case_id: str, data: dict[str, Any]) -> CaseDetail:
    """"Not recorded" clears an earlier entry: the service takes an empty code for that."""
    return case_marks.record_prevented(ctx, case_id, {**data, "outcome": data["outcome"] or ""})


CASE_SPECS: dict[str, RecordSpec] = {
    "notice": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Before mediating, each party is told their rights and duties in mediation "
            "(People's Mediation Law, Arts. 23 and 24). Tick the parties who were told.",
        ),
        case_records.record_notice,
        (
            Field(
                "party_ids",
                QT_TRANSLATE_NOOP("RecordFields", "Parties told:"),
                "parties",
                default=all_parties,
                required=True,
            ),
            Field("given_on", QT_TRANSLATE_NOOP("RecordFields", "Date told:"), "date"),
            Field(
                "method",
                QT_TRANSLATE_NOOP("RecordFields", "How:"),
                "choice",
                default="written",
                choices=NOTICE_METHODS,
            ),
            Field(
                "acknowledged",
                QT_TRANSLATE_NOOP("RecordFields", "The parties confirmed they understood (signed)"),
                "check",
                default=True,
            ),
        ),
    ),
    "assign_mediator": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Add a mediator to this case, for example one the parties chose themselves.",
        ),
        _assign,
        (
            Field(
                "mediator_id",
                QT_TRANSLATE_NOOP("RecordFields", "Mediator:"),
                "mediator",
                excluded=_assigned,
            ),
            Field(
                "chosen_by_party",
                QT_TRANSLATE_NOOP("RecordFields", "Chosen by the parties"),
                "check",
            ),
            Field("on", QT_TRANSLATE_NOOP("RecordFields", "Date assigned:"), "date"),
        ),
    ),
    "recusal_request": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "A party may ask a mediator to step aside, for example a relative of the other "
            "party. Mediation waits until the committee has decided.",
        ),
        case_records.request_recusal,
        (
            Field(
                "mediator_id",
                QT_TRANSLATE_NOOP("RecordFields", "Mediator concerned:"),
                "case_mediator",
            ),
            Field(
                "requested_by_party_id",
                QT_TRANSLATE_NOOP("RecordFields", "Asked by:"),
                "party",
                optional=True,
            ),
            Field("requested_on", QT_TRANSLATE_NOOP("RecordFields", "Date asked:"), "date"),
            Field("reason", QT_TRANSLATE_NOOP("RecordFields", "Reason given:"), "long_text"),
        ),
    ),
    "recusal_decision": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Record the committee's decision on a request that a mediator step aside. If the "
            "host mediator steps aside, choose who takes over.",
        ),
        case_records.decide_recusal,
        (
            Field(
                "recusal_id",
                QT_TRANSLATE_NOOP("RecordFields", "Request:"),
                "pending_recusal",
                default=the_ref,
            ),
            Field(
                "result",
                QT_TRANSLATE_NOOP("RecordFields", "Decision:"),
                "choice",
                default="granted",
                choices=RECUSAL_RESULTS,
            ),
            Field("decided_on", QT_TRANSLATE_NOOP("RecordFields", "Date decided:"), "date"),
            Field(
                "replacement_mediator_id",
                QT_TRANSLATE_NOOP("RecordFields", "New mediator:"),
                "mediator",
                optional=True,
            ),
        ),
    ),
    "investigation": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Write down an investigation: whom you spoke to or what you looked at, and what "
            "you found.",
        ),
        case_records.add_investigation,
        (
            Field("held_on", QT_TRANSLATE_NOOP("RecordFields", "Date:"), "date"),
            Field("place", QT_TRANSLATE_NOOP("RecordFields", "Place:"), "text"),
            Field(
                "investigator_ids",
                QT_TRANSLATE_NOOP("RecordFields", "Investigated by:"),
                "mediators",
                default=case_mediators,
            ),
            Field(
                "recorder_id",
                QT_TRANSLATE_NOOP("RecordFields", "Written down by:"),
                "mediator",
                optional=True,
            ),
            Field(
                "interviewee_name", QT_TRANSLATE_NOOP("RecordFields", "Person questioned:"), "text"
            ),
            Field(
                "interviewee_relation",
                QT_TRANSLATE_NOOP("RecordFields", "Relation to the parties:"),
                "text",
            ),
            Field("present", QT_TRANSLATE_NOOP("RecordFields", "Others present:"), "text"),
            Field("content", QT_TRANSLATE_NOOP("RecordFields", "What was found:"), "long_text"),
        ),
    ),
    "prevented": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "If the committee's work stopped this dispute from growing worse, say what it "
            "prevented and how many people were involved. The monthly statistics count it.",
        ),
        _prevented,
        (
            Field(
                "outcome",
                QT_TRANSLATE_NOOP("RecordFields", "Prevented:"),
                "choice",
                default="civil_to_criminal",
                choices=PREVENTED_OUTCOMES,
                optional=True,
            ),
            Field("persons", QT_TRANSLATE_NOOP("RecordFields", "Persons involved:"), "count",
                  default=1),
            Field("note", QT_TRANSLATE_NOOP("RecordFields", "How it was prevented:"), "text"),
        ),
    ),
    "major_flag": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Mark the dispute as major or difficult. It must then be reported in writing to "
            "the township within 2 days; the time limit starts today.",
        ),
        case_records.flag_major,
        (
            Field(
                "criteria",
                QT_TRANSLATE_NOOP("RecordFields", "Why it is major:"),
                "criteria",
                required=True,
            ),
            Field("flagged_on", QT_TRANSLATE_NOOP("RecordFields", "Date noticed:"), "date"),
        ),
    ),
    "report": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Record a report to the township or to the police. The case stays with the "
            'committee (to hand it over, use "Report or transfer").',
        ),
        case_records.report_upward,
        (
            Field(
                "kind",
                QT_TRANSLATE_NOOP("RecordFields", "Kind of report:"),
                "choice",
                default="major_report",
                choices=REPORT_KINDS,
            ),
            Field("to_body", QT_TRANSLATE_NOOP("RecordFields", "Reported to:"), "text"),
            Field("reported_on", QT_TRANSLATE_NOOP("RecordFields", "Date reported:"), "date"),
            Field(
                "written",
                QT_TRANSLATE_NOOP("RecordFields", "Reported in writing"),
                "check",
                default=True,
            ),
            Field("summary", QT_TRANSLATE_NOOP("RecordFields", "What was reported:"), "long_text"),
        ),
    ),
    "extension": RecordSpec(
        QT_TRANSLATE_NOOP(
            "RecordFields",
            "Mediation should end within one month of acceptance. It may run longer only if "
            "both parties agree: record their consent here.",
        ),
        case_records.extend_deadline,
        (
            Field(
                "new_due_on",
                QT_TRANSLATE_NOOP("RecordFields", "New time limit:"),
                "future_date",
                default=_extended_due,
            ),
            Field(
                "consent_recorded",
                QT_TRANSLATE_NOOP(
                    "RecordFields", "Both parties agreed to the longer time (consent recorded)"
                ),
                "check",
            ),
            Field("consent_on", QT_TRANSLATE_NOOP("RecordFields", "Date they agreed:"), "date"),
            Field("note", QT_TRANSLATE_NOOP("RecordFields", "Note:"), "text"),
        ),
    ),
}
