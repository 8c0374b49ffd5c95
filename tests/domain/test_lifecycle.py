"""Tests of the case state machine (domain.md §5.2) and its guards."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain.enums import AgreementKind, CaseAction, CaseStatus
from mediation_desk.domain.errors import TransitionRefused
from mediation_desk.domain.lifecycle import (
    MEDIATING_STATUSES,
    TRANSITIONS,
    ActionInput,
    ActionOption,
    CaseFacts,
    action_options,
    allowed_actions,
    check_action,
    is_open,
    is_terminal,
)

S = CaseStatus
A = CaseAction
RECEIVED = date(2026, 3, 2)
DAY = date(2026, 3, 10)

# Written out independently of the module: domain.md §5.2 as given in the brief.
EXPECTED: dict[tuple[CaseStatus, CaseAction], CaseStatus] = {
    (S.REGISTERED, A.ACCEPT): S.ACCEPTED,
    (S.REGISTERED, A.DECLINE): S.DECLINED,
    (S.DECLINED, A.CLOSE): S.CLOSED,
    (S.ACCEPTED, A.START_MEDIATION): S.IN_MEDIATION,
    (S.ACCEPTED, A.TERMINATE): S.TERMINATED,
    (S.IN_MEDIATION, A.TERMINATE): S.TERMINATED,
    (S.IN_MEDIATION, A.REACH_AGREEMENT): S.AGREEMENT_REACHED,
    (S.REGISTERED, A.ESCALATE): S.ESCALATED,
    (S.ACCEPTED, A.ESCALATE): S.ESCALATED,
    (S.IN_MEDIATION, A.ESCALATE): S.ESCALATED,
    (S.ESCALATED, A.RETURN_FROM_ESCALATION): S.IN_MEDIATION,
    (S.ESCALATED, A.CLOSE): S.CLOSED,
    (S.AGREEMENT_REACHED, A.COMPLETE_PERFORMANCE): S.PERFORMED,
    (S.AGREEMENT_REACHED, A.START_PERFORMANCE): S.PERFORMING,
    (S.PERFORMING, A.COMPLETE_PERFORMANCE): S.PERFORMED,
    (S.PERFORMING, A.MARK_NON_PERFORMANCE): S.NON_PERFORMANCE,
    (S.NON_PERFORMANCE, A.COMPLETE_PERFORMANCE): S.PERFORMED,
    (S.NON_PERFORMANCE, A.CLOSE): S.CLOSED,
    (S.PERFORMING, A.REMEDIATE): S.IN_MEDIATION,
    (S.PERFORMED, A.REMEDIATE): S.IN_MEDIATION,
    (S.PERFORMED, A.CLOSE): S.CLOSED,
    (S.TERMINATED, A.CLOSE): S.CLOSED,
    (S.CLOSED, A.ARCHIVE): S.ARCHIVED,
}


def good_facts(status: CaseStatus, action: CaseAction | None = None) -> CaseFacts:
    """Facts satisfying every fact guard of ``action`` from ``status``."""
    items = 1 if action in (A.START_PERFORMANCE, A.MARK_NON_PERFORMANCE) else 0
    return CaseFacts(
        status=status,
        received_on=RECEIVED,
        accepted_on=date(2026, 3, 3),
        last_event_on=date(2026, 3, 5),
        host_mediator_assigned=True,
        parties_consented=True,
        party_count=2,
        rights_notice_given=True,
        has_agreement=True,
        agreement_kind=AgreementKind.WRITTEN,
        agreement_effective=True,
        open_performance_items=items,
        overdue_performance_items=1 if action == A.MARK_NON_PERFORMANCE else 0,
        followup_visits=1,
        dossier_complete=True,
    )


def good_input(status: CaseStatus, action: CaseAction, on_date: date = DAY) -> ActionInput:
    """Input satisfying every input guard of ``action`` from ``status``."""
    reason = {
        A.DECLINE: "reserved_to_organs",
        A.TERMINATE: "mediation_failed",
        A.REMEDIATE: "manifestly_unfair",
    }.get(action)
    if action == A.CLOSE:
        reason = {S.NON_PERFORMANCE: "party_sued", S.ESCALATED: "handled_elsewhere"}.get(status)
    return ActionInput(
        on_date=on_date,
        reason_code=reason,
        advised_routes=("litigation",),
        consent_of_all_parties=True,
        host_mediator_id="m-1",
        notice_given_to_all=True,
        to_body="township_sfs",
        result_text="已由司法所调解结案",
    )


def allowed_values(status: CaseStatus) -> list[str]:
    return [a.value for a in CaseAction if (status, a) in EXPECTED]


def refusal(facts: CaseFacts, action: CaseAction, inp: ActionInput) -> TransitionRefused:
    with pytest.raises(TransitionRefused) as info:
        check_action(facts, action, inp)
    return info.value


# --- the table ---------------------------------------------------------------------------


def test_table_is_exactly_the_design() -> None:
    assert dict(TRANSITIONS) == EXPECTED


def test_dimensions() -> None:
    assert len(CaseStatus) == 12
    assert len(CaseAction) == 13


@pytest.mark.parametrize(
    ("status", "action"),
    [(s, a) for s in CaseStatus for a in CaseAction],
    ids=lambda v: v.value,
)
def test_every_pair(status: CaseStatus, action: CaseAction) -> None:
    facts = good_facts(status, action)
    inp = good_input(status, action)
    if status == S.ARCHIVED:
        err = refusal(facts, action, inp)
        assert err.code == "case.archived_read_only"
        assert err.params == {"action": action.value}
    elif (status, action) in EXPECTED:
        assert check_action(facts, action, inp) == EXPECTED[(status, action)]
    else:
        err = refusal(facts, action, inp)
        assert err.code == "transition.not_allowed"
        assert err.field is None
        assert err.params == {
            "status": status.value,
            "action": action.value,
            "allowed": allowed_values(status),
        }


def test_return_from_escalation_before_acceptance_goes_back_to_registered() -> None:
    facts = replace(good_facts(S.ESCALATED), accepted_on=None, escalated_from=S.REGISTERED)
    inp = good_input(S.ESCALATED, A.RETURN_FROM_ESCALATION)
    assert check_action(facts, A.RETURN_FROM_ESCALATION, inp) == S.REGISTERED


def test_allowed_actions_and_status_sets() -> None:
    for status in CaseStatus:
        assert [a.value for a in allowed_actions(status)] == allowed_values(status)
    assert allowed_actions(S.ARCHIVED) == ()
    assert {S.ACCEPTED, S.IN_MEDIATION} == MEDIATING_STATUSES
    for status in CaseStatus:
        finished = status in (S.CLOSED, S.ARCHIVED)
        assert is_terminal(status) is finished
        assert is_open(status) is not finished


# --- guards: refused, then passing with the one fact or input fixed ----------------------

GuardCase = tuple[str, CaseStatus, CaseAction, dict[str, Any], dict[str, Any], str, dict[str, Any]]

# (id, status, action, broken facts/input, fix, code, params). Keys of the broken/fix dicts
# starting with "inp." change the input, the others change the facts.
# fmt: off
GUARDS: list[GuardCase] = [
    ("date_before_received", S.REGISTERED, A.ACCEPT,
     {"last_event_on": None, "inp.on_date": date(2026, 3, 1)}, {"inp.on_date": RECEIVED},
     "transition.date_before", {"on_date": "2026-03-01", "earliest": "2026-03-02"}),
    ("date_before_last_event", S.IN_MEDIATION, A.TERMINATE,
     {"inp.on_date": date(2026, 3, 4)}, {"inp.on_date": date(2026, 3, 5)},
     "transition.date_before", {"on_date": "2026-03-04", "earliest": "2026-03-05"}),
    ("needs_host_mediator", S.REGISTERED, A.ACCEPT,
     {"host_mediator_assigned": False, "inp.host_mediator_id": None},
     {"inp.host_mediator_id": "m-7"}, "transition.needs_host_mediator", {}),
    ("host_blank", S.REGISTERED, A.ACCEPT,
     {"host_mediator_assigned": False, "inp.host_mediator_id": "  "},
     {"host_mediator_assigned": True}, "transition.needs_host_mediator", {}),
    ("needs_consent", S.REGISTERED, A.ACCEPT,
     {"parties_consented": False, "inp.consent_of_all_parties": False},
     {"inp.consent_of_all_parties": True}, "transition.needs_consent", {}),
    ("consent_on_file", S.REGISTERED, A.ACCEPT,
     {"parties_consented": False, "inp.consent_of_all_parties": False},
     {"parties_consented": True}, "transition.needs_consent", {}),
    ("needs_two_parties", S.REGISTERED, A.ACCEPT, {"party_count": 1}, {"party_count": 2},
     "transition.needs_two_parties", {"party_count": 1}),
    ("decline_needs_reason", S.REGISTERED, A.DECLINE, {"inp.reason_code": None},
     {"inp.reason_code": "party_refuses"}, "transition.needs_reason", {}),
    ("decline_reason_not_allowed", S.REGISTERED, A.DECLINE, {"inp.reason_code": "too_busy"},
     {"inp.reason_code": "already_handled"}, "transition.reason_not_allowed",
     {"reason": "too_busy",
      "allowed": ["reserved_to_organs", "already_handled", "party_refuses"]}),
    ("needs_rights_notice", S.ACCEPTED, A.START_MEDIATION,
     {"rights_notice_given": False, "inp.notice_given_to_all": False},
     {"inp.notice_given_to_all": True}, "transition.needs_rights_notice", {}),
    ("start_recusal_pending", S.ACCEPTED, A.START_MEDIATION, {"pending_recusal": True},
     {"pending_recusal": False}, "transition.recusal_pending", {}),
    ("no_agreement", S.IN_MEDIATION, A.REACH_AGREEMENT,
     {"has_agreement": False, "agreement_kind": None, "agreement_effective": False},
     {"has_agreement": True, "agreement_effective": True},
     "transition.needs_effective_agreement", {"kind": None}),
    ("agreement_not_effective", S.IN_MEDIATION, A.REACH_AGREEMENT,
     {"agreement_effective": False}, {"agreement_effective": True},
     "transition.needs_effective_agreement", {"kind": "written"}),
    ("agreement_recusal_pending", S.IN_MEDIATION, A.REACH_AGREEMENT, {"pending_recusal": True},
     {"pending_recusal": False}, "transition.recusal_pending", {}),
    ("terminate_needs_reason", S.ACCEPTED, A.TERMINATE, {"inp.reason_code": ""},
     {"inp.reason_code": "party_requests_stop"}, "transition.needs_reason", {}),
    ("needs_advised_routes", S.IN_MEDIATION, A.TERMINATE, {"inp.advised_routes": ()},
     {"inp.advised_routes": ("arbitration", "litigation")},
     "transition.needs_advised_routes", {}),
    ("needs_receiving_body", S.IN_MEDIATION, A.ESCALATE, {"inp.to_body": None},
     {"inp.to_body": "police_post"}, "transition.needs_receiving_body", {}),
    ("no_open_performance_items", S.AGREEMENT_REACHED, A.START_PERFORMANCE,
     {"open_performance_items": 0}, {"open_performance_items": 2},
     "transition.no_open_performance_items", {}),
    ("open_items_from_agreement", S.AGREEMENT_REACHED, A.COMPLETE_PERFORMANCE,
     {"open_performance_items": 2}, {"open_performance_items": 0},
     "transition.open_performance_items", {"count": 2}),
    ("open_items_from_performing", S.PERFORMING, A.COMPLETE_PERFORMANCE,
     {"open_performance_items": 1}, {"open_performance_items": 0},
     "transition.open_performance_items", {"count": 1}),
    ("open_items_from_non_performance", S.NON_PERFORMANCE, A.COMPLETE_PERFORMANCE,
     {"open_performance_items": 3}, {"open_performance_items": 0},
     "transition.open_performance_items", {"count": 3}),
    ("no_overdue_items", S.PERFORMING, A.MARK_NON_PERFORMANCE,
     {"overdue_performance_items": 0}, {"overdue_performance_items": 1},
     "transition.no_overdue_items", {}),
    ("needs_all_party_consent", S.PERFORMED, A.REMEDIATE,
     {"inp.consent_of_all_parties": False}, {"inp.consent_of_all_parties": True},
     "transition.needs_all_party_consent", {}),
    ("remediate_needs_reason", S.PERFORMING, A.REMEDIATE, {"inp.reason_code": None},
     {"inp.reason_code": "unlawful"}, "transition.needs_reason", {}),
    ("needs_followup", S.PERFORMED, A.CLOSE, {"followup_visits": 0}, {"followup_visits": 1},
     "transition.needs_followup", {}),
    ("non_performance_close_needs_reason", S.NON_PERFORMANCE, A.CLOSE,
     {"inp.reason_code": None}, {"inp.reason_code": "gave_up"}, "transition.needs_reason", {}),
    ("non_performance_close_reason_not_allowed", S.NON_PERFORMANCE, A.CLOSE,
     {"inp.reason_code": "handled_elsewhere"}, {"inp.reason_code": "party_sued"},
     "transition.reason_not_allowed",
     {"reason": "handled_elsewhere", "allowed": ["party_sued", "gave_up"]}),
    ("escalated_close_needs_reason", S.ESCALATED, A.CLOSE, {"inp.reason_code": None},
     {"inp.reason_code": "handled_elsewhere"}, "transition.needs_reason", {}),
    ("escalated_close_reason_not_allowed", S.ESCALATED, A.CLOSE,
     {"inp.reason_code": "gave_up"}, {"inp.reason_code": "handled_elsewhere"},
     "transition.reason_not_allowed", {"reason": "gave_up", "allowed": ["handled_elsewhere"]}),
    ("needs_result", S.ESCALATED, A.CLOSE, {"inp.result_text": " "},
     {"inp.result_text": "乡调委会调解成功"}, "transition.needs_result", {}),
    ("dossier_incomplete", S.CLOSED, A.ARCHIVE, {"dossier_complete": False},
     {"dossier_complete": True}, "transition.dossier_incomplete", {}),
]
# fmt: on

FIELDS = {
    "transition.date_before": "on_date",
    "transition.needs_host_mediator": "host_mediator_id",
    "transition.needs_consent": "consent_of_all_parties",
    "transition.needs_reason": "reason_code",
    "transition.reason_not_allowed": "reason_code",
    "transition.needs_rights_notice": "notice_given_to_all",
    "transition.needs_advised_routes": "advised_routes",
    "transition.needs_receiving_body": "to_body",
    "transition.needs_all_party_consent": "consent_of_all_parties",
    "transition.needs_result": "result_text",
}


def apply(
    facts: CaseFacts, inp: ActionInput, changes: dict[str, Any]
) -> tuple[CaseFacts, ActionInput]:
    fact_changes = {k: v for k, v in changes.items() if not k.startswith("inp.")}
    inp_changes = {k[4:]: v for k, v in changes.items() if k.startswith("inp.")}
    return replace(facts, **fact_changes), replace(inp, **inp_changes)


@pytest.mark.parametrize(
    ("status", "action", "broken", "fix", "code", "params"),
    [g[1:] for g in GUARDS],
    ids=[g[0] for g in GUARDS],
)
def test_guard(
    status: CaseStatus,
    action: CaseAction,
    broken: dict[str, Any],
    fix: dict[str, Any],
    code: str,
    params: dict[str, Any],
) -> None:
    facts, inp = apply(good_facts(status, action), good_input(status, action), broken)
    err = refusal(facts, action, inp)
    assert err.code == code
    assert err.params == params
    assert err.field == FIELDS.get(code)
    fixed_facts, fixed_inp = apply(facts, inp, fix)
    assert check_action(fixed_facts, action, fixed_inp) == EXPECTED[(status, action)]


def test_every_refusal_code_is_covered() -> None:
    codes = {g[5] for g in GUARDS}
    assert codes == {
        "transition.date_before",
        "transition.needs_host_mediator",
        "transition.needs_consent",
        "transition.needs_two_parties",
        "transition.needs_reason",
        "transition.reason_not_allowed",
        "transition.needs_rights_notice",
        "transition.recusal_pending",
        "transition.needs_effective_agreement",
        "transition.needs_advised_routes",
        "transition.needs_receiving_body",
        "transition.no_open_performance_items",
        "transition.open_performance_items",
        "transition.no_overdue_items",
        "transition.needs_all_party_consent",
        "transition.needs_followup",
        "transition.needs_result",
        "transition.dossier_incomplete",
    }


def test_same_day_as_last_event_is_allowed() -> None:
    facts = good_facts(S.IN_MEDIATION)
    inp = good_input(S.IN_MEDIATION, A.REACH_AGREEMENT, on_date=date(2026, 3, 5))
    assert check_action(facts, A.REACH_AGREEMENT, inp) == S.AGREEMENT_REACHED


def test_future_dates_are_not_checked_here() -> None:
    inp = good_input(S.REGISTERED, A.ACCEPT, on_date=date(2099, 1, 1))
    assert check_action(good_facts(S.REGISTERED), A.ACCEPT, inp) == S.ACCEPTED


def test_not_allowed_comes_before_date_and_guards() -> None:
    facts = replace(good_facts(S.REGISTERED), party_count=0)
    err = refusal(facts, A.ARCHIVE, ActionInput(on_date=date(2000, 1, 1)))
    assert err.code == "transition.not_allowed"


def test_oral_agreement_kind_reported() -> None:
    facts = replace(
        good_facts(S.IN_MEDIATION), agreement_kind=AgreementKind.ORAL, agreement_effective=False
    )
    err = refusal(facts, A.REACH_AGREEMENT, good_input(S.IN_MEDIATION, A.REACH_AGREEMENT))
    assert err.params == {"kind": "oral"}


def test_close_from_declined_and_terminated_has_no_extra_guard() -> None:
    for status in (S.DECLINED, S.TERMINATED):
        facts = replace(good_facts(status), followup_visits=0, dossier_complete=False)
        assert check_action(facts, A.CLOSE, ActionInput(on_date=DAY)) == S.CLOSED


# --- action_options ----------------------------------------------------------------------


def options_by_action(opts: list[ActionOption]) -> dict[CaseAction, ActionOption]:
    return {o.action: o for o in opts}


def test_options_fresh_registered_case() -> None:
    facts = CaseFacts(status=S.REGISTERED, received_on=RECEIVED, party_count=2)
    opts = action_options(facts, DAY)
    assert [o.action for o in opts] == [A.ACCEPT, A.DECLINE, A.ESCALATE]
    # Host, consent, reason and receiving body are all asked for in the dialogs.
    assert all(o.enabled for o in opts)
    by = options_by_action(opts)
    assert by[A.ACCEPT].target == S.ACCEPTED
    assert by[A.DECLINE].target == S.DECLINED
    assert by[A.ESCALATE].target == S.ESCALATED


def test_options_registered_case_with_one_party() -> None:
    facts = CaseFacts(status=S.REGISTERED, received_on=RECEIVED, party_count=1)
    by = options_by_action(action_options(facts, DAY))
    accept = by[A.ACCEPT]
    assert not accept.enabled
    assert accept.target is None
    assert accept.refusal is not None
    assert accept.refusal.code == "transition.needs_two_parties"
    assert by[A.DECLINE].enabled


def test_options_in_mediation_with_pending_recusal() -> None:
    facts = replace(good_facts(S.IN_MEDIATION), pending_recusal=True)
    by = options_by_action(action_options(facts, DAY))
    assert list(by) == [A.REACH_AGREEMENT, A.TERMINATE, A.ESCALATE]
    agreement = by[A.REACH_AGREEMENT].refusal
    assert agreement is not None
    assert agreement.code == "transition.recusal_pending"
    # A party may still ask to stop (人民调解法 第23条), and escalation stays open.
    assert by[A.TERMINATE].target == S.TERMINATED
    assert by[A.ESCALATE].target == S.ESCALATED


def test_options_performing_with_open_items() -> None:
    facts = replace(good_facts(S.PERFORMING), open_performance_items=2, overdue_performance_items=0)
    by = options_by_action(action_options(facts, DAY))
    assert list(by) == [A.COMPLETE_PERFORMANCE, A.MARK_NON_PERFORMANCE, A.REMEDIATE]
    complete = by[A.COMPLETE_PERFORMANCE].refusal
    assert complete is not None
    assert complete.code == "transition.open_performance_items"
    assert complete.params == {"count": 2}
    overdue = by[A.MARK_NON_PERFORMANCE].refusal
    assert overdue is not None
    assert overdue.code == "transition.no_overdue_items"
    # Consent and reason for re-mediation come from the dialog.
    assert by[A.REMEDIATE].target == S.IN_MEDIATION


def test_options_refuse_on_date_order() -> None:
    facts = good_facts(S.CLOSED)
    (archive,) = action_options(facts, date(2026, 3, 4))
    assert archive.refusal is not None
    assert archive.refusal.code == "transition.date_before"


def test_options_of_archived_case_are_empty() -> None:
    assert action_options(good_facts(S.ARCHIVED), DAY) == []


# --- properties --------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    choices=st.lists(st.integers(min_value=0, max_value=99), max_size=40),
    gaps=st.lists(st.integers(min_value=0, max_value=40), min_size=40, max_size=40),
)
def test_random_walks_stay_in_the_machine(choices: list[int], gaps: list[int]) -> None:
    facts = CaseFacts(status=S.REGISTERED, received_on=RECEIVED)
    on_date = RECEIVED
    for choice, gap in zip(choices, gaps, strict=False):
        status = facts.status
        if status == S.ARCHIVED:
            for action in CaseAction:
                err = refusal(facts, action, good_input(status, action, on_date))
                assert err.code == "case.archived_read_only"
            break
        actions = allowed_actions(status)
        assert actions, f"{status} has no way out"
        action = actions[choice % len(actions)]
        on_date = on_date + timedelta(days=gap)
        ready = replace(
            good_facts(status, action),
            accepted_on=facts.accepted_on,
            last_event_on=facts.last_event_on,
        )
        target = check_action(ready, action, good_input(status, action, on_date))
        assert target in CaseStatus
        assert target == EXPECTED[(status, action)] or (
            action == A.RETURN_FROM_ESCALATION and target == S.REGISTERED
        )
        facts = replace(
            facts,
            status=target,
            last_event_on=on_date,
            accepted_on=on_date if action == A.ACCEPT else facts.accepted_on,
        )


_facts = st.builds(
    CaseFacts,
    status=st.sampled_from(CaseStatus),
    received_on=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    accepted_on=st.none() | st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    last_event_on=st.none() | st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    party_count=st.integers(0, 4),
    open_performance_items=st.integers(0, 3),
    overdue_performance_items=st.integers(0, 3),
    followup_visits=st.integers(0, 2),
    agreement_kind=st.none() | st.sampled_from(AgreementKind),
)
_inputs = st.builds(
    ActionInput,
    on_date=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    reason_code=st.none() | st.sampled_from(["party_sued", "handled_elsewhere", "x", ""]),
    advised_routes=st.sampled_from([(), ("litigation",)]),
    to_body=st.none() | st.just("township"),
    result_text=st.none() | st.just("done"),
    host_mediator_id=st.none() | st.just("m-1"),
)


@settings(max_examples=300, deadline=None)
@given(facts=_facts, action=st.sampled_from(CaseAction), inp=_inputs)
def test_check_only_refuses_and_options_agree(
    facts: CaseFacts, action: CaseAction, inp: ActionInput
) -> None:
    try:
        target = check_action(facts, action, inp)
    except TransitionRefused as err:
        assert err.code.startswith(("transition.", "case."))
        return
    assert target in CaseStatus
    # Whatever succeeds with a full input must be offered as enabled on the same day.
    by = options_by_action(action_options(facts, inp.on_date))
    assert by[action].enabled
    assert by[action].target == target


def test_full_life_from_registration_to_archive() -> None:
    path = [
        (A.ACCEPT, S.ACCEPTED),
        (A.START_MEDIATION, S.IN_MEDIATION),
        (A.REACH_AGREEMENT, S.AGREEMENT_REACHED),
        (A.START_PERFORMANCE, S.PERFORMING),
        (A.MARK_NON_PERFORMANCE, S.NON_PERFORMANCE),
        (A.COMPLETE_PERFORMANCE, S.PERFORMED),
        (A.CLOSE, S.CLOSED),
        (A.ARCHIVE, S.ARCHIVED),
    ]
    status = S.REGISTERED
    for action, expected in path:
        status = check_action(good_facts(status, action), action, good_input(status, action))
        assert status == expected
