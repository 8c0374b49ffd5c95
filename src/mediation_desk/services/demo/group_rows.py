"""Demo joint-defence groups (十户联防): about ten neighbouring households of one villager
group under an elected head and a deputy, with the heads' incident reports — every kind and
every routing, and a few disputes that went to the mediation committee as real demo cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random
from typing import TYPE_CHECKING, Any

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.domain.deadlines import add_months
from mediation_desk.services.demo.community import joint_defense_group_name, make_incident
from mediation_desk.services.demo.people import PersonSpec
from mediation_desk.services.demo.places import VillageSpec
from mediation_desk.store import community_repo
from mediation_desk.store.tables import (
    GroupMember,
    IncidentReport,
    JointDefenseGroup,
)

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer

# Where a head sends each kind of report, most of the time (domain.md §7.1 reporting line).
_USUAL_ROUTE = {"dispute": "self_handled", "security_hazard": "security_committee",
                "suspicious_person": "police", "fire": "self_handled",
                "welfare": "security_committee", "other": "self_handled"}
_OTHER_ROUTES = {"dispute": ("security_committee",), "security_hazard": ("self_handled",),
                 "suspicious_person": ("security_committee",),
                 "fire": ("security_committee", "police"), "welfare": ("self_handled",),
                 "other": ("security_committee",)}
CASES_FROM_INCIDENTS = 3
TERM_MONTHS = 36


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
    groups: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    incidents: list[dict[str, Any]] = []
    out: list[DemoGroup] = []
    for villager_group, hhs in sorted(by_group.items()):
        for n, unit in enumerate(_units(hhs), start=1):
            head, deputy = _head_and_deputy(rng, unit, today)
            gid = w.new_id()
            elected = add_months(today, -rng.randint(2, 30))
            if not groups:
                # The first group's head was elected almost three years ago: 换届 is due within
                # days, so 今日待办 shows it.
                elected = add_months(today, -TERM_MONTHS) + timedelta(days=rng.randint(3, 6))
            groups.append({"id": gid, "committee_id": w.committee.id,
                           "name": joint_defense_group_name(villager_group, n),
                           "villager_group": villager_group,
                           "head_person_id": w.person_ids[head.id_number][0],
                           "head_household_id": household_ids[head.id_number],
                           "deputy_person_id": w.person_ids[deputy.id_number][0]
                           if deputy else None,
                           "elected_on": elected,
                           "selection_method": rng.choice(("公推公选",) * 3 + ("推荐+认定",)),
                           "term_end": add_months(elected, TERM_MONTHS)})
            for hh in unit:
                members.append({"group_id": gid, "household_id": household_ids[hh[0].id_number],
                                 "joined_on": elected})
            out.append(DemoGroup(
                id=gid, villager_group=villager_group,
                household_ids=tuple(household_ids[hh[0].id_number] for hh in unit),
                household_names=tuple(hh[0].name for hh in unit)))
            first = len(groups) == 1
            for kind, desc, action in _reports(rng, village, every_kind=first):
                # The first group's reports go the usual way, so every route shows up.
                route = _USUAL_ROUTE[kind] if first or rng.random() < 0.7 else \
                    rng.choice(_OTHER_ROUTES[kind])
                incidents.append({"group_id": gid, "reported_at": _evening(
                    rng, today - timedelta(days=rng.randint(1, 200))),
                    "reporter_person_id": w.person_ids[head.id_number][0], "kind": kind,
                    "description": desc, "action_taken": action, "routed_to": route,
                    "follow_up": "已办结。" if rng.random() < 0.4 else ""})
    w.insert(JointDefenseGroup, groups)
    w.insert(GroupMember, members)
    incidents += _to_committee(w, rng, today, groups)
    w.insert(IncidentReport, incidents)
    return out


def _units(hhs: list[list[PersonSpec]]) -> list[list[list[PersonSpec]]]:
    """Neighbouring households in groups of about ten, sizes as even as possible."""
    count = max(1, round(len(hhs) / 10))
    size, extra = divmod(len(hhs), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(hhs[start:end])
        start = end
    return out


def _fit(p: PersonSpec, today: date) -> bool:
    # Who villagers usually elect: of working age, reachable by phone (domain.md §7.1).
    return bool(p.phone) and 30 <= p.age_on(today) <= (65 if p.gender == "male" else 60)


def _head_and_deputy(rng: Random, unit: list[list[PersonSpec]],
                     today: date) -> tuple[PersonSpec, PersonSpec | None]:
    """Mostly a fit head of household; now and then the oldest household's head regardless
    (so the page has conditions to warn about)."""
    fit = [hh[0] for hh in unit if _fit(hh[0], today)] or \
        [p for hh in unit for p in hh if _fit(p, today)]
    head = rng.choice(fit) if fit and rng.random() < 0.85 else unit[0][0]
    others = [p for p in fit if p.id_number != head.id_number
              and p.address != head.address]
    deputy = rng.choice(others) if others and rng.random() < 0.8 else None
    return head, deputy


def _reports(rng: Random, village: VillageSpec,
             every_kind: bool) -> list[tuple[str, str, str]]:
    if not every_kind:
        return [make_incident(rng, village) for _ in range(rng.randint(0, 2))]
    found: dict[str, tuple[str, str, str]] = {}
    for _ in range(500):  # every kind appears in the first group's reports
        made = make_incident(rng, village)
        found.setdefault(made[0], made)
        if len(found) == len(_USUAL_ROUTE):
            break
    return list(found.values())


def _evening(rng: Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(7, 21), rng.choice((0, 15, 30, 45))),
                            tzinfo=CHINA_TZ)


def _to_committee(w: _Writer, rng: Random, today: date,
                  groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Recent demo cases that a group head brought to the committee: the case gets source
    joint_defense and the report as its origin; the report links the case."""
    if not groups:
        return []
    cases = community_repo.latest_cases_since(w.uow.session, today - timedelta(days=150),
                                              limit=CASES_FROM_INCIDENTS)
    rows = []
    for case in cases:
        g = rng.choice(groups)
        rid = w.new_id()
        case.source_code, case.referred_by = "joint_defense", g["name"]
        case.origin_kind, case.origin_id = "incident_report", rid
        rows.append({"id": rid, "group_id": g["id"], "reported_at": _evening(
            rng, case.received_on - timedelta(days=rng.randint(0, 1))),
            "reporter_person_id": g["head_person_id"], "kind": "dispute",
            "description": case.facts, "action_taken": "中心户长到场劝解，双方同意由村调委会调解。",
            "routed_to": "mediation_committee", "case_id": case.id, "follow_up": ""})
    w.uow.session.flush()
    return rows
