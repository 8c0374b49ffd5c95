"""Joint-defence groups (联户联防 / 十户联防): about ten neighbouring households under an
elected head (中心户长), with a deputy, membership over time and re-elections.

A household belongs to one group at a time: joining another group closes its old membership
(``left_on``) and opens a new one, so the history of who was in which group stays."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_commands import (
    DeputyChange,
    DissolveInput,
    GroupInput,
    GroupUpdate,
    HeadChange,
    MembershipChange,
)
from mediation_desk.domain.community_views import GroupDetail, GroupView, HouseholdView
from mediation_desk.domain.deadlines import add_months
from mediation_desk.domain.enums import GroupStatus
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.services.case_register import check_date
from mediation_desk.services.community import (
    GROUP_TERM_MONTHS,
    current_memberships,
    group_views,
    household_views,
    local_committee_id,
    membership_views,
)
from mediation_desk.services.inputs import parse
from mediation_desk.store import community_repo, repos
from mediation_desk.store.tables import (
    GroupMember,
    Household,
    JointDefenseGroup,
    Person,
)
from mediation_desk.store.uow import UnitOfWork


def add_group(ctx: AppContext, data: dict[str, Any]) -> GroupView:
    cmd = parse(GroupInput, data)
    today = ctx.today()
    elected = cmd.elected_on or today
    check_date(elected, field="elected_on", today=today)
    with ctx.uow(write=True) as uow:
        committee_id = local_committee_id(uow)
        for i, hid in enumerate(cmd.household_ids):
            hh = repos.get(uow.session, Household, hid)
            if hh is None or hh.voided_at is not None:
                raise NotFound("household", hid, f"household_ids[{i}]")
            # A household belongs to one group at a time (domain.md §7.2).
            if repos.active_group_of(uow.session, hid) is not None:
                raise DomainError("group.household_taken", f"household_ids[{i}]")
        head = _member_person(uow, cmd.head_person_id, cmd.household_ids,
                              field="head_person_id")
        deputy = None
        if cmd.deputy_person_id:
            deputy = _member_person(uow, cmd.deputy_person_id, cmd.household_ids,
                                    field="deputy_person_id", code="group.deputy_not_member")
            if deputy.id == head.id:
                raise DomainError("group.deputy_is_head", "deputy_person_id")
        g = JointDefenseGroup(committee_id=committee_id, name=cmd.name,
                              villager_group=cmd.villager_group, grid=cmd.grid,
                              head_person_id=head.id, head_household_id=head.household_id,
                              deputy_person_id=deputy.id if deputy else None, elected_on=elected,
                              selection_method=cmd.selection_method,
                              term_end=cmd.term_end or add_months(elected, GROUP_TERM_MONTHS),
                              origin_station_id=uow.station_id)
        uow.session.add(g)
        uow.session.flush()
        uow.session.add_all([GroupMember(group_id=g.id, household_id=hid, joined_on=elected,
                                         origin_station_id=uow.station_id)
                             for hid in dict.fromkeys(cmd.household_ids)])
        uow.session.flush()
        uow.log("group.add", "joint_defense_group", g.id,
                after={"name": g.name, "households": len(cmd.household_ids),
                       "head": head.name})
        uow.commit()
        return group_views(uow, [g], today)[0]


def update_group(ctx: AppContext, group_id: str, data: dict[str, Any]) -> GroupView:
    cmd = parse(GroupUpdate, data)
    with ctx.uow(write=True) as uow:
        g = _group(uow, group_id)
        before = {"name": g.name, "villager_group": g.villager_group, "grid": g.grid}
        g.name, g.villager_group, g.grid = cmd.name, cmd.villager_group, cmd.grid
        uow.log("group.update", "joint_defense_group", g.id, before=before,
                after={"name": g.name, "villager_group": g.villager_group, "grid": g.grid})
        uow.commit()
        return group_views(uow, [g], ctx.today())[0]


def list_groups(ctx: AppContext, *, include_dissolved: bool = True) -> list[GroupView]:
    with ctx.uow() as uow:
        rows = community_repo.groups(uow.session, include_dissolved=include_dissolved)
        return group_views(uow, rows, ctx.today())


def get_group(ctx: AppContext, group_id: str) -> GroupDetail:
    with ctx.uow() as uow:
        return _detail(uow, _group(uow, group_id, active=False), ctx.today())


def group_households(ctx: AppContext, group_id: str) -> list[HouseholdView]:
    """The group's current households with their members (the choices for head, deputy and
    reporter)."""
    with ctx.uow() as uow:
        ids = [m.household_id for m in current_memberships(uow, group_id=group_id)]
        rows = community_repo.households_by_ids(uow.session, ids)
        order = {hid: i for i, hid in enumerate(ids)}
        rows.sort(key=lambda h: order[h.id])
        return household_views(uow, rows, ctx.today())


def join_group(ctx: AppContext, group_id: str, data: dict[str, Any]) -> GroupDetail:
    """The household joins on ``on_date``; if it was in another group it leaves that one on the
    same day (one group at a time)."""
    cmd = parse(MembershipChange, data)
    today = ctx.today()
    on = cmd.on_date or today
    check_date(on, field="on_date", today=today)
    with ctx.uow(write=True) as uow:
        g = _group(uow, group_id)
        hh = repos.get(uow.session, Household, cmd.household_id)
        if hh is None or hh.voided_at is not None:
            raise NotFound("household", cmd.household_id, "household_id")
        moved_from = None
        for m in current_memberships(uow, household_id=hh.id):
            if m.group_id == g.id:
                raise DomainError("group.already_member", "household_id")
            old = _group(uow, m.group_id, active=False)
            if old.head_household_id == hh.id:
                # The old group would be left without a head living in it.
                raise DomainError("group.head_household_leaving", "household_id",
                                  group=old.name)
            check_date(on, field="on_date", today=today, not_before=m.joined_on)
            m.left_on = on
            moved_from = old
        uow.session.add(GroupMember(group_id=g.id, household_id=hh.id, joined_on=on,
                                    origin_station_id=uow.station_id))
        uow.session.flush()
        uow.log("group.join", "joint_defense_group", g.id,
                after={"household": hh.id, "on": on.isoformat(),
                       "from_group": moved_from.id if moved_from else None})
        uow.commit()
        return _detail(uow, g, today)


def leave_group(ctx: AppContext, group_id: str, data: dict[str, Any]) -> GroupDetail:
    cmd = parse(MembershipChange, data)
    today = ctx.today()
    on = cmd.on_date or today
    check_date(on, field="on_date", today=today)
    with ctx.uow(write=True) as uow:
        g = _group(uow, group_id)
        found = current_memberships(uow, group_id=g.id, household_id=cmd.household_id)
        if not found:
            raise DomainError("group.not_member", "household_id")
        if g.head_household_id == cmd.household_id:
            raise DomainError("group.head_household_leaving", "household_id", group=g.name)
        check_date(on, field="on_date", today=today, not_before=found[0].joined_on)
        found[0].left_on = on
        uow.log("group.leave", "joint_defense_group", g.id,
                after={"household": cmd.household_id, "on": on.isoformat()})
        uow.commit()
        return _detail(uow, g, today)


def change_head(ctx: AppContext, group_id: str, data: dict[str, Any]) -> GroupView:
    """换届 or replacement: a new head from one of the member households, elected on
    ``on_date`` by ``method``; a new term starts. The event log keeps the old head."""
    cmd = parse(HeadChange, data)
    today = ctx.today()
    on = cmd.on_date or today
    check_date(on, field="on_date", today=today)
    with ctx.uow(write=True) as uow:
        g = _group(uow, group_id)
        current = [m.household_id for m in current_memberships(uow, group_id=g.id)]
        head = _member_person(uow, cmd.person_id, current, field="person_id")
        if cmd.term_end is not None and cmd.term_end <= on:
            raise DomainError("date.before", "term_end", date=cmd.term_end.isoformat(),
                              earliest=on.isoformat())
        before = {"head": g.head_person_id, "elected_on": str(g.elected_on or ""),
                  "method": g.selection_method, "term_end": str(g.term_end or "")}
        g.head_person_id, g.head_household_id = head.id, head.household_id
        g.elected_on, g.selection_method = on, cmd.method
        g.term_end = cmd.term_end or add_months(on, GROUP_TERM_MONTHS)
        if g.deputy_person_id == head.id:
            g.deputy_person_id = None  # the deputy became head: the seat is open again
        uow.log("group.change_head", "joint_defense_group", g.id, before=before,
                after={"head": head.id, "name": head.name, "elected_on": on.isoformat(),
                       "method": cmd.method, "term_end": g.term_end.isoformat()})
        uow.commit()
        return group_views(uow, [g], today)[0]


def set_deputy(ctx: AppContext, group_id: str, data: dict[str, Any]) -> GroupView:
    cmd = parse(DeputyChange, data)
    with ctx.uow(write=True) as uow:
        g = _group(uow, group_id)
        before = g.deputy_person_id
        if cmd.person_id:
            current = [m.household_id for m in current_memberships(uow, group_id=g.id)]
            deputy = _member_person(uow, cmd.person_id, current, field="person_id",
                                    code="group.deputy_not_member")
            if deputy.id == g.head_person_id:
                raise DomainError("group.deputy_is_head", "person_id")
        g.deputy_person_id = cmd.person_id or None
        uow.log("group.set_deputy", "joint_defense_group", g.id, before={"deputy": before},
                after={"deputy": g.deputy_person_id})
        uow.commit()
        return group_views(uow, [g], ctx.today())[0]


def dissolve_group(ctx: AppContext, group_id: str, data: dict[str, Any]) -> GroupView:
    """The group stops: status dissolved, every current membership closed on ``on_date``
    (its households are then free to join another group)."""
    cmd = parse(DissolveInput, data)
    today = ctx.today()
    on = cmd.on_date or today
    check_date(on, field="on_date", today=today)
    with ctx.uow(write=True) as uow:
        g = _group(uow, group_id)
        members = current_memberships(uow, group_id=g.id)
        for m in members:
            m.left_on = max(on, m.joined_on)
        g.status = GroupStatus.DISSOLVED.value
        uow.log("group.dissolve", "joint_defense_group", g.id,
                after={"on": on.isoformat(), "reason": cmd.reason, "households": len(members)})
        uow.commit()
        return group_views(uow, [g], today)[0]


def _group(uow: UnitOfWork, group_id: str, *, active: bool = True) -> JointDefenseGroup:
    g = repos.get(uow.session, JointDefenseGroup, group_id)
    if g is None or g.voided_at is not None:
        raise NotFound("joint_defense_group", group_id, "group_id")
    if active and g.status != GroupStatus.ACTIVE.value:
        raise DomainError("group.dissolved", "group_id", name=g.name)
    return g


def _member_person(uow: UnitOfWork, person_id: str, household_ids: list[str], *,
                   field: str, code: str = "group.head_not_member") -> Person:
    """The head or deputy: a registered person living in one of the group's households."""
    person = repos.get(uow.session, Person, person_id)
    if person is None or person.voided_at is not None:
        raise NotFound("person", person_id, field)
    if person.household_id not in household_ids:
        raise DomainError(code, field)
    return person


def _detail(uow: UnitOfWork, g: JointDefenseGroup, today: date) -> GroupDetail:
    incidents = community_repo.count_group_incidents(uow.session, g.id)
    return GroupDetail(group=group_views(uow, [g], today)[0],
                       members=membership_views(uow, g.id), incidents=incidents)
