"""Warnings for a joint-defence group and its head (never errors)."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.domain.group_checks import HeadFacts, check_group, check_head
from mediation_desk.wording.messages import message

TODAY = date(2026, 11, 21)
GOOD_HEAD = HeadFacts("male", date(1970, 3, 1), has_phone=True)


def codes(**kw: object) -> list[str]:
    base: dict[str, object] = {"households": 10, "head": GOOD_HEAD, "has_deputy": True,
                               "term_end": date(2028, 1, 1), "today": TODAY}
    return [w.code for w in check_group(**{**base, **kw})]  # type: ignore[arg-type]


def test_a_usual_group_has_no_warnings() -> None:
    assert codes() == []


@pytest.mark.parametrize(("n", "warned"), [(4, True), (5, False), (10, False), (15, False),
                                           (16, True), (40, True)])
def test_size_far_from_about_ten(n: int, warned: bool) -> None:
    assert ("group.size_unusual" in codes(households=n)) is warned


def test_size_message_says_about_ten() -> None:
    [w] = check_group(households=3, head=GOOD_HEAD, has_deputy=True, term_end=None, today=TODAY)
    assert "十户" in message(w.code, w.params, "zh") and "3" in message(w.code, w.params, "zh")
    assert "about ten" in message(w.code, w.params, "en")


@pytest.mark.parametrize(("gender", "born", "warned"), [
    ("male", date(1956, 11, 22), False),  # 69
    ("male", date(1955, 11, 21), True),  # 71
    ("female", date(1961, 11, 22), False),  # 64
    ("female", date(1960, 11, 20), True),  # 66
    ("male", date(2009, 1, 1), True),  # 17
    ("unknown", date(1950, 1, 1), False),  # no rule without a gender (76 but unknown)
])
def test_head_age_limits_by_gender(gender: str, born: date, warned: bool) -> None:
    found = [w.code for w in check_head(HeadFacts(gender, born, True), TODAY)]
    assert ("group.head_age" in found) is warned


def test_head_without_phone_no_deputy_term_ended_no_head() -> None:
    assert "group.head_no_phone" in codes(head=HeadFacts("female", date(1980, 1, 1), False))
    assert "group.no_deputy" in codes(has_deputy=False)
    assert "group.term_ended" in codes(term_end=date(2026, 11, 20))
    assert "group.term_ended" not in codes(term_end=TODAY)
    assert "group.no_head" in codes(head=None)


def test_a_dissolved_group_is_not_warned_about() -> None:
    assert check_group(households=1, head=None, has_deputy=False, term_end=date(2020, 1, 1),
                       today=TODAY, active=False) == []
