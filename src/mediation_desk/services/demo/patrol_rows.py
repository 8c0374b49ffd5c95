"""Demo patrol rotas (轮户值日) and patrol logs of the joint-defence groups."""

from __future__ import annotations

from datetime import date, time, timedelta
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.services.demo.community import make_patrol_observation
from mediation_desk.services.demo.group_rows import DemoGroup
from mediation_desk.store.tables import PatrolLog, PatrolShift

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer


def write(w: _Writer, rng: Random, today: date, groups: list[DemoGroup]) -> int:
    shifts, logs = [], []
    for g in groups:
        for week in range(-4, 2):
            day = today + timedelta(days=7 * week + rng.randint(0, 6))
            sid = w.new_id()
            done = day < today
            shifts.append({"id": sid, "group_id": g.id, "shift_date": day,
                           "start_time": time(20, 0), "end_time": time(22, 0),
                           "area": f"{g.villager_group}主路及晒场",
                           "assignees": rng.sample(list(g.household_ids),
                                                   min(2, len(g.household_ids))),
                           "status": "done" if done else "planned"})
            if done:
                obs, hazards = make_patrol_observation(rng)
                logs.append({"shift_id": sid, "observations": obs, "hazards": hazards})
    w.insert(PatrolShift, shifts)
    w.insert(PatrolLog, logs)
    return len(shifts)
