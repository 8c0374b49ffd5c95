"""A backup on the USB stick, sealed to the township (services/backup_seal.py): only the
township opens it, only from a village it enrolled, and what it writes is a restorable store
with the village's keys, owner-only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.errors import DomainError
from mediation_desk.paths import paths_under
from mediation_desk.services import backup_seal, backups, sync_export, sync_keys
from mediation_desk.services.case_register import register_case
from mediation_desk.services.persons import reveal_id_number
from mediation_desk.services.station import get_station
from mediation_desk.sync import envelope
from mediation_desk.sync.errors import Refused
from tests.conftest import FakeClock
from tests.services.helpers import case_data, report


def test_sealed_backup_round_trip(village: AppContext, office: AppContext,
                                  tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    detail = register_case(village, case_data())
    report(village, office, stick)  # enrolled both ways
    sealed = backup_seal.seal_backup(village, stick)
    raw = Path(sealed.path).read_bytes()
    assert raw.startswith(envelope.MAGIC + b"backup\n")
    assert b"SQLite format 3" not in raw and "李四".encode() not in raw  # encrypted
    assert sealed.key_files == ["exchange.key", "pii.key", "signing.key"]

    out = tmp_path / "opened"
    opened = backup_seal.open_sealed(office, Path(sealed.path), out)
    assert opened.station_code == "510100000001"
    restored = paths_under(out)
    for name in sealed.key_files:
        key = restored.keys_dir / name
        assert key.read_bytes() == (village.paths.keys_dir / name).read_bytes()
        if os.name == "posix":
            assert key.stat().st_mode & 0o077 == 0
    # The folder is a working data folder: the village's data, ID numbers readable.
    ctx = build_context(restored, actor="新电脑", clock=FakeClock())
    try:
        assert get_station(ctx).station_id == get_station(village).station_id
        party = next(p for p in detail.parties if p.person_id)
        assert reveal_id_number(ctx, party.person_id, purpose="核对") == "11010519491231002X"
        # ... and its database is a backup the village can restore from.
        backups.restore(village, restored.db_path)
    finally:
        ctx.close()
    with pytest.raises(DomainError) as err:
        backup_seal.open_sealed(office, Path(sealed.path), out)
    assert err.value.code == "backup.out_not_empty"


def test_only_the_township_can_open_it(village: AppContext, office: AppContext,
                                       tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    report(village, office, stick)
    sealed = backup_seal.seal_backup(village, stick)
    # The village itself cannot: it is not encrypted to the village's key, and the village
    # has not pinned its own key as a peer's.
    with pytest.raises(DomainError):
        backup_seal.open_sealed(village, Path(sealed.path), tmp_path / "v")
    # A flipped bit is caught by the signature.
    data = bytearray(Path(sealed.path).read_bytes())
    data[-10] ^= 0x01
    bad = tmp_path / "bad.mzbak"
    bad.write_bytes(bytes(data))
    with pytest.raises(Refused) as err:
        backup_seal.open_sealed(office, bad, tmp_path / "o")
    assert err.value.code in ("bundle.bad_signature", "bundle.damaged")
    assert not (tmp_path / "o" / "mediation-desk.sqlite3").exists()


def test_no_township_no_sealed_copy(village: AppContext, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as err:
        backup_seal.seal_backup(village, tmp_path)
    assert err.value.code == "backup.no_township"


def test_export_can_add_the_sealed_copy(village: AppContext, office: AppContext,
                                        tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_keys.export_identity(office, stick / "t.mzid")
    sync_keys.enroll(village, sync_keys.read_identity(stick / "t.mzid"))
    sync_export.export_bundle(village, stick, with_backup=True)
    assert len(list(stick.glob(f"*{backup_seal.SEALED_SUFFIX}"))) == 1
    assert len(list(stick.glob("*.mzb"))) == 1
