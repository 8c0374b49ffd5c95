"""Demo patrol rotas (轮户值日) and patrol logs of the joint-defence groups.

Each group gets a rota made by the real generator (domain/rota.py): three evenings a week,
20:00-22:00, two households per shift, from four weeks back to two weeks ahead. Past shifts
are patrolled and logged, a few were missed, and a few future turns were swapped, so the
panel shows every state a village sees."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.domain import rota
from mediation_desk.services.demo.community import make_patrol_observation
from mediation_desk.services.demo.group_rows import DemoGroup
from mediation_desk.store.tables import PatrolLog, PatrolRota, PatrolShift

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer

WINDOW = "20:00-22:00"
WEEKDAYS = (0, 2, 4)
MISSED_REASONS = ("下大雨，未能出巡", "两户都外出务工未归", "停电，改日补巡", "")
SWAP_REASONS = ("家中办酒席", "要去镇上赶集", "孩子生病", "")


def write(w: _Writer, rng: Random, today: date, groups: list[DemoGroup]) -> int:
    monday = today - timedelta(days=today.weekday())
    starts, ends = monday - timedelta(weeks=4), monday + timedelta(weeks=2, days=-1)
    rotas, shifts, logs = [], [], []
    for g in groups:
        if not g.household_ids:
            continue
        names = dict(zip(g.household_ids, g.household_names, strict=False))
        plan = rota.RotaPlan(households=g.household_ids, starts_on=starts, ends_on=ends,
                             weekdays=WEEKDAYS, windows=(WINDOW,),
                             per_shift=min(2, len(g.household_ids)))
        planned = rota.generate(plan)
        actual = _swapped(rng, planned, today, names)
        rota_id = w.new_id()
        area = f"{g.villager_group}主路及晒场"
        rotas.append({"id": rota_id, "group_id": g.id, "starts_on": starts, "ends_on": ends,
                      "weekdays": list(WEEKDAYS), "windows": [WINDOW],
                      "per_shift": plan.per_shift, "area": area})
        window = rota.parse_window(WINDOW)
        past = [s for s in planned if s.on < today]
        missed = {rng.choice(past).key} if past and rng.random() < 0.6 else set()
        for before in planned:
            after, note = actual[before.key]
            sid = w.new_id()
            status = "planned"
            if before.on < today:
                status = "missed" if before.key in missed else "done"
            if status == "missed":
                reason = rng.choice(MISSED_REASONS)
                note = "缺勤" + (f"：{reason}" if reason else "")
            shifts.append({"id": sid, "group_id": g.id, "rota_id": rota_id,
                           "shift_date": before.on, "start_time": window.start,
                           "end_time": window.end, "area": area,
                           "assignees": list(after), "planned_assignees": list(before.households),
                           "status": status, "note": note})
            if status == "done":
                obs, hazards = make_patrol_observation(rng)
                start = datetime.combine(before.on, time(20, rng.randint(0, 10)), CHINA_TZ)
                logs.append({"shift_id": sid, "actual_start": start,
                             "actual_end": start + timedelta(minutes=rng.randint(95, 120)),
                             "participants": [names[h] for h in after],
                             "observations": obs, "hazards": hazards})
    w.insert(PatrolRota, rotas)
    w.insert(PatrolShift, shifts)
    w.insert(PatrolLog, logs)
    return len(shifts)


def _swapped(rng: Random, planned: list[rota.Shift], today: date,
             names: dict[str, str]) -> dict[str, tuple[tuple[str, ...], str]]:
    """Households per shift after a swap or two among the coming shifts, with the notes."""
    shifts = list(planned)
    notes: dict[str, list[str]] = {}
    coming = [s.key for s in shifts if s.on >= today]
    for _ in range(rng.randint(0, 2) if len(coming) >= 2 else 0):
        a_key, b_key = rng.sample(coming, 2)
        by_key = {s.key: s for s in shifts}
        a, b = by_key[a_key], by_key[b_key]
        ha, hb = rng.choice(a.households), rng.choice(b.households)
        if ha in b.households or hb in a.households:
            continue  # the rule refuses a household twice on one shift
        shifts = rota.swap(shifts, a_key, ha, b_key, hb)
        reason = rng.choice(SWAP_REASONS)
        text = (f"{names[ha]}户（{a.on.month}月{a.on.day}日）与"
                f"{names[hb]}户（{b.on.month}月{b.on.day}日）调换" + (f"：{reason}" if reason
                                                                else ""))
        notes.setdefault(a_key, []).append(text)
        notes.setdefault(b_key, []).append(text)
    return {s.key: (s.households, "；".join(notes.get(s.key, []))) for s in shifts}
