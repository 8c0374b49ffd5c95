"""Putting a backup in place of the live store, so that no moment of a power cut leaves the
data folder without a store or with half of one.

1. ``stage``: the backup is copied (online backup, verified) to a hidden file in the data
   folder and given a new incarnation id there (sync.md §2: counters of a restored store are
   never trusted blindly);
2. ``swap``: a small journal ``restore.pending`` names the staged file and where the current
   store goes; the current store (its WAL folded in first, or moved along with it) is moved
   into the backups folder as kind ``replaced``; the staged file is renamed into place;
   the journal is deleted.
``recover`` (called at every open) finishes or rolls back a swap a crash interrupted.

The engine must be disposed before ``swap``: nothing may hold the file open."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mediation_desk.store.backups import (
    SUFFIX,
    BackupFailed,
    _free_name,
    copy_verified,
)
from mediation_desk.store.files import sync_folder

JOURNAL = "restore.pending"
STAGE_PREFIX = ".md-restore-"
COMPANIONS = ("-wal", "-shm", "-journal")


class StoreInUse(RuntimeError):
    """Another program still has the store open; nothing was moved."""


@dataclass(frozen=True, slots=True)
class Staged:
    path: Path
    station_id: str | None
    restored_incarnation: str  # the incarnation the backup carried
    new_incarnation: str


def stage(backup: Path, db_path: Path) -> Staged:
    """Copy and verify ``backup`` beside ``db_path`` and give it a new incarnation id.
    Raises BackupFailed if the backup does not verify or holds no station."""
    staged = db_path.parent / f"{STAGE_PREFIX}{secrets.token_hex(6)}{SUFFIX}.part"
    check = copy_verified(backup, staged, require_station=True)
    new = str(uuid.uuid4())
    try:
        con = sqlite3.connect(staged)
        try:
            with con:
                old = con.execute("SELECT incarnation_id FROM station WHERE is_local"
                                  ).fetchone()[0]
                con.execute("UPDATE station SET incarnation_id = ? WHERE is_local", (new,))
        finally:
            con.close()
        with staged.open("rb+") as fh:
            os.fsync(fh.fileno())
    except (sqlite3.Error, OSError) as exc:
        staged.unlink(missing_ok=True)
        raise BackupFailed(f"the staged copy could not be prepared: {exc}", reason="io",
                           os_error=exc if isinstance(exc, OSError) else None) from exc
    return Staged(path=staged, station_id=check.station_id, restored_incarnation=str(old),
                  new_incarnation=new)


def fold_wal(db_path: Path) -> bool:
    """Checkpoint the WAL into the file and leave rollback mode, so the file stands alone.
    False if SQLite cannot (a damaged store: its -wal then moves along with it); raises
    StoreInUse if another connection holds the store."""
    if not db_path.exists():
        return False
    try:
        con = sqlite3.connect(db_path, timeout=2)
    except sqlite3.Error:
        return False
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        return str(mode).lower() == "delete"
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreInUse(str(exc)) from exc
        return False
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def swap(staged: Staged, db_path: Path, backups_dir: Path, now: datetime, *,
         fold: bool = True) -> Path | None:
    """Keep the current store aside (kind ``replaced``) and put the staged copy in its place.
    Returns where the old store went (None if there was none). ``fold``: fold the WAL in
    first; False for a damaged store, which is moved exactly as it is, WAL and all."""
    if fold:
        fold_wal(db_path)
    backups_dir.mkdir(parents=True, exist_ok=True)
    aside = _free_name(backups_dir, db_path.stem, "replaced", now) if db_path.exists() else None
    journal = db_path.parent / JOURNAL
    _write_journal(journal, {"staged": str(staged.path), "db": str(db_path),
                             "aside": str(aside) if aside else ""})
    if aside is not None:
        _move(db_path, aside)
        for suffix in COMPANIONS:
            extra = Path(f"{db_path}{suffix}")
            if extra.exists():
                # A WAL that could not be folded in belongs to the old file: it goes along
                # (and must never meet the restored file, which it would corrupt).
                _move(extra, Path(f"{aside}{suffix}"))
    os.replace(staged.path, db_path)
    sync_folder(db_path.parent)
    journal.unlink(missing_ok=True)
    sync_folder(db_path.parent)
    return aside


def recover(data_dir: Path) -> str:
    """Finish or undo a swap a crash interrupted: "" (nothing to do), "finished" or
    "rolled_back"."""
    journal = data_dir / JOURNAL
    try:
        body = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError):
        body = {}
    db = Path(body.get("db") or "")
    staged = Path(body.get("staged") or "")
    aside = Path(body.get("aside") or "") if body.get("aside") else None
    outcome = "finished"
    if body and not db.exists():
        if staged.is_file():
            os.replace(staged, db)  # the old store is aside already: complete the restore
        elif aside is not None and aside.exists():
            _move(aside, db)  # nothing staged to put in: bring the old store back
            for suffix in COMPANIONS:
                if Path(f"{aside}{suffix}").exists():
                    _move(Path(f"{aside}{suffix}"), Path(f"{db}{suffix}"))
            outcome = "rolled_back"
    elif body and staged.is_file():
        # The crash came before the old store moved: the restore never happened.
        staged.unlink()
        outcome = "rolled_back"
    sync_folder(data_dir)
    journal.unlink(missing_ok=True)
    return outcome


def _write_journal(path: Path, body: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(body, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    sync_folder(path.parent)


def _move(src: Path, dst: Path) -> None:
    try:
        os.replace(src, dst)
    except OSError:
        # Another file system (a backups folder elsewhere): copy, sync, then delete.
        shutil.copy2(src, dst)
        with dst.open("rb+") as fh:
            os.fsync(fh.fileno())
        src.unlink()
