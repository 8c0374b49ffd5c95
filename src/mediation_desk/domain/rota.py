"""轮户值日: a fair rotation of a joint-defence group's households over a date range.

Pure: no database. The generator fills one shift per time window per chosen weekday and
gives each shift the ``per_shift`` households with the fewest turns *in this rota* so far,
so within one rota any two households' turns differ by at most one (picking the k smallest
of counts that lie within one of each other keeps them within one). Ties go to whoever
had fewer turns in earlier rotas, then to whoever did not patrol the shift before, then to
the given order: consecutive rotas stay fair and the order reads as a rotation."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from mediation_desk.domain.enums import ShiftStatus
from mediation_desk.domain.errors import DomainError, NotFound, ValidationErrors

MAX_DAYS = 366
ALL_WEEKDAYS = (0, 1, 2, 3, 4, 5, 6)
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—~～至]\s*(\d{1,2}):(\d{2})\s*$")
# A done or missed shift is history: it cannot be swapped any more.
CLOSED = frozenset({ShiftStatus.DONE.value, ShiftStatus.MISSED.value})


@dataclass(frozen=True)
class Window:
    start: time
    end: time  # earlier than start: the patrol runs past midnight

    @property
    def text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class Shift:
    """One patrol turn: a day, a time window and the households on duty."""

    key: str
    on: date
    window: str
    households: tuple[str, ...]
    status: str = ShiftStatus.PLANNED.value


@dataclass(frozen=True)
class RotaPlan:
    """What to generate. ``prior`` holds each household's turns in earlier rotas."""

    households: tuple[str, ...]
    starts_on: date
    ends_on: date
    weekdays: tuple[int, ...] = ALL_WEEKDAYS
    windows: tuple[str, ...] = ("20:00-22:00",)
    per_shift: int = 1
    prior: Mapping[str, int] | None = None


def parse_window(text: str, field: str = "windows") -> Window:
    """``"20:00-22:00"`` → Window; a wrong format or an empty window is refused."""
    m = _WINDOW.match(text or "")
    if m is None:
        raise DomainError("rota.window_format", field, value=text or "")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise DomainError("rota.window_format", field, value=text)
    start, end = time(h1, m1), time(0 if h2 == 24 else h2, m2)
    if start == end:
        raise DomainError("rota.window_empty", field, value=text)
    return Window(start, end)


def shift_key(on: date, window: str) -> str:
    return f"{on.isoformat()} {window}"


def validate(plan: RotaPlan) -> list[Window]:
    """Every problem with the plan at once (ValidationErrors); the parsed windows if none."""
    errors: list[DomainError] = []
    if not plan.households:
        errors.append(DomainError("rota.no_households", "households"))
    twice = [h for h, n in Counter(plan.households).items() if n > 1]
    if twice:
        errors.append(DomainError("rota.household_twice", "households", household=twice[0]))
    if plan.ends_on < plan.starts_on:
        errors.append(DomainError("rota.ends_before_starts", "ends_on",
                                  starts_on=plan.starts_on.isoformat(),
                                  ends_on=plan.ends_on.isoformat()))
    elif (plan.ends_on - plan.starts_on).days + 1 > MAX_DAYS:
        errors.append(DomainError("rota.range_too_long", "ends_on", max_days=MAX_DAYS,
                                  days=(plan.ends_on - plan.starts_on).days + 1))
    if not plan.weekdays:
        errors.append(DomainError("rota.no_weekdays", "weekdays"))
    for i, d in enumerate(plan.weekdays):
        if d not in ALL_WEEKDAYS:
            errors.append(DomainError("rota.weekday_invalid", f"weekdays[{i}]", value=d))
    windows: list[Window] = []
    if not plan.windows:
        errors.append(DomainError("rota.no_windows", "windows"))
    for i, text in enumerate(plan.windows):
        try:
            windows.append(parse_window(text, f"windows[{i}]"))
        except DomainError as exc:
            errors.append(exc)
    texts = [w.text for w in windows]
    if len(set(texts)) != len(texts):
        errors.append(DomainError("rota.window_twice", "windows"))
    if plan.per_shift < 1:
        errors.append(DomainError("rota.per_shift_too_small", "per_shift"))
    elif plan.households and plan.per_shift > len(set(plan.households)):
        errors.append(DomainError("rota.per_shift_too_large", "per_shift",
                                  per_shift=plan.per_shift, households=len(set(plan.households))))
    if errors:
        raise ValidationErrors(errors)
    return sorted(windows, key=lambda w: w.start)


