"""The case state machine of domain.md §5 as pure functions: where an action leads and, when it
is refused, a stable code saying why."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from mediation_desk.domain.enums import AgreementKind, CaseAction, CaseStatus
from mediation_desk.domain.errors import TransitionRefused

_S = CaseStatus
_A = CaseAction


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the rules need to know about a case; the service layer builds it from the records."""

    status: CaseStatus
    received_on: date
    accepted_on: date | None = None
    last_event_on: date | None = None
    host_mediator_assigned: bool = False
    parties_consented: bool = False
    party_count: int = 0
    rights_notice_given: bool = False
    pending_recusal: bool = False
    has_agreement: bool = False
    agreement_kind: AgreementKind | None = None
    agreement_effective: bool = False
    open_performance_items: int = 0
    overdue_performance_items: int = 0
    followup_visits: int = 0
    dossier_complete: bool = False
    escalated_from: CaseStatus | None = None


@dataclass(frozen=True, slots=True)
class ActionInput:
    """What the user supplies with an action (the dialog's fields)."""

    on_date: date
    reason_code: str | None = None
    advised_routes: tuple[str, ...] = ()
    consent_of_all_parties: bool = False
    host_mediator_id: str | None = None
    notice_given_to_all: bool = False
    to_body: str | None = None
    result_text: str | None = None


@dataclass(frozen=True, slots=True)
class ActionOption:
    """One button of the case screen: exactly one of ``target`` and ``refusal`` is set."""

    action: CaseAction
    target: CaseStatus | None
    refusal: TransitionRefused | None

    @property
    def enabled(self) -> bool:
        return self.refusal is None


# domain.md §5.2, nothing more. (escalated, return_from_escalation) is listed with its usual
# target; a case escalated before it was accepted goes back to registered (see _target).
TRANSITIONS: Mapping[tuple[CaseStatus, CaseAction], CaseStatus] = MappingProxyType(
    {
        (_S.REGISTERED, _A.ACCEPT): _S.ACCEPTED,
        (_S.REGISTERED, _A.DECLINE): _S.DECLINED,
        (_S.REGISTERED, _A.ESCALATE): _S.ESCALATED,
        (_S.DECLINED, _A.CLOSE): _S.CLOSED,
        (_S.ACCEPTED, _A.START_MEDIATION): _S.IN_MEDIATION,
        (_S.ACCEPTED, _A.TERMINATE): _S.TERMINATED,
        (_S.ACCEPTED, _A.ESCALATE): _S.ESCALATED,
        (_S.IN_MEDIATION, _A.REACH_AGREEMENT): _S.AGREEMENT_REACHED,
        (_S.IN_MEDIATION, _A.TERMINATE): _S.TERMINATED,
        (_S.IN_MEDIATION, _A.ESCALATE): _S.ESCALATED,
        (_S.ESCALATED, _A.RETURN_FROM_ESCALATION): _S.IN_MEDIATION,
        (_S.ESCALATED, _A.CLOSE): _S.CLOSED,
        (_S.AGREEMENT_REACHED, _A.START_PERFORMANCE): _S.PERFORMING,
        (_S.AGREEMENT_REACHED, _A.COMPLETE_PERFORMANCE): _S.PERFORMED,
        (_S.PERFORMING, _A.COMPLETE_PERFORMANCE): _S.PERFORMED,
        (_S.PERFORMING, _A.MARK_NON_PERFORMANCE): _S.NON_PERFORMANCE,
        (_S.PERFORMING, _A.REMEDIATE): _S.IN_MEDIATION,
        (_S.NON_PERFORMANCE, _A.COMPLETE_PERFORMANCE): _S.PERFORMED,
        (_S.NON_PERFORMANCE, _A.CLOSE): _S.CLOSED,
        (_S.PERFORMED, _A.REMEDIATE): _S.IN_MEDIATION,
        (_S.PERFORMED, _A.CLOSE): _S.CLOSED,
        (_S.TERMINATED, _A.CLOSE): _S.CLOSED,
        (_S.CLOSED, _A.ARCHIVE): _S.ARCHIVED,
    }
)

_ALLOWED: Mapping[CaseStatus, tuple[CaseAction, ...]] = MappingProxyType(
    {s: tuple(a for a in CaseAction if (s, a) in TRANSITIONS) for s in CaseStatus}
)

# 《人民调解工作若干规定》第33条: the one-month target runs while the committee mediates.
MEDIATING_STATUSES: frozenset[CaseStatus] = frozenset({_S.ACCEPTED, _S.IN_MEDIATION})

_FINISHED: frozenset[CaseStatus] = frozenset({_S.CLOSED, _S.ARCHIVED})

