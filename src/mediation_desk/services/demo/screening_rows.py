"""Demo screening rounds (排查): one round per period of the committee's frequency over the past
year, about a quarter of them nil reports (零报告).

So a new user sees the reminders work: the current period has no round yet (due by its last
day), and the last round — recorded late, yesterday — found a major dispute whose written
report is still outstanding (due tomorrow). Some older findings became the demo's cases that
came from screening (source "screening"), some older major findings were reported in time."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import TYPE_CHECKING

from mediation_desk.domain import screening_schedule as sched
from mediation_desk.domain.enums import ScreeningFrequency
from mediation_desk.services.demo.community import make_screening_finding
from mediation_desk.services.demo.places import VillageSpec
from mediation_desk.store import screening_repo
from mediation_desk.store.tables import ScreeningFinding, ScreeningRound

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer

PERIODS = 12
NIL_SHARE = 0.25
ACTIONS = ("已安排调解员跟进", "已上门做双方工作，暂时稳定", "已告知当事人申请调解",
           "已报村两委，持续关注", "已联系派出所共同化解")
SCOPES = ("全村", "全村各村民小组", "重点户、重点人员")


def _major_finding(rng: Random, village: VillageSpec) -> tuple[str, str, str]:
    g = rng.choice(village.villager_groups)
    return (f"{g}两户因宅基地界址争执多年，近日一方扬言动手，双方亲属十余人到场对峙，"
            f"有激化为群体斗殴的苗头。", "housing_homestead", "high")


def _screening_cases(w: _Writer) -> list[tuple[str, date]]:
    """The demo's cases that came from screening, oldest first, to link findings to."""
    return screening_repo.cases_from_source(w.uow.session, w.committee.id, "screening")


def write(w: _Writer, rng: Random, village: VillageSpec, today: date,
          mediators: list[str]) -> int:
    freq = ScreeningFrequency(w.committee.screening_frequency or "monthly")
    current = sched.period_of(freq, today)
    periods = [current]
    for _ in range(PERIODS):
        periods.insert(0, sched.previous_period(periods[0]))
    periods.pop()  # the current period stays missing: the page and 今日待办 show it due
    cases = _screening_cases(w)
    rounds, findings = [], []
    for i, p in enumerate(periods):
        last = i == len(periods) - 1
        rid = w.new_id()
        # Rounds are held near the end of their period; the last one was recorded late.
        held = today - timedelta(days=1) if last else max(
            p.start, p.end - timedelta(days=rng.randint(0, min(5, (p.end - p.start).days))))
        zero = not last and rng.random() < NIL_SHARE
        who = rng.sample(mediators, min(2, len(mediators))) if mediators else ["村治保主任"]
        rounds.append({"id": rid, "committee_id": w.committee.id, "period_start": p.start,
                       "period_end": p.end, "held_on": held, "scope": rng.choice(SCOPES),
                       "performed_by": who, "is_zero_report": zero,
                       "notes": "本期未排查出矛盾纠纷，零报告。" if zero else ""})
        if zero:
            continue
        specs = [make_screening_finding(rng, village) for _ in range(rng.randint(1, 3))]
        if last or rng.random() < 0.2:
            specs.insert(0, _major_finding(rng, village))
        for n, (desc, category, risk) in enumerate(specs):
            major = n == 0 and desc.endswith("的苗头。")
            row = {"round_id": rid, "description": desc, "category_code": category,
                   "risk_level": risk, "action": rng.choice(ACTIONS), "is_major": major,
                   "parties_text": "", "case_id": None, "reported_on": None}
            linked = next((c for c in cases if held <= c[1] <= held + timedelta(days=25)),
                          None) if not (last or major) and rng.random() < 0.5 else None
            if linked is not None:
                cases.remove(linked)
                row["case_id"] = linked[0]
            elif major and not last:
                row["reported_on"] = held + timedelta(days=rng.randint(0, 2))
            findings.append(row)
    w.insert(ScreeningRound, rounds)
    w.insert(ScreeningFinding, findings)
    return len(rounds)
