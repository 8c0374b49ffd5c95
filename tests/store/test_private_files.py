"""Key files are created whole or not at all (a kill between creating and writing a key
used to leave an empty pii.key that station set-up then trusted)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from mediation_desk.store import health, pii
from mediation_desk.store.files import create_private_file
from mediation_desk.sync import keys


def test_a_private_file_appears_whole_and_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "keys" / "secret.key"
    assert create_private_file(target, b"k" * 32)
    assert target.read_bytes() == b"k" * 32
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert not create_private_file(target, b"other")  # an existing key is never replaced
    assert target.read_bytes() == b"k" * 32
    assert sorted(p.name for p in target.parent.iterdir()) == ["secret.key"]


def test_station_keys_are_created_through_it(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    pii.create_key(folder)
    keys.ensure_keys(folder)
    assert len((folder / pii.KEY_FILE).read_bytes()) == 32
    assert not [p for p in folder.iterdir() if p.name.startswith(".md-")]


def test_the_sweep_takes_a_killed_backups_wal_files_and_key_temporaries(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    part = backups / ".md-backup-abc.sqlite3.part"
    with sqlite3.connect(part) as con:  # a copy still in WAL mode, as a kill leaves it
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE t (x)")
    leftovers = [part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm"),
                 tmp_path / "keys" / ".md-x1.part"]
    for path in leftovers:
        path.parent.mkdir(exist_ok=True)
        path.touch()
    kept = backups / "mediation-desk-auto-20261122-120000.sqlite3"
    kept.write_bytes(b"real")
    health.sweep_partials(tmp_path)
    assert not any(p.exists() for p in leftovers)
    assert kept.exists()