# 《人民调解工作若干规定》第22条 (not admissible) and 人民调解法 第17条 (a party clearly refuses):
# the legal list, fixed by law, so not taken from the editable code table.
DECLINE_REASONS: tuple[str, ...] = ("reserved_to_organs", "already_handled", "party_refuses")
# 人民调解法 第32条 and domain.md §3 [S-5]: after urging fails the party may sue, or gives up.
NON_PERFORMANCE_CLOSE_REASONS: tuple[str, ...] = ("party_sued", "gave_up")
ESCALATED_CLOSE_REASONS: tuple[str, ...] = ("handled_elsewhere",)


def allowed_actions(status: CaseStatus) -> tuple[CaseAction, ...]:
    """Actions with a transition from ``status``, in CaseAction order."""
    return _ALLOWED[status]


def is_open(status: CaseStatus) -> bool:
    """A case that still needs work (declined and terminated cases still need closing)."""
    return status not in _FINISHED


def is_terminal(status: CaseStatus) -> bool:
    """The outcome is final: closed (结案) or archived; only archiving remains after closing."""
    return status in _FINISHED


def check_action(facts: CaseFacts, action: CaseAction, inp: ActionInput) -> CaseStatus:
    """The status ``action`` leads to; raises TransitionRefused when it is not allowed now."""
    return _check(facts, action, inp, dialog=False)


def action_options(facts: CaseFacts, today: date) -> list[ActionOption]:
    """Every action the table allows from the current status, judged on the facts alone.

    What the action's dialog supplies (reason, routes, receiving body, result, consent, host,
    notice) counts as given; only facts the dialog cannot change refuse an option.
    """
    probe = ActionInput(on_date=today)
    options: list[ActionOption] = []
    for action in allowed_actions(facts.status):
        try:
            target = _check(facts, action, probe, dialog=True)
        except TransitionRefused as refusal:
            options.append(ActionOption(action, None, refusal))
        else:
            options.append(ActionOption(action, target, None))
    return options


# --- internals ---------------------------------------------------------------------------

_Guard = Callable[[CaseFacts, ActionInput, bool], None]


def _check(facts: CaseFacts, action: CaseAction, inp: ActionInput, *, dialog: bool) -> CaseStatus:
    if facts.status == _S.ARCHIVED:
        # 人民调解法 第27条: the dossier is the record; once archived, corrections are addenda.
        raise TransitionRefused("case.archived_read_only", action=action.value)
    target = _target(facts, action)
    _check_date(facts, inp.on_date)
    guard = _GUARDS.get(action)
    if guard is not None:
        guard(facts, inp, dialog)
    return target


def _target(facts: CaseFacts, action: CaseAction) -> CaseStatus:
    target = TRANSITIONS.get((facts.status, action))
    if target is None:
        raise TransitionRefused(
            "transition.not_allowed",
            status=facts.status.value,
            action=action.value,
            allowed=[a.value for a in allowed_actions(facts.status)],
        )
    if action == _A.RETURN_FROM_ESCALATION and facts.accepted_on is None:
        # Never accepted: it has no presiding mediator and no consent record to mediate on.
        return _S.REGISTERED
    return target


def _check_date(facts: CaseFacts, on_date: date) -> None:
    # domain.md §11.3 date order: no step may predate the case or the step before it.
    earliest = facts.received_on
    if facts.last_event_on is not None and facts.last_event_on > earliest:
        earliest = facts.last_event_on
    if on_date < earliest:
        raise TransitionRefused(
            "transition.date_before",
            "on_date",
            on_date=on_date.isoformat(),
            earliest=earliest.isoformat(),
        )


def _has_text(value: str | None) -> bool:
    return value is not None and value.strip() != ""


def _require_reason(inp: ActionInput, dialog: bool, allowed: tuple[str, ...] | None) -> None:
    if dialog:
        return
    if not _has_text(inp.reason_code):
        raise TransitionRefused("transition.needs_reason", "reason_code")
    reason = (inp.reason_code or "").strip()
    if allowed is not None and reason not in allowed:
        raise TransitionRefused(
            "transition.reason_not_allowed", "reason_code", reason=reason, allowed=list(allowed)
        )


def _require_no_recusal(facts: CaseFacts) -> None:
    # 《人民调解工作若干规定》(2002) 第6条 and domain.md §3: on a recusal request the committee
    # decides (and replaces the presiding mediator) before mediation goes on.
    if facts.pending_recusal:
        raise TransitionRefused("transition.recusal_pending")


