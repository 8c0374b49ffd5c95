"""Committee composition checks (人民调解法 第八、十四条): each one on both sides."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain import roster_checks as rc
from mediation_desk.domain.roster_checks import MediatorFacts

TODAY = date(2026, 11, 21)


def med(n: int, role: str = "member", *, gender: str = "male", status: str = "active",
        birth: date | None = date(1970, 1, 1), term_end: date | None = date(2028, 6, 1)
        ) -> MediatorFacts:
    return MediatorFacts(mediator_id=f"m{n}", name=f"调解员{n}", role=role, status=status,
                         gender=gender, birth_date=birth, term_end=term_end)


def good_committee() -> list[MediatorFacts]:
    return [med(1, "chair"), med(2, "vice_chair", gender="female"), med(3)]


def codes(ms: list[MediatorFacts]) -> list[str]:
    return [w.code for w in rc.committee_warnings(ms, TODAY)]


def test_a_good_committee_has_no_warnings() -> None:
    assert codes(good_committee()) == []


def test_fewer_than_three_members_hired_ones_not_counted() -> None:
    ms = [med(1, "chair", gender="female"), med(2), med(3, "hired"), med(4, "hired")]
    [w] = [w for w in rc.committee_warnings(ms, TODAY) if w.code == rc.TOO_FEW]
    assert w.params == {"count": 2, "min": 3}
    assert rc.member_count(ms) == 2


def test_former_members_do_not_count() -> None:
    ms = [*good_committee()[:2], med(3, status="resigned")]
    assert rc.TOO_FEW in codes(ms)


def test_more_than_nine_members() -> None:
    ms = [med(1, "chair", gender="female")] + [med(i) for i in range(2, 11)]
    assert rc.TOO_MANY in codes(ms)
    assert rc.TOO_MANY not in codes(ms[:9])


def test_at_least_one_woman_among_members() -> None:
    ms = [med(1, "chair"), med(2), med(3), med(4, "hired", gender="female")]
    assert rc.NO_WOMAN in codes(ms)  # a hired woman is no committee member
    assert rc.NO_WOMAN not in codes(good_committee())


def test_exactly_one_chair() -> None:
    no_chair = [med(1, gender="female"), med(2), med(3)]
    assert rc.NO_CHAIR in codes(no_chair)
    two = [*good_committee(), med(4, "chair")]
    [w] = [w for w in rc.committee_warnings(two, TODAY) if w.code == rc.SEVERAL_CHAIRS]
    assert w.params["count"] == 2 and "调解员4" in w.params["names"]


def test_every_mediator_adult_hired_ones_too() -> None:
    minor = med(4, "hired", birth=date(2009, 1, 1))
    [w] = rc.mediator_warnings(minor, TODAY)
    assert (w.code, w.params["age"]) == (rc.MINOR, 17)
    assert rc.mediator_warnings(med(5, birth=date(2008, 11, 21)), TODAY) == []  # 18 today
    assert rc.mediator_warnings(med(6, birth=None), TODAY) == []


def test_term_ended_while_still_active() -> None:
    [w] = rc.mediator_warnings(med(1, term_end=date(2026, 11, 20)), TODAY)
    assert w.code == rc.TERM_EXPIRED and w.params["days"] == 1
    assert rc.mediator_warnings(med(1, term_end=date(2026, 11, 20), status="term_ended"),
                                TODAY) == []


def test_term_ending_within_sixty_days() -> None:
    [w] = rc.mediator_warnings(med(1, term_end=date(2027, 1, 20)), TODAY)
    assert (w.code, w.params["days"]) == (rc.TERM_ENDING, 60)
    assert rc.mediator_warnings(med(1, term_end=date(2027, 1, 21)), TODAY) == []
    assert rc.mediator_warnings(med(1, term_end=None), TODAY) == []
