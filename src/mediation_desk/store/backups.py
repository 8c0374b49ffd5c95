"""Verified copies of the station database, their names, and their thinning.

A backup is made with SQLite's online backup API into a hidden ``.part`` file in the backups
folder, fsynced, re-opened read-only and checked (``PRAGMA integrity_check``, a station row),
and only then renamed to its real name. A copy that fails any step is deleted: nothing that
did not verify ever carries a backup's name (Zotero's rule, anchors.md §1C).

Names carry the kind and the Beijing wall-clock time, e.g.
``mediation-desk-auto-20261122-143000.sqlite3`` (``-2``, ``-3`` … if two fall in one second),
so the folder reads sensibly in a file manager and the listing needs no index file."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mediation_desk.store.files import sync_folder

SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
# The app's dates are Beijing dates (bootstrap.CHINA_TZ; the store cannot import bootstrap).
NAME_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")
PART_PREFIX = ".md-backup-"
MIGRATION_PREFIX = "before-migration-"
# Kinds with a fixed name; ``before-migration-<revision>`` is the one family.
KINDS = ("auto", "exit", "manual", "before-import", "before-restore", "replaced")
REPLACED_KEEP = timedelta(days=90)
RECENT_WINDOW = timedelta(days=2)
RECENT_MAX = 48
DAILY_WINDOW = timedelta(days=14)
WEEKLY_WINDOW = timedelta(weeks=8)
MONTHLY_WINDOW = timedelta(days=365)

_KIND_RE = r"auto|exit|manual|before-import|before-restore|replaced|before-migration-\w+|before-\d{4}"
_NAME = re.compile(rf"^(?P<stem>.+?)-(?P<kind>{_KIND_RE})-(?P<stamp>\d{{8}}-\d{{6}})"
                   rf"(?:-(?P<n>\d+))?{re.escape(SUFFIX)}$")
_KIND_OK = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class BackupFailed(RuntimeError):
    """The copy could not be made or did not verify; nothing was written under a backup name.

    ``reason``: "no_source" (no database file), "source" (the file cannot be read as a
    database), "damaged" (the copy failed its checks: the source is damaged), "io" (the file
    system refused: ``os_error`` holds the OSError, e.g. a full disk or read-only folder)."""

    def __init__(self, message: str, *, reason: str = "damaged",
                 os_error: OSError | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.os_error = os_error


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    kind: str
    made_at: datetime  # aware, Beijing time, from the name
    size: int

    @property
    def revision(self) -> str:
        """The target revision of a before-migration backup, else ""."""
        return self.kind[len(MIGRATION_PREFIX):] if self.kind.startswith(MIGRATION_PREFIX) else ""


@dataclass(frozen=True, slots=True)
class CopyCheck:
    """What the checks of a copy found: ``ok`` and, if it holds one, the local station."""

    ok: bool
    details: str
    station_id: str | None


def ro_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() percent-encodes '#', '?' and '%' in folder names."""
    return path.resolve().as_uri() + "?mode=ro"


