"""Conflict-of-interest rules: each kind, both directions of a tie, and what is no conflict."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.domain.conflicts import (
    GROUP_HEAD,
    IS_PARTY,
    RELATIVE,
    SAME_HOUSEHOLD,
    HeadedGroup,
    MediatorTies,
    Membership,
    PartyRef,
    Tie,
    conflicts,
    inverse,
    relation_of,
)
from mediation_desk.domain.enums import Relation

WANG = PartyRef("p1", "王某", person_id="wang", household_id="h-wang")
LI = PartyRef("p2", "李某", person_id="li", household_id="h-li")


def codes(found: list) -> list[tuple[str, str]]:
    return [(w.code, w.params["party"]) for w in found]


def test_a_stranger_is_no_conflict() -> None:
    med = MediatorTies("zhang", "h-zhang", relations=[Tie("zhao", "qian", "spouse")])
    assert conflicts(med, [WANG, LI]) == []


def test_the_mediator_is_a_party_and_nothing_else_is_said_of_that_party() -> None:
    med = MediatorTies("wang", "h-wang", relations=[Tie("wang", "li", "sibling")])
    found = conflicts(med, [WANG, LI])
    assert codes(found) == [(IS_PARTY, "王某"), (RELATIVE, "李某")]


def test_same_household() -> None:
    med = MediatorTies("zhang", "h-li")
    found = conflicts(med, [WANG, LI])
    assert codes(found) == [(SAME_HOUSEHOLD, "李某")]
    assert found[0].params["party_id"] == "p2"


def test_no_household_on_either_side_is_not_the_same_household() -> None:
    med = MediatorTies("zhang", None)
    assert conflicts(med, [PartyRef("p3", "某公司")]) == []


@pytest.mark.parametrize(("tie", "mediator_is"), [
    # Stored from the mediator's side: "wang is zhang's parent" → zhang is wang's child.
    (Tie("zhang", "wang", "parent"), "child"),
    # Stored from the party's side: "zhang is wang's parent".
    (Tie("wang", "zhang", "parent"), "parent"),
    (Tie("zhang", "wang", "grandchild"), "grandparent"),
    (Tie("wang", "zhang", "grandchild"), "grandchild"),
    (Tie("zhang", "wang", "spouse"), "spouse"),
    (Tie("wang", "zhang", "spouse"), "spouse"),
    (Tie("zhang", "wang", "sibling"), "sibling"),
    (Tie("wang", "zhang", "in_law"), "in_law"),
    (Tie("zhang", "wang", "other"), "other"),
])
def test_a_relative_either_way_round(tie: Tie, mediator_is: str) -> None:
    found = conflicts(MediatorTies("zhang", "h-zhang", relations=[tie]), [WANG, LI])
    assert codes(found) == [(RELATIVE, "王某")]
    assert found[0].params["relation"] == mediator_is
    assert found[0].params["close"] is (mediator_is not in ("in_law", "other"))


def test_inverse_is_its_own_inverse() -> None:
    for rel in Relation:
        assert inverse(inverse(rel)) == rel
    assert inverse("parent") == Relation.CHILD
    assert inverse(Relation.IN_LAW) == Relation.IN_LAW


def test_relation_of_ignores_ties_of_others() -> None:
    tie = Tie("a", "b", "parent")
    assert relation_of(tie, "a") == ("b", Relation.PARENT)
    assert relation_of(tie, "b") == ("a", Relation.CHILD)
    assert relation_of(tie, "c") is None


def test_group_head_of_the_partys_group() -> None:
    group = HeadedGroup("g1", "三组第一中心户", members=[Membership("h-wang"),
                                                     Membership("h-zhang")])
    found = conflicts(MediatorTies("zhang", "h-zhang", headed_groups=[group]), [WANG, LI])
    assert codes(found) == [(GROUP_HEAD, "王某")]
    assert found[0].params["group"] == "三组第一中心户"


def test_heading_another_group_is_no_conflict() -> None:
    group = HeadedGroup("g2", "一组中心户", members=[Membership("h-zhang"), Membership("h-x")])
    assert conflicts(MediatorTies("zhang", "h-zhang", headed_groups=[group]), [WANG, LI]) == []


def test_a_household_that_left_the_group_is_no_conflict() -> None:
    group = HeadedGroup("g1", "三组第一中心户", members=[
        Membership("h-wang", left_on=date(2026, 5, 1)), Membership("h-zhang")])
    assert conflicts(MediatorTies("zhang", "h-zhang", headed_groups=[group]), [WANG]) == []


def test_a_dissolved_group_is_no_conflict() -> None:
    group = HeadedGroup("g1", "旧联防组", status="dissolved", members=[Membership("h-wang")])
    assert conflicts(MediatorTies("zhang", "h-zhang", headed_groups=[group]), [WANG]) == []


def test_several_reasons_for_one_party_are_all_given() -> None:
    group = HeadedGroup("g1", "三组", members=[Membership("h-wang")])
    med = MediatorTies("zhang", "h-wang", relations=[Tie("wang", "zhang", "spouse")],
                       headed_groups=[group])
    assert [w.code for w in conflicts(med, [WANG])] == [SAME_HOUSEHOLD, RELATIVE, GROUP_HEAD]
