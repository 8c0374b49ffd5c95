"""Households and joint-defence groups (联户联防) with their incident reports. An incident
routed to the mediation committee becomes a case."""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_commands import (
    GroupInput,
    HouseholdInput,
    IncidentInput,
)
from mediation_desk.domain.community_views import (
    GroupView,
    HouseholdView,
    IncidentView,
)
from mediation_desk.domain.deadlines import add_months
from mediation_desk.domain.enums import IncidentRoute
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.services import indexing
from mediation_desk.services.case_register import register_case
from mediation_desk.services.inputs import parse
from mediation_desk.services.persons import check_person, new_person_row
from mediation_desk.store import repos
from mediation_desk.store.tables import (
    GroupMember,
    Household,
    IncidentReport,
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


def add_household(ctx: AppContext, data: dict[str, Any]) -> HouseholdView:
    cmd = parse(HouseholdInput, data)
    today = ctx.today()
    if not cmd.member_ids and not cmd.new_members:
        raise DomainError("household.no_members", "member_ids")
    checked = [check_person(p, today=today, prefix=f"new_members[{i}]")
               for i, p in enumerate(cmd.new_members)]
    with ctx.uow(write=True) as uow:
        committee_id = local_committee_id(uow)
        hh = Household(committee_id=committee_id, address=cmd.address,
                       villager_group=cmd.villager_group, grid=cmd.grid, note=cmd.note,
                       origin_station_id=uow.station_id)
        uow.session.add(hh)
        uow.session.flush()
        members: list[Person] = []
        for i, pid in enumerate(cmd.member_ids):
            person = repos.get(uow.session, Person, pid)
            if person is None or person.voided_at is not None:
                raise NotFound("person", pid, f"member_ids[{i}]")
            members.append(person)
        for i, c in enumerate(checked):
            person = new_person_row(c, committee_id=committee_id, cipher=ctx.cipher, uow=uow,
                                    field=f"new_members[{i}].id_number")
            uow.session.add(person)
            members.append(person)
        uow.session.flush()
        for person in members:
            person.household_id = hh.id
            indexing.index_person(uow, person)
        hh.head_person_id = members[0].id
        uow.log("household.add", "household", hh.id, after={"members": len(members)})
        uow.commit()
        return HouseholdView(id=hh.id, address=hh.address, villager_group=hh.villager_group,
                             head_person_id=hh.head_person_id, member_ids=[m.id for m in members])


def add_group(ctx: AppContext, data: dict[str, Any]) -> GroupView:
    cmd = parse(GroupInput, data)
    elected = cmd.elected_on or ctx.today()
    with ctx.uow(write=True) as uow:
        committee_id = local_committee_id(uow)
        households = []
        for i, hid in enumerate(cmd.household_ids):
            hh = repos.get(uow.session, Household, hid)
            if hh is None:
                raise NotFound("household", hid, f"household_ids[{i}]")
            # A household belongs to one group at a time (domain.md §7.2).
            if repos.active_group_of(uow.session, hid) is not None:
                raise DomainError("group.household_taken", f"household_ids[{i}]")
            households.append(hh)
        head = repos.get(uow.session, Person, cmd.head_person_id)
        if head is None:
            raise NotFound("person", cmd.head_person_id, "head_person_id")
        if head.household_id not in cmd.household_ids:
            raise DomainError("group.head_not_member", "head_person_id")
        g = JointDefenseGroup(committee_id=committee_id, name=cmd.name,
                              villager_group=cmd.villager_group, grid=cmd.grid,
                              head_person_id=head.id, head_household_id=head.household_id,
                              deputy_person_id=cmd.deputy_person_id, elected_on=elected,
                              selection_method=cmd.selection_method,
                              term_end=cmd.term_end or add_months(elected, GROUP_TERM_MONTHS),
                              origin_station_id=uow.station_id)
        uow.session.add(g)
        uow.session.flush()
        uow.session.add_all([GroupMember(group_id=g.id, household_id=h.id, joined_on=elected,
                                         origin_station_id=uow.station_id) for h in households])
        uow.log("group.add", "joint_defense_group", g.id,
                after={"name": g.name, "households": len(households)})
        uow.commit()
        return GroupView(id=g.id, name=g.name, villager_group=g.villager_group,
                         head_person_id=g.head_person_id, household_ids=list(cmd.household_ids),
                         elected_on=g.elected_on, term_end=g.term_end, status=g.status)


def report_incident(ctx: AppContext, group_id: str, data: dict[str, Any]) -> IncidentView:
    """A head's 情况报告. Routed to the mediation committee it is registered as a case."""
    cmd = parse(IncidentInput, data)
    if cmd.routed_to == IncidentRoute.MEDIATION_COMMITTEE and cmd.case is None:
        raise DomainError("incident.needs_case", "case")
    case_id = None
    if cmd.routed_to == IncidentRoute.MEDIATION_COMMITTEE and cmd.case is not None:
        case_data = cmd.case.model_dump(mode="json", exclude_none=True)
        case_id = register_case(ctx, {**case_data, "source": "joint_defense",
                                      "origin_kind": "incident_report"}).summary.id
    with ctx.uow(write=True) as uow:
        group = repos.get(uow.session, JointDefenseGroup, group_id)
        if group is None:
            raise NotFound("joint_defense_group", group_id, "group_id")
        r = IncidentReport(group_id=group.id, reported_at=cmd.reported_at or uow.now,
                           reporter_person_id=cmd.reporter_person_id, kind=cmd.kind.value,
                           description=cmd.description, action_taken=cmd.action_taken,
                           routed_to=cmd.routed_to.value, case_id=case_id,
                           origin_station_id=uow.station_id)
        uow.session.add(r)
        uow.session.flush()
        uow.log("incident.report", "incident_report", r.id, case_id=case_id,
                after={"kind": r.kind, "routed_to": r.routed_to})
        uow.commit()
        return IncidentView(id=r.id, group_id=r.group_id, reported_at=r.reported_at,
                            kind=r.kind, description=r.description, routed_to=r.routed_to,
                            case_id=r.case_id)
