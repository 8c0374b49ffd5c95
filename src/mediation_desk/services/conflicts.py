"""Conflict-of-interest checks for the mediators of a case (回避提示): gathers who the
mediator is, where he lives, his recorded relatives and the joint-defence groups he heads, and
lets domain.conflicts judge them against the case's parties. Warnings only: nothing here
refuses an assignment."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import conflicts as rules
from mediation_desk.domain.errors import DomainWarning, NotFound
from mediation_desk.domain.relation_views import ConflictView
from mediation_desk.services.case_state import CaseAggregate, load
from mediation_desk.services.relations import as_tie, ties_of
from mediation_desk.store import repos
from mediation_desk.store.tables import (
    GroupMember,
    JointDefenseGroup,
    Mediator,
    Person,
)
from mediation_desk.store.uow import UnitOfWork


def mediator_conflicts(ctx: AppContext, case_ref: str, mediator_id: str) -> list[ConflictView]:
    """What may make this mediator partial in this case (assigned or only being considered)."""
    with ctx.uow() as uow:
        agg = load(uow, case_ref)
        return _conflicts(uow, agg, mediator_id)


def case_conflicts(ctx: AppContext, case_ref: str) -> list[ConflictView]:
    """The conflicts of every mediator currently on the case, in the order they were assigned."""
    with ctx.uow() as uow:
        agg = load(uow, case_ref)
        out: list[ConflictView] = []
        seen: set[str] = set()
        for m in agg.mediators:
            if m.removed_on is None and m.mediator_id not in seen:
                seen.add(m.mediator_id)
                out += _conflicts(uow, agg, m.mediator_id)
        return out


def _conflicts(uow: UnitOfWork, agg: CaseAggregate, mediator_id: str) -> list[ConflictView]:
    mediator = repos.get(uow.session, Mediator, mediator_id)
    if mediator is None or mediator.voided_at is not None:
        raise NotFound("mediator", mediator_id, "mediator_id")
    person = repos.get(uow.session, Person, mediator.person_id)
    if person is None:
        raise NotFound("person", mediator.person_id, "mediator_id")
    found = rules.conflicts(_ties(uow, person), _parties(uow, agg))
    return [_view(agg.case.id, mediator_id, person, w) for w in found]


def _ties(uow: UnitOfWork, person: Person) -> rules.MediatorTies:
    s = uow.session
    groups = [rules.HeadedGroup(
        group_id=g.id, name=g.name, status=g.status,
        members=[rules.Membership(m.household_id, m.left_on)
                 for m in repos.children(s, GroupMember, "group_id", g.id)])
        for g in repos.children(s, JointDefenseGroup, "head_person_id", person.id)]
    return rules.MediatorTies(person_id=person.id, household_id=person.household_id,
                              relations=[as_tie(r) for r in ties_of(uow, person.id)],
                              headed_groups=groups)


def _parties(uow: UnitOfWork, agg: CaseAggregate) -> list[rules.PartyRef]:
    refs = []
    for p in agg.parties:
        row = repos.get(uow.session, Person, p.person_id) if p.person_id else None
        refs.append(rules.PartyRef(party_id=p.id, name=p.snapshot_name, person_id=p.person_id,
                                   household_id=row.household_id if row else None))
    return refs


def _view(case_id: str, mediator_id: str, person: Person, w: DomainWarning) -> ConflictView:
    # The gender lets the sentence say 「妻子」 rather than 「配偶」.
    params = {**w.params, "mediator": person.name, "mediator_gender": person.gender}
    relation = params.get("relation")
    return ConflictView(case_id=case_id, mediator_id=mediator_id, mediator_name=person.name,
                        party_id=str(params["party_id"]), party_name=str(params["party"]),
                        code=w.code, relation=str(relation) if relation else None,
                        params=params)
