"""A village restored from an old backup must not reissue case numbers the township already
holds: receipts carry the township's highest number per committee and year, and the village
moves its counter past it, logging the skipped numbers (store/case_numbers.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from mediation_desk.services import maintenance
from mediation_desk.services.case_queries import get_case
from mediation_desk.store.tables import new_id
from tests.sync.support import (
    Desk,
    copy_data,
    execute,
    export,
    import_bundle,
    import_receipt,
    new_case,
    open_desk,
    round_trip,
    scalar,
)


def test_a_restored_village_continues_after_the_townships_highest_number(
        village_a: Desk, township: Desk, stick: Path, tmp_path: Path) -> None:
    new_case(village_a, 1)
    new_case(village_a, 2)
    round_trip(village_a, township, stick / "1")
    backup = copy_data(village_a, tmp_path / "backup")
    lost = new_case(village_a, 3)  # case 3 reaches the township, then the laptop dies
    b2, _ = export(village_a, stick / "2")
    second = import_bundle(township, b2)
    assert second.status == "imported"

    village_a.close()
    shutil.rmtree(village_a.root)
    copy_data(backup, village_a.root)
    restored = open_desk(village_a.root, village_a.clock)
    try:
        execute(restored, "UPDATE station SET incarnation_id = ? WHERE is_local = 1", new_id())
        # The receipt for bundle 2 tells the restored village that number 3 is taken.
        view = import_receipt(restored, second.receipt_path)
        assert view.status == "imported"
        skip = scalar(restored, "SELECT after FROM event_log WHERE action = 'case_no.skip'")
        assert '"from": 3' in skip and '"to": 3' in skip
        fresh = new_case(restored, 4)
        assert get_case(restored.ctx, fresh).summary.case_no.endswith("第004号")
        report = maintenance.check(restored.ctx)
        assert report.ok, report.problems  # the skipped number is accounted for

        b3, _ = export(restored, stick / "3")
        assert import_bundle(township, b3).status == "imported"  # no clash with case 3
        numbers = scalar(township, "SELECT group_concat(seq) FROM (SELECT seq FROM "
                                   "mediation_case WHERE origin_station_id = ? ORDER BY seq)",
                         restored.station_id)
        assert numbers == "1,2,3,4"
        assert scalar(township, "SELECT count(*) FROM mediation_case WHERE id = ?", lost) == 1
        # A second receipt with the same floor moves nothing and logs nothing more.
        again = import_bundle(township, b3)
        assert again.status == "already"
        assert scalar(restored, "SELECT count(*) FROM event_log "
                                "WHERE action = 'case_no.skip'") == 1
    finally:
        restored.close()


def test_an_unaccounted_gap_is_still_reported(village_a: Desk) -> None:
    new_case(village_a, 1)
    new_case(village_a, 2)
    execute(village_a, "UPDATE case_number_counter SET last_seq = 5")
    execute(village_a, "UPDATE mediation_case SET seq = 5 WHERE seq = 2")
    codes = {p.code for p in maintenance.check(village_a.ctx).problems}
    assert "case_no.gap" in codes
