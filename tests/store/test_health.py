"""Crash safety at open (store/health.py): the clean-shutdown marker decides between a quick
and a full check, a damaged store is never opened and the newest good backup is named, and a
killed write's temporary files are swept."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services.case_register import register_case
from mediation_desk.store import backups, health
from mediation_desk.store.backups import NAME_TZ
from mediation_desk.store.health import StoreDamaged
from tests.conftest import FakeClock
from tests.store.support import plain_case
from tests.store.test_backups import _garble_middle


def _markers(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob(f"{health.MARKER_PREFIX}*"))


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def _crash_marker(data_dir: Path) -> Path:
    """The marker a killed process leaves: its pid is gone, the boot is this one."""
    path = data_dir / f"{health.MARKER_PREFIX}crashed"
    path.write_text(json.dumps({"pid": _dead_pid(), "host": socket.gethostname(),
                                "boot": health.boot_id(), "opened_at": "2026-11-21T02:00:00"}))
    return path


def _reopen(ctx: AppContext) -> AppContext:
    return build_context(ctx.paths, actor="测试员", clock=FakeClock())


def test_marker_written_at_open_and_removed_at_clean_close(village: AppContext) -> None:
    data = village.paths.data_dir
    [marker] = _markers(data)
    body = json.loads(marker.read_text())
    assert body["pid"] == os.getpid() and body["host"] == socket.gethostname()
    village.close()
    assert _markers(data) == []
    village.close()  # twice is harmless (the app and the CLI may both close)
    again = _reopen(village)
    try:
        assert again.open_check == "quick"  # a clean close: the cheap check
    finally:
        again.close()


def test_unclean_shutdown_gets_the_full_check_and_its_marker_is_cleared(
        village: AppContext) -> None:
    register_case(village, plain_case(1))
    village.close()
    stale = _crash_marker(village.paths.data_dir)
    again = _reopen(village)
    try:
        assert again.open_check == "full"
        assert not stale.exists() and len(_markers(village.paths.data_dir)) == 1
    finally:
        again.close()
    third = _reopen(village)
    try:
        assert third.open_check == "quick"
    finally:
        third.close()


def test_a_window_still_open_is_not_taken_for_a_crash(village: AppContext) -> None:
    # The CLI opens the folder while the window (here: this process) has it open.
    other = _reopen(village)
    try:
        assert other.open_check == "quick"
        assert len(_markers(village.paths.data_dir)) == 2
    finally:
        other.close()
    assert len(_markers(village.paths.data_dir)) == 1  # the window's own marker stays


def test_marker_from_before_a_reboot_is_stale_even_if_its_pid_is_reused() -> None:
    body = {"pid": os.getpid(), "host": socket.gethostname(), "boot": "another-boot"}
    assert health.marker_is_live(body, boot="this-boot") is False
    assert health.marker_is_live({**body, "boot": "this-boot"}, boot="this-boot") is True
    assert health.marker_is_live({**body, "host": "other-pc"}, boot="another-boot") is False
    # Windows boot times within two minutes are the same boot.
    at = "boot-time:"
    assert health.marker_is_live({**body, "boot": f"{at}1000"}, boot=f"{at}1090") is True
    assert health.marker_is_live({**body, "boot": f"{at}1000"}, boot=f"{at}1300") is False


def test_damaged_store_is_refused_and_the_newest_good_backup_named(village: AppContext) -> None:
    for n in range(1, 4):
        register_case(village, plain_case(n))
    folder = village.paths.backups_dir
    older = backups.make_backup(village.paths.db_path, folder, kind="auto",
                                now=datetime(2026, 11, 20, 9, 0, tzinfo=NAME_TZ))
    newest = backups.make_backup(village.paths.db_path, folder, kind="exit",
                                 now=datetime(2026, 11, 21, 18, 0, tzinfo=NAME_TZ))
    # A backup that rotted on the disk after it was made is not offered.
    rotten = backups.make_backup(village.paths.db_path, folder, kind="manual",
                                 now=datetime(2026, 11, 21, 19, 0, tzinfo=NAME_TZ))
    _garble_middle(rotten.path)
    village.close()
    _garble_middle(village.paths.db_path)
    for unclean in (False, True):
        if unclean:
            _crash_marker(village.paths.data_dir)
        with pytest.raises(StoreDamaged) as err:
            _reopen(village)
        assert err.value.newest_good_backup is not None
        assert err.value.newest_good_backup.path == newest.path != older.path
        assert err.value.code == "store.damaged"
        assert err.value.params["backup"] == newest.path.name
        assert err.value.params["backup_made_at"] == "2026-11-21 18:00"
        assert err.value.details
    # Nothing of ours was left behind: the next start checks in full again.
    assert [p.name for p in _markers(village.paths.data_dir)] == [f"{health.MARKER_PREFIX}crashed"]


def test_damaged_store_without_backups(tmp_path: Path) -> None:
    paths = paths_under(tmp_path / "d").ensure()
    paths.db_path.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    with pytest.raises(StoreDamaged) as err:
        build_context(paths, actor="x")
    assert err.value.newest_good_backup is None
    assert err.value.code == "store.damaged_no_backup"


def test_check_store_reports_what_sqlite_found(village: AppContext, tmp_path: Path) -> None:
    village.close()
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(village.paths.db_path, copy)
    assert health.check_store(copy, full=True) == ""
    _garble_middle(copy)
    assert health.check_store(copy, full=False)
    assert health.check_store(copy, full=True)


def test_leftovers_of_killed_writes_are_swept_at_open(village: AppContext) -> None:
    paths = village.paths
    village.close()
    left = [paths.exports_dir / ".md-abc123.pdf.part",
            paths.backups_dir / ".md-backup-0a1b2c.sqlite3.part",
            paths.backups_dir / ".md-backup-0a1b2c.sqlite3.part-journal",
            paths.drafts_dir / ".md-xyz.draft.part",
            paths.data_dir / ".md-restore-0a1b.sqlite3.part"]
    (paths.exports_dir / "sub").mkdir()
    left.append(paths.exports_dir / "sub" / ".md-q.xlsx.part")
    kept = [paths.exports_dir / "report.pdf", paths.exports_dir / "notes.part",
            paths.backups_dir / "mediation-desk-auto-20261121-100000.sqlite3"]
    for p in left + kept:
        p.write_bytes(b"x")
    again = _reopen(village)
    try:
        assert [p for p in left if p.exists()] == []
        assert all(p.exists() for p in kept)
    finally:
        again.close()


def test_no_sweep_while_another_process_has_the_store_open(village: AppContext) -> None:
    part = village.paths.exports_dir / ".md-busy.pdf.part"
    part.write_bytes(b"being written by the window")
    other = _reopen(village)  # the window (this process) is still open
    try:
        assert part.exists()
    finally:
        other.close()
