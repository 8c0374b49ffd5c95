"""Demo family ties: written with the village the demo writer builds, both inside and across
households, and at least one between a mediator and a party of an open case, so the 回避提示
shows in the demo."""

from __future__ import annotations

from collections import Counter
from random import Random

from sqlmodel import select

from mediation_desk.bootstrap import AppContext
from mediation_desk.services.case_queries import CaseFilter, list_cases
from mediation_desk.services.conflicts import case_conflicts, mediator_conflicts
from mediation_desk.services.demo import relation_rows
from mediation_desk.services.demo.generate import _Writer
from mediation_desk.services.demo.people import make_household
from mediation_desk.services.demo.places import DEFAULT_VILLAGE
from mediation_desk.services.mediators import list_mediators
from mediation_desk.store.tables import PersonRelation

OPEN = ("registered", "accepted", "in_mediation")


def test_demo_ties(village: AppContext) -> None:
    rng, today, used = Random(11), village.today(), set()
    with village.uow(write=True) as uow:
        w = _Writer(village, uow)
        population = [make_household(rng, DEFAULT_VILLAGE, today=today, used_ids=used)
                      for _ in range(80)]
        w.households(population)
        mediators = w.mediators(rng, population, today)
        w.cases(rng, DEFAULT_VILLAGE, today, used, population, mediators, 80)
        written = relation_rows.write(w, rng, population, today)
        uow.commit()
    with village.uow() as uow:
        rows = [(r.person_id, r.relative_id, r.relation, r.note)
                for r in uow.session.exec(select(PersonRelation)).all()]
    assert len(rows) == written > 50
    kinds = Counter((relation, note) for _p, _r, relation, note in rows)
    for kind in (("spouse", ""), ("child", ""), ("child", "女儿已出嫁"), ("in_law", "翁婿"),
                 ("sibling", "兄弟已分家")):
        assert kinds[kind] > 0, kind
    assert len({frozenset(r[:2]) for r in rows}) == len(rows)  # one row per pair

    open_cases = list_cases(village, CaseFilter(statuses=OPEN)).rows
    on_cases = [c for case in open_cases for c in case_conflicts(village, case.id)]
    assert any(c.code == "conflict.relative" for c in on_cases)
    # And some a mediator not yet on the case would bring.
    roster = list_mediators(village)
    unassigned = [case for case in open_cases if case.host_mediator_name is None]
    assert any(mediator_conflicts(village, case.id, m.id)
               for case in unassigned for m in roster)
