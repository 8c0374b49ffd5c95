"""The township's statistics: the same tables per village and in total, from bundles the
villages brought on a USB stick; and the screening and joint-defence figures of a village."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.statistics_views import DrillRequest
from mediation_desk.paths import paths_under
from mediation_desk.services import (
    case_marks,
    groups,
    households,
    patrols,
    screening,
    statistics,
    statistics_drill,
)
from mediation_desk.services.station import init_station
from tests.conftest import FakeClock
from tests.services.helpers import mediator, report
from tests.services.statistics_data import accept, agree, build_village_year, register


@pytest.fixture
def other_village(tmp_path: Path, clock: FakeClock, migrated_template: Path
                  ) -> Iterator[AppContext]:
    """白塔村, a second village of the same township."""
    paths = paths_under(tmp_path / "baita").ensure()
    shutil.copyfile(migrated_template, paths.db_path)
    c = build_context(paths, actor="白塔村李", clock=clock)
    init_station(c, kind="village", code="510100000002", name="白塔村人民调解委员会",
                 township_name="青龙镇", county_name="成华县")
    yield c
    c.close()


def baita_cases(ctx: AppContext) -> None:
    """Two cases in December 2025 (one settled for 800.00 元) and one in January 2026."""
    m = mediator(ctx, "赵调解")
    a = register(ctx, "2025-12-05", "neighbour", "self_initiated")
    accept(ctx, a, "2025-12-05", m)
    agree(ctx, a, "2025-12-09", fen=80_000)
    register(ctx, "2025-12-18", "labour", "party_application")
    register(ctx, "2026-01-09", "neighbour", "party_application")


def test_township_tables_per_village_and_in_total(village: AppContext,
                                                  other_village: AppContext,
                                                  office: AppContext, tmp_path: Path) -> None:
    build_village_year(village)
    baita_cases(other_village)
    report(village, office, tmp_path / "stick1")
    report(other_village, office, tmp_path / "stick2")
    rep = statistics.report(office, "2025-12")
    assert rep.scope == "township"
    by_name = {r.label: r.tally for r in rep.by_village}
    assert set(by_name) == {"青石村", "白塔村", "青龙镇（本级）"}
    assert by_name["青石村"].get("registered") == 4  # A B C D
    assert by_name["白塔村"].get("registered") == 2
    assert by_name["白塔村"].get("success") == 1
    assert by_name["青龙镇（本级）"].get("registered") == 0
    assert rep.total.get("registered") == 6
    assert rep.total.get("success") == 3  # A B + 白塔村's
    assert rep.total.amount_fen == 100_000 + 80_000
    for key in rep.total.counts:
        assert rep.total.get(key) == sum(r.tally.get(key) for r in rep.by_village), key
    sections = {v.unit_name: v for v in rep.villages}
    assert sections["白塔村"].scope == "village_of_township"
    assert [r.tally.get("registered") for r in sections["白塔村"].by_category
            if r.key in ("neighbour", "labour")] == [1, 1]
    assert sections["青石村"].rates[0].numerator == 2  # its own success rate: 2 of 3
    baita = next(r for r in rep.by_village if r.label == "白塔村")
    found = statistics_drill.cases_behind(office, DrillRequest(
        period="2025-12", measure="registered", station_id=baita.station_id))
    assert found.total == 2 and all("2025" in c.case_no for c in found.cases)


def test_a_case_voided_at_the_village_leaves_the_township_figures(
        village: AppContext, office: AppContext, tmp_path: Path) -> None:
    ids = build_village_year(village)
    report(village, office, tmp_path / "stick1")
    assert statistics.report(office, "2026-01").total.get("registered") == 5
    case_marks.void_case(village, ids["H"], {"reason": "登记错误"})
    report(village, office, tmp_path / "stick2")
    assert statistics.report(office, "2026-01").total.get("registered") == 4


def test_screening_and_joint_defence_figures(village: AppContext) -> None:
    screening.record_screening_round(village, {
        "period_start": "2025-12-01", "held_on": "2025-12-30", "is_zero_report": True})
    screening.record_screening_round(village, {
        "period_start": "2026-01-01", "held_on": "2026-01-30", "findings": [
            {"description": "两户因宅基地界址争执", "is_major": True},
            {"description": "邻里因排水口角"}]})
    dec = statistics.report(village, "2025-12").screening
    assert (dec.rounds, dec.zero_reports, dec.findings) == (1, 1, 0)
    jan = statistics.report(village, "2026-01").screening
    assert (jan.rounds, jan.zero_reports, jan.findings, jan.major_findings,
            jan.major_findings_reported) == (1, 0, 2, 1, 0)
    homes = [households.add_household(village, {
        "address": f"青石村三组{n}号", "new_members": [{"name": f"户主{n}", "gender": "male"}]})
        for n in range(1, 4)]
    group = groups.add_group(village, {"name": "三组联防组", "household_ids": [h.id for h in homes[:2]],
                                       "head_person_id": homes[0].members[0].person_id,
                                       "elected_on": "2026-10-15"})
    rota = patrols.generate_rota(village, group.id, {
        "starts_on": "2026-11-02", "ends_on": "2026-11-29", "weekdays": [0]})
    shift_ids = [s.id for s in rota.shifts]
    assert len(shift_ids) == 4  # the Mondays 2, 9, 16, 23 November
    patrols.record_log(village, shift_ids[0], {"observations": "无异常", "participants": ["户主1"]})
    patrols.mark_missed(village, shift_ids[1], {"reason": "下雨"})
    nov = statistics.report(village, "2026-11").joint_defence
    assert (nov.groups, nov.households, nov.households_covered) == (1, 3, 2)
    assert (nov.shifts, nov.shifts_done, nov.shifts_missed, nov.patrol_logs) == (4, 1, 1, 1)
    # The group was formed in October 2026: in January nobody was covered yet.
    assert statistics.report(village, "2026-01").joint_defence.households_covered == 0
