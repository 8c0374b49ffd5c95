"""What households, joint-defence groups (联户联防) and incident reports share: the local
committee, the head's default term, and the read models built from rows.

The actions live in ``households``, ``groups`` and ``incidents``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from mediation_desk.domain.community_views import (
    GroupMemberView,
    GroupView,
    HouseholdView,
    MemberView,
    WarningView,
)
from mediation_desk.domain.enums import GroupStatus
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.group_checks import HeadFacts, check_group
from mediation_desk.domain.idnumber import age_on
from mediation_desk.domain.phone import mask_phone
from mediation_desk.store import community_repo, repos
from mediation_desk.store.tables import (
    GroupMember,
    Household,
    JointDefenseGroup,
    Person,
)
from mediation_desk.store.uow import UnitOfWork

GROUP_TERM_MONTHS = 36  # no national rule; aligned with committee terms (domain.md §7.2)


def local_committee_id(uow: UnitOfWork) -> str:
    station = repos.local_station(uow.session)
    committee = repos.local_committee(uow.session, station.id) if station else None
    if committee is None:
        raise DomainError("station.not_initialised")
    return committee.id


def persons_by_id(uow: UnitOfWork, ids: Iterable[str | None]) -> dict[str, Person]:
    wanted = sorted({i for i in ids if i})
    return {p.id: p for p in repos.persons_by_ids(uow.session, wanted)} if wanted else {}


def members_of(uow: UnitOfWork, household_ids: Iterable[str]) -> dict[str, list[Person]]:
    """Living members per household, in the order they were registered."""
    ids = list(household_ids)
    out: dict[str, list[Person]] = {i: [] for i in ids}
    if not ids:
        return out
    for p in community_repo.living_members(uow.session, ids):
        out[p.household_id or ""].append(p)
    return out


def member_view(p: Person, *, head_id: str | None, today: date) -> MemberView:
    return MemberView(person_id=p.id, name=p.name, gender=p.gender,
                      age=age_on(p.birth_date, today) if p.birth_date else None,
                      id_number_masked=p.id_number_masked,
                      phone_masked=mask_phone(p.phone) if p.phone else "",
                      is_head=p.id == head_id)


def current_memberships(uow: UnitOfWork, *, group_id: str | None = None,
                        household_id: str | None = None) -> list[GroupMember]:
    return community_repo.current_memberships(uow.session, group_id=group_id,
                                              household_id=household_id)


def household_views(uow: UnitOfWork, households: list[Household],
                    today: date) -> list[HouseholdView]:
    ids = [h.id for h in households]
    members = members_of(uow, ids)
    group_of: dict[str, str] = {}
    for m in community_repo.current_memberships_of_households(uow.session, ids):
        group_of[m.household_id] = m.group_id
    groups = {g.id: g for g in community_repo.groups_by_ids(uow.session,
                                                            set(group_of.values()))}
    out = []
    for h in households:
        # The head first, then the others by age, as in a household register (户口簿).
        people = sorted(members.get(h.id, []), key=lambda p: (
            p.id != h.head_person_id, p.birth_date is None, p.birth_date or date.min))
        head = next((p for p in people if p.id == h.head_person_id), None)
        gid = group_of.get(h.id)
        out.append(HouseholdView(
            id=h.id, address=h.address, villager_group=h.villager_group, grid=h.grid,
            note=h.note, head_person_id=h.head_person_id, head_name=head.name if head else "",
            member_ids=[p.id for p in people],
            members=[member_view(p, head_id=h.head_person_id, today=today) for p in people],
            group_id=gid, group_name=groups[gid].name if gid in groups else ""))
    return out


def group_views(uow: UnitOfWork, groups: list[JointDefenseGroup],
                today: date) -> list[GroupView]:
    ids = [g.id for g in groups]
    current: dict[str, list[str]] = {i: [] for i in ids}
    for m in community_repo.current_memberships_of_groups(uow.session, ids):
        current[m.group_id].append(m.household_id)
    people = persons_by_id(uow, [x for g in groups for x in (g.head_person_id,
                                                             g.deputy_person_id)])
    out = []
    for g in groups:
        head = people.get(g.head_person_id or "")
        deputy = people.get(g.deputy_person_id or "")
        active = g.status == GroupStatus.ACTIVE.value
        warnings = check_group(
            households=len(current[g.id]),
            head=HeadFacts(head.gender, head.birth_date, bool(head.phone)) if head else None,
            has_deputy=deputy is not None, term_end=g.term_end, today=today, active=active)
        out.append(GroupView(
            id=g.id, name=g.name, villager_group=g.villager_group, grid=g.grid,
            head_person_id=g.head_person_id, head_name=head.name if head else "",
            head_household_id=g.head_household_id,
            head_phone_masked=mask_phone(head.phone) if head and head.phone else "",
            deputy_person_id=g.deputy_person_id, deputy_name=deputy.name if deputy else "",
            household_ids=current[g.id], member_count=len(current[g.id]),
            elected_on=g.elected_on, selection_method=g.selection_method,
            term_end=g.term_end, status=g.status,
            warnings=[WarningView.of(w) for w in warnings]))
    return out


def membership_views(uow: UnitOfWork, group_id: str) -> list[GroupMemberView]:
    rows = community_repo.group_memberships(uow.session, group_id)
    households = {h.id: h for h in community_repo.households_by_ids(
        uow.session, {m.household_id for m in rows})}
    heads = persons_by_id(uow, [h.head_person_id for h in households.values()])
    # Current members first (by joining date), then those who left, latest first.
    rows.sort(key=lambda m: (m.left_on is not None, -(m.left_on or date.min).toordinal(),
                             m.joined_on, m.created_at))
    out = []
    for m in rows:
        h = households.get(m.household_id)
        head = heads.get(h.head_person_id or "") if h else None
        out.append(GroupMemberView(id=m.id, household_id=m.household_id,
                                   head_name=head.name if head else "",
                                   address=h.address if h else "",
                                   villager_group=h.villager_group if h else "",
                                   joined_on=m.joined_on, left_on=m.left_on))
    return out
