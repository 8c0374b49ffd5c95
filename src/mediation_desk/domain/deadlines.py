"""Statutory and practice deadlines of a case (domain.md §5.3), computed from plain facts.

Periods are counted as 《民法典》第二百零一条、第二百零二条 prescribe (see ``add_days``)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.lifecycle import MEDIATING_STATUSES

_S = CaseStatus

MEDIATION_MONTHS = 1  # 《人民调解工作若干规定》第33条: "一般在一个月内调结"
CONFIRMATION_DAYS = 30  # 人民调解法 第33条: joint application within 30 days of effect
MAJOR_REPORT_DAYS = 2  # seed 003: "应当在2日内以书面形式上报" to the 司法所


class DeadlineKind(StrEnum):
    MEDIATION_DUE = "mediation_due"
    CONFIRMATION_WINDOW = "confirmation_window"
    MAJOR_REPORT = "major_report"
    PERFORMANCE_ITEM = "performance_item"
    FOLLOW_UP = "follow_up"
    # The committee's own work, beside its cases (issue 5).
    SCREENING_ROUND = "screening_round"  # 排查 of a period not yet recorded
    FINDING_REPORT = "finding_report"  # written report of a major finding (2 days)
    MEDIATOR_TERM = "mediator_term"  # a mediator's term ends
    GROUP_TERM = "group_term"  # a joint-defence group head's term ends


class DeadlineState(StrEnum):
    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    MET = "met"


@dataclass(frozen=True, slots=True)
class PerformanceFact:
    item_id: str
    due_on: date | None
    done: bool  # done or waived: nothing left to supervise


@dataclass(frozen=True, slots=True)
class DeadlineFacts:
    """What the deadline rules need to know about a case; built by the service layer."""

    status: CaseStatus
    accepted_on: date | None = None
    due_on_override: date | None = None  # extended due date, agreed by the parties
    is_major: bool = False
    major_flagged_on: date | None = None
    major_reported_on: date | None = None  # first written major_report
    agreement_effective_on: date | None = None
    confirmation_applied_on: date | None = None
    confirmation_wanted: bool = True  # parties may choose not to seek judicial confirmation
    performance: tuple[PerformanceFact, ...] = ()
    followup_visits: int = 0
    terminated_on: date | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    due_on: date
    state: DeadlineState
    days_left: int  # negative when overdue
    ref_id: str | None = None  # the performance item, for PERFORMANCE_ITEM


def add_days(d: date, n: int) -> date:
    """End of a period of ``n`` days starting on ``d``.

    《民法典》第二百零一条: the day of the event is not counted, so day 1 is the next day and the
    period ends on ``d + n``. 第二百零三条 (a period ending on a holiday moves to the next working
    day) is deliberately not applied: we have no official holiday calendar offline, and ending
    on the nominal day only ever warns earlier, which is the safe side.
    """
    return d + timedelta(days=n)


def add_months(d: date, n: int) -> date:
    """End of a period of ``n`` months starting on ``d`` (``n`` may be negative).

    《民法典》第二百零二条: the corresponding day of the target month, or its last day when it
    has none (01-31 + 1 month = 02-28, or 02-29 in a leap year). Holidays as in ``add_days``.
    """
    index = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last_day))


def mediation_due_on(accepted_on: date) -> date:
    """《人民调解工作若干规定》第33条: a dispute is normally settled within one month."""
    return add_months(accepted_on, MEDIATION_MONTHS)


def confirmation_window_end(effective_on: date) -> date:
    """Last day for the joint application for judicial confirmation (人民调解法 第33条)."""
    return add_days(effective_on, CONFIRMATION_DAYS)


def major_report_due(flagged_on: date) -> date:
    """Written report of a major/difficult dispute to the 司法所 within 2 days (seed 003)."""
    return add_days(flagged_on, MAJOR_REPORT_DAYS)


def follow_up_due(
    *,
    last_performance_due: date | None,
    effective_on: date | None,
    terminated_on: date | None,
    follow_up_days_after_performance: int = 15,
    follow_up_days_after_immediate: int = 30,
    follow_up_days_after_termination: int = 30,
) -> date | None:
    """First 回访 due date (domain.md §5.3 proposed defaults), or None if nothing dates it.

    No national time limit exists; 回访 is due for every case, agreement or not [S-5][S-29].
    A termination is the case's last outcome (nothing follows it but closing), so it wins;
    otherwise the last performance due date, else the date an immediately performed agreement
    took effect.
    """
    if terminated_on is not None:
        return add_days(terminated_on, follow_up_days_after_termination)
    if last_performance_due is not None:
        return add_days(last_performance_due, follow_up_days_after_performance)
    if effective_on is not None:
        return add_days(effective_on, follow_up_days_after_immediate)
    return None


def extend_due(current_due: date, new_due: date, *, consent_recorded: bool) -> date:
    """The extended mediation due date; refused without both parties' recorded consent.

    domain.md §3 [S-5]: "经纠纷双方当事人同意可以继续调解" — only with both parties' consent.
    """
    if not consent_recorded:
        raise DomainError("extension.needs_consent", "consent")
    if new_due <= current_due:
        raise DomainError(
            "extension.not_later",
            "new_due",
            current_due=current_due.isoformat(),
            new_due=new_due.isoformat(),
        )
    return new_due


def deadline_state(
    due_on: date, today: date, *, soon_days: int = 3, met: bool = False
) -> DeadlineState:
    """State of one deadline seen on ``today``."""
    if met:
        return DeadlineState.MET
    days_left = (due_on - today).days
    if days_left < 0:
        return DeadlineState.OVERDUE
    if days_left == 0:
        return DeadlineState.DUE_TODAY
    if days_left <= soon_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.UPCOMING


# A standing agreement: it can be confirmed and its performance is supervised (人民调解法 第31、33条).
_AGREEMENT_STATUSES: frozenset[CaseStatus] = frozenset(
    {_S.AGREEMENT_REACHED, _S.PERFORMING, _S.PERFORMED, _S.NON_PERFORMANCE}
)
_FOLLOW_UP_STATUSES: frozenset[CaseStatus] = frozenset({_S.PERFORMED, _S.TERMINATED})
_KIND_ORDER: dict[DeadlineKind, int] = {kind: i for i, kind in enumerate(DeadlineKind)}


def case_deadlines(facts: DeadlineFacts, today: date, *, soon_days: int = 3) -> list[Deadline]:
    """The deadlines of a case that still need attention, soonest first (ties: kind, item)."""
    found: list[tuple[DeadlineKind, date, str | None]] = []

    # Escalated is left out on purpose: the case is in the receiving body's hands, so the
    # committee cannot be late with it. On return the original due date applies (the 2002 rule
    # has no suspension), and an extension needs the parties' consent like any other.
    if facts.status in MEDIATING_STATUSES:
        due = facts.due_on_override
        if due is None and facts.accepted_on is not None:
            due = mediation_due_on(facts.accepted_on)
        if due is not None:
            found.append((DeadlineKind.MEDIATION_DUE, due, None))

    if (
        facts.status in _AGREEMENT_STATUSES
        and facts.agreement_effective_on is not None
        and facts.confirmation_applied_on is None
        and facts.confirmation_wanted
    ):
        end = confirmation_window_end(facts.agreement_effective_on)
        # Once the window has passed, the joint application (人民调解法 第33条) can no longer be
        # made and nothing remains to do, so it is dropped rather than shown as overdue.
        if today <= end:
            found.append((DeadlineKind.CONFIRMATION_WINDOW, end, None))

    # The written report stays due, and overdue, until it is made; only an archived (read-only)
    # dossier can no longer take it.
    if (
        facts.is_major
        and facts.major_flagged_on is not None
        and facts.major_reported_on is None
        and facts.status != _S.ARCHIVED
    ):
        found.append((DeadlineKind.MAJOR_REPORT, major_report_due(facts.major_flagged_on), None))

    if facts.status in _AGREEMENT_STATUSES:
        for item in facts.performance:
            if not item.done and item.due_on is not None:
                found.append((DeadlineKind.PERFORMANCE_ITEM, item.due_on, item.item_id))

    if facts.status in _FOLLOW_UP_STATUSES and facts.followup_visits == 0:
        due = _follow_up_for(facts)
        if due is not None:
            found.append((DeadlineKind.FOLLOW_UP, due, None))

    deadlines = [
        Deadline(
            kind=kind,
            due_on=due,
            state=deadline_state(due, today, soon_days=soon_days),
            days_left=(due - today).days,
            ref_id=ref,
        )
        for kind, due, ref in found
    ]
    deadlines.sort(key=lambda d: (d.due_on, _KIND_ORDER[d.kind], d.ref_id or ""))
    return deadlines


def is_overdue(facts: DeadlineFacts, today: date) -> bool:
    """The case-list overdue flag: any deadline still needing attention is past."""
    return any(d.state == DeadlineState.OVERDUE for d in case_deadlines(facts, today))


def _follow_up_for(facts: DeadlineFacts) -> date | None:
    if facts.status == _S.TERMINATED:
        return follow_up_due(
            last_performance_due=None, effective_on=None, terminated_on=facts.terminated_on
        )
    dues = [p.due_on for p in facts.performance if p.due_on is not None]
    return follow_up_due(
        last_performance_due=max(dues) if dues else None,
        effective_on=facts.agreement_effective_on,
        terminated_on=None,
    )
