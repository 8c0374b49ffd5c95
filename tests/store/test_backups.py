"""Verified backups (store/backups.py): made through a temporary file, checked before they get
a name, listed newest first, and thinned like Anki's (every one of the last two days, then
daily, weekly, monthly), with the pre-migration copy kept per revision like Zotero's."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.services.case_register import register_case
from mediation_desk.store import backups
from mediation_desk.store.backups import NAME_TZ, BackupFailed
from tests.store.support import plain_case

NOW = datetime(2026, 11, 22, 14, 30, tzinfo=NAME_TZ)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_backup_is_checked_then_named_with_kind_and_time(village: AppContext) -> None:
    register_case(village, plain_case(1))  # committed, possibly only in the -wal file
    folder = village.paths.backups_dir
    info = backups.make_backup(village.paths.db_path, folder, kind="auto", now=NOW)
    assert info.path.name == "mediation-desk-auto-20261122-143000.sqlite3"
    assert (info.kind, info.made_at, info.size) == ("auto", NOW, info.path.stat().st_size)
    assert _names(folder) == [info.path.name]  # no .part, no -journal left
    con = sqlite3.connect(info.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("SELECT count(*) FROM mediation_case").fetchone() == (1,)
        # A self-contained rollback-journal file: it opens read-only with nothing beside it.
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        con.close()
    check = backups.check_copy(info.path)
    assert check.ok and check.station_id == backups.station_of(village.paths.db_path)[0]


def test_two_backups_in_one_second_get_two_names(village: AppContext) -> None:
    folder = village.paths.backups_dir
    a = backups.make_backup(village.paths.db_path, folder, kind="manual", now=NOW)
    b = backups.make_backup(village.paths.db_path, folder, kind="manual", now=NOW)
    assert b.path.name == "mediation-desk-manual-20261122-143000-2.sqlite3"
    assert [i.path for i in backups.list_backups(folder)] == [b.path, a.path]


def test_a_damaged_store_never_gets_a_backup_name(village: AppContext, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    src = sqlite3.connect(backups.ro_uri(village.paths.db_path), uri=True)
    dst = sqlite3.connect(damaged)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    dst.close()
    src.close()
    _garble_middle(damaged)
    folder = tmp_path / "backups"
    folder.mkdir()
    keep = folder / "mediation-desk-auto-20261121-100000.sqlite3"
    keep.write_bytes(b"an older backup")
    with pytest.raises(BackupFailed) as err:
        backups.make_backup(damaged, folder, kind="auto", now=NOW)
    assert err.value.reason in ("damaged", "source")
    assert _names(folder) == [keep.name]  # nothing new, no .part; the older one untouched
    assert keep.read_bytes() == b"an older backup"


def test_a_store_without_a_station_is_no_backup(ctx: AppContext) -> None:
    folder = ctx.paths.backups_dir
    with pytest.raises(BackupFailed, match="no station"):
        backups.make_backup(ctx.paths.db_path, folder, kind="manual", now=NOW)
    assert _names(folder) == []
    # ... but the copy before a migration may meet a store that was never set up.
    info = backups.make_backup(ctx.paths.db_path, folder, kind="before-migration-0007",
                               now=NOW, require_station=False)
    assert info.revision == "0007"


def test_a_full_disk_fails_plainly_and_leaves_nothing(village: AppContext,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = village.paths.backups_dir

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", full)
    with pytest.raises(BackupFailed) as err:
        backups.make_backup(village.paths.db_path, folder, kind="manual", now=NOW)
    monkeypatch.undo()
    assert err.value.reason == "io" and err.value.os_error.errno == errno.ENOSPC
    assert _names(folder) == []


def _garble_middle(path: Path) -> None:
    """Overwrite some pages in the middle of the file with garbage (a failing disk)."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages >= 6, "the store is too small to damage in the middle"
    for n in range(pages // 3, pages // 3 + 3):
        data[n * page:(n + 1) * page] = bytes((i * 37 + n) % 251 for i in range(page))
    path.write_bytes(bytes(data))


def test_names_of_earlier_releases_are_listed(tmp_path: Path) -> None:
    old = tmp_path / "mediation-desk-before-0006-20261101-080000-123456.sqlite3"
    old.write_bytes(b"x")
    (tmp_path / ".md-backup-abc.sqlite3.part").write_bytes(b"x")
    (tmp_path / "notes.txt").write_bytes(b"x")
    [info] = backups.list_backups(tmp_path)
    assert (info.path, info.kind, info.revision) == (old, "before-migration-0006", "0006")


# --- thinning ----------------------------------------------------------------------------------

def _fake(folder: Path, kind: str, at: datetime) -> Path:
    path = folder / f"mediation-desk-{kind}-{at.strftime(backups.STAMP)}.sqlite3"
    path.write_bytes(b"backup")
    return path


def test_thinning_keeps_recent_then_daily_weekly_monthly(tmp_path: Path) -> None:
    # One automatic backup every 6 hours for two years.
    made = [NOW - timedelta(hours=6 * i) for i in range(4 * 730)]
    for at in made:
        _fake(tmp_path, "auto", at)
    deleted = backups.thin(tmp_path, NOW)
    kept = [b.made_at for b in backups.list_backups(tmp_path)]
    assert len(kept) + len(deleted) == len(made)
    recent = [t for t in kept if NOW - t < timedelta(days=2)]
    assert len(recent) == 8  # every one of the last two days
    daily = [t for t in kept if timedelta(days=2) <= NOW - t < timedelta(days=16)]
    assert len({t.date() for t in daily}) == len(daily)  # one per day …
    assert 14 <= len(daily) <= 15  # … for two weeks
    weekly = [t for t in kept if timedelta(days=16) <= NOW - t < timedelta(days=72)]
    assert len({t.isocalendar()[:2] for t in weekly}) == len(weekly) and 8 <= len(weekly) <= 9
    monthly = [t for t in kept if timedelta(days=72) <= NOW - t]
    assert len({(t.year, t.month) for t in monthly}) == len(monthly)
    assert 12 <= len(monthly) <= 13
    assert min(kept) > NOW - timedelta(days=2 + 14 + 56 + 365)
    # Thinning again changes nothing.
    assert backups.thin(tmp_path, NOW) == []


def test_at_most_48_of_the_last_two_days(tmp_path: Path) -> None:
    for i in range(60):
        _fake(tmp_path, "auto", NOW - timedelta(minutes=30 * i))
    backups.thin(tmp_path, NOW)
    kept = backups.list_backups(tmp_path)
    assert len(kept) == 48 and kept[0].made_at == NOW


def test_pre_migration_copies_are_kept_per_revision_whatever_their_age(tmp_path: Path) -> None:
    old = NOW - timedelta(days=900)
    first = _fake(tmp_path, "before-migration-0006", old)
    retry = _fake(tmp_path, "before-migration-0006", old + timedelta(minutes=5))
    again = _fake(tmp_path, "before-migration-0006", old + timedelta(minutes=9))
    other = _fake(tmp_path, "before-migration-0005", old - timedelta(days=300))
    recent = _fake(tmp_path, "auto", NOW)
    deleted = backups.thin(tmp_path, NOW)
    assert sorted(deleted) == sorted([first, retry])
    assert {p.name for p in tmp_path.iterdir()} == {again.name, other.name, recent.name}


def test_replaced_stores_are_kept_90_days(tmp_path: Path) -> None:
    young = _fake(tmp_path, "replaced", NOW - timedelta(days=89))
    old = _fake(tmp_path, "replaced", NOW - timedelta(days=91))
    _fake(tmp_path, "auto", NOW)
    assert backups.thin(tmp_path, NOW) == [old]
    assert young.exists()


def test_the_newest_backup_is_never_thinned_however_old(tmp_path: Path) -> None:
    # A laptop left in a drawer for three years: its only backups are ancient.
    newest = _fake(tmp_path, "exit", NOW - timedelta(days=3 * 365))
    older = _fake(tmp_path, "auto", NOW - timedelta(days=3 * 365 + 3))
    _fake(tmp_path, "replaced", NOW - timedelta(days=1))  # a replaced store does not count
    assert backups.thin(tmp_path, NOW) == [older]
    assert newest.exists()


def test_thinning_never_touches_other_files(tmp_path: Path) -> None:
    (tmp_path / "last-backup.json").write_text("{}")
    (tmp_path / "村里的照片.jpg").write_bytes(b"x")
    _fake(tmp_path, "auto", NOW - timedelta(days=800))
    _fake(tmp_path, "auto", NOW)
    backups.thin(tmp_path, NOW)
    assert {"last-backup.json", "村里的照片.jpg"} <= {p.name for p in tmp_path.iterdir()}
