"""轮户值日 generator: fairness (each household's turns within one of any other's), no
household twice in a shift, prior turns deciding who goes first, swaps, validation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.domain import rota
from mediation_desk.domain.errors import DomainError, ValidationErrors

MON = date(2026, 11, 23)


def plan(n: int = 10, days: int = 28, **extra: object) -> rota.RotaPlan:
    values: dict[str, object] = {"households": tuple(f"h{i}" for i in range(n)),
                                 "starts_on": MON, "ends_on": MON + timedelta(days=days - 1)}
    values.update(extra)
    return rota.RotaPlan(**values)  # type: ignore[arg-type]


def codes(exc: pytest.ExceptionInfo[DomainError]) -> set[str]:
    err = exc.value
    return {e.code for e in err.errors} if isinstance(err, ValidationErrors) else {err.code}


def test_three_evenings_a_week_two_households_each() -> None:
    shifts = rota.generate(plan(weekdays=(0, 2, 4), per_shift=2))
    assert len(shifts) == 12
    assert {s.on.weekday() for s in shifts} == {0, 2, 4}
    assert all(s.window == "20:00-22:00" and len(s.households) == 2 for s in shifts)
    counts = rota.turn_counts(shifts)
    assert sorted(counts.values()) == [2] * 6 + [3] * 4
    # A rotation: the first five shifts take each household once, in order.
    assert [s.households for s in shifts[:5]] == [("h0", "h1"), ("h2", "h3"), ("h4", "h5"),
                                                 ("h6", "h7"), ("h8", "h9")]


def test_one_shift_per_window_per_day_in_time_order() -> None:
    shifts = rota.generate(plan(n=5, days=2, windows=("22:00-24:00", "19:30-21:30")))
    assert [(s.on, s.window) for s in shifts] == [
        (MON, "19:30-21:30"), (MON, "22:00-00:00"),
        (MON + timedelta(days=1), "19:30-21:30"), (MON + timedelta(days=1), "22:00-00:00")]
    assert len({s.key for s in shifts}) == 4


def test_prior_turns_go_last_so_consecutive_rotas_stay_fair() -> None:
    first = rota.generate(plan(n=4, days=3, per_shift=1))  # h0, h1, h2 go
    prior = rota.turn_counts(first)
    second = rota.generate(plan(n=4, days=3, per_shift=1, starts_on=MON + timedelta(days=3),
                                ends_on=MON + timedelta(days=5), prior=prior))
    assert second[0].households == ("h3",)
    total = rota.turn_counts([*first, *second])
    assert rota.spread(total) <= 1


def test_no_back_to_back_turn_when_avoidable() -> None:
    shifts = rota.generate(plan(n=3, days=6, per_shift=2))
    for before, after in zip(shifts, shifts[1:], strict=False):
        assert len(set(before.households) & set(after.households)) <= 1


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 15), days=st.integers(1, 120), per=st.integers(1, 15),
       weekdays=st.sets(st.integers(0, 6), min_size=1),
       windows=st.lists(st.sampled_from(["06:00-08:00", "12:00-13:00", "20:00-22:00",
                                         "22:00-02:00"]), min_size=1, max_size=3, unique=True),
       prior=st.lists(st.integers(0, 20), min_size=15, max_size=15))
def test_fair_for_any_group_range_and_windows(n: int, days: int, per: int,
                                              weekdays: set[int], windows: list[str],
                                              prior: list[int]) -> None:
    per = min(per, n)
    p = plan(n=n, days=days, per_shift=per, weekdays=tuple(sorted(weekdays)),
             windows=tuple(windows), prior={f"h{i}": prior[i] for i in range(n)})
    try:
        shifts = rota.generate(p)
    except DomainError as exc:
        assert exc.code == "rota.no_shifts"  # weekdays missing from a short range
        return
    assert all(len(set(s.households)) == len(s.households) == per for s in shifts)
    counts = rota.turn_counts(shifts, p.households)
    assert rota.spread(counts) <= 1
    assert sum(counts.values()) == per * len(shifts)


@settings(max_examples=100, deadline=None)
@given(n=st.integers(2, 12), per=st.integers(1, 4), data=st.data())
def test_swaps_keep_counts_and_fairness(n: int, per: int, data: st.DataObject) -> None:
    per = min(per, n - 1)
    shifts = rota.generate(plan(n=n, days=20, per_shift=per))
    before = rota.turn_counts(shifts)
    for _ in range(data.draw(st.integers(1, 6))):
        a, b = data.draw(st.lists(st.sampled_from(shifts), min_size=2, max_size=2,
                                  unique_by=lambda s: s.key))
        ha, hb = data.draw(st.sampled_from(a.households)), data.draw(st.sampled_from(b.households))
        try:
            shifts = rota.swap(shifts, a.key, ha, b.key, hb)
        except DomainError as exc:
            assert exc.code in {"rota.swap_twice_in_shift", "rota.swap_same_household"}
            continue
        assert all(len(set(s.households)) == len(s.households) for s in shifts)
    assert rota.turn_counts(shifts) == before


def test_swap_exchanges_households_between_two_shifts() -> None:
    shifts = rota.generate(plan(n=4, days=2, per_shift=2))
    a, b = shifts
    assert a.households == ("h0", "h1") and b.households == ("h2", "h3")
    after = rota.swap(shifts, a.key, "h1", b.key, "h2")
    assert after[0].households == ("h0", "h2") and after[1].households == ("h1", "h3")


def test_swap_refusals() -> None:
    shifts = rota.generate(plan(n=3, days=3, per_shift=2))
    a, b, c = shifts
    assert [s.households for s in shifts] == [("h0", "h1"), ("h0", "h2"), ("h1", "h2")]
    with pytest.raises(DomainError) as exc:
        rota.swap(shifts, a.key, "h0", b.key, "h2")  # h0 is already on b
    assert exc.value.code == "rota.swap_twice_in_shift" and exc.value.field == "household_a"
    with pytest.raises(DomainError) as exc:
        rota.swap(shifts, a.key, "h2", b.key, "h0")
    assert exc.value.code == "rota.swap_not_on_shift"
    with pytest.raises(DomainError) as exc:
        rota.swap(shifts, a.key, "h0", a.key, "h1")
    assert exc.value.code == "rota.swap_same_shift"
    with pytest.raises(DomainError) as exc:
        rota.swap(shifts, a.key, "h0", "nope", "h1")
    assert exc.value.code == "not_found" and exc.value.field == "shift_b"
    done = [a, b.__class__(**{**b.__dict__, "status": "done"}), c]
    with pytest.raises(DomainError) as exc:
        rota.swap(done, c.key, "h1", b.key, "h0")
    assert exc.value.code == "rota.swap_closed_shift" and exc.value.field == "shift_b"
    missed = [a, b, c.__class__(**{**c.__dict__, "status": "missed"})]
    with pytest.raises(DomainError) as exc:
        rota.swap(missed, c.key, "h1", a.key, "h0")
    assert exc.value.code == "rota.swap_closed_shift" and exc.value.field == "shift_a"


@pytest.mark.parametrize(("text", "ok"), [
    ("20:00-22:00", "20:00-22:00"), ("8:30 - 10:00", "08:30-10:00"), ("22:00-02:00",
                                                                     "22:00-02:00"),
    ("20:00～22:00", "20:00-22:00"), ("2000-2200", None), ("25:00-26:00", None),
    ("20:00-20:00", None), ("", None), ("20:61-22:00", None)])
def test_window_format(text: str, ok: str | None) -> None:
    if ok is None:
        with pytest.raises(DomainError) as exc:
            rota.parse_window(text, "windows[0]")
        assert exc.value.code in {"rota.window_format", "rota.window_empty"}
        assert exc.value.field == "windows[0]"
    else:
        assert rota.parse_window(text).text == ok


def test_validation_reports_every_problem() -> None:
    with pytest.raises(ValidationErrors) as exc:
        rota.generate(rota.RotaPlan(households=(), starts_on=MON,
                                    ends_on=MON - timedelta(days=1), weekdays=(7,),
                                    windows=("evening",), per_shift=0))
    assert codes(exc) == {"rota.no_households", "rota.ends_before_starts",
                          "rota.weekday_invalid", "rota.window_format",
                          "rota.per_shift_too_small"}
    fields = {e.field for e in exc.value.errors}
    assert {"ends_on", "weekdays[0]", "windows[0]", "per_shift"} <= fields


@pytest.mark.parametrize(("extra", "code"), [
    ({"days": 367}, "rota.range_too_long"),
    ({"n": 3, "per_shift": 4}, "rota.per_shift_too_large"),
    ({"windows": ("20:00-22:00", "20:00 - 22:00")}, "rota.window_twice"),
    ({"windows": ()}, "rota.no_windows"),
    ({"weekdays": ()}, "rota.no_weekdays"),
])
def test_single_refusals(extra: dict[str, object], code: str) -> None:
    with pytest.raises(DomainError) as exc:
        rota.generate(plan(**extra))  # type: ignore[arg-type]
    assert code in codes(exc)


def test_full_year_allowed_and_weekdays_outside_range_refused() -> None:
    assert len(rota.generate(plan(days=366, weekdays=(6,)))) == 52
    with pytest.raises(DomainError) as exc:
        rota.generate(plan(days=2, weekdays=(5, 6)))  # Monday and Tuesday only
    assert exc.value.code == "rota.no_shifts"


def test_duplicate_household_refused() -> None:
    with pytest.raises(DomainError) as exc:
        rota.generate(plan(households=("a", "b", "a")))
    assert "rota.household_twice" in codes(exc)
