"""Tests of period arithmetic and case deadlines (domain.md §5.3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mediation_desk.domain.deadlines import (
    Deadline,
    DeadlineFacts,
    DeadlineKind,
    DeadlineState,
    PerformanceFact,
    add_days,
    add_months,
    case_deadlines,
    confirmation_window_end,
    deadline_state,
    extend_due,
    follow_up_due,
    is_overdue,
    major_report_due,
    mediation_due_on,
)
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.errors import DomainError

S = CaseStatus
K = DeadlineKind
D = DeadlineState


def kinds(deadlines: list[Deadline]) -> list[DeadlineKind]:
    return [d.kind for d in deadlines]


# --- period arithmetic (民法典 第201、202条) ------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2028, 1, 29), 1, date(2028, 2, 29)),
        (date(2026, 3, 15), 1, date(2026, 4, 15)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2026, 2, 28), 1, date(2026, 3, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2026, 1, 31), 13, date(2027, 2, 28)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_days_does_not_count_the_first_day() -> None:
    assert add_days(date(2026, 3, 1), 1) == date(2026, 3, 2)
    assert add_days(date(2026, 12, 30), 3) == date(2027, 1, 2)


def test_mediation_due_is_one_month() -> None:
    assert mediation_due_on(date(2026, 1, 31)) == date(2026, 2, 28)
    assert mediation_due_on(date(2026, 3, 15)) == date(2026, 4, 15)
    assert mediation_due_on(date(2026, 12, 20)) == date(2027, 1, 20)


def test_confirmation_window_is_30_days() -> None:
    assert confirmation_window_end(date(2026, 3, 1)) == date(2026, 3, 31)
    assert confirmation_window_end(date(2026, 2, 10)) == date(2026, 3, 12)


def test_major_report_is_2_days() -> None:
    assert major_report_due(date(2026, 3, 30)) == date(2026, 4, 1)


def test_follow_up_due_defaults_and_precedence() -> None:
    assert follow_up_due(
        last_performance_due=date(2026, 4, 1), effective_on=date(2026, 3, 1), terminated_on=None
    ) == date(2026, 4, 16)
    assert follow_up_due(
        last_performance_due=None, effective_on=date(2026, 3, 1), terminated_on=None
    ) == date(2026, 3, 31)
    assert follow_up_due(
        last_performance_due=date(2026, 4, 1),
        effective_on=date(2026, 3, 1),
        terminated_on=date(2026, 5, 1),
    ) == date(2026, 5, 31)
    assert follow_up_due(
        last_performance_due=date(2026, 4, 1),
        effective_on=None,
        terminated_on=None,
        follow_up_days_after_performance=7,
    ) == date(2026, 4, 8)
    assert follow_up_due(
        last_performance_due=None,
        effective_on=date(2026, 3, 1),
        terminated_on=None,
        follow_up_days_after_immediate=10,
    ) == date(2026, 3, 11)
    assert follow_up_due(last_performance_due=None, effective_on=None, terminated_on=None) is None


# --- extension ---------------------------------------------------------------------------


def test_extension_needs_consent() -> None:
    with pytest.raises(DomainError) as info:
        extend_due(date(2026, 4, 15), date(2026, 5, 15), consent_recorded=False)
    assert info.value.code == "extension.needs_consent"
    assert info.value.field == "consent"


@pytest.mark.parametrize("new_due", [date(2026, 4, 15), date(2026, 4, 1)])
def test_extension_must_be_later(new_due: date) -> None:
    with pytest.raises(DomainError) as info:
        extend_due(date(2026, 4, 15), new_due, consent_recorded=True)
    assert info.value.code == "extension.not_later"
    assert info.value.field == "new_due"
    assert info.value.params == {"current_due": "2026-04-15", "new_due": new_due.isoformat()}


def test_extension_granted() -> None:
    assert extend_due(date(2026, 4, 15), date(2026, 4, 16), consent_recorded=True) == date(
        2026, 4, 16
    )


# --- states ------------------------------------------------------------------------------

DUE = date(2026, 4, 15)


@pytest.mark.parametrize(
    ("today", "state", "days_left"),
    [
        (date(2026, 4, 11), D.UPCOMING, 4),
        (date(2026, 4, 12), D.DUE_SOON, 3),
        (date(2026, 4, 14), D.DUE_SOON, 1),
        (date(2026, 4, 15), D.DUE_TODAY, 0),
        (date(2026, 4, 16), D.OVERDUE, -1),
        (date(2026, 6, 1), D.OVERDUE, -47),
    ],
)
def test_state_boundaries(today: date, state: DeadlineState, days_left: int) -> None:
    facts = DeadlineFacts(status=S.IN_MEDIATION, accepted_on=date(2026, 3, 15))
    (deadline,) = case_deadlines(facts, today)
    assert deadline == Deadline(K.MEDIATION_DUE, DUE, state, days_left)
    assert is_overdue(facts, today) is (state == D.OVERDUE)


def test_soon_days_is_configurable() -> None:
    facts = DeadlineFacts(status=S.ACCEPTED, accepted_on=date(2026, 3, 15))
    (deadline,) = case_deadlines(facts, date(2026, 4, 8), soon_days=7)
    assert deadline.state == D.DUE_SOON
    (deadline,) = case_deadlines(facts, date(2026, 4, 14), soon_days=0)
    assert deadline.state == D.UPCOMING


def test_deadline_state_met() -> None:
    assert deadline_state(DUE, date(2026, 5, 1), met=True) == D.MET
    assert deadline_state(DUE, date(2026, 5, 1)) == D.OVERDUE


# --- each kind appears and disappears ----------------------------------------------------

TODAY = date(2026, 4, 1)


@pytest.mark.parametrize("status", list(CaseStatus))
def test_mediation_due_only_while_mediating(status: CaseStatus) -> None:
    facts = DeadlineFacts(status=status, accepted_on=date(2026, 3, 15))
    shown = K.MEDIATION_DUE in kinds(case_deadlines(facts, TODAY))
    assert shown is (status in (S.ACCEPTED, S.IN_MEDIATION))


def test_escalation_pauses_mediation_due() -> None:
    facts = DeadlineFacts(status=S.ESCALATED, accepted_on=date(2026, 1, 5))
    assert case_deadlines(facts, TODAY) == []
    assert not is_overdue(facts, TODAY)
    back = replace(facts, status=S.IN_MEDIATION)
    assert is_overdue(back, TODAY)


def test_mediation_due_uses_extension() -> None:
    facts = DeadlineFacts(
        status=S.IN_MEDIATION, accepted_on=date(2026, 2, 1), due_on_override=date(2026, 4, 20)
    )
    (deadline,) = case_deadlines(facts, TODAY)
    assert deadline.due_on == date(2026, 4, 20)
    assert not is_overdue(facts, TODAY)
    assert is_overdue(replace(facts, due_on_override=None), TODAY)


def test_mediation_due_needs_a_date() -> None:
    assert case_deadlines(DeadlineFacts(status=S.ACCEPTED), TODAY) == []


def _agreed(**changes: object) -> DeadlineFacts:
    facts = DeadlineFacts(status=S.AGREEMENT_REACHED, agreement_effective_on=date(2026, 3, 20))
    return replace(facts, **changes)


def test_confirmation_window_shown_until_its_last_day() -> None:
    facts = _agreed()
    (deadline,) = case_deadlines(facts, date(2026, 4, 19))
    assert deadline.kind == K.CONFIRMATION_WINDOW
    assert deadline.due_on == date(2026, 4, 19)
    assert deadline.state == D.DUE_TODAY
    # The window is lost the next day: nothing left to do, so nothing shown, never overdue.
    assert case_deadlines(facts, date(2026, 4, 20)) == []
    assert not is_overdue(facts, date(2026, 4, 20))


@pytest.mark.parametrize(
    "changes",
    [
        {"confirmation_applied_on": date(2026, 3, 25)},
        {"confirmation_wanted": False},
        {"agreement_effective_on": None},
        {"status": S.CLOSED},
        {"status": S.ARCHIVED},
        {"status": S.IN_MEDIATION},
    ],
)
def test_confirmation_window_hidden(changes: dict[str, object]) -> None:
    assert K.CONFIRMATION_WINDOW not in kinds(case_deadlines(_agreed(**changes), TODAY))


@pytest.mark.parametrize("status", [S.AGREEMENT_REACHED, S.PERFORMING, S.NON_PERFORMANCE])
def test_confirmation_window_with_standing_agreement(status: CaseStatus) -> None:
    assert K.CONFIRMATION_WINDOW in kinds(case_deadlines(_agreed(status=status), TODAY))


def test_major_report_stays_overdue_until_reported() -> None:
    facts = DeadlineFacts(
        status=S.IN_MEDIATION,
        accepted_on=date(2026, 3, 25),
        is_major=True,
        major_flagged_on=date(2026, 3, 26),
    )
    on_time = case_deadlines(facts, date(2026, 3, 27))
    assert on_time[0] == Deadline(K.MAJOR_REPORT, date(2026, 3, 28), D.DUE_SOON, 1)
    late = case_deadlines(facts, date(2026, 5, 10))
    assert K.MAJOR_REPORT in kinds(late)
    closed = replace(facts, status=S.CLOSED)
    assert kinds(case_deadlines(closed, date(2026, 9, 1))) == [K.MAJOR_REPORT]
    assert is_overdue(closed, date(2026, 9, 1))
    reported = replace(closed, major_reported_on=date(2026, 3, 27))
    assert case_deadlines(reported, date(2026, 9, 1)) == []
    assert case_deadlines(replace(closed, is_major=False), date(2026, 9, 1)) == []
    assert case_deadlines(replace(closed, status=S.ARCHIVED), date(2026, 9, 1)) == []


def test_performance_items() -> None:
    facts = DeadlineFacts(
        status=S.PERFORMING,
        agreement_effective_on=date(2026, 3, 1),
        confirmation_wanted=False,
        performance=(
            PerformanceFact("i-2", date(2026, 4, 10), done=False),
            PerformanceFact("i-1", date(2026, 3, 20), done=False),
            PerformanceFact("i-3", date(2026, 3, 25), done=True),
            PerformanceFact("i-4", None, done=False),
        ),
    )
    found = case_deadlines(facts, TODAY)
    assert [(d.kind, d.ref_id, d.state) for d in found] == [
        (K.PERFORMANCE_ITEM, "i-1", D.OVERDUE),
        (K.PERFORMANCE_ITEM, "i-2", D.UPCOMING),
    ]
    assert is_overdue(facts, TODAY)
    # Closed after the party sued: the committee no longer supervises performance.
    assert case_deadlines(replace(facts, status=S.CLOSED), TODAY) == []


def test_follow_up_after_performance() -> None:
    facts = DeadlineFacts(
        status=S.PERFORMED,
        agreement_effective_on=date(2026, 3, 1),
        confirmation_wanted=False,
        performance=(
            PerformanceFact("i-1", date(2026, 3, 10), done=True),
            PerformanceFact("i-2", date(2026, 3, 20), done=True),
        ),
    )
    (deadline,) = case_deadlines(facts, TODAY)
    assert (deadline.kind, deadline.due_on) == (K.FOLLOW_UP, date(2026, 4, 4))
    assert case_deadlines(replace(facts, followup_visits=1), TODAY) == []
    assert case_deadlines(replace(facts, status=S.CLOSED), TODAY) == []


def test_follow_up_after_immediate_performance() -> None:
    facts = DeadlineFacts(
        status=S.PERFORMED, agreement_effective_on=date(2026, 3, 10), confirmation_wanted=False
    )
    (deadline,) = case_deadlines(facts, TODAY)
    assert (deadline.kind, deadline.due_on) == (K.FOLLOW_UP, date(2026, 4, 9))


def test_follow_up_after_termination() -> None:
    facts = DeadlineFacts(
        status=S.TERMINATED, accepted_on=date(2026, 3, 1), terminated_on=date(2026, 3, 20)
    )
    (deadline,) = case_deadlines(facts, TODAY)
    assert (deadline.kind, deadline.due_on) == (K.FOLLOW_UP, date(2026, 4, 19))
    assert case_deadlines(replace(facts, terminated_on=None), TODAY) == []
    assert case_deadlines(replace(facts, followup_visits=2), TODAY) == []


def test_nothing_for_closed_or_registered_cases() -> None:
    for status in (S.REGISTERED, S.DECLINED, S.CLOSED, S.ARCHIVED):
        facts = DeadlineFacts(
            status=status, accepted_on=date(2026, 1, 1), terminated_on=date(2026, 1, 2)
        )
        assert case_deadlines(facts, TODAY) == []


def test_soonest_first() -> None:
    facts = DeadlineFacts(
        status=S.PERFORMING,
        agreement_effective_on=date(2026, 3, 20),
        is_major=True,
        major_flagged_on=date(2026, 3, 29),
        performance=(
            PerformanceFact("b", date(2026, 4, 30), done=False),
            PerformanceFact("a", date(2026, 4, 30), done=False),
            PerformanceFact("c", date(2026, 3, 31), done=False),
        ),
    )
    found = case_deadlines(facts, TODAY)
    # Same day: ties go by kind (report before item), then by item id.
    assert [(d.kind, d.due_on, d.ref_id) for d in found] == [
        (K.MAJOR_REPORT, date(2026, 3, 31), None),
        (K.PERFORMANCE_ITEM, date(2026, 3, 31), "c"),
        (K.CONFIRMATION_WINDOW, date(2026, 4, 19), None),
        (K.PERFORMANCE_ITEM, date(2026, 4, 30), "a"),
        (K.PERFORMANCE_ITEM, date(2026, 4, 30), "b"),
    ]
    assert [d.due_on for d in found] == sorted(d.due_on for d in found)
    assert all(d.state != D.MET for d in found)
