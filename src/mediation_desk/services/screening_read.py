"""Reading screening rounds (排查) inside a unit of work: the committee's frequency, the
periods still missing a round, and the read models of rounds and findings. Shared by the
screening services and the 今日待办 lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.domain import screening_schedule as sched
from mediation_desk.domain.deadlines import major_report_due
from mediation_desk.domain.enums import CodeTable, ScreeningFrequency
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.screening_views import (
    FindingView,
    ScreeningPeriodView,
    ScreeningRoundView,
    ScreeningStatusView,
)
from mediation_desk.services import code_tables
from mediation_desk.store import repos, screening_repo
from mediation_desk.store.tables import (
    Committee,
    ScreeningFinding,
    ScreeningRound,
)
from mediation_desk.store.uow import UnitOfWork

FREQUENCY_ACTION = "screening.frequency"


def committee(uow: UnitOfWork) -> Committee:
    station = repos.local_station(uow.session)
    found = repos.local_committee(uow.session, station.id) if station else None
    if found is None:
        raise DomainError("station.not_initialised")
    return found


def frequency_of(c: Committee) -> ScreeningFrequency:
    try:
        return ScreeningFrequency(c.screening_frequency)
    except ValueError:  # a value from a newer version: the law's default
        return ScreeningFrequency.MONTHLY


def rounds(uow: UnitOfWork, committee_id: str) -> Sequence[ScreeningRound]:
    return screening_repo.committee_rounds(uow.session, committee_id)


def _local_date(at: datetime) -> date:
    return at.astimezone(CHINA_TZ).date() if at.tzinfo else at.date()


def since(uow: UnitOfWork, c: Committee, recorded: Sequence[ScreeningRound]) -> date:
    """Where the search for missing rounds starts (screening_schedule's docstring): the first
    round, else the station's setup; never before the frequency was last changed."""
    start = recorded[0].period_start if recorded else _local_date(c.created_at)
    changed = screening_repo.last_event_at(uow.session, FREQUENCY_ACTION, c.id)
    if changed is not None:
        start = max(start, _local_date(changed))
    return start


def period_view(p: sched.Period, today: date) -> ScreeningPeriodView:
    return ScreeningPeriodView(start=p.start, end=p.end, label=p.label,
                               subject=sched.subject_label(p.start, p.end), due_on=p.due_on,
                               overdue=sched.is_overdue(p, today),
                               days_left=(p.due_on - today).days)


def status(uow: UnitOfWork, today: date) -> ScreeningStatusView:
    c = committee(uow)
    freq = frequency_of(c)
    recorded = rounds(uow, c.id)
    ranges = [(r.period_start, r.period_end) for r in recorded]
    missing = sched.missing_periods(freq, ranges, today, since(uow, c, recorded))
    current = sched.period_of(freq, today)
    nxt = missing[0] if missing else sched.next_period(current)
    return ScreeningStatusView(
        frequency=freq.value, today=today, current=period_view(current, today),
        current_recorded=current not in missing,
        missing=[period_view(p, today) for p in missing], next_to_record=period_view(nxt, today))


def get_finding(uow: UnitOfWork, finding_id: str) -> ScreeningFinding:
    f = repos.get(uow.session, ScreeningFinding, finding_id)
    if f is None or f.voided_at is not None:
        raise NotFound("screening_finding", finding_id)
    return f


def round_views(uow: UnitOfWork, rows: Sequence[ScreeningRound]) -> list[ScreeningRoundView]:
    """Read models with names, category labels and linked case numbers, in few queries."""
    ids = [r.id for r in rows]
    findings: dict[str, list[ScreeningFinding]] = {i: [] for i in ids}
    for f in screening_repo.findings_of_rounds(uow.session, ids):
        findings[f.round_id].append(f)
    case_ids = {f.case_id for fs in findings.values() for f in fs if f.case_id}
    case_nos = screening_repo.case_numbers(uow.session, case_ids)
    names = {m.id: p.name for m, p in repos.mediators_with_names(uow.session)}
    categories = code_tables.labels(uow, CodeTable.DISPUTE_CATEGORY)
    return [ScreeningRoundView(
        id=r.id, period_start=r.period_start, period_end=r.period_end,
        label=sched.period_label(r.period_start, r.period_end), held_on=r.held_on,
        scope=r.scope, performed_by=list(r.performed_by),
        performed_by_names=[names.get(p, p) for p in r.performed_by],
        is_zero_report=r.is_zero_report, notes=r.notes,
        findings=[finding_view(f, r.held_on, categories, case_nos.get(f.case_id or ""))
                  for f in findings[r.id]]) for r in rows]


def finding_view(f: ScreeningFinding, held_on: date, categories: dict[str, str],
                 case_no: str | None) -> FindingView:
    pending = f.is_major and f.case_id is None and f.reported_on is None
    return FindingView(
        id=f.id, round_id=f.round_id, description=f.description, category=f.category_code,
        category_label=categories.get(f.category_code, f.category_code),
        parties_text=f.parties_text, risk_level=f.risk_level, action=f.action,
        case_id=f.case_id, case_no=case_no, is_major=f.is_major, reported_on=f.reported_on,
        report_due=major_report_due(held_on) if pending else None)


def one_finding_view(uow: UnitOfWork, f: ScreeningFinding) -> FindingView:
    r = repos.get(uow.session, ScreeningRound, f.round_id)
    assert r is not None
    return next(x for x in round_views(uow, [r])[0].findings if x.id == f.id)
