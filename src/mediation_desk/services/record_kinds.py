"""Which records a case file accepts now: the statuses each record service allows (taken from
the services themselves, never copied) plus the obvious preconditions (a pending request
before its decision, open items before marking one done ...), so the window offers only the
forms that can succeed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from mediation_desk.domain.enums import (
    AgreementKind,
    CaseStatus,
    ConfirmationResult,
    PerformanceStatus,
    RecusalResult,
)
from mediation_desk.domain.views import AgreementView, CaseDetail
from mediation_desk.services import agreements as ag
from mediation_desk.services import case_marks as cm
from mediation_desk.services import case_records as cr


def _values(statuses: frozenset[CaseStatus]) -> frozenset[str]:
    return frozenset(s.value for s in statuses)


# Record kind (the window's names) → case statuses its service accepts, in case-file order.
RECORD_STATUSES: Mapping[str, frozenset[str]] = MappingProxyType({
    "notice": _values(cr.NOTICE_STATUSES),
    "assign_mediator": _values(cr.ASSIGN_MEDIATOR_STATUSES),
    "recusal_request": _values(cr.RECUSAL_REQUEST_STATUSES),
    "recusal_decision": _values(cr.RECUSAL_DECISION_STATUSES),
    "investigation": _values(cr.INVESTIGATION_STATUSES),
    "session": _values(cr.SESSION_STATUSES),
    "major_flag": _values(cr.MAJOR_FLAG_STATUSES),
    "report": _values(cr.REPORT_STATUSES),
    "extension": _values(cr.EXTENSION_STATUSES),
    "prevented": _values(cm.PREVENTED_STATUSES),
    "agreement": _values(ag.AGREEMENT_STATUSES),
    "signatures": _values(ag.SIGNATURES_STATUSES),
    "item_done": _values(ag.ITEM_DONE_STATUSES),
    "reminder": _values(ag.REMINDER_STATUSES),
    "followup": _values(ag.FOLLOWUP_STATUSES),
    "confirmation_apply": _values(ag.CONFIRMATION_STATUSES),
    "confirmation_decision": _values(ag.CONFIRMATION_DECISION_STATUSES),
})

_OPEN_ITEM = {PerformanceStatus.PENDING.value, PerformanceStatus.OVERDUE.value}


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What the preconditions look at; ``record_facts`` reads it off a case detail."""

    active_mediators: int = 0
    pending_recusal: bool = False
    has_agreement: bool = False  # one in force, i.e. not voided by re-mediation
    written_agreement: bool = False
    agreement_effective: bool = False
    status_relation: bool = False
    open_items: int = 0
    pending_confirmation: bool = False


def agreement_in_force(detail: CaseDetail) -> AgreementView | None:
    """The latest agreement not voided by re-mediation (the one the services act on)."""
    live = [a for a in detail.agreements if not a.voided]
    return max(live, key=lambda a: a.reached_on) if live else None


def record_facts(detail: CaseDetail) -> RecordFacts:
    a = agreement_in_force(detail)
    return RecordFacts(
        active_mediators=sum(1 for m in detail.mediators if m.removed_on is None),
        pending_recusal=any(r.kind == "recusal" and r.details.get("result")
                            == RecusalResult.PENDING.value for r in detail.records),
        has_agreement=a is not None,
        written_agreement=a is not None and a.kind == AgreementKind.WRITTEN.value,
        agreement_effective=a is not None and a.effective_on is not None,
        status_relation=a is not None and a.subject_is_status_relation,
        open_items=sum(1 for i in (a.items if a else []) if i.status in _OPEN_ITEM),
        pending_confirmation=any(r.kind == "judicial_confirmation" and r.details.get("result")
                                 == ConfirmationResult.PENDING.value for r in detail.records),
    )


def _precondition(kind: str, f: RecordFacts) -> bool:
    if kind == "recusal_request":
        return f.active_mediators > 0  # only a mediator on the case can be asked to step aside
    if kind == "recusal_decision":
        return f.pending_recusal
    if kind == "agreement":
        return not f.has_agreement
    if kind == "signatures":
        return f.written_agreement and not f.agreement_effective
    if kind in ("item_done", "reminder"):
        return f.open_items > 0
    if kind == "confirmation_apply":
        return (f.written_agreement and f.agreement_effective and not f.status_relation
                and not f.pending_confirmation)
    if kind == "confirmation_decision":
        return f.pending_confirmation
    return True


def available_records(status: CaseStatus | str, facts: RecordFacts | None = None) -> list[str]:
    """Record kinds accepted in ``status`` (in RECORD_STATUSES order); with ``facts``, also
    only those whose preconditions hold."""
    value = CaseStatus(status).value
    return [kind for kind, allowed in RECORD_STATUSES.items()
            if value in allowed and (facts is None or _precondition(kind, facts))]


def records_for(detail: CaseDetail) -> list[str]:
    """The record kinds this case accepts now."""
    return available_records(detail.summary.status, record_facts(detail))
