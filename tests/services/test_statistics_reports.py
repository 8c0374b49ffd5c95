"""月报 and 零报告 in the sync bundle: made at export for every completed month, kept as made,
seen at the township from standard bundles and from statistics-only ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import (
    screening,
    statistics,
    statistics_reports,
    sync_export,
    sync_import,
    sync_keys,
)
from tests.services.helpers import report
from tests.services.statistics_data import build_village_year, register


def test_export_sends_every_completed_month_and_the_nil_report(
        village: AppContext, office: AppContext, tmp_path: Path) -> None:
    build_village_year(village)  # first case 2025-12-10; today is 2026-11-21
    screening.record_screening_round(village, {
        "period_start": "2026-10-01", "held_on": "2026-10-30", "is_zero_report": True})
    report(village, office, tmp_path / "stick")
    own = statistics_reports.submitted(village)
    # A year back from October 2026: November 2025 has no case yet, December does.
    assert [v.period_key for v in own][0] == "2026-10" and own[-1].period_key == "2025-12"
    assert len(own) == 11 and {v.via for v in own} == {"rows"}
    at_office = {v.period_key: v for v in statistics_reports.submitted(office)}
    assert set(at_office) == {v.period_key for v in own}
    dec = at_office["2025-12"]
    assert (dec.unit_name, dec.registered, dec.accepted, dec.success) == ("青石村", 4, 3, 2)
    assert at_office["2026-10"].is_zero_report and not dec.is_zero_report
    # A second export makes nothing new: the months sent stay as they were sent.
    register(village, "2025-12-15", "neighbour", "party_application")
    report(village, office, tmp_path / "stick2")
    assert statistics_reports.submitted(office, "2025-12")[0].registered == 4
    assert statistics.report(office, "2025-12").total.get("registered") == 5  # live figures


def test_reporting_a_month_again_replaces_it(village: AppContext) -> None:
    build_village_year(village)
    first = statistics_reports.submit_month(village, "2026-01")
    register(village, "2026-01-30", "neighbour", "party_application")
    again = statistics_reports.submit_month(village, "2026-01")
    assert again.id == first.id and (first.registered, again.registered) == (5, 6)
    assert len(statistics_reports.submitted(village, "2026-01")) == 1
    with pytest.raises(DomainError) as future:
        statistics_reports.submit_month(village, "2027-01")
    assert future.value.code == "statistics.future_period"


def test_statistics_only_bundle_carries_the_reports(village: AppContext, office: AppContext,
                                                    tmp_path: Path) -> None:
    build_village_year(village)
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_keys.export_identity(office, stick / "t.mzid")
    sync_keys.enroll(village, sync_keys.read_identity(stick / "t.mzid"))
    bundle = sync_export.export_bundle(village, stick, level="statistics")
    result = sync_import.import_bundle(office, Path(bundle.file_path),
                                       confirm=lambda _ident: True)
    assert result.status == "imported"
    got = {v.period_key: v for v in statistics_reports.submitted(office, with_report=True)}
    assert got["2026-01"].via == "statistics" and got["2026-01"].registered == 5
    assert got["2026-01"].report is not None
    assert got["2026-01"].report.total.get("major") == 2
    # No case rows came: the township's own table says so instead of showing a quiet village.
    village_line = next(r for r in statistics.report(office, "2026-01").by_village
                        if r.station_id != sync_keys.own_identity(office).station_id)
    assert village_line.label.endswith("（仅报统计数字，见月报）")
    assert village_line.tally.get("registered") == 0


def test_a_township_does_not_make_monthly_reports(office: AppContext) -> None:
    with pytest.raises(DomainError) as refused:
        statistics_reports.submit_month(office, "2026-10")
    assert refused.value.code == "statistics.village_only"
