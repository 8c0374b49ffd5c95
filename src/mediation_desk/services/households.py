"""Households (户): address, villager group, grid and members, one of them the head."""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_commands import HouseholdInput, HouseholdUpdate, MemberInput
from mediation_desk.domain.community_views import HouseholdView
from mediation_desk.domain.errors import DomainError, NotFound, ValidationErrors
from mediation_desk.services import indexing
from mediation_desk.services.community import household_views, local_committee_id, members_of
from mediation_desk.services.inputs import parse
from mediation_desk.services.persons import CheckedPerson, check_person, new_person_row
from mediation_desk.store import community_repo, repos
from mediation_desk.store.tables import Household, Person
from mediation_desk.store.uow import UnitOfWork

SEARCH_LIMIT = 500


def add_household(ctx: AppContext, data: dict[str, Any]) -> HouseholdView:
    cmd = parse(HouseholdInput, data)
    today = ctx.today()
    if not cmd.member_ids and not cmd.new_members:
        raise DomainError("household.no_members", "member_ids")
    if cmd.head_index >= len(cmd.member_ids) + len(cmd.new_members):
        raise DomainError("household.head_index", "head_index")
    checked = _check_new(cmd.new_members, today=today, prefix="new_members")
    with ctx.uow(write=True) as uow:
        committee_id = local_committee_id(uow)
        hh = Household(committee_id=committee_id, address=cmd.address,
                       villager_group=cmd.villager_group, grid=cmd.grid, note=cmd.note,
                       origin_station_id=uow.station_id)
        uow.session.add(hh)
        uow.session.flush()
        members: list[Person] = []
        for i, pid in enumerate(cmd.member_ids):
            members.append(_move_in(uow, pid, hh, field=f"member_ids[{i}]"))
        for i, c in enumerate(checked):
            members.append(_new_member(ctx, uow, c, hh, committee_id,
                                       field=f"new_members[{i}].id_number"))
        hh.head_person_id = members[cmd.head_index].id
        uow.log("household.add", "household", hh.id,
                after={"address": hh.address, "members": len(members)})
        uow.commit()
        return household_views(uow, [hh], today)[0]


def update_household(ctx: AppContext, household_id: str, data: dict[str, Any]) -> HouseholdView:
    cmd = parse(HouseholdUpdate, data)
    with ctx.uow(write=True) as uow:
        hh = _household(uow, household_id)
        before = {"address": hh.address, "villager_group": hh.villager_group, "grid": hh.grid}
        hh.address, hh.villager_group, hh.grid, hh.note = (cmd.address, cmd.villager_group,
                                                           cmd.grid, cmd.note)
        uow.log("household.update", "household", hh.id, before=before,
                after={"address": hh.address, "villager_group": hh.villager_group,
                       "grid": hh.grid})
        uow.commit()
        return household_views(uow, [hh], ctx.today())[0]


def add_member(ctx: AppContext, household_id: str, data: dict[str, Any]) -> HouseholdView:
    """Someone joins the household: a new person, or a registered one moving in."""
    cmd = parse(MemberInput, data)
    if (cmd.person_id is None) == (cmd.person is None):
        raise DomainError("party.person_or_id", "person")
    today = ctx.today()
    checked = _check_new([cmd.person], today=today, prefix="person")[0] if cmd.person else None
    with ctx.uow(write=True) as uow:
        hh = _household(uow, household_id)
        if checked is not None:
            person = _new_member(ctx, uow, checked, hh, local_committee_id(uow),
                                 field="person.id_number")
        else:
            person = _move_in(uow, cmd.person_id or "", hh, field="person_id")
        if hh.head_person_id is None:
            hh.head_person_id = person.id
        uow.log("household.add_member", "household", hh.id, after={"person": person.name})
        uow.commit()
        return household_views(uow, [hh], today)[0]


def set_household_head(ctx: AppContext, household_id: str, person_id: str) -> HouseholdView:
    with ctx.uow(write=True) as uow:
        hh = _household(uow, household_id)
        person = repos.get(uow.session, Person, person_id)
        if person is None or person.voided_at is not None:
            raise NotFound("person", person_id, "head_person_id")
        if person.household_id != hh.id:
            raise DomainError("household.head_not_member", "head_person_id")
        before = hh.head_person_id
        hh.head_person_id = person.id
        uow.log("household.set_head", "household", hh.id, before={"head": before},
                after={"head": person.id, "name": person.name})
        uow.commit()
        return household_views(uow, [hh], ctx.today())[0]


def get_household(ctx: AppContext, household_id: str) -> HouseholdView:
    with ctx.uow() as uow:
        return household_views(uow, [_household(uow, household_id)], ctx.today())[0]


def list_households(ctx: AppContext, *, search: str = "",
                    villager_group: str | None = None) -> list[HouseholdView]:
    """Households by villager group and address; ``search`` matches the address, the villager
    group or any member's name (also by pinyin initials, through the person index)."""
    text = search.strip()
    with ctx.uow() as uow:
        rows = community_repo.households(uow.session, villager_group=villager_group)
        views = household_views(uow, rows, ctx.today())
        if not text:
            return views
        found = set(indexing.search_ids(uow, text, kind=indexing.PERSON, limit=SEARCH_LIMIT))
        return [v for v in views
                if text in v.address or text in v.villager_group
                or any(text in m.name or m.person_id in found for m in v.members)]


def _household(uow: UnitOfWork, household_id: str) -> Household:
    hh = repos.get(uow.session, Household, household_id)
    if hh is None or hh.voided_at is not None:
        raise NotFound("household", household_id, "household_id")
    return hh


def _check_new(persons: list[Any], *, today: Any, prefix: str) -> list[CheckedPerson]:
    errors: list[DomainError] = []
    out: list[CheckedPerson] = []
    for i, p in enumerate(persons):
        try:
            out.append(check_person(p, today=today,
                                    prefix=f"{prefix}[{i}]" if prefix == "new_members"
                                    else prefix))
        except ValidationErrors as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationErrors(errors)
    return out


def _new_member(ctx: AppContext, uow: UnitOfWork, checked: CheckedPerson, hh: Household,
                committee_id: str, *, field: str) -> Person:
    person = new_person_row(checked, committee_id=committee_id, cipher=ctx.cipher, uow=uow,
                            field=field)
    person.household_id = hh.id
    if not person.address:
        person.address = hh.address
    uow.session.add(person)
    uow.session.flush()
    indexing.index_person(uow, person)
    return person


def _move_in(uow: UnitOfWork, person_id: str, hh: Household, *, field: str) -> Person:
    """A registered person joins ``hh``; the household they leave gets another head."""
    person = repos.get(uow.session, Person, person_id)
    if person is None or person.voided_at is not None:
        raise NotFound("person", person_id, field)
    old_id = person.household_id
    person.household_id = hh.id
    uow.session.flush()
    if old_id and old_id != hh.id:
        old = repos.get(uow.session, Household, old_id)
        if old is not None and old.head_person_id == person.id:
            rest = members_of(uow, [old.id])[old.id]
            old.head_person_id = rest[0].id if rest else None
    return person
