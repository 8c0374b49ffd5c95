"""Reporting periods: keys, Chinese labels, the period before and a year before, across
year ends and 29 February."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.domain import stat_periods as sp
from mediation_desk.domain.errors import DomainError


@pytest.mark.parametrize(("text", "kind", "start", "end", "label"), [
    ("2026-11", "monthly", date(2026, 11, 1), date(2026, 11, 30), "2026年11月"),
    ("2024-2", "monthly", date(2024, 2, 1), date(2024, 2, 29), "2024年2月"),
    ("2026-Q4", "quarterly", date(2026, 10, 1), date(2026, 12, 31), "2026年第四季度"),
    ("2026q1", "quarterly", date(2026, 1, 1), date(2026, 3, 31), "2026年第一季度"),
    ("2026", "yearly", date(2026, 1, 1), date(2026, 12, 31), "2026年"),
    ("2025-12-01..2026-01-31", "custom", date(2025, 12, 1), date(2026, 1, 31),
     "2025年12月1日至2026年1月31日"),
    ("2025-12-01至2026-01-31", "custom", date(2025, 12, 1), date(2026, 1, 31),
     "2025年12月1日至2026年1月31日"),
])
def test_parse_keys_and_labels(text: str, kind: str, start: date, end: date,
                               label: str) -> None:
    p = sp.parse(text)
    assert (p.kind, p.start, p.end, p.label) == (kind, start, end, label)
    assert sp.parse(p.key) == p


def test_previous_and_year_before_cross_the_year_end() -> None:
    assert sp.parse("2026-01").previous().key == "2025-12"
    assert sp.parse("2026-Q1").previous().key == "2025-Q4"
    assert sp.parse("2026").previous().key == "2025"
    assert sp.parse("2026-01").year_before().key == "2025-01"
    span = sp.parse("2025-12-01..2026-01-31")
    assert span.previous() == sp.custom(date(2025, 9, 30), date(2025, 11, 30))  # 62 days
    assert span.year_before() == sp.custom(date(2024, 12, 1), date(2025, 1, 31))
    leap = sp.custom(date(2024, 2, 29), date(2024, 3, 1))
    assert leap.year_before().start == date(2023, 2, 28)


def test_months_and_trend() -> None:
    assert [m.key for m in sp.parse("2025-12-15..2026-02-01").months()] == [
        "2025-12", "2026-01", "2026-02"]
    trend = sp.last_months(sp.parse("2026-Q1"), 12)
    assert trend[0].key == "2025-04" and trend[-1].key == "2026-03" and len(trend) == 12
    assert sp.containing("quarterly", date(2026, 11, 21)).key == "2026-Q4"


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "26-11", "2026-Q0", "2026-Q5", "",
                                  "2026-02-30..2026-03-01", "2026-03-01..2026-02-01",
                                  "1800", "2000-01-01..2026-01-01", "本月"])
def test_bad_periods(text: str) -> None:
    with pytest.raises(DomainError) as bad:
        sp.parse(text)
    assert bad.value.field == "period"


def test_kind_must_match() -> None:
    with pytest.raises(DomainError) as bad:
        sp.parse("2026", "monthly")
    assert bad.value.code == "statistics.period_kind"
