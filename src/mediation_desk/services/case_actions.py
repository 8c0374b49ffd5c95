"""Lifecycle actions on a case (受理, 不予受理, 终止, 上报, 结案, 归档 ...).

The pure state machine decides whether an action may happen; this module records what the
action means in the case file, in the same transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.commands import ActionCommand
from mediation_desk.domain.enums import (
    CaseAction,
    CaseStatus,
    CodeTable,
    EscalationKind,
    MediatorStatus,
    PerformanceStatus,
)
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.lifecycle import ActionInput, check_action
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import case_queries, case_state, code_tables, indexing
from mediation_desk.services.case_register import check_date
from mediation_desk.services.case_state import CaseAggregate
from mediation_desk.services.inputs import parse
from mediation_desk.store import repos
from mediation_desk.store.tables import CaseMediator, Escalation, Mediator, RightsNotice
from mediation_desk.store.uow import UnitOfWork

Effect = Callable[[UnitOfWork, CaseAggregate, ActionCommand, date], None]


def perform_action(ctx: AppContext, case_ref: str, action: str,
                   data: dict[str, Any] | ActionCommand | None = None) -> CaseDetail:
    try:
        act = CaseAction(action)
    except ValueError:
        raise DomainError("field.choice", "action", value=action,
                          allowed=[a.value for a in CaseAction]) from None
    cmd = parse(ActionCommand, data or {})
    today = ctx.today()
    on = cmd.on_date or today
    check_date(on, field="on_date", today=today)
    with ctx.uow(write=True) as uow:
        agg = case_state.load(uow, case_ref)
        case = agg.case
        case_state.require_live(case)
        before = {"status": case.status}
        target = check_action(case_state.case_facts(agg, today), act, ActionInput(
            on_date=on, reason_code=cmd.reason, advised_routes=tuple(cmd.advised_routes),
            consent_of_all_parties=cmd.consent_of_all_parties,
            host_mediator_id=cmd.host_mediator_id, notice_given_to_all=cmd.notice_given_to_all,
            to_body=cmd.to_body, result_text=cmd.result_text))
        _EFFECTS.get(act, _no_effect)(uow, agg, cmd, on)
        case.status = target.value
        case.last_event_on = on
        uow.session.flush()
        agg = case_state.load(uow, case.id)
        case_state.refresh_deadlines(agg)
        indexing.index_case(uow, agg.case, agg.parties, agg.agreements)
        uow.log(f"case.{act.value}", "mediation_case", case.id, case_id=case.id, before=before,
                after={"status": target.value, "on": on.isoformat(),
                       **({"reason": cmd.reason} if cmd.reason else {}),
                       **({"note": cmd.note} if cmd.note else {})})
        uow.commit()
        return case_queries.case_detail(uow, case.id, today)


def _no_effect(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    return None


def require_active_mediator(uow: UnitOfWork, mediator_id: str, field: str) -> Mediator:
    m = repos.get(uow.session, Mediator, mediator_id)
    if m is None or m.voided_at is not None:
        raise NotFound("mediator", mediator_id, field)
    if m.status != MediatorStatus.ACTIVE:
        raise DomainError("mediator.not_active", field, status=m.status)
    return m


def _accept(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    c = agg.case
    if cmd.host_mediator_id:
        require_active_mediator(uow, cmd.host_mediator_id, "host_mediator_id")
        for m in agg.mediators:
            if m.is_host and m.removed_on is None:
                m.is_host = False
        existing = next((m for m in agg.mediators if m.mediator_id == cmd.host_mediator_id
                         and m.removed_on is None), None)
        if existing:
            existing.is_host = True
        else:
            uow.session.add(CaseMediator(case_id=c.id, mediator_id=cmd.host_mediator_id,
                                         is_host=True, assigned_on=on,
                                         origin_station_id=uow.station_id))
        c.host_mediator_id = cmd.host_mediator_id
    if cmd.consent_of_all_parties:
        c.consent_recorded = True
        for p in agg.parties:
            p.consented = True
    if cmd.note:
        c.consent_note = cmd.note
    c.accepted_on = on


def _decline(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    agg.case.declined_on = on
    agg.case.declined_reason_code = cmd.reason
    agg.case.declined_note = cmd.note


def _start_mediation(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    if not cmd.notice_given_to_all:
        return
    noticed = {n.party_id for n in agg.notices}
    for p in agg.parties:
        if p.id not in noticed:
            uow.session.add(RightsNotice(case_id=agg.case.id, party_id=p.id, given_on=on,
                                         method=cmd.notice_method.value, acknowledged=True,
                                         origin_station_id=uow.station_id))


def _reach_agreement(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    a = agg.agreement
    if a is not None:
        agg.case.amount_fen = a.amount_fen


def _terminate(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    code_tables.require(uow, CodeTable.TERMINATION_REASON, cmd.reason or "", "reason")
    code_tables.require_all(uow, CodeTable.ADVISED_ROUTE, list(cmd.advised_routes),
                            "advised_routes")
    c = agg.case
    c.terminated_on = on
    c.terminated_reason_code = cmd.reason
    c.terminated_note = cmd.note
    c.advised_routes = list(cmd.advised_routes)


def _escalate(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    if cmd.escalation_kind not in (EscalationKind.TRANSFER, EscalationKind.JOINT_MEDIATION):
        raise DomainError("escalation.kind_not_transfer", "escalation_kind",
                          allowed=[EscalationKind.TRANSFER.value,
                                   EscalationKind.JOINT_MEDIATION.value])
    agg.case.escalated_from = agg.case.status
    uow.session.add(Escalation(case_id=agg.case.id, kind=cmd.escalation_kind.value,
                               to_body=cmd.to_body or "", reported_on=on, written=True,
                               summary=cmd.note, origin_station_id=uow.station_id))


def _open_transfer(agg: CaseAggregate) -> Escalation | None:
    transfers = [e for e in agg.escalations if e.kind in
                 (EscalationKind.TRANSFER, EscalationKind.JOINT_MEDIATION) and not e.result_on]
    return transfers[-1] if transfers else None


def _return(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    e = _open_transfer(agg)
    if e is not None:
        e.returned = True
        e.result = cmd.result_text or cmd.note
        e.result_on = on
    agg.case.escalated_from = None


def _complete(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    agg.case.performed_on = on


def _non_performance(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    for item in agg.open_items():
        if item.due_on and item.due_on < on:
            item.status = PerformanceStatus.OVERDUE.value


def _remediate(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    # Re-mediation replaces the agreement; the old one stays in the file, voided with reason.
    a = agg.agreement
    if a is not None:
        a.voided_at = uow.now
        a.void_reason = f"remediation: {cmd.reason or ''}".strip()
        for item in agg.live_items():
            item.voided_at = uow.now
            item.void_reason = "remediation"
    agg.case.performed_on = None


def _close(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    c = agg.case
    implied = {CaseStatus.DECLINED.value: "declined", CaseStatus.TERMINATED.value: "terminated",
               CaseStatus.PERFORMED.value: "followed_up"}
    c.close_reason_code = implied.get(c.status, cmd.reason)
    c.close_note = cmd.result_text or cmd.note
    c.closed_on = on
    if c.status == CaseStatus.ESCALATED.value:
        e = _open_transfer(agg)
        if e is not None:
            e.result = cmd.result_text or ""
            e.result_on = on


def _archive(uow: UnitOfWork, agg: CaseAggregate, cmd: ActionCommand, on: date) -> None:
    agg.case.archived_on = on


_EFFECTS: dict[CaseAction, Effect] = {
    CaseAction.ACCEPT: _accept,
    CaseAction.DECLINE: _decline,
    CaseAction.START_MEDIATION: _start_mediation,
    CaseAction.REACH_AGREEMENT: _reach_agreement,
    CaseAction.TERMINATE: _terminate,
    CaseAction.ESCALATE: _escalate,
    CaseAction.RETURN_FROM_ESCALATION: _return,
    CaseAction.COMPLETE_PERFORMANCE: _complete,
    CaseAction.MARK_NON_PERFORMANCE: _non_performance,
    CaseAction.REMEDIATE: _remediate,
    CaseAction.CLOSE: _close,
    CaseAction.ARCHIVE: _archive,
}
