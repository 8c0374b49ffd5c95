"""Family ties between registered persons (配偶, 父母, 子女, 兄弟姐妹 ...), recorded once per
pair and read both ways. The recusal checks (services.conflicts) warn when a mediator is a
party's relative. Ties are voided with a reason, never deleted."""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.conflicts import Tie, relation_of
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.relation_commands import RelationInput, RelationRemoval
from mediation_desk.domain.relation_views import RelativeView
from mediation_desk.services.inputs import parse
from mediation_desk.store import repos
from mediation_desk.store.tables import Person, PersonRelation
from mediation_desk.store.uow import UnitOfWork


def ties_of(uow: UnitOfWork, person_id: str) -> list[PersonRelation]:
    """The live ties that involve ``person_id``, either side."""
    s = uow.session
    return [*repos.children(s, PersonRelation, "person_id", person_id),
            *repos.children(s, PersonRelation, "relative_id", person_id)]


def as_tie(row: PersonRelation) -> Tie:
    return Tie(row.person_id, row.relative_id, row.relation)


def _live_person(uow: UnitOfWork, person_id: str, field: str) -> Person:
    row = repos.get(uow.session, Person, person_id)
    if row is None or row.voided_at is not None:
        raise NotFound("person", person_id, field)
    return row


def add_relation(ctx: AppContext, data: dict[str, Any] | RelationInput) -> RelativeView:
    """Record that ``relative_id`` is ``person_id``'s ``relation``; returns the tie as seen
    from ``person_id``."""
    cmd = parse(RelationInput, data)
    if cmd.person_id == cmd.relative_id:
        raise DomainError("relation.self", "relative_id")
    with ctx.uow(write=True) as uow:
        person = _live_person(uow, cmd.person_id, "person_id")
        relative = _live_person(uow, cmd.relative_id, "relative_id")
        for row in ties_of(uow, person.id):
            if relative.id in (row.person_id, row.relative_id):
                seen = relation_of(as_tie(row), person.id)
                raise DomainError("relation.duplicate", "relative_id", name=relative.name,
                                  relation=seen[1].value if seen else row.relation)
        row = PersonRelation(person_id=person.id, relative_id=relative.id,
                             relation=cmd.relation.value, note=cmd.note,
                             origin_station_id=uow.station_id)
        uow.session.add(row)
        uow.session.flush()
        uow.log("relation.add", "person_relation", row.id,
                after={"person": person.name, "relative": relative.name,
                       "relation": row.relation})
        uow.commit()
        return _view(row, person.id, relative, person.household_id)


def remove_relation(ctx: AppContext, relation_id: str,
                    data: dict[str, Any] | RelationRemoval) -> None:
    """Void a tie recorded by mistake (or no longer true, e.g. after a divorce)."""
    cmd = parse(RelationRemoval, data)
    with ctx.uow(write=True) as uow:
        row = repos.get(uow.session, PersonRelation, relation_id)
        if row is None or row.voided_at is not None:
            raise NotFound("relation", relation_id, "relation_id")
        row.voided_at = uow.now
        row.void_reason = cmd.reason
        uow.log("relation.remove", "person_relation", row.id,
                before={"person_id": row.person_id, "relative_id": row.relative_id,
                        "relation": row.relation},
                after={"reason": cmd.reason})
        uow.commit()


def relatives_of(ctx: AppContext, person_id: str) -> list[RelativeView]:
    """The person's recorded relatives, closest kinds first, then by name."""
    with ctx.uow() as uow:
        person = repos.get(uow.session, Person, person_id)
        if person is None:
            raise NotFound("person", person_id, "person_id")
        out = []
        for row in ties_of(uow, person_id):
            seen = relation_of(as_tie(row), person_id)
            other = repos.get(uow.session, Person, seen[0]) if seen else None
            if other is not None:
                out.append(_view(row, person_id, other, person.household_id))
        return sorted(out, key=lambda v: (_ORDER.get(v.relation, len(_ORDER)), v.name))


_ORDER = {r: i for i, r in enumerate(
    ("spouse", "parent", "child", "sibling", "grandparent", "grandchild", "in_law", "other"))}


def _view(row: PersonRelation, person_id: str, other: Person,
          household_id: str | None) -> RelativeView:
    seen = relation_of(as_tie(row), person_id)
    return RelativeView(
        id=row.id, person_id=person_id, relative_id=other.id, name=other.name,
        gender=other.gender, relation=(seen[1].value if seen else row.relation), note=row.note,
        id_number_masked=other.id_number_masked, household_id=other.household_id,
        same_household=household_id is not None and other.household_id == household_id)
