"""Conflicts of interest between a mediator and a case's parties (人民调解法 第十五条 and the
2002 若干规定: a party may ask a mediator to step aside; the presiding one must then be
replaced). Pure rules over plain values: the services gather the facts, the UI warns.

A conflict is a warning, never a refusal: the law lets the parties choose a mediator they
trust even when he is a relative, so the desk only makes sure nobody overlooks it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.enums import GroupStatus, Relation
from mediation_desk.domain.errors import DomainWarning

IS_PARTY = "conflict.is_party"
SAME_HOUSEHOLD = "conflict.same_household"
RELATIVE = "conflict.relative"
GROUP_HEAD = "conflict.group_head"
CODES = (IS_PARTY, SAME_HOUSEHOLD, RELATIVE, GROUP_HEAD)

# The stored tie reads "relative is person's <relation>"; seen from the relative the person is
# the inverse. Spouse, sibling, in-law and other read the same both ways.
_INVERSE: Mapping[Relation, Relation] = {
    Relation.PARENT: Relation.CHILD,
    Relation.CHILD: Relation.PARENT,
    Relation.GRANDPARENT: Relation.GRANDCHILD,
    Relation.GRANDCHILD: Relation.GRANDPARENT,
}

# 近亲属 (民法典 第一千零四十五条): the sentence says so, since it weighs more than an in-law.
CLOSE_RELATIONS = frozenset({Relation.SPOUSE, Relation.PARENT, Relation.CHILD, Relation.SIBLING,
                             Relation.GRANDPARENT, Relation.GRANDCHILD})


def inverse(relation: Relation | str) -> Relation:
    """How the other side of a tie reads: parent ↔ child, grandparent ↔ grandchild."""
    rel = Relation(relation)
    return _INVERSE.get(rel, rel)


@dataclass(frozen=True, slots=True)
class Tie:
    """One stored family tie: ``relative_id`` is ``person_id``'s ``relation``."""

    person_id: str
    relative_id: str
    relation: str


def relation_of(tie: Tie, towards: str) -> tuple[str, Relation] | None:
    """(the other person, what that person is to ``towards``), or None if the tie does not
    involve ``towards``."""
    if tie.person_id == towards and tie.relative_id != towards:
        return tie.relative_id, Relation(tie.relation)
    if tie.relative_id == towards and tie.person_id != towards:
        return tie.person_id, inverse(tie.relation)
    return None


@dataclass(frozen=True, slots=True)
class Membership:
    household_id: str
    left_on: date | None = None


@dataclass(frozen=True, slots=True)
class HeadedGroup:
    """A joint-defence group whose head is the mediator, with its membership over time."""

    group_id: str
    name: str
    status: str = GroupStatus.ACTIVE.value
    members: Sequence[Membership] = ()

    def current_households(self) -> set[str]:
        if self.status != GroupStatus.ACTIVE.value:
            return set()
        return {m.household_id for m in self.members if m.left_on is None}


@dataclass(frozen=True, slots=True)
class MediatorTies:
    """What can tie a mediator to a party: who he is, where he lives, whom he is related to,
    which groups he heads."""

    person_id: str
    household_id: str | None = None
    relations: Sequence[Tie] = ()
    headed_groups: Sequence[HeadedGroup] = ()


@dataclass(frozen=True, slots=True)
class PartyRef:
    party_id: str
    name: str
    person_id: str | None = None
    household_id: str | None = None


def conflicts(mediator: MediatorTies, parties: Iterable[PartyRef]) -> list[DomainWarning]:
    """Every reason the mediator may be partial towards a party, party by party.

    Params of each warning: ``party_id``, ``party`` (name); ``relation`` (what the mediator
    is to the party) and ``close`` (a 近亲属) for relatives; ``group`` (name) for group heads.
    A mediator who *is* the party gets that one warning for the party, not the others."""
    found: list[DomainWarning] = []
    relatives: dict[str, list[Relation]] = {}
    for tie in mediator.relations:
        seen = relation_of(tie, mediator.person_id)
        if seen is not None:
            other, party_is_to_mediator = seen
            # What the mediator is to the other person is the inverse of what he is to him.
            relatives.setdefault(other, []).append(inverse(party_is_to_mediator))
    for party in parties:
        base = {"party_id": party.party_id, "party": party.name}
        if party.person_id is not None and party.person_id == mediator.person_id:
            found.append(DomainWarning(IS_PARTY, None, base))
            continue
        if (party.household_id is not None
                and party.household_id == mediator.household_id):
            found.append(DomainWarning(SAME_HOUSEHOLD, None, base))
        for rel in relatives.get(party.person_id or "", []):
            found.append(DomainWarning(RELATIVE, None, {
                **base, "relation": rel.value, "close": rel in CLOSE_RELATIONS}))
        if party.household_id is not None:
            for group in mediator.headed_groups:
                if party.household_id in group.current_households():
                    found.append(DomainWarning(GROUP_HEAD, None,
                                               {**base, "group": group.name}))
    return found
