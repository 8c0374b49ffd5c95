"""Demo rows beyond cases: joint-defence groups with patrols and incident reports, and
screening rounds. Each part lives in a module of its own; this one runs them in order."""

from __future__ import annotations

from datetime import date
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.services.demo import group_rows, patrol_rows, screening_rows
from mediation_desk.services.demo.people import PersonSpec
from mediation_desk.services.demo.places import VillageSpec

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer


def write(w: _Writer, rng: Random, village: VillageSpec, today: date,
          population: list[list[PersonSpec]], mediators: list[str]) -> tuple[int, int]:
    """Returns (groups, screening rounds) written."""
    groups = group_rows.write(w, rng, village, today, population)
    patrol_rows.write(w, rng, today, groups)
    return len(groups), screening_rows.write(w, rng, village, today, mediators)