def check_copy(path: Path, *, quick: bool = False) -> CopyCheck:
    """integrity_check (or quick_check) of a database file, read-only, plus its local
    station. Never raises for a damaged or foreign file: ``ok`` is False with the details."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        return CopyCheck(False, f"cannot open: {exc}", None)
    try:
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
        if rows != ["ok"]:
            return CopyCheck(False, f"{pragma}: " + "; ".join(map(str, rows[:20])), None)
        station = con.execute("SELECT id FROM station WHERE is_local").fetchone() \
            if _has_table(con, "station") else None
    except sqlite3.Error as exc:
        return CopyCheck(False, f"{pragma}: {exc}", None)
    finally:
        con.close()
    return CopyCheck(True, "ok", station[0] if station else None)


def schema_revision(path: Path) -> str | None:
    """The alembic revision a store file is at (None: none recorded, or unreadable)."""
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
        try:
            if not _has_table(con, "alembic_version"):
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def station_of(path: Path) -> tuple[str, str] | None:
    """(station id, incarnation id) of a store's local station, if that much can be read
    (also from a damaged file: it tells whose backup may replace it)."""
    try:
        con = sqlite3.connect(ro_uri(path), uri=True)
        try:
            row = con.execute("SELECT id, incarnation_id FROM station WHERE is_local").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return (str(row[0]), str(row[1])) if row else None


def _has_table(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                       (name,)).fetchone() is not None


def make_backup(db_path: Path, backups_dir: Path, *, kind: str, now: datetime,
                require_station: bool = True) -> BackupInfo:
    """Copy ``db_path`` (consistently, even while it is open and in WAL mode), verify the
    copy and give it its name in ``backups_dir``. Raises BackupFailed; leaves no ``.part``.

    ``require_station``: the copy must hold the local station row (False only for the copy
    before a migration, which may meet a store that was never set up)."""
    if not _KIND_OK.match(kind):
        raise ValueError(f"bad backup kind {kind!r}")
    if not db_path.is_file():
        raise BackupFailed(f"no database at {db_path}", reason="no_source")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(str(exc), reason="io", os_error=exc) from exc
    target = _free_name(backups_dir, db_path.stem, kind, now)
    copy_verified(db_path, target, require_station=require_station)
    return BackupInfo(path=target, kind=kind, made_at=_name_time(now),
                      size=target.stat().st_size)


def copy_verified(db_path: Path, target: Path, *, require_station: bool = True) -> CopyCheck:
    """The one careful copy: online backup into ``.md-backup-*.part`` beside ``target``,
    fsync, re-open read-only and check, then rename onto ``target`` and fsync the folder.
    Raises BackupFailed (``reason`` says why); a failed copy leaves nothing behind."""
    part = target.parent / f"{PART_PREFIX}{secrets.token_hex(6)}{SUFFIX}.part"
    try:
        _copy(db_path, part)
        check = check_copy(part)
        if not check.ok:
            raise BackupFailed(f"the copy failed its check ({check.details})")
        if require_station and check.station_id is None:
            raise BackupFailed("the copy holds no station: this is not a station's store")
        os.replace(part, target)
    except OSError as exc:
        raise BackupFailed(str(exc), reason="io", os_error=exc) from exc
    finally:
        _remove_part(part)
    sync_folder(target.parent)
    return check


def _copy(db_path: Path, part: Path) -> None:
    try:
        # Read-only: a backup never creates or changes the file it copies.
        src = sqlite3.connect(ro_uri(db_path), uri=True)
    except sqlite3.Error as exc:
        raise BackupFailed(f"cannot open the database: {exc}", reason="source") from exc
    try:
        dst = sqlite3.connect(part)
        try:
            # One step (pages=-1) under one read transaction: a consistent snapshot, and in
            # WAL mode the app's writers are not held up meanwhile.
            src.backup(dst)
            # A rollback-journal file is self-contained: opening it read-only later needs no
            # -wal/-shm beside it (the restored store is switched back to WAL on opening).
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        code = _io_errno(exc)
        if code is not None:
            raise OSError(code, str(exc), str(part)) from exc
        raise BackupFailed(f"the database cannot be read: {exc}", reason="source") from exc
    finally:
        src.close()
    with part.open("rb+") as fh:
        os.fsync(fh.fileno())


def _io_errno(exc: sqlite3.Error) -> int | None:
    """SQLite reports a full disk or a read-only folder in words; give them the errno an
    OSError would carry, so callers classify both kinds of failure alike."""
    text = str(exc).lower()
    if "disk is full" in text:
        return errno.ENOSPC
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return errno.EROFS if "readonly" in text or "read-only" in text else errno.EACCES
    if "disk i/o" in text:
        return errno.EIO
    return None


def _remove_part(part: Path) -> None:
    for p in (part, *(part.with_name(part.name + end) for end in ("-journal", "-wal", "-shm"))):
        # A read-only folder: nothing was written there either.
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def _name_time(now: datetime) -> datetime:
    local = now.astimezone(NAME_TZ) if now.tzinfo else now.replace(tzinfo=NAME_TZ)
    return local.replace(microsecond=0)


def _free_name(folder: Path, stem: str, kind: str, now: datetime) -> Path:
    base = f"{stem}-{kind}-{_name_time(now).strftime(STAMP)}"
    target = folder / f"{base}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}{SUFFIX}"
    return target


def parse_name(path: Path) -> tuple[str, datetime, int] | None:
    """(kind, made_at, sequence) from a backup's file name, or None if it is not one."""
    m = _NAME.match(path.name)
    if m is None:
        return None
    kind = m["kind"]
    if re.fullmatch(r"before-\d{4}", kind):  # the name earlier releases gave
        kind = MIGRATION_PREFIX + kind[len("before-"):]
    try:
        made = datetime.strptime(m["stamp"], STAMP).replace(tzinfo=NAME_TZ)
    except ValueError:
        return None
    return kind, made, int(m["n"] or 1)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (unfinished ``.part`` files are not listed)."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for path in entries:
        parsed = parse_name(path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        kind, made, seq = parsed
        found.append((made, seq, BackupInfo(path=path, kind=kind, made_at=made, size=size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [info for _, _, info in found]


def newest_good(folder: Path, *, station_id: str | None = None,
                quick: bool = True) -> BackupInfo | None:
    """The newest backup that passes its check (quick_check by default: cheap enough to run
    over a few candidates when the store is found damaged) and belongs to ``station_id``."""
    for info in list_backups(folder):
        check = check_copy(info.path, quick=quick)
        if check.ok and check.station_id is not None and (
                station_id is None or check.station_id == station_id):
            return info
    return None


# --- thinning ----------------------------------------------------------------------------------

def thin(folder: Path, now: datetime) -> list[Path]:
    """Delete backups the rotation no longer needs; returns what was deleted.

    Regular backups (auto, exit, manual, before-import, before-restore), like Anki: every one
    of the last 2 days (at most 48), then the newest of each day for 2 weeks, of each week
    for 8 weeks, of each month for 12 months; older ones go. ``before-migration-<rev>``: the
    newest per revision, whatever its age (Zotero: repeated failed upgrades cannot rotate the
    pre-upgrade copy away). ``replaced`` (the store a restore replaced): 90 days. The newest
    backup that is not a ``replaced`` store is never deleted."""
    backups = list_backups(folder)
    keep = {b.path for b in _keep(backups, _name_time(now))}
    deleted = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
            except FileNotFoundError:
                continue
            deleted.append(b.path)
            for suffix in ("-wal", "-shm", "-journal"):  # a damaged replaced store's WAL
                Path(f"{b.path}{suffix}").unlink(missing_ok=True)
    return deleted


def _keep(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    keep: list[BackupInfo] = []
    seen_revisions: set[str] = set()
    buckets: set[tuple[str, object]] = set()
    recent = 0
    for b in backups:  # newest first: the first seen in a bucket is its newest
        age = now - b.made_at
        if b.revision:
            if b.revision not in seen_revisions:
                seen_revisions.add(b.revision)
                keep.append(b)
        elif b.kind == "replaced":
            if age <= REPLACED_KEEP:
                keep.append(b)
        elif age < RECENT_WINDOW:
            recent += 1
            if recent <= RECENT_MAX:
                keep.append(b)
        else:
            bucket = _bucket(b.made_at, age)
            if bucket is not None and bucket not in buckets:
                buckets.add(bucket)
                keep.append(b)
    newest = next((b for b in backups if b.kind != "replaced"), None)
    if newest is not None and newest not in keep:
        keep.append(newest)
    return keep


def _bucket(made: datetime, age: timedelta) -> tuple[str, object] | None:
    if age < RECENT_WINDOW + DAILY_WINDOW:
        return "day", made.date()
    if age < RECENT_WINDOW + DAILY_WINDOW + WEEKLY_WINDOW:
        return "week", made.isocalendar()[:2]
    if age < RECENT_WINDOW + DAILY_WINDOW + WEEKLY_WINDOW + MONTHLY_WINDOW:
        return "month", (made.year, made.month)
    return None
