"""Village → township → receipt → village (sync.md §4–§7): the township holds exactly the
village's rows, ID numbers travel only at the full level, the receipt closes the loop, the
export log counts the persons on the stick; importing a bundle twice changes nothing."""

from __future__ import annotations

from pathlib import Path

from mediation_desk.domain.sync_views import CaseSyncState
from mediation_desk.services import (
    case_actions,
    case_records,
    relations,
    sync_export,
    sync_import,
    sync_state,
)
from mediation_desk.services.persons import add_person
from mediation_desk.store import sync_repo
from mediation_desk.sync import envelope
from tests.services.helpers import mediator
from tests.sync.support import (
    Desk,
    dump,
    export,
    id_number,
    import_bundle,
    import_receipt,
    new_case,
    round_trip,
    scalar,
    versions,
)


def working_village(v: Desk) -> list[str]:
    """A few cases with parties (ID numbers), a mediator, records and a voided family tie."""
    m = mediator(v.ctx)
    cases = [new_case(v, n) for n in range(1, 4)]
    case_actions.perform_action(v.ctx, cases[0], "accept",
                                {"host_mediator_id": m, "consent_of_all_parties": True})
    case_records.add_investigation(v.ctx, cases[0], {"content": "走访邻居，查看院墙。"})
    a = add_person(v.ctx, {"name": "王大山", "gender": "male", "id_number": id_number(900)})
    b = add_person(v.ctx, {"name": "王小芳", "gender": "female"})
    tie = relations.add_relation(v.ctx, {"person_id": a.id, "relative_id": b.id,
                                         "relation": "child"})
    relations.remove_relation(v.ctx, tie.id, {"reason": "登记错误"})
    return cases


def person_ids(desk: Desk, origin: str) -> dict[str, tuple[str | None, str | None, str]]:
    with desk.ctx.uow() as uow:
        t = sync_repo.TABLES["person"]
        rows = uow.session.execute(
            t.select().where(t.c.origin_station_id == origin)).mappings()
        return {r["id"]: (r["id_number_enc"], r["id_number_hash"], r["id_number_masked"])
                for r in rows}


def test_round_trip_village_township_receipt(village_a: Desk, township: Desk,
                                             stick: Path) -> None:
    cases = working_village(village_a)
    path, exported = export(village_a, stick / "a")
    assert sync_export.pending_changes(village_a.ctx) > 0
    states = sync_state.case_states(village_a.ctx)
    assert set(states.values()) == {CaseSyncState.EXPORTED}

    view = import_bundle(township, path)
    assert view.status == "imported" and view.first_contact and view.digest == "match"
    assert view.cases == {"cases": 3, "new": 3, "updated": 0, "unchanged": 0, "pending": 0}
    # Every row of every synced table, by id and version: the same on both sides.
    origin = village_a.station_id
    assert versions(township, origin) == versions(village_a, origin, exported.seq_to)
    assert set(versions(township, origin)) >= {"mediation_case", "case_party", "person",
                                               "mediator", "investigation_record",
                                               "person_relation", "event_log", "committee"}
    # Level standard: ID numbers stay home; the masked copy travels.
    here, there = person_ids(village_a, origin), person_ids(township, origin)
    assert any(enc for enc, _, _ in here.values())
    assert all(enc is None and h is None for enc, h, _ in there.values())
    assert {k: m for k, (_, _, m) in there.items()} == {k: m for k, (_, _, m) in here.items()}
    assert scalar(township, "SELECT count(*) FROM case_party WHERE snapshot_id_number_enc "
                            "IS NOT NULL") == 0
    carried = envelope.open_payload(envelope.read(path), township.keys).decode("utf-8")
    assert not any(id_number(n) in carried for n in (1, 2, 3, 900))  # not even in the log

    receipt = import_receipt(village_a, view.receipt_path)
    assert receipt.status == "imported" and receipt.bundles_acknowledged == 1
    assert receipt.acknowledged == [(exported.seq_from, exported.seq_to)]
    assert sync_export.pending_changes(village_a.ctx) == 0
    states = sync_state.case_states(village_a.ctx)
    assert states == {c: CaseSyncState.RECEIVED for c in cases}

    [logged] = sync_export.export_log(village_a.ctx)
    persons = scalar(village_a, "SELECT count(*) FROM person")
    assert (logged.bundle_id, logged.person_count, logged.case_count) == (
        exported.bundle_id, persons, 3)
    assert logged.acknowledged_at is not None and logged.export_level == "standard"