def _guard_accept(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # domain.md §3: after accepting, the committee appoints one presiding mediator (调解主持人).
    if not (facts.host_mediator_assigned or dialog or _has_text(inp.host_mediator_id)):
        raise TransitionRefused("transition.needs_host_mediator", "host_mediator_id")
    # 人民调解法 第17条: if one party clearly refuses, mediation must not proceed.
    if not (facts.parties_consented or dialog or inp.consent_of_all_parties):
        raise TransitionRefused("transition.needs_consent", "consent_of_all_parties")
    # A dispute (纠纷) needs another side; 人民调解法 第17条 speaks of the parties (当事人).
    if facts.party_count < 2:
        raise TransitionRefused("transition.needs_two_parties", party_count=facts.party_count)


def _guard_decline(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    _require_reason(inp, dialog, DECLINE_REASONS)


def _guard_start_mediation(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # 《人民调解工作若干规定》第30条: before mediating, tell the parties their rights and duties.
    if not (facts.rights_notice_given or dialog or inp.notice_given_to_all):
        raise TransitionRefused("transition.needs_rights_notice", "notice_given_to_all")
    _require_no_recusal(facts)


def _guard_reach_agreement(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # 人民调解法 第29条 (written: parties, mediator and committee seal) / 第30条 (oral).
    if not (facts.has_agreement and facts.agreement_effective):
        kind = facts.agreement_kind.value if facts.agreement_kind is not None else None
        raise TransitionRefused("transition.needs_effective_agreement", kind=kind)
    _require_no_recusal(facts)


def _guard_terminate(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # 人民调解法 第23条(二), 第26条: termination records why (failure, refusal, request).
    _require_reason(inp, dialog, None)
    # 人民调解法 第26条 (and 第3条): parties must be told of arbitration/administrative/judicial routes.
    if not (dialog or inp.advised_routes):
        raise TransitionRefused("transition.needs_advised_routes", "advised_routes")


def _guard_escalate(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # 人民调解法 第25条; 《人民调解工作若干规定》第21条: reported or handed to a named body.
    if not (dialog or _has_text(inp.to_body)):
        raise TransitionRefused("transition.needs_receiving_body", "to_body")


def _guard_start_performance(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # 人民调解法 第31条: performance is supervised item by item; nothing to supervise otherwise.
    if facts.open_performance_items <= 0:
        raise TransitionRefused("transition.no_open_performance_items")


def _guard_complete_performance(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    if facts.open_performance_items > 0:
        raise TransitionRefused(
            "transition.open_performance_items", count=facts.open_performance_items
        )


def _guard_mark_non_performance(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # 人民调解法 第31条: urging starts when an obligation is overdue, not before.
    if facts.overdue_performance_items <= 0:
        raise TransitionRefused("transition.no_overdue_items")


def _guard_remediate(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # domain.md §3 [S-5]: re-mediation of an unlawful or manifestly unfair agreement only with
    # both parties' consent; otherwise they are told to sue.
    if not (dialog or inp.consent_of_all_parties):
        raise TransitionRefused("transition.needs_all_party_consent", "consent_of_all_parties")
    _require_reason(inp, dialog, None)


def _guard_close(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    if facts.status == _S.PERFORMED:
        # domain.md §3 [S-5][S-29]: 回访 on performance before the case is closed (结案).
        if facts.followup_visits < 1:
            raise TransitionRefused("transition.needs_followup")
    elif facts.status == _S.NON_PERFORMANCE:
        _require_reason(inp, dialog, NON_PERFORMANCE_CLOSE_REASONS)
    elif facts.status == _S.ESCALATED:
        # domain.md §5.2: record the receiving body's result when it handled the case.
        _require_reason(inp, dialog, ESCALATED_CLOSE_REASONS)
        if not (dialog or _has_text(inp.result_text)):
            raise TransitionRefused("transition.needs_result", "result_text")


def _guard_archive(facts: CaseFacts, inp: ActionInput, dialog: bool) -> None:
    # 人民调解法 第27条: registration, records and agreement are filed (立卷归档) as one dossier.
    if not facts.dossier_complete:
        raise TransitionRefused("transition.dossier_incomplete")


_GUARDS: Mapping[CaseAction, _Guard] = MappingProxyType(
    {
        _A.ACCEPT: _guard_accept,
        _A.DECLINE: _guard_decline,
        _A.START_MEDIATION: _guard_start_mediation,
        _A.REACH_AGREEMENT: _guard_reach_agreement,
        _A.TERMINATE: _guard_terminate,
        _A.ESCALATE: _guard_escalate,
        _A.START_PERFORMANCE: _guard_start_performance,
        _A.COMPLETE_PERFORMANCE: _guard_complete_performance,
        _A.MARK_NON_PERFORMANCE: _guard_mark_non_performance,
        _A.REMEDIATE: _guard_remediate,
        _A.CLOSE: _guard_close,
        _A.ARCHIVE: _guard_archive,
    }
)
