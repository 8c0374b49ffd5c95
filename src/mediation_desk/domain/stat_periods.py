"""Reporting periods: a month, a quarter, a year, or any run of days, and how they are
written (``2026-11``, ``2026-Q4``, ``2026``, ``2025-12-01..2026-01-31``) and read aloud
(2026年11月, 2026年第四季度 …).

Labels are Chinese like case numbers: they are printed on statutory reports and travel in
sync bundles, so they do not follow the interface language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from mediation_desk.domain.errors import DomainError

KINDS = ("monthly", "quarterly", "yearly", "custom")
QUARTER_NAMES = ("一", "二", "三", "四")
MAX_CUSTOM_DAYS = 3660  # ten years: longer is a typing mistake, not a report
MIN_YEAR, MAX_YEAR = 1990, 2100

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|至|~)\s*(\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True, slots=True)
class Period:
    kind: str
    start: date
    end: date  # inclusive

    @property
    def key(self) -> str:
        if self.kind == "monthly":
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind == "quarterly":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "yearly":
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def label(self) -> str:
        s, e = self.start, self.end
        if self.kind == "monthly":
            return f"{s.year}年{s.month}月"
        if self.kind == "quarterly":
            return f"{s.year}年第{QUARTER_NAMES[(s.month - 1) // 3]}季度"
        if self.kind == "yearly":
            return f"{s.year}年"
        return f"{s.year}年{s.month}月{s.day}日至{e.year}年{e.month}月{e.day}日"

    def contains(self, d: date | None) -> bool:
        return d is not None and self.start <= d <= self.end

    def previous(self) -> Period:
        """The period just before: the previous month, quarter or year; for a run of days,
        as many days ending the day before it starts."""
        if self.kind == "monthly":
            return month(*_shift_month(self.start.year, self.start.month, -1))
        if self.kind == "quarterly":
            y, m = _shift_month(self.start.year, self.start.month, -3)
            return quarter(y, (m - 1) // 3 + 1)
        if self.kind == "yearly":
            return year(self.start.year - 1)
        days = (self.end - self.start).days
        end = self.start - timedelta(days=1)
        return Period("custom", end - timedelta(days=days), end)

    def year_before(self) -> Period:
        """The same period one year earlier (同比)."""
        if self.kind == "custom":
            return Period("custom", _minus_year(self.start), _minus_year(self.end))
        return parse(_replace_year(self.key, self.start.year - 1))

    def months(self) -> list[Period]:
        """The calendar months the period touches, first to last."""
        out: list[Period] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(month(y, m))
            y, m = _shift_month(y, m, 1)
        return out


def month(y: int, m: int) -> Period:
    _check_year(y)
    first = date(y, m, 1)
    ny, nm = _shift_month(y, m, 1)
    return Period("monthly", first, date(ny, nm, 1) - timedelta(days=1))


def quarter(y: int, q: int) -> Period:
    _check_year(y)
    first = date(y, 3 * (q - 1) + 1, 1)
    ny, nm = _shift_month(y, first.month, 3)
    return Period("quarterly", first, date(ny, nm, 1) - timedelta(days=1))


def year(y: int) -> Period:
    _check_year(y)
    return Period("yearly", date(y, 1, 1), date(y, 12, 31))


def custom(start: date, end: date) -> Period:
    if end < start:
        raise DomainError("statistics.period_reversed", "period", start=start.isoformat(),
                          end=end.isoformat())
    if (end - start).days > MAX_CUSTOM_DAYS:
        raise DomainError("statistics.period_too_long", "period", days=MAX_CUSTOM_DAYS)
    _check_year(start.year)
    _check_year(end.year)
    return Period("custom", start, end)


def parse(text: str, kind: str | None = None) -> Period:
    """Read a period key; ``kind`` (monthly|quarterly|yearly|custom), when given, must match.

    Raises DomainError("statistics.bad_period") with the accepted forms."""
    t = (text or "").strip()
    period: Period | None = None
    try:
        if m := _MONTH.match(t):
            if 1 <= int(m[2]) <= 12:
                period = month(int(m[1]), int(m[2]))
        elif m := _QUARTER.match(t):
            period = quarter(int(m[1]), int(m[2]))
        elif m := _YEAR.match(t):
            period = year(int(m[1]))
        elif m := _RANGE.match(t):
            period = custom(date.fromisoformat(m[1]), date.fromisoformat(m[2]))
    except ValueError:
        period = None
    if period is None:
        raise DomainError("statistics.bad_period", "period", value=t[:40])
    if kind is not None and period.kind != kind:
        raise DomainError("statistics.period_kind", "period", value=t[:40], kind=kind)
    return period


def containing(kind: str, d: date) -> Period:
    """The month, quarter or year containing ``d``."""
    if kind == "monthly":
        return month(d.year, d.month)
    if kind == "quarterly":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if kind == "yearly":
        return year(d.year)
    raise DomainError("statistics.period_kind", "period", value=kind, kind="monthly")


def last_months(end: Period, count: int = 12) -> list[Period]:
    """``count`` calendar months ending with the month ``end`` ends in (a trend line)."""
    y, m = end.end.year, end.end.month
    out = [month(y, m)]
    for _ in range(count - 1):
        y, m = _shift_month(y, m, -1)
        out.append(month(y, m))
    return out[::-1]


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + n
    return index // 12, index % 12 + 1


def _minus_year(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def _replace_year(key: str, y: int) -> str:
    return f"{y}{key[4:]}"


def _check_year(y: int) -> None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DomainError("statistics.bad_period", "period", value=str(y))
