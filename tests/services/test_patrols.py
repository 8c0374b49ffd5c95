"""Patrol rotas over real groups: generation from the members on the first day, prior
turns carried into the next rota, the overlap rule and replacing, swaps, missed shifts,
patrol logs and the fairness summary."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlmodel import select

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.services import groups, households, patrols
from mediation_desk.store.tables import EventLog, PatrolShift

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫"


def make_group(ctx: AppContext, n: int = 6, name: str = "三组第1联防组") -> tuple[str, list[str]]:
    """A group of ``n`` households (heads 赵一, 钱一 …), elected on 2026-10-01."""
    ids, heads = [], []
    for i in range(n):
        hh = households.add_household(ctx, {
            "address": f"青石村三组{i + 1:02d}号", "villager_group": "三组",
            "new_members": [{"name": f"{SURNAMES[i]}{name[0]}"}]})
        ids.append(hh.id)
        heads.append(hh.head_person_id)
    g = groups.add_group(ctx, {"name": name, "villager_group": "三组", "household_ids": ids,
                               "head_person_id": heads[0], "elected_on": "2026-10-01"})
    return g.id, ids


def rota_data(**extra: Any) -> dict[str, Any]:
    return {"starts_on": "2026-11-02", "ends_on": "2026-11-29", "weekdays": [0, 2, 4],
            "windows": ["20:00-22:00"], "per_shift": 2, "area": "村东主路", **extra}


def test_generate_writes_a_fair_rota(village: AppContext) -> None:
    gid, ids = make_group(village)
    detail = patrols.generate_rota(village, gid, rota_data())
    assert detail.rota.shifts == len(detail.shifts) == 12
    assert detail.rota.weekdays == [0, 2, 4] and detail.rota.windows == ["20:00-22:00"]
    first = detail.shifts[0]
    assert first.shift_date == date(2026, 11, 2) and first.window == "20:00-22:00"
    assert [h.head_name for h in first.households] == ["赵三", "钱三"]
    assert first.area == "村东主路" and first.status == "planned" and not first.swapped
    planned = [line.planned for line in detail.fairness]
    assert sorted(planned) == [4] * 6 and [line.household_id for line in detail.fairness] == ids
    with village.uow() as uow:
        rows = uow.session.exec(select(PatrolShift)).all()
        assert all(r.planned_assignees == r.assignees and r.rota_id == detail.rota.id
                   for r in rows)
        assert uow.session.exec(select(EventLog).where(EventLog.action == "patrol.rota")).first()
    assert [r.id for r in patrols.list_rotas(village, gid)] == [detail.rota.id]
    # The group can also be named by its name (the command line does).
    assert patrols.list_rotas(village, "三组第1联防组")[0].group_name == "三组第1联防组"


def test_prior_turns_carry_fairness_into_the_next_rota(village: AppContext) -> None:
    gid, ids = make_group(village, n=5)
    first = patrols.generate_rota(village, gid, rota_data(
        starts_on="2026-11-02", ends_on="2026-11-04", weekdays=[0, 1, 2], per_shift=1))
    went = [s.households[0].id for s in first.shifts]
    assert went == ids[:3]
    second = patrols.generate_rota(village, gid, rota_data(
        starts_on="2026-11-05", ends_on="2026-11-06", weekdays=[3, 4], per_shift=1))
    assert [s.households[0].id for s in second.shifts] == ids[3:]
    totals = patrols.fairness(village, gid)
    assert {line.planned for line in totals} == {1}
    # A missed turn is still owed: that household goes first next time.
    patrols.mark_missed(village, first.shifts[1].id, {"reason": "下大雨"})
    preview = patrols.preview_rota(village, gid, rota_data(
        starts_on="2026-11-09", ends_on="2026-11-09", weekdays=[0], per_shift=1))
    assert preview.first_shifts[0].households[0].id == ids[1]
    assert {line.household_id: line.prior for line in preview.fairness}[ids[1]] == 0


def test_members_on_the_first_day_only(village: AppContext) -> None:
    gid, _ids = make_group(village, n=3)
    with pytest.raises(DomainError) as exc:
        patrols.generate_rota(village, gid, rota_data(starts_on="2026-09-01",
                                                      ends_on="2026-09-30"))
    assert exc.value.code == "rota.no_households"


def test_validation_errors_name_the_fields(village: AppContext) -> None:
    gid, _ = make_group(village, n=3)
    with pytest.raises(ValidationErrors) as exc:
        patrols.generate_rota(village, gid, rota_data(ends_on="2026-10-01",
                                                      windows=["晚上"], per_shift=4))
    fields = {e.field for e in exc.value.errors}
    assert {"ends_on", "windows[0]", "per_shift"} <= fields
    with pytest.raises(ValidationErrors) as exc:
        patrols.generate_rota(village, gid, rota_data(per_shift=0))
    assert exc.value.errors[0].field == "per_shift"
    with pytest.raises(DomainError) as exc:
        patrols.generate_rota(village, "no-such-group", rota_data())
    assert exc.value.code == "not_found"


def test_overlap_refused_or_replaced(village: AppContext) -> None:
    gid, _ = make_group(village)
    old = patrols.generate_rota(village, gid, rota_data(starts_on="2026-11-16",
                                                        ends_on="2026-12-13"))
    # A past shift of the old rota is done: it stays; the new rota starts after today.
    patrols.record_log(village, old.shifts[0].id, {"participants": ["赵三"]})
    new = rota_data(starts_on="2026-11-30", ends_on="2026-12-27")
    with pytest.raises(DomainError) as exc:
        patrols.generate_rota(village, gid, new)
    assert exc.value.code == "rota.overlap" and exc.value.field == "starts_on"
    assert patrols.preview_rota(village, gid, new).replaces == [old.rota.id]
    with pytest.raises(DomainError) as exc:
        patrols.generate_rota(village, gid, {**new, "starts_on": "2026-11-16",
                                             "replace": True})
    assert exc.value.code == "rota.replace_has_records"
    patrols.generate_rota(village, gid, {**new, "replace": True})
    rotas = patrols.list_rotas(village, gid)
    assert [(r.starts_on, r.ends_on) for r in rotas] == [
        (date(2026, 11, 16), date(2026, 11, 29)), (date(2026, 11, 30), date(2026, 12, 27))]
    assert rotas[0].shifts == 6
    dates = [s.shift_date for s in patrols.shifts(village, gid)]
    assert len(dates) == len(set(dates)) == 6 + 12


def test_swap_keeps_the_plan_visible(village: AppContext) -> None:
    gid, ids = make_group(village)
    detail = patrols.generate_rota(village, gid, rota_data(starts_on="2026-11-23"))
    a, b = detail.shifts[0], detail.shifts[1]
    ha, hb = a.households[1].id, b.households[0].id
    after = patrols.swap_shifts(village, {"shift_a": a.id, "household_a": ha,
                                          "shift_b": b.id, "household_b": hb,
                                          "note": "赵三家有事"})
    new_a, new_b = after
    assert [h.id for h in new_a.households] == [a.households[0].id, hb]
    assert [h.id for h in new_a.planned] == [h.id for h in a.households]
    assert new_a.swapped and new_b.swapped and new_a.status == "planned"
    assert "钱三户（11月23日）与孙三户（11月25日）调换" in new_a.note and "赵三家有事" in new_b.note
    counts = {line.household_id: line.planned for line in patrols.fairness(village, gid)}
    assert set(counts.values()) == {1}
    # Swapping back restores the plan: nothing shows as swapped any more.
    back = patrols.swap_shifts(village, {"shift_a": a.id, "household_a": hb,
                                         "shift_b": b.id, "household_b": ha})
    assert not back[0].swapped and not back[1].swapped
    other, _ = make_group(village, n=2, name="四组第1联防组")
    o = patrols.generate_rota(village, other, rota_data(starts_on="2026-11-23", per_shift=1))
    with pytest.raises(DomainError) as exc:
        patrols.swap_shifts(village, {"shift_a": a.id, "household_a": a.households[0].id,
                                      "shift_b": o.shifts[0].id,
                                      "household_b": o.shifts[0].households[0].id})
    assert exc.value.code == "rota.swap_other_group"


def test_missed_and_logged_shifts(village: AppContext) -> None:
    gid, _ = make_group(village)
    detail = patrols.generate_rota(village, gid, rota_data())
    s0, s1, s2 = detail.shifts[0], detail.shifts[1], detail.shifts[-1]
    missed = patrols.mark_missed(village, s0.id, {"reason": "下大雨"})
    assert missed.status == "missed" and "缺勤：下大雨" in missed.note
    with pytest.raises(DomainError) as exc:
        patrols.mark_missed(village, s0.id, {})
    assert exc.value.code == "patrol.already_missed"
    with pytest.raises(DomainError) as exc:
        patrols.mark_missed(village, s2.id, {})  # 2026-11-27 is still to come
    assert exc.value.code == "patrol.not_yet"
    log = patrols.record_log(village, s1.id, {
        "actual_start": "2026-11-04T20:05:00", "actual_end": "2026-11-04T21:50:00",
        "participants": ["孙三", "李三"], "observations": "村东路灯两盏不亮",
        "hazards": "晒场边电线老化"})
    assert log.actual_start is not None and log.actual_start.hour == 20
    assert log.participants == ["孙三", "李三"]
    with pytest.raises(DomainError) as exc:
        patrols.record_log(village, s1.id, {"participants": ["孙三"]})
    assert exc.value.code == "patrol.already_logged"
    with pytest.raises(DomainError) as exc:
        patrols.record_log(village, s0.id, {"participants": ["孙三"]})
    assert exc.value.code == "patrol.shift_missed"
    with pytest.raises(DomainError) as exc:
        patrols.mark_missed(village, s1.id, {})
    assert exc.value.code == "patrol.shift_done"
    with pytest.raises(DomainError) as exc:
        patrols.record_log(village, detail.shifts[2].id, {
            "participants": ["x"], "actual_start": datetime(2026, 11, 6, 21).isoformat(),
            "actual_end": datetime(2026, 11, 6, 20).isoformat()})
    assert exc.value.code == "patrol.end_before_start"
    with pytest.raises(DomainError) as exc:  # swapping history is refused
        patrols.swap_shifts(village, {"shift_a": s1.id, "household_a": s1.households[0].id,
                                      "shift_b": s2.id, "household_b": s2.households[0].id})
    assert exc.value.code == "rota.swap_closed_shift"
    shifts = {s.id: s for s in patrols.shifts(village, gid, from_date=date(2026, 11, 2),
                                                to_date=date(2026, 11, 4))}
    assert set(shifts) == {s0.id, s1.id}
    assert shifts[s1.id].status == "done" and shifts[s1.id].has_log
    logs = patrols.list_logs(village, gid)
    assert [entry.hazards for entry in logs] == ["晒场边电线老化"]
    lines = {line.household_id: line for line in patrols.fairness(village, gid)}
    assert lines[s0.households[0].id].missed == 1
    assert lines[s1.households[0].id].done == 1