def test_full_level_carries_id_numbers_sealed_with_the_townships_key(
        village_a: Desk, township: Desk, stick: Path) -> None:
    new_case(village_a, 7)
    view = round_trip(village_a, township, stick, level="full")
    assert view.export_level == "full"
    origin = village_a.station_id
    here, there = person_ids(village_a, origin), person_ids(township, origin)
    numbers = {pid: village_a.ctx.cipher.decrypt(enc) for pid, (enc, _, _) in here.items()
               if enc}
    assert id_number(7) in numbers.values()
    for pid, plain in numbers.items():
        enc, hashed, _ = there[pid]
        assert enc is not None and enc != here[pid][0]  # re-sealed, not copied
        assert township.ctx.cipher.decrypt(enc) == plain
        assert hashed == township.ctx.cipher.lookup_hash(plain)
    party = scalar(township, "SELECT snapshot_id_number_enc FROM case_party "
                             "WHERE snapshot_id_number_enc IS NOT NULL")
    assert township.ctx.cipher.decrypt(party) == id_number(7)


def test_statistics_level_carries_counts_only(village_a: Desk, township: Desk,
                                              stick: Path) -> None:
    working_village(village_a)
    path, exported = export(village_a, stick, level="statistics")
    assert (exported.row_count, exported.person_count) == (0, 0)
    view = import_bundle(township, path)
    assert view.status == "imported" and view.rows["inserted"] == 0
    assert scalar(township, "SELECT count(*) FROM mediation_case") == 0
    assert scalar(township, "SELECT statistics FROM sync_import") is not None
    assert import_receipt(village_a, view.receipt_path).acknowledged == []
    assert sync_export.pending_changes(village_a.ctx) > 0  # the rows still have to go


def test_a_standard_bundle_after_a_full_one_keeps_the_number_the_township_has(
        village_a: Desk, township: Desk, stick: Path) -> None:
    case_id = new_case(village_a, 8)
    round_trip(village_a, township, stick / "1", level="full")
    m = mediator(village_a.ctx)
    case_actions.perform_action(village_a.ctx, case_id, "accept",
                                {"host_mediator_id": m, "consent_of_all_parties": True})
    round_trip(village_a, township, stick / "2", level="full", full=True)
    round_trip(village_a, township, stick / "3", level="standard", full=True)
    there = person_ids(township, village_a.station_id)
    numbers = {township.ctx.cipher.decrypt(enc) for enc, _, _ in there.values() if enc}
    assert id_number(8) in numbers


def test_reimport_is_a_noop(village_a: Desk, township: Desk, stick: Path) -> None:
    """The whole database, every table — ledger, event log and search index included — is
    unchanged: an import that finds its bundle in the ledger writes nothing at all (it only
    writes a fresh receipt file, which is not in the database)."""
    working_village(village_a)
    path, _ = export(village_a, stick)
    first = import_bundle(township, path)
    assert first.status == "imported"
    before = dump(township)
    again = import_bundle(township, path)
    assert again.status == "already" and again.error is None
    assert again.cases == first.cases and again.bundle_id == first.bundle_id
    assert again.receipt_path  # the village may have lost the first receipt
    copy = stick / "copy" / "renamed.mzb"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    assert import_bundle(township, copy).status == "already"
    assert dump(township) == before


def test_preview_checks_without_writing(village_a: Desk, township: Desk, stick: Path) -> None:
    new_case(village_a, 1)
    path, _ = export(village_a, stick)
    damaged = stick / "damaged.mzb"
    data = path.read_bytes()
    # Flip bits rather than write a fixed byte: the last byte is part of a signature and is
    # already "?" in one bundle out of 256.
    damaged.write_bytes(data[:-1] + bytes([data[-1] ^ 0x5A]))
    before = dump(township)
    first, bad = sync_import.preview(township.ctx, [path, damaged])
    assert (first.status, first.first_contact, first.cases) == ("unconfirmed", True,
                                                                 {"cases": 1})
    assert first.fingerprint == village_a.keys.fingerprint
    assert bad.status == "refused" and bad.error and bad.error["code"] == "bundle.damaged"
    assert dump(township) == before
    assert import_bundle(township, path, confirm=None).status == "unconfirmed"
    assert dump(township) == before
    assert import_bundle(township, path).status == "imported"
    [again] = sync_import.preview(township.ctx, [path])
    assert again.status == "already"


def test_a_full_bundle_after_a_standard_one_brings_the_id_numbers(
        village_a: Desk, township: Desk, stick: Path) -> None:
    """The usual order: standard bundles all year, then a full one on request."""
    new_case(village_a, 9)
    round_trip(village_a, township, stick / "1")
    view = round_trip(village_a, township, stick / "2", level="full", full=True)
    assert view.rows["updated"] == 0  # the same versions: nothing changed but the numbers
    there = person_ids(township, village_a.station_id)
    numbers = {township.ctx.cipher.decrypt(enc) for enc, _, _ in there.values() if enc}
    assert id_number(9) in numbers
    party = scalar(township, "SELECT snapshot_id_number_enc FROM case_party "
                             "WHERE snapshot_id_number_enc IS NOT NULL")
    assert party and township.ctx.cipher.decrypt(party) == id_number(9)
