"""When screening rounds (排查) are due: the periods of a frequency, and which are missing.

A period is one day (daily), one Monday–Sunday week (weekly) or one calendar month (monthly);
its round is due on its last day.

Coverage rule (the one place it is decided): a recorded round covers a period when the
round's range contains the whole period (a monthly round covers the weeks inside its month),
or when the round's range lies inside the period (a round recorded for part of a month still
is that month's screening). Rounds never overlap each other (``overlapping`` is refused when
recording), so a period is either covered or missing, never twice.

Missing periods are looked for from a start date — the committee's first round, or when the
frequency was last set, or when the station was set up — but never further back than
``LOOK_BACK_PERIODS`` periods: a reminder about a round three years ago helps nobody.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from mediation_desk.domain.enums import ScreeningFrequency

LOOK_BACK_PERIODS = 12

Range = tuple[date, date]


@dataclass(frozen=True)
class Period:
    frequency: ScreeningFrequency
    start: date
    end: date

    @property
    def due_on(self) -> date:
        """A period's round is due by its last day."""
        return self.end

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    @property
    def label(self) -> str:
        return period_label(self.start, self.end)


def period_of(frequency: ScreeningFrequency | str, d: date) -> Period:
    """The period of ``frequency`` that contains ``d``."""
    freq = ScreeningFrequency(frequency)
    if freq is ScreeningFrequency.DAILY:
        return Period(freq, d, d)
    if freq is ScreeningFrequency.WEEKLY:
        monday = d - timedelta(days=d.weekday())
        return Period(freq, monday, monday + timedelta(days=6))
    last = calendar.monthrange(d.year, d.month)[1]
    return Period(freq, d.replace(day=1), d.replace(day=last))


def next_period(p: Period) -> Period:
    return period_of(p.frequency, p.end + timedelta(days=1))


def previous_period(p: Period) -> Period:
    return period_of(p.frequency, p.start - timedelta(days=1))


def periods_between(frequency: ScreeningFrequency | str, first: date, last: date) -> list[Period]:
    """Every period touching ``first``..``last``, oldest first."""
    out: list[Period] = []
    if last < first:
        return out
    p = period_of(frequency, first)
    while p.start <= last:
        out.append(p)
        p = next_period(p)
    return out


def is_whole_period(frequency: ScreeningFrequency | str, start: date, end: date) -> bool:
    """Whether ``start``..``end`` is exactly one period of the frequency."""
    p = period_of(frequency, start)
    return p.start == start and p.end == end


def covers(round_range: Range, period: Period) -> bool:
    """The coverage rule of this module's docstring."""
    start, end = round_range
    whole = start <= period.start and period.end <= end
    inside = period.start <= start and end <= period.end
    return whole or inside


def overlapping(new: Range, existing: Iterable[Range]) -> list[Range]:
    """The recorded ranges sharing at least one day with ``new``."""
    start, end = new
    return [r for r in existing if r[0] <= end and start <= r[1]]


def look_back_start(frequency: ScreeningFrequency | str, today: date, since: date | None, *,
                    limit: int = LOOK_BACK_PERIODS) -> date:
    """The first day missing rounds are looked for: ``since`` (its whole period), but at most
    ``limit`` periods back counting the current one."""
    earliest = period_of(frequency, today)
    for _ in range(max(limit, 1) - 1):
        earliest = previous_period(earliest)
    if since is None or since <= earliest.start:
        return earliest.start
    return period_of(frequency, min(since, today)).start


def missing_periods(frequency: ScreeningFrequency | str, rounds: Iterable[Range], today: date,
                    since: date | None, *, limit: int = LOOK_BACK_PERIODS) -> list[Period]:
    """Periods from the look-back start up to the current one without a covering round,
    oldest first. The current period is included while not covered (due, not yet overdue)."""
    recorded = list(rounds)
    start = look_back_start(frequency, today, since, limit=limit)
    return [p for p in periods_between(frequency, start, today)
            if not any(covers(r, p) for r in recorded)]


def is_overdue(p: Period, today: date) -> bool:
    return p.due_on < today


# Labels ------------------------------------------------------------------------------------

def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def period_label(start: date, end: date) -> str:
    """How the register names a round's period: "2026年11月", "第47周（11月16日—22日）",
    "11月21日", or the plain range for anything else."""
    if start == end:
        return _md(start)
    if start.day == 1 and end == start.replace(day=calendar.monthrange(start.year,
                                                                          start.month)[1]):
        return f"{start.year}年{start.month}月"
    if start.weekday() == 0 and end == start + timedelta(days=6):
        week = start.isocalendar().week
        tail = f"{end.day}日" if end.month == start.month else _md(end)
        return f"第{week}周（{_md(start)}—{tail}）"
    if start.year == end.year:
        return f"{start.year}年{_md(start)}—{_md(end)}"
    return f"{start.year}年{_md(start)}—{end.year}年{_md(end)}"


def subject_label(start: date, end: date) -> str:
    """A short name for a round in 今日待办: "2026年11月排查", "2026年第47周排查",
    "2026年11月21日排查"."""
    if start.weekday() == 0 and end == start + timedelta(days=6):
        iso = start.isocalendar()
        return f"{iso.year}年第{iso.week}周排查"
    label = period_label(start, end)
    if start == end:
        label = f"{start.year}年{label}"
    return f"{label}排查"
