"""Turns a loaded case into its read models (summary row, full detail)."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain import deadlines as dl
from mediation_desk.domain.lifecycle import action_options
from mediation_desk.domain.phone import mask_phone
from mediation_desk.domain.views import (
    ActionView,
    AgreementView,
    CaseDetail,
    CaseMediatorView,
    CaseSummary,
    DeadlineView,
    EventView,
    PartyView,
    PerformanceItemView,
    RecordView,
)
from mediation_desk.services.case_state import CaseAggregate, case_facts, deadline_facts
from mediation_desk.store.tables import CaseParty, MediationCase


def summary(c: MediationCase, *, parties: list[str], category_label: str,
            host_name: str | None, today: date) -> CaseSummary:
    return CaseSummary(
        id=c.id, case_no=c.case_no, title=c.title, category=c.category_code,
        category_label=category_label, status=c.status, received_on=c.received_on,
        accepted_on=c.accepted_on, due_on=c.extended_due_on or c.due_on,
        overdue=c.next_deadline_on is not None and c.next_deadline_on < today,
        is_major=c.is_major, party_names=parties, host_mediator_name=host_name,
        next_deadline_on=c.next_deadline_on, next_deadline_kind=c.next_deadline_kind)


def party_view(p: CaseParty) -> PartyView:
    return PartyView(
        id=p.id, person_id=p.person_id, order_no=p.order_no, role=p.role, name=p.snapshot_name,
        gender=p.snapshot_gender, ethnicity=p.snapshot_ethnicity, age=p.snapshot_age,
        occupation=p.snapshot_occupation,
        phone_masked=mask_phone(p.snapshot_phone) if p.snapshot_phone else "",
        address=p.snapshot_address, id_number_masked=p.snapshot_id_number_masked,
        agent_type=p.agent_type, agent_name=p.agent_name, consented=p.consented)


def _records(agg: CaseAggregate) -> list[RecordView]:
    out: list[RecordView] = []
    names = {p.id: p.snapshot_name for p in agg.parties}
    for n in agg.notices:
        out.append(RecordView(id=n.id, kind="rights_notice", on=n.given_on,
                              summary=names.get(n.party_id, ""),
                              details={"method": n.method, "acknowledged": n.acknowledged}))
    for r in agg.investigations:
        out.append(RecordView(id=r.id, kind="investigation", on=r.held_on,
                              summary=r.interviewee_name or r.place,
                              details={"place": r.place, "content": r.content}))
    for s in agg.sessions:
        out.append(RecordView(id=s.id, kind="session", on=s.held_on, summary=s.result,
                              details={"place": s.place, "matter": s.matter,
                                       "content": s.content, "result": s.result}))
    for r in agg.recusals:
        out.append(RecordView(id=r.id, kind="recusal", on=r.requested_on, summary=r.result,
                              details={"mediator_id": r.mediator_id, "reason": r.reason,
                                       "result": r.result}))
    for e in agg.escalations:
        out.append(RecordView(id=e.id, kind=f"escalation.{e.kind}", on=e.reported_on,
                              summary=e.to_body,
                              details={"written": e.written, "summary": e.summary,
                                       "result": e.result, "returned": e.returned}))
    for j in agg.confirmations:
        out.append(RecordView(id=j.id, kind="judicial_confirmation", on=j.applied_on,
                              summary=j.result,
                              details={"court_name": j.court_name, "result": j.result,
                                       "court_case_no": j.court_case_no}))
    for f in agg.followups:
        out.append(RecordView(id=f.id, kind="follow_up", on=f.visited_on,
                              summary=f.performance_status,
                              details={"satisfaction": f.satisfaction, "measures": f.measures,
                                       "risk_found": f.risk_found, "note": f.note}))
    return sorted(out, key=lambda r: (r.on, r.kind))


def _agreements(agg: CaseAggregate) -> list[AgreementView]:
    out = []
    for a in agg.agreements:
        items = [PerformanceItemView(id=i.id, description=i.description,
                                     obligor_party_id=i.obligor_party_id, due_on=i.due_on,
                                     amount_fen=i.amount_fen, done_on=i.done_on,
                                     status=i.status)
                 for i in agg.items if i.agreement_id == a.id]
        out.append(AgreementView(
            id=a.id, kind=a.kind, number=a.number, facts_and_issues=a.facts_and_issues,
            terms=list(a.terms), performance_manner=a.performance_manner,
            performance_place=a.performance_place,
            performance_deadline=a.performance_deadline, copies=a.copies,
            reached_on=a.reached_on, effective_on=a.effective_on,
            all_parties_signed=a.all_parties_signed, mediator_signed=a.mediator_signed,
            recorder_signed=a.recorder_signed, sealed=a.sealed, amount_fen=a.amount_fen,
            subject_is_status_relation=a.subject_is_status_relation,
            confirmation_declined=a.confirmation_declined, items=items,
            voided=a.voided_at is not None))
    return out


def detail(agg: CaseAggregate, *, labels: dict[str, dict[str, str]],
           mediator_names: dict[str, str], events: list[EventView], today: date) -> CaseDetail:
    c = agg.case
    facts = case_facts(agg, today)
    actions = [ActionView(action=o.action.value, target=o.target.value if o.target else None,
                          allowed=o.refusal is None,
                          refusal_code=o.refusal.code if o.refusal else None,
                          refusal_params=dict(o.refusal.params) if o.refusal else {})
               for o in action_options(facts, today)]
    deadlines = [DeadlineView(kind=d.kind.value, due_on=d.due_on, state=d.state.value,
                              days_left=d.days_left, ref_id=d.ref_id)
                 for d in dl.case_deadlines(deadline_facts(agg), today)]
    cat = labels.get("dispute_category", {})
    src = labels.get("case_source", {})
    return CaseDetail(
        summary=summary(c, parties=[p.snapshot_name for p in agg.parties],
                        category_label=cat.get(c.category_code, c.category_code),
                        host_name=mediator_names.get(c.host_mediator_id or ""), today=today),
        committee_id=c.committee_id, sub_category=c.sub_category, source=c.source_code,
        source_label=src.get(c.source_code, c.source_code), referred_by=c.referred_by,
        application_channel=c.application_channel, received_by=c.received_by, facts=c.facts,
        requests=list(c.requests), consent_recorded=c.consent_recorded, is_public=c.is_public,
        major_criteria=list(c.major_criteria), major_flagged_on=c.major_flagged_on,
        extended_due_on=c.extended_due_on, declined_reason=c.declined_reason_code,
        terminated_reason=c.terminated_reason_code, advised_routes=list(c.advised_routes),
        amount_fen=c.amount_fen, closed_on=c.closed_on, close_reason=c.close_reason_code,
        archived_on=c.archived_on, parties=[party_view(p) for p in agg.parties],
        prevented_outcome=c.prevented_outcome, prevented_persons=c.prevented_persons,
        mediators=[CaseMediatorView(id=m.id, mediator_id=m.mediator_id,
                                    name=mediator_names.get(m.mediator_id, ""),
                                    is_host=m.is_host, chosen_by_party=m.chosen_by_party,
                                    assigned_on=m.assigned_on, removed_on=m.removed_on)
                   for m in agg.mediators],
        records=_records(agg), agreements=_agreements(agg), deadlines=deadlines,
        actions=actions, events=events, row_version=c.row_version)
