"""Periods of a screening frequency, their due dates, and which periods miss a round."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.domain import screening_schedule as s
from mediation_desk.domain.enums import ScreeningFrequency as F


@pytest.mark.parametrize(("freq", "day", "start", "end"), [
    (F.DAILY, date(2026, 11, 21), date(2026, 11, 21), date(2026, 11, 21)),
    (F.WEEKLY, date(2026, 11, 21), date(2026, 11, 16), date(2026, 11, 22)),
    (F.WEEKLY, date(2026, 11, 16), date(2026, 11, 16), date(2026, 11, 22)),
    (F.WEEKLY, date(2027, 1, 1), date(2026, 12, 28), date(2027, 1, 3)),  # across the year
    (F.MONTHLY, date(2026, 11, 21), date(2026, 11, 1), date(2026, 11, 30)),
    (F.MONTHLY, date(2028, 2, 10), date(2028, 2, 1), date(2028, 2, 29)),  # leap year
    (F.MONTHLY, date(2026, 12, 31), date(2026, 12, 1), date(2026, 12, 31)),
])
def test_period_of(freq: F, day: date, start: date, end: date) -> None:
    p = s.period_of(freq, day)
    assert (p.start, p.end, p.due_on) == (start, end, end)


def test_next_and_previous_cross_year_boundaries() -> None:
    dec = s.period_of(F.MONTHLY, date(2026, 12, 5))
    assert s.next_period(dec).start == date(2027, 1, 1)
    assert s.previous_period(s.period_of(F.DAILY, date(2027, 1, 1))).start == date(2026, 12, 31)
    assert [p.start.month for p in s.periods_between(F.MONTHLY, date(2026, 11, 15),
                                                     date(2027, 2, 1))] == [11, 12, 1, 2]


def test_labels() -> None:
    assert s.period_label(date(2026, 11, 1), date(2026, 11, 30)) == "2026年11月"
    assert s.period_label(date(2026, 11, 16), date(2026, 11, 22)) == "第47周（11月16日—22日）"
    assert s.period_label(date(2026, 11, 30), date(2026, 12, 6)) == "第49周（11月30日—12月6日）"
    assert s.period_label(date(2026, 11, 21), date(2026, 11, 21)) == "11月21日"
    assert s.period_label(date(2026, 11, 3), date(2026, 11, 9)) == "2026年11月3日—11月9日"
    assert s.subject_label(date(2026, 11, 1), date(2026, 11, 30)) == "2026年11月排查"
    assert s.subject_label(date(2026, 12, 28), date(2027, 1, 3)) == "2026年第53周排查"


def test_whole_period_and_coverage_rule() -> None:
    nov = s.period_of(F.MONTHLY, date(2026, 11, 1))
    assert s.is_whole_period(F.MONTHLY, date(2026, 11, 1), date(2026, 11, 30))
    assert not s.is_whole_period(F.MONTHLY, date(2026, 11, 1), date(2026, 11, 29))
    assert s.covers((date(2026, 11, 1), date(2026, 11, 30)), nov)  # recorded for it
    assert s.covers((date(2026, 10, 1), date(2026, 11, 30)), nov)  # a longer round
    assert s.covers((date(2026, 11, 5), date(2026, 11, 20)), nov)  # part of the month
    assert not s.covers((date(2026, 10, 20), date(2026, 11, 10)), nov)  # straddles
    week = s.period_of(F.WEEKLY, date(2026, 11, 18))
    assert s.covers((date(2026, 11, 1), date(2026, 11, 30)), week)
    assert s.overlapping((date(2026, 11, 30), date(2026, 12, 6)),
                         [(date(2026, 11, 1), date(2026, 11, 30))])


def test_missing_periods_monthly() -> None:
    today = date(2026, 11, 21)
    rounds = [(date(2026, 8, 1), date(2026, 8, 31)), (date(2026, 10, 1), date(2026, 10, 31))]
    missing = s.missing_periods(F.MONTHLY, rounds, today, since=date(2026, 8, 1))
    assert [(p.start.month, s.is_overdue(p, today)) for p in missing] == [(9, True), (11, False)]


def test_missing_periods_weekly_and_daily() -> None:
    today = date(2026, 11, 21)  # a Saturday
    weekly = s.missing_periods(F.WEEKLY, [(date(2026, 11, 2), date(2026, 11, 8))], today,
                               since=date(2026, 11, 2))
    assert [p.start for p in weekly] == [date(2026, 11, 9), date(2026, 11, 16)]
    daily = s.missing_periods(F.DAILY, [(date(2026, 11, 20), date(2026, 11, 20))], today,
                              since=date(2026, 11, 19))
    assert [p.start.day for p in daily] == [19, 21]


def test_look_back_is_limited() -> None:
    today = date(2026, 11, 21)
    missing = s.missing_periods(F.MONTHLY, [], today, since=date(2020, 1, 1))
    assert len(missing) == s.LOOK_BACK_PERIODS
    assert missing[0].start == date(2025, 12, 1) and missing[-1].start == date(2026, 11, 1)
    assert len(s.missing_periods(F.DAILY, [], today, since=None, limit=3)) == 3
    # a station set up this month owes only this month
    assert [p.start for p in s.missing_periods(F.MONTHLY, [], today, since=today)] == [
        date(2026, 11, 1)]
