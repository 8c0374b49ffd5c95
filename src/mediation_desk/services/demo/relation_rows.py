"""Demo family ties (亲属关系): husbands and wives, parents and children at home, and the
ties that cross households in a village — daughters married into another family, brothers
who set up separate households, in-laws — plus a few between mediators and parties of open
cases, so that the 回避提示 shows in the demo.

Called last from the demo generator (after cases and groups); it reads the rows already
written in the same transaction through the repositories and has its own random generator, so
adding it changes nothing else the seed produces."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from random import Random
from typing import TYPE_CHECKING, Any

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.services.demo.names import surname_of
from mediation_desk.services.demo.people import PersonSpec
from mediation_desk.store import repos
from mediation_desk.store.tables import CaseMediator, Person, PersonRelation

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer

OPEN = (CaseStatus.REGISTERED.value, CaseStatus.ACCEPTED.value, CaseStatus.IN_MEDIATION.value)
MARRIED_OUT_SHARE = 0.6  # of wives whose parents' household is found in the village
BROTHERS_MAX = 25
MEDIATOR_TIES = 3  # ties between a mediator and a party of an open case


class _Ties:
    """Rows to insert, one per pair whichever way round."""

    def __init__(self, w: _Writer) -> None:
        self.w = w
        self.rows: list[dict[str, Any]] = []
        self.pairs: set[frozenset[str]] = set()

    def add(self, person_id: str, relative_id: str, relation: str, note: str = "") -> bool:
        pair = frozenset((person_id, relative_id))
        if len(pair) < 2 or pair in self.pairs:
            return False
        self.pairs.add(pair)
        self.rows.append({"id": self.w.new_id(), "person_id": person_id,
                          "relative_id": relative_id, "relation": relation, "note": note})
        return True


def _roles(members: list[PersonSpec], today: date) -> dict[str, list[PersonSpec]]:
    """Who is who in a demo household (make_household: head, spouse, children, the head's
    parents), told apart by age: children are 20+ years younger, parents 20+ years older."""
    head = members[0]
    age = head.age_on(today)
    out: dict[str, list[PersonSpec]] = defaultdict(list)
    for i, p in enumerate(members[1:], start=1):
        d = p.age_on(today) - age
        if i == 1 and p.gender != head.gender and abs(d) <= 10:
            out["spouse"].append(p)
        elif d <= -15:
            out["child"].append(p)
        elif d >= 15:
            out["parent"].append(p)
    return out


def write(w: _Writer, rng: Random, population: list[list[PersonSpec]], today: date) -> int:
    """Returns the number of ties written."""
    own = Random(rng.getrandbits(64))
    ties = _Ties(w)
    pid = {p.id_number: w.person_ids[p.id_number][0] for hh in population for p in hh
           if p.id_number in w.person_ids}
    roles = [_roles(hh, today) for hh in population]
    for hh, r in zip(population, roles, strict=True):
        head = pid[hh[0].id_number]
        for spouse in r["spouse"]:
            ties.add(head, pid[spouse.id_number], "spouse")
        for child in r["child"]:
            ties.add(head, pid[child.id_number], "child")
        for parent in r["parent"]:
            ties.add(head, pid[parent.id_number], "parent")
    _married_out(ties, own, population, roles, pid, today)
    _brothers(ties, own, population, pid, today)
    _mediators_and_parties(ties, own, w)
    w.insert(PersonRelation, ties.rows)
    return len(ties.rows)


def _married_out(ties: _Ties, rng: Random, population: list[list[PersonSpec]],
                 roles: list[dict[str, list[PersonSpec]]], pid: dict[str, str],
                 today: date) -> None:
    """出嫁的女儿: a wife whose father heads another household of her surname; her husband
    is that father's son-in-law (姻亲)."""
    fathers: dict[str, list[PersonSpec]] = defaultdict(list)
    for hh in population:
        if hh[0].gender == "male":
            fathers[surname_of(hh[0].name)].append(hh[0])
    for hh, r in zip(population, roles, strict=True):
        for wife in r["spouse"]:
            if wife.gender != "female" or rng.random() > MARRIED_OUT_SHARE:
                continue
            age = wife.age_on(today)
            found = [f for f in fathers.get(surname_of(wife.name), [])
                     if 20 <= f.age_on(today) - age <= 35 and f.address != wife.address]
            if not found:
                continue
            father = rng.choice(found)
            if ties.add(pid[father.id_number], pid[wife.id_number], "child", "女儿已出嫁"):
                ties.add(pid[hh[0].id_number], pid[father.id_number], "in_law", "翁婿")


def _brothers(ties: _Ties, rng: Random, population: list[list[PersonSpec]],
              pid: dict[str, str], today: date) -> None:
    """分家的兄弟: male heads of one surname, close in age, in households of their own."""
    by_surname: dict[str, list[PersonSpec]] = defaultdict(list)
    for hh in population:
        if hh[0].gender == "male":
            by_surname[surname_of(hh[0].name)].append(hh[0])
    made = 0
    for heads in by_surname.values():
        rng.shuffle(heads)
        for a, b in zip(heads[::2], heads[1::2], strict=False):
            if made >= BROTHERS_MAX:
                return
            if abs(a.age_on(today) - b.age_on(today)) <= 12 and \
                    ties.add(pid[a.id_number], pid[b.id_number], "sibling", "兄弟已分家"):
                made += 1


def _mediators_and_parties(ties: _Ties, rng: Random, w: _Writer) -> None:
    """A mediator on an open case related to one of its parties (the 调解员 tab marks it),
    then mediators related to parties of open cases nobody is assigned to yet (assigning
    them warns)."""
    s = w.uow.session
    person_of = {m.id: p for m, p in repos.mediators_with_names(s) if m.status == "active"}
    if not person_of:
        return
    case_ids = repos.cases_in_status(s, OPEN, limit=40)
    parties = defaultdict(list)
    for party in repos.parties_of_cases(s, case_ids):
        if party.person_id:
            parties[party.case_id].append(party.person_id)
    on_case = {cid: [m.mediator_id for m in repos.children(s, CaseMediator, "case_id", cid)
                     if m.removed_on is None and m.mediator_id in person_of]
               for cid in case_ids}
    assigned = [cid for cid in case_ids if on_case[cid]]
    unassigned = [cid for cid in case_ids if not on_case[cid]]
    wanted = [(cid, on_case[cid]) for cid in assigned[:1]] + \
        [(cid, list(person_of)) for cid in unassigned[:MEDIATOR_TIES - 1]]
    for cid, pool in wanted:
        mediator = person_of[rng.choice(pool)]
        if not parties[cid] or mediator.id in parties[cid]:
            continue
        party = repos.get(s, Person, rng.choice(parties[cid]))
        if party is not None:
            ties.add(mediator.id, party.id, *_kinship(mediator, party))


def _kinship(mediator: Person, party: Person) -> tuple[str, str]:
    """What the party is to the mediator: a cousin of his surname, else an in-law. Notes read
    the same from either side (the tie is shown from both)."""
    if surname_of(mediator.name) == surname_of(party.name):
        return "other", "堂亲"
    return "in_law", "亲家"
