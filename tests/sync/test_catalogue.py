"""The catalogue of sync.md §8, one test each: damaged and truncated files, a bundle for
another township, a newer schema, a wrong key, a foreign partition — each refused with a
plain sentence and nothing written; a gap reported and closed; a restored village (new
incarnation) and its replayed old bundles — nothing lost, nothing duplicated; a conflict
kept for review and resolved either way."""

from __future__ import annotations

import shutil
from pathlib import Path

from mediation_desk.domain.sync_views import ImportView
from mediation_desk.services import case_actions, case_records, relations, sync_export, sync_keys
from mediation_desk.services import township as township_service
from mediation_desk.services.persons import add_person
from mediation_desk.store.tables import new_id
from mediation_desk.sync import envelope
from mediation_desk.sync import keys as station_keys
from mediation_desk.wording.messages import describe
from mediation_desk.wording.sync_text import import_lines
from tests.services.helpers import mediator
from tests.sync.conftest import OTHER_TOWNSHIP, MakeDesk
from tests.sync.forge import counts_of, encode_lines, forge, lines_of
from tests.sync.support import (
    Desk,
    copy_data,
    dump,
    execute,
    export,
    import_bundle,
    import_receipt,
    new_case,
    open_desk,
    parked_and_conflicts,
    reset_to,
    round_trip,
    scalar,
    versions,
)


def refused(view: ImportView, code: str) -> str:
    """The refusal's Chinese sentence, after checking its code."""
    assert view.status == "refused" and view.error is not None, view
    assert view.error["code"] == code, view.error
    [sentence] = describe(view.error, "zh")
    assert "…" not in sentence and view.file in sentence
    return sentence


def started(village: Desk, township: Desk, stick: Path) -> Path:
    """The village's first bundle imported (its key pinned), a second one on the stick."""
    new_case(village, 1)
    round_trip(village, township, stick / "1")
    new_case(village, 2)
    path, _ = export(village, stick / "2")
    return path


