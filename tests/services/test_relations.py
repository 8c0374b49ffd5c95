"""Family ties through the service: recorded once, read both ways, refused when they make no
sense, voided (never deleted), logged."""

from __future__ import annotations

import pytest
from sqlmodel import select

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, NotFound, ValidationErrors
from mediation_desk.services import households, relations
from mediation_desk.services.persons import add_person
from mediation_desk.store.tables import EventLog, PersonRelation


def people(ctx: AppContext) -> dict[str, str]:
    hh = households.add_household(ctx, {"address": "青石村三组8号", "new_members": [
        {"name": "王大山", "gender": "male", "birth_date": "1958-03-02"},
        {"name": "王小芳", "gender": "female", "birth_date": "1986-07-09",
         "id_number": "11010519491231002X", "phone": "13812345678"},
    ]})
    other = add_person(ctx, {"name": "李建国", "gender": "male"})
    ids = {m.name: m.person_id for m in hh.members}
    return {"father": ids["王大山"], "daughter": ids["王小芳"], "li": other.id}


def test_a_tie_reads_both_ways(village: AppContext) -> None:
    p = people(village)
    added = relations.add_relation(village, {"person_id": p["father"],
                                             "relative_id": p["daughter"],
                                             "relation": "child", "note": "长女"})
    assert (added.name, added.relation, added.same_household) == ("王小芳", "child", True)
    [of_father] = relations.relatives_of(village, p["father"])
    assert (of_father.name, of_father.relation, of_father.note) == ("王小芳", "child", "长女")
    [of_daughter] = relations.relatives_of(village, p["daughter"])
    assert (of_daughter.name, of_daughter.relation) == ("王大山", "parent")
    assert of_father.id == of_daughter.id  # one row per pair
    # Personal data only masked in the read model.
    assert of_father.id_number_masked.startswith("110") and "*" in of_father.id_number_masked
    assert "phone" not in of_father.model_dump()


def test_relatives_listed_closest_first(village: AppContext) -> None:
    p = people(village)
    relations.add_relation(village, {"person_id": p["daughter"], "relative_id": p["li"],
                                     "relation": "in_law"})
    relations.add_relation(village, {"person_id": p["daughter"], "relative_id": p["father"],
                                     "relation": "parent"})
    got = [(v.name, v.relation, v.same_household)
           for v in relations.relatives_of(village, p["daughter"])]
    assert got == [("王大山", "parent", True), ("李建国", "in_law", False)]


def test_refusals(village: AppContext) -> None:
    p = people(village)
    with pytest.raises(DomainError) as exc:
        relations.add_relation(village, {"person_id": p["li"], "relative_id": p["li"],
                                         "relation": "sibling"})
    assert (exc.value.code, exc.value.field) == ("relation.self", "relative_id")
    with pytest.raises(NotFound) as missing:
        relations.add_relation(village, {"person_id": p["li"], "relative_id": "nobody",
                                         "relation": "sibling"})
    assert missing.value.field == "relative_id"
    with pytest.raises(ValidationErrors) as bad:
        relations.add_relation(village, {"person_id": p["li"], "relative_id": p["father"],
                                         "relation": "cousin"})
    assert [e.field for e in bad.value.errors] == ["relation"]
    relations.add_relation(village, {"person_id": p["li"], "relative_id": p["father"],
                                     "relation": "in_law"})
    # The same pair the other way round is the same tie.
    with pytest.raises(DomainError) as twice:
        relations.add_relation(village, {"person_id": p["father"], "relative_id": p["li"],
                                         "relation": "sibling"})
    assert twice.value.code == "relation.duplicate"
    assert twice.value.params == {"name": "李建国", "relation": "in_law"}


def test_remove_voids_the_row_and_logs(village: AppContext) -> None:
    p = people(village)
    tie = relations.add_relation(village, {"person_id": p["father"], "relative_id": p["li"],
                                           "relation": "other"})
    relations.remove_relation(village, tie.id, {"reason": "登记错误"})
    assert relations.relatives_of(village, p["li"]) == []
    with village.uow() as uow:
        row = uow.session.get(PersonRelation, tie.id)
        assert row is not None and row.voided_at is not None and row.void_reason == "登记错误"
        actions = [e.action for e in uow.session.exec(select(EventLog)).all()]
    assert actions.count("relation.add") == 1 and actions.count("relation.remove") == 1
    with pytest.raises(NotFound):
        relations.remove_relation(village, tie.id, {"reason": "again"})
    with pytest.raises(ValidationErrors):
        relations.remove_relation(village, tie.id, {"reason": ""})
    # Voided, the pair may be recorded anew.
    again = relations.add_relation(village, {"person_id": p["father"], "relative_id": p["li"],
                                             "relation": "in_law"})
    assert again.relation == "in_law"