def shift_slots(plan: RotaPlan, windows: Sequence[Window]) -> list[tuple[date, str]]:
    days = (plan.ends_on - plan.starts_on).days + 1
    wanted = set(plan.weekdays)
    return [(d, w.text) for d in (plan.starts_on + timedelta(days=n) for n in range(days))
            if d.weekday() in wanted for w in windows]


def generate(plan: RotaPlan) -> list[Shift]:
    """The shifts of the plan, in date and window order; refuses an invalid plan, and a plan
    whose weekdays never fall in the range (``rota.no_shifts``)."""
    windows = validate(plan)
    slots = shift_slots(plan, windows)
    if not slots:
        raise DomainError("rota.no_shifts", "weekdays")
    prior = plan.prior or {}
    order = {h: i for i, h in enumerate(plan.households)}
    counts = dict.fromkeys(plan.households, 0)
    last: frozenset[str] = frozenset()
    shifts: list[Shift] = []
    for on, window in slots:
        chosen = sorted(plan.households, key=lambda h: (
            counts[h], prior.get(h, 0), h in last, order[h]))[:plan.per_shift]
        # Printed in the rotation's order, not by who happened to be picked first.
        chosen.sort(key=order.__getitem__)
        for h in chosen:
            counts[h] += 1
        last = frozenset(chosen)
        shifts.append(Shift(key=shift_key(on, window), on=on, window=window,
                            households=tuple(chosen)))
    return shifts


def turn_counts(shifts: Iterable[Shift], households: Iterable[str] = ()) -> dict[str, int]:
    """Turns per household; ``households`` are listed (with 0) even without a turn."""
    counts = dict.fromkeys(households, 0)
    for s in shifts:
        for h in s.households:
            counts[h] = counts.get(h, 0) + 1
    return counts


def spread(counts: Mapping[str, int]) -> int:
    """Most turns minus fewest turns (0 or 1 for a fair rota)."""
    return max(counts.values()) - min(counts.values()) if counts else 0


def swap(shifts: Sequence[Shift], shift_a: str, household_a: str, shift_b: str,
         household_b: str) -> list[Shift]:
    """Exchange ``household_a`` of ``shift_a`` with ``household_b`` of ``shift_b``. Each
    household keeps its number of turns. Refused: the same shift twice, a household not on
    its shift, a household landing twice on one shift, a done or missed shift."""
    by_key = {s.key: s for s in shifts}
    a, b = by_key.get(shift_a), by_key.get(shift_b)
    if a is None:
        raise NotFound("patrol_shift", shift_a, "shift_a")
    if b is None:
        raise NotFound("patrol_shift", shift_b, "shift_b")
    if a.key == b.key:
        raise DomainError("rota.swap_same_shift", "shift_b")
    for s, field in ((a, "shift_a"), (b, "shift_b")):
        if s.status in CLOSED:
            raise DomainError("rota.swap_closed_shift", field, shift_status=s.status,
                              date=s.on.isoformat())
    for s, h, field in ((a, household_a, "household_a"), (b, household_b, "household_b")):
        if h not in s.households:
            raise DomainError("rota.swap_not_on_shift", field, date=s.on.isoformat())
    if household_a == household_b:
        raise DomainError("rota.swap_same_household", "household_b")
    for s, h, field in ((b, household_a, "household_a"), (a, household_b, "household_b")):
        if h in s.households:
            raise DomainError("rota.swap_twice_in_shift", field, date=s.on.isoformat())
    new_a = replace(a, households=tuple(household_b if h == household_a else h
                                        for h in a.households))
    new_b = replace(b, households=tuple(household_a if h == household_b else h
                                        for h in b.households))
    return [new_a if s.key == a.key else new_b if s.key == b.key else s for s in shifts]

