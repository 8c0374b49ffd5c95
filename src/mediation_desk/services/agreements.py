"""Agreements and what follows them: signatures, performance, reminders, follow-up visits,
judicial confirmation (人民调解法 Arts. 28–33)."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import deadlines as dl
from mediation_desk.domain.commands import (
    AgreementInput,
    ConfirmationDecision,
    ConfirmationInput,
    FollowUpInput,
    ItemDoneInput,
    ReminderInput,
    SignaturesInput,
)
from mediation_desk.domain.enums import (
    AgreementKind,
    CaseStatus,
    ConfirmationResult,
    PerformanceStatus,
)
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services.case_mutation import dated, mutate_case, require_party
from mediation_desk.services.case_state import OPEN_ITEM, CaseAggregate, agreement_effective
from mediation_desk.services.inputs import parse
from mediation_desk.store.tables import (
    Agreement,
    FollowUpVisit,
    JudicialConfirmation,
    PerformanceItem,
    PerformanceReminder,
)
from mediation_desk.store.uow import UnitOfWork

S = CaseStatus
AFTER_AGREEMENT = frozenset({S.AGREEMENT_REACHED, S.PERFORMING, S.PERFORMED, S.NON_PERFORMANCE})

# The statuses in which each record may be added; services.record_kinds offers the same sets
# to the window, so a form is only offered when its service would accept it.
AGREEMENT_STATUSES: frozenset[CaseStatus] = frozenset({S.IN_MEDIATION})
SIGNATURES_STATUSES: frozenset[CaseStatus] = AGREEMENT_STATUSES | AFTER_AGREEMENT
ITEM_DONE_STATUSES: frozenset[CaseStatus] = AFTER_AGREEMENT
REMINDER_STATUSES: frozenset[CaseStatus] = AFTER_AGREEMENT
FOLLOWUP_STATUSES: frozenset[CaseStatus] = AFTER_AGREEMENT | {S.TERMINATED, S.DECLINED, S.CLOSED}
CONFIRMATION_STATUSES: frozenset[CaseStatus] = AFTER_AGREEMENT
CONFIRMATION_DECISION_STATUSES: frozenset[CaseStatus] = AFTER_AGREEMENT | {S.CLOSED}


def _check_agreement(cmd: AgreementInput, agg: CaseAggregate, reached: date) -> None:
    errors: list[DomainError] = []
    if cmd.kind == AgreementKind.WRITTEN:
        # Law Art. 29 lists what a written agreement states.
        if not cmd.facts_and_issues:
            errors.append(DomainError("agreement.needs_facts", "facts_and_issues"))
        if not cmd.performance_manner:
            errors.append(DomainError("agreement.needs_performance_manner",
                                      "performance_manner"))
    if cmd.performance_deadline and cmd.performance_deadline < reached:
        errors.append(DomainError("date.before", "performance_deadline",
                                  date=cmd.performance_deadline.isoformat(),
                                  earliest=reached.isoformat()))
    for i, item in enumerate(cmd.items):
        try:
            require_party(agg, item.obligor_party_id, f"items[{i}].obligor_party_id")
        except DomainError as exc:
            errors.append(exc)
        if item.due_on and item.due_on < reached:
            errors.append(DomainError("date.before", f"items[{i}].due_on",
                                      date=item.due_on.isoformat(),
                                      earliest=reached.isoformat()))
    if errors:
        raise ValidationErrors(errors)


def record_agreement(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(AgreementInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        if agg.agreement is not None:
            raise DomainError("agreement.exists", "case")
        c = agg.case
        reached = dated(cmd.reached_on, today, field="reached_on",
                        case_received=c.accepted_on or c.received_on)
        _check_agreement(cmd, agg, reached)
        written = cmd.kind == AgreementKind.WRITTEN
        items_total = sum(i.amount_fen for i in cmd.items)
        a = Agreement(
            case_id=c.id, kind=cmd.kind.value, number=c.case_no,
            facts_and_issues=cmd.facts_and_issues, terms=list(cmd.terms),
            performance_manner=cmd.performance_manner,
            performance_place=cmd.performance_place,
            performance_deadline=cmd.performance_deadline,
            # Law Art. 29: one copy for each party and one kept by the committee.
            copies=len(agg.parties) + 1 if written else 1,
            reached_on=reached, all_parties_signed=cmd.all_parties_signed,
            mediator_signed=cmd.mediator_signed, recorder_signed=cmd.recorder_signed,
            sealed=cmd.sealed, recorder_name=cmd.recorder_name,
            amount_fen=cmd.amount_fen or items_total,
            subject_is_status_relation=cmd.subject_is_status_relation,
            confirmation_declined=cmd.confirmation_declined, origin_station_id=uow.station_id)
        a.effective_on = reached if agreement_effective(a) else None
        uow.session.add(a)
        uow.session.flush()
        for item in cmd.items:
            uow.session.add(PerformanceItem(
                agreement_id=a.id, case_id=c.id, obligor_party_id=item.obligor_party_id,
                description=item.description, due_on=item.due_on, amount_fen=item.amount_fen,
                done_on=item.done_on,
                status=(PerformanceStatus.DONE if item.done_on else PerformanceStatus.PENDING).value,
                origin_station_id=uow.station_id))
        return {"kind": a.kind, "effective_on": a.effective_on.isoformat() if a.effective_on
                else None, "items": len(cmd.items), "amount_fen": a.amount_fen}

    return mutate_case(ctx, case_ref, "case.agreement", change, allowed=AGREEMENT_STATUSES)


def update_signatures(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    """Record signatures/seal on the written agreement; effective once all are there."""
    cmd = parse(SignaturesInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        a = agg.agreement
        if a is None:
            raise DomainError("agreement.missing", "case")
        if a.effective_on is not None:
            raise DomainError("agreement.already_effective", "case",
                              effective_on=a.effective_on.isoformat())
        for name in ("all_parties_signed", "mediator_signed", "recorder_signed", "sealed"):
            value = getattr(cmd, name)
            if value is not None:
                setattr(a, name, value)
        if agreement_effective(a):
            a.effective_on = dated(cmd.signed_on, today, field="signed_on",
                                   case_received=a.reached_on)
        return {"effective_on": a.effective_on.isoformat() if a.effective_on else None}

    return mutate_case(ctx, case_ref, "case.signatures", change,
                       allowed=SIGNATURES_STATUSES)


def mark_item_done(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(ItemDoneInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        item = next((i for i in agg.live_items() if i.id == cmd.item_id), None)
        if item is None:
            raise DomainError("agreement.unknown_item", "item_id")
        if item.status not in OPEN_ITEM:
            raise DomainError("agreement.item_closed", "item_id", status=item.status)
        reached = agg.agreement.reached_on if agg.agreement else agg.case.received_on
        item.done_on = dated(cmd.done_on, today, field="done_on", case_received=reached)
        item.status = (PerformanceStatus.WAIVED if cmd.waived else PerformanceStatus.DONE).value
        return {"item_id": item.id, "status": item.status}

    return mutate_case(ctx, case_ref, "case.item_done", change, allowed=ITEM_DONE_STATUSES)


def add_reminder(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    """督促履行 (Law Art. 31)."""
    cmd = parse(ReminderInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        item = next((i for i in agg.open_items() if i.id == cmd.item_id), None)
        if item is None:
            raise DomainError("agreement.unknown_item", "item_id")
        on = dated(cmd.reminded_on, today, field="reminded_on",
                   case_received=agg.case.received_on)
        uow.session.add(PerformanceReminder(item_id=item.id, case_id=agg.case.id,
                                            reminded_on=on, method=cmd.method, note=cmd.note,
                                            origin_station_id=uow.station_id))
        return {"item_id": item.id, "on": on.isoformat()}

    return mutate_case(ctx, case_ref, "case.reminder", change, allowed=REMINDER_STATUSES)


def add_followup(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(FollowUpInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        on = dated(cmd.visited_on, today, field="visited_on",
                   case_received=agg.case.received_on)
        require_party(agg, cmd.visited_party_id, "visited_party_id")
        a = agg.agreement
        uow.session.add(FollowUpVisit(
            case_id=agg.case.id, agreement_id=a.id if a else None, visited_on=on,
            visited_party_id=cmd.visited_party_id, visitor_mediator_id=cmd.visitor_mediator_id,
            performance_status=cmd.performance_status, satisfaction=cmd.satisfaction,
            litigation_note=cmd.litigation_note, risk_found=cmd.risk_found,
            measures=cmd.measures, note=cmd.note, origin_station_id=uow.station_id))
        return {"on": on.isoformat(), "risk_found": cmd.risk_found}

    return mutate_case(ctx, case_ref, "case.follow_up", change,
                       allowed=FOLLOWUP_STATUSES)


def apply_confirmation(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    """Both parties apply jointly within 30 days of effect (Law Art. 33; 法释〔2011〕5号)."""
    cmd = parse(ConfirmationInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        a = agg.agreement
        if a is None or not agreement_effective(a) or a.effective_on is None:
            raise DomainError("confirmation.needs_effective_agreement", "case")
        if a.kind != AgreementKind.WRITTEN:
            raise DomainError("confirmation.needs_written_agreement", "case")
        if a.subject_is_status_relation:
            raise DomainError("confirmation.status_relation", "case")
        if not cmd.joint_application:
            raise DomainError("confirmation.needs_joint_application", "joint_application")
        if any(j.result == ConfirmationResult.PENDING for j in agg.confirmations):
            raise DomainError("confirmation.pending", "case")
        on = dated(cmd.applied_on, today, field="applied_on", case_received=a.effective_on)
        last = dl.confirmation_window_end(a.effective_on)
        if on > last:
            raise DomainError("confirmation.window_closed", "applied_on",
                              last_day=last.isoformat())
        uow.session.add(JudicialConfirmation(
            agreement_id=a.id, case_id=agg.case.id, applied_on=on, joint_application=True,
            court_name=cmd.court_name, court_case_no=cmd.court_case_no, notes=cmd.notes,
            origin_station_id=uow.station_id))
        return {"applied_on": on.isoformat(), "court": cmd.court_name}

    return mutate_case(ctx, case_ref, "case.confirmation", change, allowed=CONFIRMATION_STATUSES)


def decide_confirmation(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(ConfirmationDecision, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        pending = [j for j in agg.confirmations if j.result == ConfirmationResult.PENDING]
        if not pending:
            raise DomainError("confirmation.none_pending", "case")
        if cmd.result == ConfirmationResult.PENDING:
            raise DomainError("field.choice", "result",
                              allowed=["confirmed", "rejected", "not_accepted"])
        j = pending[-1]
        j.result = cmd.result.value
        j.decided_on = dated(cmd.decided_on, today, field="decided_on",
                             case_received=j.applied_on)
        j.court_case_no = cmd.court_case_no or j.court_case_no
        j.notes = cmd.notes or j.notes
        return {"result": j.result}

    return mutate_case(ctx, case_ref, "case.confirmation_decision", change,
                       allowed=CONFIRMATION_DECISION_STATUSES)
