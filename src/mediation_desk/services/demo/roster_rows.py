"""Demo mediator roster: a committee of elected members and hired mediators with
certificates (聘书, 上岗证), specialties, levels, honours, training records and a history of
status changes — one member re-elected, one hired mediator who resigned — and one term
ending within two months, so 今日待办 and the roster's banner have something to say."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random
from typing import TYPE_CHECKING, Any

from mediation_desk.domain.deadlines import add_months
from mediation_desk.services.demo.community import make_training, pick_specialties
from mediation_desk.services.demo.people import PersonSpec
from mediation_desk.store.tables import Mediator, MediatorStatusChange, MediatorTraining

if TYPE_CHECKING:
    from mediation_desk.services.demo.generate import _Writer

ROLES = ("chair", "vice_chair", "member", "member", "member", "hired", "hired")
LEVELS = ("三级人民调解员", "四级人民调解员", "四级人民调解员", "", "", "", "")
HONOURS = (("调解能手", "优秀人民调解员"), ("调解能手",), (), (), (), (), ())
TERM_ENDING_DAYS = 45  # the member whose term ends soon (今日待办 looks 60 days ahead)
RE_ELECTED, ENDING, RESIGNED = 1, 3, 6  # indexes into ROLES


def write_mediators(w: _Writer, rng: Random, population: list[list[PersonSpec]],
                    today: date) -> list[str]:
    adults = [p for hh in population for p in hh if 25 <= p.age_on(today) <= 68]
    chosen = rng.sample(adults, min(len(ROLES), len(adults)))
    # Law Art. 8: a committee must have a woman member; make sure the demo does.
    if chosen and all(p.gender != "female" for p in chosen):
        women = [p for p in adults if p.gender == "female"]
        if women:
            chosen[-1] = rng.choice(women)
    # Its own generator for the additions, so the rest of the demo stays as it was.
    extra = Random(today.toordinal())
    rows: list[dict[str, Any]] = []
    trainings: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    for i, (role, p) in enumerate(zip(ROLES, chosen, strict=False)):
        appointed = drawn = add_months(today, -rng.randint(1, 30))
        if i == ENDING:
            appointed = add_months(today + timedelta(days=TERM_ENDING_DAYS), -36)
        elif i == RE_ELECTED:
            appointed = add_months(today, -44)
        hired = role == "hired"
        mid = w.new_id()
        pid = w.person_ids[p.id_number][0]
        row = {"id": mid, "person_id": pid, "committee_id": w.committee.id, "role": role,
               "appointment_method": "appointed" if hired else "elected",
               "employment": "full_time" if i == 0 else "part_time",
               "appointed_on": appointed,
               "term_end": None if hired else add_months(appointed, 36),
               "certificate_no": f"调聘{appointed.year}{rng.randint(100, 999)}",
               "certificate_issued_on": appointed,
               "work_cert_no": f"调上岗{appointed.year}{extra.randint(1000, 9999)}",
               "specialties": list(pick_specialties(rng)), "is_chief": role == "chair",
               "level": LEVELS[i], "honours": list(HONOURS[i]), "status": "active",
               "status_reason_code": None, "status_reason_text": "",
               "status_changed_on": None}
        if i == RE_ELECTED:  # 连选连任 at the last 换届
            again = add_months(appointed, 36)
            row["term_end"] = add_months(again, 36)
            row.update(status_reason_code="re_elected", status_changed_on=again)
            changes.append(_change(mid, again, "active", "active", "re_elected",
                                   "村民代表会议连选连任", row["term_end"]))
        if i == RESIGNED:  # a hired mediator who left to work in the city
            left = today - timedelta(days=extra.randint(60, 120))
            appointed = min(appointed, left - timedelta(days=200))
            row.update(appointed_on=appointed, certificate_issued_on=appointed,
                       status="resigned", status_reason_code="moved_away",
                       status_reason_text="外出务工，本人申请辞去调解员", status_changed_on=left)
            changes.append(_change(mid, left, "active", "resigned", "moved_away",
                                   row["status_reason_text"], None))
        rows.append(row)
        for _ in range(rng.randint(1, 3)):
            organiser, topic, hours = make_training(rng)
            # Drawn over the same range as before the roster had histories, so the rest of
            # the demo (same generator) stays as it was; then kept within the service.
            held = max(_between(rng, drawn, today), appointed)
            trainings.append({"mediator_id": mid, "held_on": held,
                              "organiser": organiser, "topic": topic, "hours": hours,
                              "exam_passed": True})
    w.insert(Mediator, rows)
    w.insert(MediatorTraining, trainings)
    w.insert(MediatorStatusChange, changes)
    return [r["id"] for r in rows]


def _change(mid: str, on: date, before: str, after: str, reason: str, text: str,
            new_term_end: date | None) -> dict[str, Any]:
    return {"mediator_id": mid, "changed_on": on, "from_status": before, "to_status": after,
            "reason_code": reason, "reason_text": text, "new_term_end": new_term_end}


def _between(rng: Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max((end - start).days, 0)))
