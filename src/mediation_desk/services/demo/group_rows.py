"""Demo joint-defence groups (十户联防): about ten neighbouring households of one villager
group under an elected head, with the heads' incident reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.domain.deadlines import add_months
from mediation_desk.services.demo.community import joint_defense_group_name, make_incident
from mediation_desk.services.demo.people import PersonSpec
from mediation_desk.services.demo.places import VillageSpec
from mediation_desk.store.tables import GroupMember, IncidentReport, JointDefenseGroup

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer


@dataclass(frozen=True)
class DemoGroup:
    """What the patrol demo needs to know of a group it wrote."""

    id: str
    villager_group: str
    household_ids: tuple[str, ...]
    household_names: tuple[str, ...]  # the head of each household, same order


def write(w: _Writer, rng: Random, village: VillageSpec, today: date,
          population: list[list[PersonSpec]]) -> list[DemoGroup]:
    by_group: dict[str, list[list[PersonSpec]]] = {}
    for hh in population:
        by_group.setdefault(hh[0].villager_group, []).append(hh)
    household_ids = w.household_of
    groups, members, incidents = [], [], []
    out: list[DemoGroup] = []
    for villager_group, hhs in sorted(by_group.items()):
        for n, start in enumerate(range(0, len(hhs), 10), start=1):
            unit = hhs[start:start + 10]
            head = unit[0][0]
            gid = w.new_id()
            elected = add_months(today, -rng.randint(2, 30))
            groups.append({"id": gid, "committee_id": w.committee.id,
                           "name": joint_defense_group_name(villager_group, n),
                           "villager_group": villager_group,
                           "head_person_id": w.person_ids[head.id_number][0],
                           "head_household_id": household_ids[head.id_number],
                           "elected_on": elected, "selection_method": "公推公选",
                           "term_end": add_months(elected, 36)})
            for hh in unit:
                members.append({"group_id": gid, "household_id": household_ids[hh[0].id_number],
                                 "joined_on": elected})
            out.append(DemoGroup(
                id=gid, villager_group=villager_group,
                household_ids=tuple(household_ids[hh[0].id_number] for hh in unit),
                household_names=tuple(hh[0].name for hh in unit)))
            for _ in range(rng.randint(0, 2)):
                kind, desc, action = make_incident(rng, village)
                incidents.append({"group_id": gid, "reported_at": w.uow.now - timedelta(
                    days=rng.randint(1, 200)), "reporter_person_id":
                    w.person_ids[head.id_number][0], "kind": kind, "description": desc,
                    "action_taken": action, "routed_to": "self_handled"})
    w.insert(JointDefenseGroup, groups)
    w.insert(GroupMember, members)
    w.insert(IncidentReport, incidents)
    return out


