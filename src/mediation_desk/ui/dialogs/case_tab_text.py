"""The read-only text tabs of the case window: 概况, 权利告知, 调查, 调解, 回访, 司法确认, 上报移交.

Each method turns a CaseDetail into HTML for a QTextBrowser; records come from
``detail.records`` (kinds and details as services/case_views.py builds them)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.views import CaseDetail, RecordView
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import case_tab_html as h

Codes = Mapping[str, Mapping[str, str]]


def records_of(detail: CaseDetail, kind: str) -> list[RecordView]:
    """Records of one kind; ``escalation.`` matches every escalation kind."""
    if kind.endswith("."):
        return [r for r in detail.records if r.kind.startswith(kind)]
    return [r for r in detail.records if r.kind == kind]


def detail_text(record: RecordView, key: str) -> str:
    value = record.details.get(key)
    return "" if value is None else str(value)


class CaseTabText(QObject):
    """HTML for the text tabs; a QObject so its strings are translated."""

    def yes_no(self, value: object) -> str:
        return self.tr("yes") if value else self.tr("no")

    def nothing(self) -> str:
        return h.para(self.tr("Nothing recorded yet."))

    # 概况 -------------------------------------------------------------------------------

    def overview(self, d: CaseDetail, codes: Codes) -> str:
        s = d.summary
        parts = [h.section(self.tr("The dispute"),
                           h.para(d.facts) if d.facts else self.nothing(),
                           h.para(self.tr("Requests of the parties:")) if d.requests else "",
                           h.numbered(d.requests))]
        source = d.source_label
        if d.referred_by:
            source = labels.fill(self.tr("%1 (referred by %2)"), source, d.referred_by)
        parts.append(h.section(self.tr("Registration"), h.rows([
            (self.tr("Received on:"), h.iso(s.received_on)),
            (self.tr("Received by:"), d.received_by),
            (self.tr("Source:"), source),
            (self.tr("Application:"), h.value_label(d.application_channel)),
            (self.tr("Sub-category:"), d.sub_category),
            (self.tr("Amount in dispute:"),
             labels.fill(self.tr("%1 yuan"), format_yuan(d.amount_fen)) if d.amount_fen else ""),
            (self.tr("Accepted on:"), h.iso(s.accepted_on)),
            (self.tr("All parties agreed to mediation:"), self.yes_no(d.consent_recorded)),
            (self.tr("Mediated in public:"), self.yes_no(d.is_public)),
        ])))
        if d.major_criteria:
            names = [h.code_label(codes, "major_criterion", c) for c in d.major_criteria]
            parts.append(h.section(self.tr("Major dispute"), h.rows([
                (self.tr("Marked on:"), h.iso(d.major_flagged_on)),
                (self.tr("Because:"), labels.join_names(names))])))
        if d.prevented_outcome:
            parts.append(h.section(self.tr("Escalation prevented"), h.rows([
                (self.tr("Prevented:"),
                 h.code_label(codes, "prevented_outcome", d.prevented_outcome)),
                (self.tr("Persons involved:"), str(d.prevented_persons))])))
        parts.append(h.section(self.tr("Time limits"), self._deadlines(d)))
        outcome = self._outcome(d, codes)
        if outcome:
            parts.append(h.section(self.tr("Outcome"), outcome))
        return "".join(parts)

    def _deadlines(self, d: CaseDetail) -> str:
        lines = [f"{dl.due_on.isoformat()}　{labels.deadline_label(dl.kind)}　"
                 f"{labels.days_left_text(dl.days_left)}" for dl in d.deadlines]
        out = h.bullets(lines) if lines else h.para(self.tr("Nothing is due."))
        if d.extended_due_on:
            out += h.para(labels.fill(self.tr("The time limit was extended to %1 with the "
                                              "parties' consent."), d.extended_due_on))
        return out

    def _outcome(self, d: CaseDetail, codes: Codes) -> str:
        routes = [h.code_label(codes, "advised_route", r) for r in d.advised_routes]
        return h.rows([
            (self.tr("Declined because:"), h.code_label(codes, "decline_reason", d.declined_reason)),
            (self.tr("Terminated because:"),
             h.code_label(codes, "termination_reason", d.terminated_reason)),
            (self.tr("Parties were told they may:"), labels.join_names(routes) if routes else ""),
            (self.tr("Closed on:"), h.iso(d.closed_on)),
            (self.tr("Closed because:"), h.code_label(codes, "close_reason", d.close_reason)),
            (self.tr("Archived on:"), h.iso(d.archived_on)),
        ])

    # 权利告知 ---------------------------------------------------------------------------

    def notice(self, d: CaseDetail) -> str:
        notices = records_of(d, "rights_notice")
        told = {r.summary for r in notices}
        missing = [p.name for p in d.parties if p.name not in told]
        if not d.parties:
            state = ""
        elif missing:
            state = h.para(labels.fill(self.tr("⚠ Not yet told of their rights and duties: %1"),
                                       labels.join_names(missing)))
        else:
            state = h.para(self.tr("Every party has been told of their rights and duties."))
        lines = [h.rows([(self.tr("Date:"), h.iso(r.on)), (self.tr("Party:"), r.summary),
                         (self.tr("How:"), h.value_label(detail_text(r, "method"))),
                         (self.tr("Acknowledged:"), self.yes_no(r.details.get("acknowledged")))])
                 for r in notices]
        return state + ("<hr>".join(lines) if lines else self.nothing())

    # 调查 / 调解 ------------------------------------------------------------------------

    def investigation(self, d: CaseDetail) -> str:
        found = records_of(d, "investigation")
        return "".join(h.section(
            labels.fill(self.tr("Investigation %1 — %2"), i, r.on), h.rows([
                (self.tr("Place:"), detail_text(r, "place")),
                (self.tr("Person asked:"), r.summary if r.summary != detail_text(r, "place")
                 else "")]),
            h.para(detail_text(r, "content")))
            for i, r in enumerate(found, 1)) or self.nothing()

    def sessions(self, d: CaseDetail) -> str:
        found = records_of(d, "session")
        return "".join(h.section(
            labels.fill(self.tr("Session %1 — %2"), i, r.on), h.rows([
                (self.tr("Place:"), detail_text(r, "place")),
                (self.tr("Matter:"), detail_text(r, "matter")),
                (self.tr("Result:"), h.value_label(detail_text(r, "result")))]),
            h.para(detail_text(r, "content")))
            for i, r in enumerate(found, 1)) or self.nothing()

    # 回访 / 司法确认 / 上报移交 ---------------------------------------------------------

    def followup(self, d: CaseDetail) -> str:
        found = records_of(d, "follow_up")
        return "".join(h.section(
            labels.fill(self.tr("Visit %1 — %2"), i, r.on), h.rows([
                (self.tr("How the agreement is kept:"), r.summary),
                (self.tr("Satisfaction:"), detail_text(r, "satisfaction")),
                (self.tr("Risk found:"), self.yes_no(r.details.get("risk_found"))),
                (self.tr("Measures:"), detail_text(r, "measures")),
                (self.tr("Note:"), detail_text(r, "note"))]))
            for i, r in enumerate(found, 1)) or self.nothing()

    def confirmation(self, d: CaseDetail) -> str:
        parts: list[str] = []
        window = next((x for x in d.deadlines if x.kind == "confirmation_window"), None)
        if window is not None:
            parts.append(h.para(labels.fill(
                self.tr("The parties may apply to the court together until %1 (%2)."),
                window.due_on, labels.days_left_text(window.days_left))))
        for a in d.agreements:
            if a.voided:
                continue
            if a.subject_is_status_relation:
                parts.append(h.para(self.tr("The agreement concerns a personal status "
                                            "relation; a court cannot confirm it.")))
            if a.confirmation_declined:
                parts.append(h.para(self.tr("The parties chose not to apply for "
                                            "confirmation.")))
        for r in records_of(d, "judicial_confirmation"):
            parts.append(h.section(labels.fill(self.tr("Application of %1"), r.on), h.rows([
                (self.tr("Court:"), detail_text(r, "court_name")),
                (self.tr("Court case number:"), detail_text(r, "court_case_no")),
                (self.tr("Decision:"), h.value_label(detail_text(r, "result")))])))
        return "".join(parts) or self.nothing()

    def escalation(self, d: CaseDetail) -> str:
        found = records_of(d, "escalation.")
        return "".join(h.section(
            labels.fill(self.tr("%1 — %2"), h.value_label(r.kind.split(".", 1)[1]), r.on),
            h.rows([
                (self.tr("To:"), r.summary),
                (self.tr("In writing:"), self.yes_no(r.details.get("written"))),
                (self.tr("What was reported:"), detail_text(r, "summary")),
                (self.tr("Result:"), detail_text(r, "result")),
                (self.tr("Handed back to us:"), self.yes_no(r.details.get("returned")))]))
            for r in found) or self.nothing()
