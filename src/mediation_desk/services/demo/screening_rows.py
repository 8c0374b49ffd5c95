"""Demo screening rounds (排查): monthly rounds over the past year, some of them nil reports."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.domain.deadlines import add_months
from mediation_desk.services.demo.community import make_screening_finding
from mediation_desk.services.demo.places import VillageSpec
from mediation_desk.store.tables import ScreeningFinding, ScreeningRound

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer


def write(w: _Writer, rng: Random, village: VillageSpec, today: date,
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


