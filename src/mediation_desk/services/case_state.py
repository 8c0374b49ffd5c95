"""Loads a case with everything that decides what may happen next, and derives the facts the
pure rules (domain.lifecycle, domain.deadlines, domain.dossier) judge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mediation_desk.domain import deadlines as dl
from mediation_desk.domain.caseno import format_case_no, parse_case_no
from mediation_desk.domain.dossier import DossierFacts, dossier_gaps
from mediation_desk.domain.enums import (
    AgreementKind,
    CaseStatus,
    EscalationKind,
    PerformanceStatus,
    RecusalResult,
)
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.lifecycle import CaseFacts
from mediation_desk.store import repos
from mediation_desk.store.tables import (
    Agreement,
    CaseMediator,
    CaseParty,
    Escalation,
    FollowUpVisit,
    InvestigationRecord,
    JudicialConfirmation,
    MediationCase,
    MediationSession,
    PerformanceItem,
    RecusalRequest,
    RightsNotice,
)
from mediation_desk.store.uow import UnitOfWork

OPEN_ITEM = (PerformanceStatus.PENDING.value, PerformanceStatus.OVERDUE.value)


@dataclass
class CaseAggregate:
    case: MediationCase
    parties: list[CaseParty]
    mediators: list[CaseMediator]
    recusals: list[RecusalRequest]
    notices: list[RightsNotice]
    investigations: list[InvestigationRecord]
    sessions: list[MediationSession]
    agreements: list[Agreement]
    items: list[PerformanceItem]
    followups: list[FollowUpVisit]
    escalations: list[Escalation]
    confirmations: list[JudicialConfirmation]

    @property
    def agreement(self) -> Agreement | None:
        """The agreement in force: the latest one not voided by re-mediation."""
        live = [a for a in self.agreements if a.voided_at is None]
        return max(live, key=lambda a: (a.reached_on, a.created_at)) if live else None

    def live_items(self) -> list[PerformanceItem]:
        a = self.agreement
        return [i for i in self.items if a is not None and i.agreement_id == a.id]

    def open_items(self) -> list[PerformanceItem]:
        return [i for i in self.live_items() if i.status in OPEN_ITEM]


def resolve_case(uow: UnitOfWork, ref: str) -> MediationCase:
    """A case by id or by its printed number (either parenthesis style)."""
    row = repos.get(uow.session, MediationCase, ref)
    if row is None:
        row = repos.case_by_no(uow.session, ref)
    if row is None:
        try:
            year, short, seq = parse_case_no(ref)
        except DomainError:
            raise NotFound("case", ref, "case") from None
        row = repos.case_by_no(uow.session, format_case_no(year, short, seq))
    if row is None:
        raise NotFound("case", ref, "case")
    return row


def require_live(case: MediationCase) -> None:
    """Refuse any change to a case voided as registered in error."""
    if case.voided_at is not None:
        raise DomainError("case.voided", "case", case_no=case.case_no,
                          reason=case.void_reason or "")


def load(uow: UnitOfWork, ref: str) -> CaseAggregate:
    case = resolve_case(uow, ref)
    s = uow.session

    def kids(model: type, order: str | None = None, include_voided: bool = False) -> list:
        return list(repos.children(s, model, "case_id", case.id, order_by=order,
                                   include_voided=include_voided))

    return CaseAggregate(
        case=case,
        parties=kids(CaseParty, "order_no"),
        mediators=kids(CaseMediator, "assigned_on"),
        recusals=kids(RecusalRequest, "requested_on"),
        notices=kids(RightsNotice, "given_on"),
        investigations=kids(InvestigationRecord, "held_on"),
        sessions=kids(MediationSession, "held_on"),
        agreements=kids(Agreement, "reached_on", include_voided=True),
        items=kids(PerformanceItem, "due_on"),
        followups=kids(FollowUpVisit, "visited_on"),
        escalations=kids(Escalation, "reported_on"),
        confirmations=kids(JudicialConfirmation, "applied_on"),
    )


def agreement_effective(a: Agreement | None) -> bool:
    if a is None:
        return False
    if a.kind == AgreementKind.ORAL:
        return True  # Law Art. 30: effective when reached; recorded by the mediator
    return a.all_parties_signed and a.mediator_signed and a.sealed  # Law Art. 29


def dossier_facts(agg: CaseAggregate) -> DossierFacts:
    c = agg.case
    noticed = {n.party_id for n in agg.notices}
    return DossierFacts(
        accepted=c.accepted_on is not None, declined=c.declined_on is not None,
        parties=len(agg.parties), parties_noticed=len(noticed & {p.id for p in agg.parties}),
        sessions=len(agg.sessions), agreement_reached=agg.agreement is not None,
        performed=c.performed_on is not None, followups=len(agg.followups))


def case_facts(agg: CaseAggregate, today: date) -> CaseFacts:
    c = agg.case
    a = agg.agreement
    open_items = agg.open_items()
    noticed = {n.party_id for n in agg.notices}
    active_mediators = {m.mediator_id for m in agg.mediators if m.removed_on is None}
    return CaseFacts(
        status=CaseStatus(c.status),
        received_on=c.received_on,
        accepted_on=c.accepted_on,
        last_event_on=c.last_event_on,
        host_mediator_assigned=c.host_mediator_id is not None,
        parties_consented=c.consent_recorded,
        party_count=len(agg.parties),
        rights_notice_given=bool(agg.parties) and all(p.id in noticed for p in agg.parties),
        pending_recusal=any(r.result == RecusalResult.PENDING and r.mediator_id in active_mediators
                            for r in agg.recusals),
        has_agreement=a is not None,
        agreement_kind=AgreementKind(a.kind) if a else None,
        agreement_effective=agreement_effective(a),
        open_performance_items=len(open_items),
        overdue_performance_items=sum(1 for i in open_items if i.due_on and i.due_on < today),
        followup_visits=len(agg.followups),
        dossier_complete=not dossier_gaps(dossier_facts(agg)),
        escalated_from=CaseStatus(c.escalated_from) if c.escalated_from else None,
    )


def deadline_facts(agg: CaseAggregate) -> dl.DeadlineFacts:
    c = agg.case
    a = agg.agreement
    reports = [e.reported_on for e in agg.escalations
               if e.kind == EscalationKind.MAJOR_REPORT and e.written]
    return dl.DeadlineFacts(
        status=CaseStatus(c.status),
        accepted_on=c.accepted_on,
        due_on_override=c.extended_due_on,
        is_major=c.is_major,
        major_flagged_on=c.major_flagged_on,
        major_reported_on=min(reports) if reports else None,
        agreement_effective_on=a.effective_on if a and agreement_effective(a) else None,
        confirmation_applied_on=(min(x.applied_on for x in agg.confirmations)
                                 if agg.confirmations else None),
        confirmation_wanted=bool(a) and a.kind == AgreementKind.WRITTEN
        and not a.confirmation_declined and not a.subject_is_status_relation,
        performance=tuple(dl.PerformanceFact(item_id=i.id, due_on=i.due_on,
                                             done=i.status not in OPEN_ITEM)
                          for i in agg.live_items()),
        followup_visits=len(agg.followups),
        terminated_on=c.terminated_on,
    )


def refresh_deadlines(agg: CaseAggregate) -> None:
    """Store the earliest deadline that can become overdue (indexed "overdue" filter).

    The confirmation window is left out: it lapses rather than becoming overdue, and
    the set of the other deadlines does not depend on today's date."""
    c = agg.case
    c.due_on = (dl.mediation_due_on(c.accepted_on) if c.accepted_on else None)
    pending = [d for d in dl.case_deadlines(deadline_facts(agg), c.received_on, soon_days=0)
               if d.kind != dl.DeadlineKind.CONFIRMATION_WINDOW]
    first = min(pending, key=lambda d: d.due_on, default=None)
    c.next_deadline_on = first.due_on if first else None
    c.next_deadline_kind = first.kind.value if first else None
