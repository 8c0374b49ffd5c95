"""Records in a case file before an agreement: rights notices, investigations, mediation
sessions, mediators and recusal, major-dispute flag and reports, deadline extension."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import deadlines as dl
from mediation_desk.domain.commands import (
    ExtensionInput,
    InvestigationInput,
    MajorFlagInput,
    NoticeInput,
    RecusalDecisionInput,
    RecusalInput,
    ReportInput,
    SessionInput,
)
from mediation_desk.domain.enums import CaseStatus, CodeTable, EscalationKind, RecusalResult
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.lifecycle import MEDIATING_STATUSES
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import code_tables
from mediation_desk.services.case_actions import require_active_mediator
from mediation_desk.services.case_mutation import dated, mutate_case, require_party
from mediation_desk.services.case_state import CaseAggregate
from mediation_desk.services.inputs import parse
from mediation_desk.store.tables import (
    CaseMediator,
    Escalation,
    InvestigationRecord,
    MediationSession,
    RecusalRequest,
    RightsNotice,
)
from mediation_desk.store.uow import UnitOfWork

S = CaseStatus
BEFORE_AGREEMENT = frozenset({S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION, S.ESCALATED})
WORKING = BEFORE_AGREEMENT | {S.AGREEMENT_REACHED, S.PERFORMING, S.NON_PERFORMANCE, S.PERFORMED}

# The statuses in which each record may be added; services.record_kinds offers the same sets
# to the window, so a form is only offered when its service would accept it.
NOTICE_STATUSES: frozenset[CaseStatus] = BEFORE_AGREEMENT
INVESTIGATION_STATUSES: frozenset[CaseStatus] = BEFORE_AGREEMENT
SESSION_STATUSES: frozenset[CaseStatus] = MEDIATING_STATUSES
ASSIGN_MEDIATOR_STATUSES: frozenset[CaseStatus] = WORKING
RECUSAL_REQUEST_STATUSES: frozenset[CaseStatus] = BEFORE_AGREEMENT
RECUSAL_DECISION_STATUSES: frozenset[CaseStatus] = WORKING
MAJOR_FLAG_STATUSES: frozenset[CaseStatus] = WORKING
REPORT_STATUSES: frozenset[CaseStatus] = WORKING | {S.TERMINATED}
EXTENSION_STATUSES: frozenset[CaseStatus] = MEDIATING_STATUSES


def record_notice(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(NoticeInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        on = dated(cmd.given_on, today, field="given_on", case_received=agg.case.received_on)
        targets = cmd.party_ids or [p.id for p in agg.parties]
        for i, pid in enumerate(targets):
            require_party(agg, pid, f"party_ids[{i}]")
        have = {n.party_id for n in agg.notices}
        for pid in targets:
            if pid not in have:
                uow.session.add(RightsNotice(case_id=agg.case.id, party_id=pid, given_on=on,
                                             method=cmd.method.value,
                                             acknowledged=cmd.acknowledged,
                                             origin_station_id=uow.station_id))
        return {"parties": len(targets), "on": on.isoformat()}

    return mutate_case(ctx, case_ref, "case.notice", change, allowed=NOTICE_STATUSES)


def add_investigation(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(InvestigationInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        on = dated(cmd.held_on, today, field="held_on", case_received=agg.case.received_on)
        for i, mid in enumerate(cmd.investigator_ids):
            require_active_mediator(uow, mid, f"investigator_ids[{i}]")
        row = InvestigationRecord(
            case_id=agg.case.id, held_on=on, place=cmd.place,
            investigator_ids=list(cmd.investigator_ids), recorder_id=cmd.recorder_id,
            interviewee_name=cmd.interviewee_name,
            interviewee_relation=cmd.interviewee_relation, present=cmd.present,
            content=cmd.content, origin_station_id=uow.station_id)
        uow.session.add(row)
        return {"on": on.isoformat(), "interviewee": cmd.interviewee_name}

    return mutate_case(ctx, case_ref, "case.investigation", change, allowed=INVESTIGATION_STATUSES)


def add_session(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(SessionInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        on = dated(cmd.held_on, today, field="held_on", case_received=agg.case.received_on)
        if agg.case.accepted_on and on < agg.case.accepted_on:
            raise DomainError("date.before", "held_on", date=on.isoformat(),
                              earliest=agg.case.accepted_on.isoformat())
        for i, mid in enumerate(cmd.mediator_ids):
            require_active_mediator(uow, mid, f"mediator_ids[{i}]")
        uow.session.add(MediationSession(
            case_id=agg.case.id, held_on=on, place=cmd.place, matter=cmd.matter,
            participants=list(cmd.participants), parties_present=list(cmd.parties_present),
            mediator_ids=list(cmd.mediator_ids), recorder_id=cmd.recorder_id,
            content=cmd.content, result=cmd.result.value, simplified=cmd.simplified,
            origin_station_id=uow.station_id))
        return {"on": on.isoformat(), "result": cmd.result.value}

    return mutate_case(ctx, case_ref, "case.session", change, allowed=SESSION_STATUSES)


def assign_mediator(ctx: AppContext, case_ref: str, mediator_id: str, *,
                    chosen_by_party: bool = False, on: date | None = None) -> CaseDetail:
    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        d = dated(on, today, field="on", case_received=agg.case.received_on)
        require_active_mediator(uow, mediator_id, "mediator_id")
        if any(m.mediator_id == mediator_id and m.removed_on is None for m in agg.mediators):
            raise DomainError("case.mediator_already_assigned", "mediator_id")
        if any(r.mediator_id == mediator_id and r.result == RecusalResult.GRANTED
               for r in agg.recusals):
            raise DomainError("case.mediator_recused", "mediator_id")
        uow.session.add(CaseMediator(case_id=agg.case.id, mediator_id=mediator_id,
                                     chosen_by_party=chosen_by_party, assigned_on=d,
                                     origin_station_id=uow.station_id))
        return {"mediator_id": mediator_id, "chosen_by_party": chosen_by_party}

    return mutate_case(ctx, case_ref, "case.assign_mediator", change,
                       allowed=ASSIGN_MEDIATOR_STATUSES)


def request_recusal(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(RecusalInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        on = dated(cmd.requested_on, today, field="requested_on",
                   case_received=agg.case.received_on)
        require_party(agg, cmd.requested_by_party_id, "requested_by_party_id")
        if not any(m.mediator_id == cmd.mediator_id and m.removed_on is None
                   for m in agg.mediators):
            raise DomainError("case.mediator_not_assigned", "mediator_id")
        uow.session.add(RecusalRequest(
            case_id=agg.case.id, mediator_id=cmd.mediator_id,
            requested_by_party_id=cmd.requested_by_party_id, requested_on=on,
            reason=cmd.reason, origin_station_id=uow.station_id))
        return {"mediator_id": cmd.mediator_id, "on": on.isoformat()}

    return mutate_case(ctx, case_ref, "case.recusal_request", change,
                       allowed=RECUSAL_REQUEST_STATUSES)


def decide_recusal(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    """Granting removes the mediator; a host must then be replaced (2002 rule)."""
    cmd = parse(RecusalDecisionInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        req = next((r for r in agg.recusals if r.id == cmd.recusal_id), None)
        if req is None or req.result != RecusalResult.PENDING:
            raise DomainError("recusal.not_pending", "recusal_id")
        on = dated(cmd.decided_on, today, field="decided_on", case_received=req.requested_on)
        if cmd.result == RecusalResult.PENDING:
            raise DomainError("field.choice", "result", allowed=["granted", "refused"])
        req.result = cmd.result.value
        req.decided_on = on
        if cmd.result == RecusalResult.GRANTED:
            leaving = [m for m in agg.mediators
                       if m.mediator_id == req.mediator_id and m.removed_on is None]
            was_host = any(m.is_host for m in leaving)
            if was_host and not cmd.replacement_mediator_id:
                raise DomainError("recusal.host_needs_replacement", "replacement_mediator_id")
            for m in leaving:
                m.removed_on = on
                m.removed_reason = "recusal"
                m.is_host = False
            if cmd.replacement_mediator_id:
                if cmd.replacement_mediator_id == req.mediator_id:
                    raise DomainError("recusal.same_mediator", "replacement_mediator_id")
                require_active_mediator(uow, cmd.replacement_mediator_id,
                                        "replacement_mediator_id")
                req.replacement_mediator_id = cmd.replacement_mediator_id
                uow.session.add(CaseMediator(
                    case_id=agg.case.id, mediator_id=cmd.replacement_mediator_id,
                    is_host=was_host, assigned_on=on, origin_station_id=uow.station_id))
                if was_host:
                    agg.case.host_mediator_id = cmd.replacement_mediator_id
        return {"recusal_id": req.id, "result": req.result}

    return mutate_case(ctx, case_ref, "case.recusal_decision", change,
                       allowed=RECUSAL_DECISION_STATUSES)


def flag_major(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    """Mark a major/difficult dispute: the 2-day written report clock starts."""
    cmd = parse(MajorFlagInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        code_tables.require_all(uow, CodeTable.MAJOR_CRITERION, list(cmd.criteria), "criteria")
        on = dated(cmd.flagged_on, today, field="flagged_on",
                   case_received=agg.case.received_on)
        c = agg.case
        c.is_major = True
        c.major_criteria = sorted(set(c.major_criteria) | set(cmd.criteria))
        c.major_flagged_on = c.major_flagged_on or on
        return {"criteria": c.major_criteria, "flagged_on": c.major_flagged_on.isoformat()}

    return mutate_case(ctx, case_ref, "case.flag_major", change, allowed=MAJOR_FLAG_STATUSES)


def report_upward(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    """A major-dispute or police report; the case stays with the committee."""
    cmd = parse(ReportInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        if cmd.kind not in (EscalationKind.MAJOR_REPORT, EscalationKind.POLICE_REPORT):
            raise DomainError("escalation.kind_not_report", "kind",
                              allowed=[EscalationKind.MAJOR_REPORT.value,
                                       EscalationKind.POLICE_REPORT.value])
        on = dated(cmd.reported_on, today, field="reported_on",
                   case_received=agg.case.received_on)
        uow.session.add(Escalation(case_id=agg.case.id, kind=cmd.kind.value,
                                   to_body=cmd.to_body, reported_on=on, written=cmd.written,
                                   summary=cmd.summary, origin_station_id=uow.station_id))
        return {"kind": cmd.kind.value, "to": cmd.to_body, "on": on.isoformat()}

    return mutate_case(ctx, case_ref, "case.report", change, allowed=REPORT_STATUSES)


def extend_deadline(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    """Beyond one month only with both parties' recorded consent."""
    cmd = parse(ExtensionInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        c = agg.case
        if c.accepted_on is None:
            raise DomainError("extension.not_accepted", "case")
        current = c.extended_due_on or dl.mediation_due_on(c.accepted_on)
        c.extended_due_on = dl.extend_due(current, cmd.new_due_on,
                                          consent_recorded=cmd.consent_recorded)
        c.extension_consent_on = dated(cmd.consent_on, today, field="consent_on",
                                       case_received=c.received_on)
        c.extension_note = cmd.note
        return {"from": current.isoformat(), "to": cmd.new_due_on.isoformat()}

    return mutate_case(ctx, case_ref, "case.extend", change, allowed=EXTENSION_STATUSES)
