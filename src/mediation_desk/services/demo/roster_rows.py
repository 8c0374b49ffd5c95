"""Demo mediator roster: a committee of elected members and hired mediators with
certificates, specialties and training records."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.domain.deadlines import add_months
from mediation_desk.services.demo.community import make_training, pick_specialties
from mediation_desk.services.demo.people import PersonSpec
from mediation_desk.store.tables import Mediator, MediatorTraining

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


def _between(rng: Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max((end - start).days, 0)))
