"""How a case counts in the statistics: one outcome per case, and the tests behind every
figure (the same test makes the figure and lists the cases behind it).

The counting rule (docs/statistics.md): **a case is counted once, in the period in which it
was registered (登记), with the outcome it has on the day the report is made.** So months add
up to their quarter and year, villages add up to the township, every rate stays within 100 %,
and a re-mediated case counts only with its latest outcome, never twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_desk.domain.deadlines import major_report_due, mediation_due_on
from mediation_desk.domain.enums import CaseStatus

_S = CaseStatus


class Outcome(StrEnum):
    AWAITING = "awaiting"  # 待受理: registered, not yet accepted or declined
    DECLINED = "declined"  # 不予受理
    TRANSFERRED = "transferred"  # 移交/上报 to another body, still there or closed there
    WRITTEN = "written"  # 调解成功, 书面协议
    ORAL = "oral"  # 调解成功, 口头协议
    TERMINATED = "terminated"  # 调解不成 (终止)
    IN_PROGRESS = "in_progress"  # 在调: accepted, no outcome yet (also after re-mediation)


SUCCESS = frozenset({Outcome.WRITTEN, Outcome.ORAL})
DISPOSED = frozenset({Outcome.DECLINED, Outcome.TRANSFERRED, Outcome.WRITTEN, Outcome.ORAL,
                      Outcome.TERMINATED})
_AGREEMENT_PHASE = frozenset({_S.AGREEMENT_REACHED, _S.PERFORMING, _S.PERFORMED,
                              _S.NON_PERFORMANCE, _S.CLOSED, _S.ARCHIVED})
_AFTER_TRANSFER = frozenset({_S.ESCALATED, _S.CLOSED, _S.ARCHIVED})


@dataclass(frozen=True, slots=True)
class CaseStatFacts:
    """What the statistics need of one case (the store builds these in a few queries)."""

    case_id: str
    station_id: str
    category: str
    sub_category: str
    source_bucket: str  # "self" | "applied" | "referred" (the code table's group)
    status: CaseStatus
    received_on: date
    accepted_on: date | None
    declined_on: date | None
    terminated_on: date | None
    escalated_from: str | None
    prevented_outcome: str | None
    prevented_persons: int
    performed_on: date | None
    is_major: bool
    major_flagged_on: date | None
    agreement_kind: str | None  # the agreement in force (not voided by re-mediation)
    agreement_on: date | None
    amount_fen: int
    followups: int
    confirmation_applied: bool
    confirmation_confirmed: bool
    major_reported_on: date | None  # the first written major-dispute report


def outcome(f: CaseStatFacts) -> Outcome:
    """The one outcome a case has today."""
    if f.status == _S.REGISTERED:
        return Outcome.AWAITING
    if f.declined_on is not None or f.status == _S.DECLINED:
        return Outcome.DECLINED
    # Returning from a transfer clears escalated_from: the case is the committee's again.
    if f.escalated_from is not None and f.status in _AFTER_TRANSFER:
        return Outcome.TRANSFERRED
    if f.terminated_on is not None or f.status == _S.TERMINATED:
        return Outcome.TERMINATED
    if f.agreement_kind is not None and f.status in _AGREEMENT_PHASE:
        return Outcome.ORAL if f.agreement_kind == "oral" else Outcome.WRITTEN
    if f.status in (_S.CLOSED, _S.ARCHIVED):
        # Closed with neither an agreement nor a termination on file (a record voided
        # afterwards): it ended without agreement.
        return Outcome.TERMINATED
    return Outcome.IN_PROGRESS


def concluded_on(f: CaseStatFacts, o: Outcome) -> date | None:
    """When mediation ended: the agreement reached, or the termination."""
    if o in SUCCESS:
        return f.agreement_on
    if o == Outcome.TERMINATED:
        return f.terminated_on
    return None


def within_month(f: CaseStatFacts, o: Outcome) -> bool:
    """Concluded no later than one month after acceptance (《若干规定》第33条), extensions
    the parties agreed to not counted: the figure measures the one-month rule itself."""
    end = concluded_on(f, o)
    return (end is not None and f.accepted_on is not None
            and end <= mediation_due_on(f.accepted_on))


def major_timely(f: CaseStatFacts) -> bool:
    """A major dispute reported in writing within 2 days of being found major."""
    return (f.is_major and f.major_flagged_on is not None and f.major_reported_on is not None
            and f.major_reported_on <= major_report_due(f.major_flagged_on))


Test = Callable[[CaseStatFacts, Outcome], bool]

# Every case figure by its stable key. A figure counts the cases for which its test holds;
# the drill-down lists exactly those cases.
MEASURES: dict[str, Test] = {
    "registered": lambda f, o: True,
    "accepted": lambda f, o: f.accepted_on is not None,
    "awaiting": lambda f, o: o == Outcome.AWAITING,
    "declined": lambda f, o: o == Outcome.DECLINED,
    "transferred": lambda f, o: o == Outcome.TRANSFERRED,
    "success": lambda f, o: o in SUCCESS,
    "written": lambda f, o: o == Outcome.WRITTEN,
    "oral": lambda f, o: o == Outcome.ORAL,
    "terminated": lambda f, o: o == Outcome.TERMINATED,
    "in_progress": lambda f, o: o == Outcome.IN_PROGRESS,
    "disposed": lambda f, o: o in DISPOSED,
    "with_amount": lambda f, o: o in SUCCESS and f.amount_fen > 0,
    "followed_up": lambda f, o: o in SUCCESS and f.followups > 0,
    "performed": lambda f, o: o in SUCCESS and f.performed_on is not None,
    "concluded": lambda f, o: f.accepted_on is not None and concluded_on(f, o) is not None,
    "within_month": within_month,
    "major": lambda f, o: f.is_major,
    "major_timely": lambda f, o: major_timely(f),
    "confirmation_applied": lambda f, o: f.confirmation_applied,
    "confirmation_confirmed": lambda f, o: f.confirmation_confirmed,
    "prevented": lambda f, o: f.prevented_outcome is not None,
}

# The case table's columns, in the order the reports print them.
TALLY_MEASURES: tuple[str, ...] = (
    "registered", "accepted", "success", "written", "oral", "terminated", "declined",
    "transferred", "in_progress", "awaiting", "disposed", "with_amount", "followed_up",
    "performed", "concluded", "within_month", "major", "major_timely",
    "confirmation_applied", "confirmation_confirmed", "prevented")


def counts(facts: list[CaseStatFacts] | tuple[CaseStatFacts, ...]) -> tuple[dict[str, int], int]:
    """Every tally measure over ``facts``, and the agreement amount (fen) of the successes."""
    out = dict.fromkeys(TALLY_MEASURES, 0)
    amount = 0
    tests = [(k, MEASURES[k]) for k in TALLY_MEASURES]
    for f in facts:
        o = outcome(f)
        for key, test in tests:
            if test(f, o):
                out[key] += 1
        if o in SUCCESS:
            amount += f.amount_fen
    return out, amount


def matches(f: CaseStatFacts, measure: str, prevented: str | None = None) -> bool:
    """The drill-down's test: does ``f`` count in ``measure``?"""
    test = MEASURES.get(measure)
    if test is None:
        return False
    if measure == "prevented" and prevented is not None:
        return f.prevented_outcome == prevented
    return test(f, outcome(f))