def test_a_bit_flip_anywhere_is_refused_with_nothing_written(
        village_a: Desk, township: Desk, stick: Path) -> None:
    path = started(village_a, township, stick)
    data = path.read_bytes()
    before = dump(township)
    damaged = stick / "damaged.mzb"
    seen = set()
    for at in range(0, len(data), max(1, len(data) // 300)):
        flipped = bytearray(data)
        flipped[at] ^= 1 << (at % 8)
        damaged.write_bytes(bytes(flipped))
        view = import_bundle(township, damaged)
        assert view.status == "refused", at
        seen.add(view.error["code"] if view.error else "")
    assert dump(township) == before
    # Called damaged or badly signed — never "for another township" or "a changed key" for
    # a bit that flipped in those fields (a version digit may still ask for a newer app).
    assert {"bundle.damaged", "bundle.bad_signature"} <= seen <= {
        "bundle.damaged", "bundle.bad_signature", "bundle.truncated", "bundle.not_a_bundle",
        "bundle.newer_version"}
    assert import_bundle(township, path).status == "imported"  # the original is fine


def test_a_truncated_file_is_refused(village_a: Desk, township: Desk, stick: Path) -> None:
    path = started(village_a, township, stick)
    data = path.read_bytes()
    header = data.index(b"\n", data.index(b"\n") + 1) + 1
    before = dump(township)
    cut = stick / "cut.mzb"
    for length in (header - 1, header, header + 1, len(data) // 2, len(data) - 1):
        cut.write_bytes(data[:length])
        sentence = refused(import_bundle(township, cut), "bundle.truncated")
        assert "不完整" in sentence
    for length in (0, 5):
        cut.write_bytes(data[:length])
        refused(import_bundle(township, cut), "bundle.not_a_bundle")
    assert dump(township) == before


def test_a_bundle_for_another_township_is_refused(
        make_desk: MakeDesk, village_a: Desk, township: Desk, stick: Path) -> None:
    other = make_desk("other", "township", *OTHER_TOWNSHIP)
    started(village_a, township, stick)
    identity = stick / "other.mzid"
    sync_keys.export_identity(other.ctx, identity)
    sync_keys.enroll(village_a.ctx, sync_keys.read_identity(identity), replace=True)
    path, _ = export(village_a, stick / "other")
    before = dump(township)
    sentence = refused(import_bundle(township, path), "bundle.wrong_recipient")
    assert OTHER_TOWNSHIP[1] in sentence and OTHER_TOWNSHIP[0] in sentence
    assert dump(township) == before
    assert import_bundle(other, path).status == "imported"


def test_a_newer_schema_is_refused_naming_the_version(
        village_a: Desk, township: Desk, stick: Path) -> None:
    path = started(village_a, township, stick)
    sealed = envelope.read(path)
    rows = lines_of(envelope.open_payload(sealed, township.keys))
    before = dump(township)
    for name, change in (("schema", {"schema_version": str(
            int(sealed.manifest["schema_version"]) + 1)}),
            ("format", {"format_version": sealed.manifest["format_version"] + 1})):
        newer = forge(stick / f"{name}.mzb", sealed.manifest, encode_lines(rows),
                      signer=village_a.keys,
                      recipient_exchange_key=township.keys.exchange_public,
                      app_version="9.9.0", counts=counts_of(rows), **change)
        sentence = refused(import_bundle(township, newer), "bundle.newer_version")
        assert "9.9.0" in sentence and "升级" in sentence
    assert dump(township) == before


def test_a_wrong_key_is_refused(village_a: Desk, township: Desk, stick: Path,
                                tmp_path: Path) -> None:
    """The village's laptop reinstalled without its keys: new keys sign the bundle."""
    started(village_a, township, stick)
    reinstalled = copy_data(village_a, tmp_path / "reinstalled")
    for name in (station_keys.SIGNING_FILE, station_keys.EXCHANGE_FILE):
        (reinstalled / "keys" / name).unlink()  # the ID-number key was kept; these were not
    desk = open_desk(reinstalled)
    try:
        path, _ = export(desk, stick / "reinstalled", full=True)  # new keys made on the way
    finally:
        desk.close()
    before = dump(township)
    sentence = refused(import_bundle(township, path), "bundle.key_changed")
    assert "重新登记" in sentence
    assert dump(township) == before


def test_a_row_from_a_foreign_partition_is_refused(
        village_a: Desk, village_b: Desk, township: Desk, stick: Path) -> None:
    path = started(village_a, township, stick)
    new_case(village_b, 9)
    b_view = round_trip(village_b, township, stick / "b")
    assert b_view.status == "imported"
    b_rows = lines_of(envelope.open_payload(envelope.read(Path(
        scalar(village_b, "SELECT file_path FROM sync_export"))), township.keys))
    sealed = envelope.read(path)
    rows = lines_of(envelope.open_payload(sealed, township.keys))
    before = dump(township)
    # 1. 白塔村's case, as it is, inside 青石村's bundle.
    theirs = next(r for r in b_rows if r["t"] == "mediation_case")
    mixed = [*rows, theirs]
    bad = forge(stick / "mixed.mzb", sealed.manifest, encode_lines(mixed), signer=village_a.keys,
                recipient_exchange_key=township.keys.exchange_public, counts=counts_of(mixed))
    refused(import_bundle(township, bad), "bundle.foreign_rows")
    # 2. 白塔村's case id, claimed as 青石村's own row (origin rewritten).
    claimed = {"t": "mediation_case", "d": {**theirs["d"],
                                            "origin_station_id": village_a.station_id}}
    claimed["d"]["row_version"] += 1
    taken = [*rows, claimed]
    bad = forge(stick / "taken.mzb", sealed.manifest, encode_lines(taken), signer=village_a.keys,
                recipient_exchange_key=township.keys.exchange_public, counts=counts_of(taken))
    refused(import_bundle(township, bad), "bundle.foreign_rows")
    assert dump(township) == before


def test_a_gap_is_reported_parked_rows_wait_and_the_gap_closes(
        village_a: Desk, township: Desk, stick: Path, tmp_path: Path) -> None:
    new_case(village_a, 1)
    round_trip(village_a, township, stick / "1")
    backup = copy_data(township, tmp_path / "township_backup")
    p = add_person(village_a.ctx, {"name": "王大山", "gender": "male"})
    new_case(village_a, 2)
    b2 = round_trip(village_a, township, stick / "2")  # acknowledged by the receipt
    q = add_person(village_a.ctx, {"name": "王小芳", "gender": "female"})
    relations.add_relation(village_a.ctx, {"person_id": p.id, "relative_id": q.id,
                                           "relation": "child"})
    path3, ex3 = export(village_a, stick / "3")
    assert ex3.seq_from == b2.seq_to + 1  # incremental: bundle 2 is not in it
    reset_to(township, backup)  # the township lost bundle 2 (restored from its backup)

    view = import_bundle(township, path3)
    assert view.status == "imported"
    assert view.gaps == [(b2.seq_from, b2.seq_to)]
    assert view.rows["parked"] == 1  # the family tie waits for 王大山, who is in bundle 2
    assert any("缺少改动" in line for line in import_lines(view, "zh"))
    assert any("等前面的数据包" in line for line in import_lines(view, "zh"))
    [village] = township_service.villages(township.ctx)
    assert village.gaps == [(b2.seq_from, b2.seq_to)] and village.parked == 1

    again = import_bundle(township, stick / "2" / Path(b2.receipt_path).with_suffix(
        ".mzb").name)
    assert again.status == "imported" and again.gaps == []
    assert again.rows["unparked"] == 1
    [village] = township_service.villages(township.ctx)
    assert village.gaps == [] and village.parked == 0
    assert parked_and_conflicts(township) == (0, 0)
    origin = village_a.station_id
    assert versions(township, origin) == versions(village_a, origin, ex3.seq_to)


def test_a_restored_village_loses_and_duplicates_nothing(
        village_a: Desk, township: Desk, stick: Path, tmp_path: Path) -> None:
    m = mediator(village_a.ctx)
    c1, c2 = new_case(village_a, 1), new_case(village_a, 2)
    round_trip(village_a, township, stick / "1")
    backup = copy_data(village_a, tmp_path / "village_backup")  # the village's backup
    # Work after the backup: exported, then lost at the village with the hard disk.
    village_a.clock.advance(1)
    case_actions.perform_action(village_a.ctx, c1, "accept",
                                {"host_mediator_id": m, "consent_of_all_parties": True})
    b2, _ = export(village_a, stick / "2")
    assert import_bundle(township, b2).status == "imported"
    village_a.clock.advance(1)
    case_records.add_investigation(village_a.ctx, c1, {"content": "走访邻居。"})
    lost = add_person(village_a.ctx, {"name": "王大山", "gender": "male"})
    b3, _ = export(village_a, stick / "3")  # still on a stick in a drawer
    old_c1 = versions(township, village_a.station_id)["mediation_case"][c1]

    # The restore: the backup put back, with a new incarnation (issue 8's restore does it).
    village_a.close()
    shutil.rmtree(village_a.root)
    copy_data(backup, village_a.root)
    village_a.clock.advance(1)
    restored = open_desk(village_a.root, village_a.clock)
    try:
        execute(restored, "UPDATE station SET incarnation_id = ? WHERE is_local = 1", new_id())
        case_actions.perform_action(restored.ctx, c2, "accept",
                                    {"host_mediator_id": m, "consent_of_all_parties": True})
        c3 = new_case(restored, 3)
        b4, ex4 = export(restored, stick / "4")
        assert ex4.is_full and ex4.seq_from == 1  # nothing acknowledged in this incarnation

        new = import_bundle(township, b4)
        assert new.status == "imported" and new.new_incarnation and not new.earlier_incarnation
        assert any("从备份恢复" in line for line in import_lines(new, "zh"))
        old = import_bundle(township, b3)  # the old bundle from the drawer, after the restore
        assert old.status == "imported" and old.earlier_incarnation and not old.new_incarnation
        assert any("恢复备份之前" in line for line in import_lines(old, "zh"))
        assert import_bundle(township, b2).status == "already"

        have = versions(township, restored.station_id)
        # Nothing lost: the township keeps the work the village lost, at its higher version.
        assert have["mediation_case"][c1] == old_c1 + 1 > 1
        assert lost.id in have["person"]
        # ... and has everything of the restored village, at least at its versions.
        for table, rows in versions(restored, restored.station_id, ex4.seq_to).items():
            for row_id, version in rows.items():
                assert have[table][row_id] >= version, (table, row_id)
        assert have["mediation_case"][c2] == 2 and c3 in have["mediation_case"]
        # Nothing duplicated: three cases, three numbers.
        assert scalar(township, "SELECT count(*) FROM mediation_case WHERE "
                                "origin_station_id = ?", restored.station_id) == 3
        assert scalar(township, "SELECT count(DISTINCT seq) FROM mediation_case WHERE "
                                "origin_station_id = ?", restored.station_id) == 3
        assert parked_and_conflicts(township) == (0, 0)
        [village] = township_service.villages(township.ctx)
        assert village.gaps == []

        # The restored village: the new receipt acknowledges; the old one changes no ranges.
        assert import_receipt(restored, new.receipt_path).bundles_acknowledged == 1
        assert sync_export.pending_changes(restored.ctx) == 0
        stale = import_receipt(restored, old.receipt_path)
        assert stale.status == "imported" and stale.acknowledged == []
        assert sync_export.pending_changes(restored.ctx) == 0
    finally:
        restored.close()


def test_a_conflict_is_kept_for_review_and_resolved_either_way(
        village_a: Desk, township: Desk, stick: Path, tmp_path: Path) -> None:
    """Two laptops with clones of one village database change the same cases."""
    m = mediator(village_a.ctx)
    c1, c2 = new_case(village_a, 1), new_case(village_a, 2)
    round_trip(village_a, township, stick / "1")
    clone = open_desk(copy_data(village_a, tmp_path / "clone"))
    try:
        for desk, day in ((village_a, "2026-11-03"), (clone, "2026-11-05")):
            for case_id in (c1, c2):
                case_actions.perform_action(desk.ctx, case_id, "accept", {
                    "host_mediator_id": m, "consent_of_all_parties": True, "on_date": day})
        ours, _ = export(village_a, stick / "a")
        theirs, _ = export(clone, stick / "clone")
    finally:
        clone.close()
    assert import_bundle(township, ours).status == "imported"
    before = scalar(township, "SELECT accepted_on FROM mediation_case WHERE id = ?", c1)
    view = import_bundle(township, theirs)
    assert view.status == "imported" and view.rows["conflicts"] == 2
    assert view.cases["pending"] == 2
    assert any("待审" in line for line in import_lines(view, "zh"))
    # Not overwritten: the township still has the first copy, and both are in the queue.
    assert scalar(township, "SELECT accepted_on FROM mediation_case WHERE id = ?", c1) == before
    queue = {c.row_id: c for c in township_service.conflicts(township.ctx)}
    assert set(queue) == {c1, c2}
    fields = {f[0]: (f[1], f[2]) for f in queue[c1].fields}
    assert fields["accepted_on"] == ("2026-11-03", "2026-11-05")
    assert queue[c1].incoming_author and queue[c1].row_version == 2
    assert import_bundle(township, theirs).status == "already"  # still one review item each
    assert len(township_service.conflicts(township.ctx)) == 2

    township_service.resolve_conflict(township.ctx, queue[c1].id, take_incoming=False)
    township_service.resolve_conflict(township.ctx, queue[c2].id, take_incoming=True)
    assert township_service.conflicts(township.ctx) == []
    assert scalar(township, "SELECT accepted_on FROM mediation_case WHERE id = ?",
                  c1) == "2026-11-03"
    assert scalar(township, "SELECT accepted_on FROM mediation_case WHERE id = ?",
                  c2) == "2026-11-05"
    assert scalar(township, "SELECT row_version FROM mediation_case WHERE id = ?", c2) == 2
    assert parked_and_conflicts(township) == (0, 0)


def test_restored_village_with_a_clock_behind_is_not_mistaken_for_an_old_one(
        village_a: Desk, township: Desk, stick: Path, tmp_path: Path) -> None:
    """The old laptop's clock ran ahead of the one that restored the backup: the township
    must not flip back to the old incarnation when an old bundle turns up late."""
    m = mediator(village_a.ctx)
    c1 = new_case(village_a, 1)
    round_trip(village_a, township, stick / "1")
    backup = copy_data(village_a, tmp_path / "village_backup")
    village_a.clock.advance(10)  # a clock far ahead
    case_actions.perform_action(village_a.ctx, c1, "accept",
                                {"host_mediator_id": m, "consent_of_all_parties": True})
    old, _ = export(village_a, stick / "old")
    village_a.close()
    shutil.rmtree(village_a.root)
    copy_data(backup, village_a.root)
    village_a.clock.advance(-8)
    restored = open_desk(village_a.root, village_a.clock)
    try:
        execute(restored, "UPDATE station SET incarnation_id = ? WHERE is_local = 1", new_id())
        new_case(restored, 2)
        first, _ = export(restored, stick / "new1")
        view = import_bundle(township, first)
        assert view.new_incarnation and not view.earlier_incarnation
        view = import_bundle(township, old)
        assert view.earlier_incarnation and not view.new_incarnation
        restored.clock.advance(1)
        new_case(restored, 3)
        later, ex = export(restored, stick / "new2")
        view = import_bundle(township, later)
        assert not view.earlier_incarnation and not view.new_incarnation
        assert view.gaps == []
        [village] = township_service.villages(township.ctx)
        assert village.received_up_to == ex.seq_to and village.gaps == []
    finally:
        restored.close()
