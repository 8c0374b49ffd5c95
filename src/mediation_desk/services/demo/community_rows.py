"""Demo rows beyond cases: the mediator roster, joint-defence groups with patrols and
incident reports, and monthly screening rounds (some of them nil reports)."""

from __future__ import annotations

from datetime import date, time, timedelta
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.domain.deadlines import add_months
from mediation_desk.services.demo.community import (
    joint_defense_group_name,
    make_incident,
    make_patrol_observation,
    make_screening_finding,
    make_training,
    pick_specialties,
)
from mediation_desk.services.demo.people import PersonSpec
from mediation_desk.services.demo.places import VillageSpec
from mediation_desk.store.tables import (
    GroupMember,
    IncidentReport,
    JointDefenseGroup,
    Mediator,
    MediatorTraining,
    PatrolLog,
    PatrolShift,
    ScreeningFinding,
    ScreeningRound,
)

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer

ROLES = ("chair", "vice_chair", "member", "member", "member", "hired", "hired")


def write_mediators(w: _Writer, rng: Random, population: list[list[PersonSpec]],
                    today: date) -> list[str]:
    adults = [p for hh in population for p in hh if 25 <= p.age_on(today) <= 68]
    chosen = rng.sample(adults, min(len(ROLES), len(adults)))
    # Law Art. 8: a committee must have a woman member; make sure the demo does.
    if chosen and all(p.gender != "female" for p in chosen):
        women = [p for p in adults if p.gender == "female"]
        if women:
            chosen[-1] = rng.choice(women)
    rows, trainings = [], []
    for role, p in zip(ROLES, chosen, strict=False):
        appointed = add_months(today, -rng.randint(1, 30))
        mid = w.new_id()
        pid = w.person_ids[p.id_number][0]
        rows.append({"id": mid, "person_id": pid, "committee_id": w.committee.id, "role": role,
                     "appointment_method": "appointed" if role == "hired" else "elected",
                     "appointed_on": appointed,
                     "term_end": None if role == "hired" else add_months(appointed, 36),
                     "certificate_no": f"调聘{appointed.year}{rng.randint(100, 999)}",
                     "specialties": list(pick_specialties(rng)), "is_chief": role == "chair"})
        for _ in range(rng.randint(1, 3)):
            organiser, topic, hours = make_training(rng)
            trainings.append({"mediator_id": mid, "held_on": _between(rng, appointed, today),
                              "organiser": organiser, "topic": topic, "hours": hours,
                              "exam_passed": True})
    w.insert(Mediator, rows)
    w.insert(MediatorTraining, trainings)
    return [r["id"] for r in rows]


def write(w: _Writer, rng: Random, village: VillageSpec, today: date,
          population: list[list[PersonSpec]], mediators: list[str]) -> tuple[int, int]:
    return _groups(w, rng, village, today, population), _screening(w, rng, village, today,
                                                                   mediators)


def _groups(w: _Writer, rng: Random, village: VillageSpec, today: date,
            population: list[list[PersonSpec]]) -> int:
    by_group: dict[str, list[list[PersonSpec]]] = {}
    for hh in population:
        by_group.setdefault(hh[0].villager_group, []).append(hh)
    household_ids = w.household_of
    groups, members, shifts, logs, incidents = [], [], [], [], []
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
            for week in range(-4, 2):
                day = today + timedelta(days=7 * week + rng.randint(0, 6))
                sid = w.new_id()
                done = day < today
                shifts.append({"id": sid, "group_id": gid, "shift_date": day,
                               "start_time": time(20, 0), "end_time": time(22, 0),
                               "area": f"{villager_group}主路及晒场",
                               "assignees": [hh[0].name for hh in rng.sample(unit, min(2, len(unit)))],
                               "status": "done" if done else "planned"})
                if done:
                    obs, hazards = make_patrol_observation(rng)
                    logs.append({"shift_id": sid, "observations": obs, "hazards": hazards})
            for _ in range(rng.randint(0, 2)):
                kind, desc, action = make_incident(rng, village)
                incidents.append({"group_id": gid, "reported_at": w.uow.now - timedelta(
                    days=rng.randint(1, 200)), "reporter_person_id":
                    w.person_ids[head.id_number][0], "kind": kind, "description": desc,
                    "action_taken": action, "routed_to": "self_handled"})
    w.insert(JointDefenseGroup, groups)
    w.insert(GroupMember, members)
    w.insert(PatrolShift, shifts)
    w.insert(PatrolLog, logs)
    w.insert(IncidentReport, incidents)
    return len(groups)


def _screening(w: _Writer, rng: Random, village: VillageSpec, today: date,
               mediators: list[str]) -> int:
    rounds, findings = [], []
    for back in range(12, 0, -1):
        start = add_months(today.replace(day=1), -back)
        end = add_months(start, 1) - timedelta(days=1)
        rid = w.new_id()
        zero = rng.random() < 0.25
        rounds.append({"id": rid, "committee_id": w.committee.id, "period_start": start,
                       "period_end": end, "held_on": end, "scope": "全村",
                       "performed_by": mediators[:2], "is_zero_report": zero,
                       "notes": "本月未排查出矛盾纠纷，零报告。" if zero else ""})
        if not zero:
            for _ in range(rng.randint(1, 4)):
                desc, category, risk = make_screening_finding(rng, village)
                findings.append({"round_id": rid, "description": desc, "category_code": category,
                                 "risk_level": risk, "action": "已安排调解员跟进"})
    w.insert(ScreeningRound, rounds)
    w.insert(ScreeningFinding, findings)
    return len(rounds)


def _between(rng: Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max((end - start).days, 0)))

