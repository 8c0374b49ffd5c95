"""A full disk, a file-size limit, a read-only folder: real failures, no mocks. Each is
classified (store/write_errors.py), rolls back or leaves the old file as it was, leaves no
temporary file, and writing works again once the cause is gone."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import maintenance, sync_export, sync_keys
from mediation_desk.services.case_register import register_case
from mediation_desk.store import write_errors
from mediation_desk.store.write_errors import DISK_FULL, IO_ERROR, LOCKED, READ_ONLY, classify
from tests.store.support import plain_case

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("write_failure_child.py")
posix = pytest.mark.skipif(os.name != "posix",
                           reason="RLIMIT_FSIZE, SIGXFSZ, uid changes and mounts are POSIX")


def run_child(*args: str | Path, prefix: list[str] | None = None,
              timeout: float = 180) -> tuple[int, dict[str, Any] | None, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    cmd = [*(prefix or []), sys.executable, str(CHILD), *map(str, args)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=ROOT, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    return proc.returncode, (json.loads(lines[-1]) if lines else None), proc.stderr


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".part", "-journal"))
                  or p.name.startswith(".md-"))


# --- classification ----------------------------------------------------------------------------

@pytest.mark.parametrize(("number", "code"), [
    (errno.ENOSPC, DISK_FULL), (errno.EFBIG, DISK_FULL), (errno.EROFS, READ_ONLY),
    (errno.EACCES, READ_ONLY), (errno.EPERM, READ_ONLY), (errno.EIO, IO_ERROR),
    (errno.ENOENT, None), (errno.ENOTDIR, None)])
def test_os_errors_by_errno(number: int, code: str | None) -> None:
    assert classify(OSError(number, os.strerror(number), "x")) == code


def test_sqlite_errors_by_result_code(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as readonly:
        ro.execute("INSERT INTO t VALUES (1)")
    assert classify(readonly.value) == READ_ONLY
    con.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(db, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as locked:
        other.execute("BEGIN IMMEDIATE")
    assert classify(locked.value) == LOCKED
    con.rollback()
    page_count = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count={page_count}")
    with pytest.raises(sqlite3.OperationalError) as full:
        con.execute("INSERT INTO t VALUES (zeroblob(100000))")
    assert classify(full.value) == DISK_FULL
    for c in (con, ro, other):
        c.close()


def test_rule_refusals_stay_and_export_failures_follow_their_cause() -> None:
    assert classify(DomainError("case.archived_read_only")) is None
    refused = DomainError("bundle.unreadable", file="x")
    refused.__cause__ = OSError(errno.EIO, "I/O error")
    assert classify(refused) is None  # the sync refusal already says it in its own words
    wrapped = DomainError("paper.write_failed", "path", reason="No space left on device")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left on device", "/stick/a.pdf")
    plain = write_errors.as_domain_error(wrapped)
    assert plain is not None and plain.code == DISK_FULL and plain.field == "path"
    assert plain.params["path"] == "/stick/a.pdf" and plain.__cause__ is wrapped
    assert write_errors.as_domain_error(plain) is plain  # classifying twice changes nothing
    assert write_errors.as_domain_error(ValueError("x")) is None


# --- SQLite full: PRAGMA max_page_count on the app's own connections --------------------------

def _limit_pages(ctx: AppContext, pages: int) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(ctx.engine, "connect", on_connect)
    ctx.engine.dispose()  # the pooled connections reconnect with the limit
    return on_connect


def test_full_database_rolls_back_and_recovers(village: AppContext) -> None:
    with village.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    hook = _limit_pages(village, pages + 6)
    registered: list[str] = []
    with pytest.raises(Exception) as full:  # noqa: B017 - whatever the layers wrap it in
        for n in range(500):
            registered.append(register_case(village, plain_case(n)).summary.case_no)
    assert classify(full.value) == DISK_FULL
    assert registered, "the limit left no room at all; the test proves nothing"
    report = maintenance.check(village)
    assert report.ok, report
    assert report.counts["cases"] == len(registered)  # nothing of the failed one remains
    event.remove(village.engine, "connect", hook)
    village.engine.dispose()
    after = register_case(village, plain_case(999))
    assert after.summary.case_no.endswith(f"第{len(registered) + 1:03d}号")
    assert maintenance.check(village).ok


# --- files over RLIMIT_FSIZE (EFBIG, as on a full disk) ---------------------------------------

@posix
def test_paper_over_the_size_limit_keeps_the_old_file(village: AppContext,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "papers" / "协议书.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the old paper")
    village.engine.dispose()
    code, result, err = run_child("paper", village.paths.data_dir, target)
    assert code == 1 and result is not None, err
    assert (result["code"], result["errno"]) == (DISK_FULL, errno.EFBIG)
    assert target.read_bytes() == b"the old paper"
    assert leftovers(target.parent) == []


@posix
def test_backup_over_the_size_limit_leaves_nothing(village: AppContext, tmp_path: Path) -> None:
    dest = tmp_path / "stick"
    village.engine.dispose()
    code, result, err = run_child("backup", village.paths.data_dir, dest, "--limit", 65536)
    assert code == 1 and result is not None, err
    # SQLite's unix VFS reports only ENOSPC as SQLITE_FULL; a write refused with EFBIG comes
    # back as SQLITE_IOERR_WRITE (a real full disk: test_backup_onto_a_full_disk).
    assert result["code"] in (DISK_FULL, IO_ERROR), result
    assert list(dest.iterdir()) == [] if dest.exists() else True
    assert maintenance.check(village).ok


@posix
def test_bundle_over_the_size_limit_leaves_nothing(village: AppContext, office: AppContext,
                                                   tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_keys.export_identity(office, stick / "t.mzid")
    sync_keys.enroll(village, sync_keys.read_identity(stick / "t.mzid"))
    register_case(village, plain_case(1))
    first = sync_export.export_bundle(village, tmp_path / "first", full=True)
    size = Path(first.file_path).stat().st_size
    exports = len(sync_export.export_log(village))
    village.engine.dispose()
    code, result, err = run_child("bundle", village.paths.data_dir, stick,
                                  "--limit", size // 2)
    assert code == 1 and result is not None, err
    assert (result["code"], result["errno"]) == (DISK_FULL, errno.EFBIG)
    assert sorted(p.name for p in stick.iterdir()) == ["t.mzid"]  # no bundle, no .part
    assert len(sync_export.export_log(village)) == exports  # and no export recorded


# --- a really full disk: a small tmpfs in a mount namespace of the child's own ---------------

def _small_disk(mountpoint: Path, kb: int, inner: str) -> list[str]:
    """``unshare`` prefix running ``inner`` with a tmpfs of ``kb`` KiB on ``mountpoint``; the
    mount vanishes with the child. Skips where mount namespaces are not allowed."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) to mount a small file system")
    flags = "-m" if os.geteuid() == 0 else "-rm"
    probe = subprocess.run(["unshare", flags, "sh", "-c",
                            f"mount -t tmpfs -o size={kb}k tmpfs {mountpoint}"],
                           capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {probe.stderr.decode(errors='replace')}")
    return ["unshare", flags, "sh", "-c",
            f"mount -t tmpfs -o size={kb}k tmpfs {mountpoint} && {inner} \"$@\"", "sh"]


@posix
def test_backup_onto_a_full_disk(village: AppContext, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    village.engine.dispose()
    code, result, err = run_child("backup", village.paths.data_dir, stick,
                                  prefix=_small_disk(stick, 64, "exec"))
    assert code == 1 and result is not None, err
    assert result["code"] == DISK_FULL, result
    assert maintenance.check(village).ok


@posix
def test_store_on_a_full_disk_loses_nothing(village: AppContext, tmp_path: Path) -> None:
    village.close()
    disk = tmp_path / "disk"
    disk.mkdir()
    used = sum(p.stat().st_size for p in village.paths.data_dir.rglob("*") if p.is_file())
    size_kb = used // 1024 + 1024
    copy = f"cp -a {village.paths.data_dir}/. {disk}/ && exec"
    code, result, err = run_child("fill", disk, disk / "filler.bin", "--limit", 512 * 1024,
                                  prefix=_small_disk(disk, size_kb, copy))
    assert code == 0 and result is not None, err
    assert result["registered"] > 0 and result["code"] == DISK_FULL, result
    assert result["check_ok"] and result["cases"] == result["registered"]
    assert result["after"].endswith(f"第{result['registered'] + 1:03d}号")
    assert result["check_after"]


# --- a read-only folder --------------------------------------------------------------------------

@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A temporary folder anybody may enter (pytest's own are private to their owner)."""
    root = Path(tempfile.mkdtemp(prefix="md-ro-"))
    root.chmod(0o755)
    yield root
    for p in [root, *root.rglob("*")]:
        if p.is_dir() and not p.is_symlink():
            p.chmod(0o755)
    shutil.rmtree(root, ignore_errors=True)


def read_only_copy(ctx: AppContext, dest: Path) -> Path:
    """A copy of the station's folder that nobody may write: owned by root (or this user)
    with folders 0555 and files 0444."""
    ctx.close()  # the last connection checkpoints the WAL into the file
    shutil.copytree(ctx.paths.data_dir, dest)
    for p in sorted(dest.rglob("*"), reverse=True):
        p.chmod(0o555 if p.is_dir() else 0o444)
    dest.chmod(0o555)
    return dest


@posix
def test_read_only_store_is_reported_plainly(village: AppContext, open_tmp: Path) -> None:
    village.close()
    warm = shutil.copytree(village.paths.data_dir, open_tmp / "warm")
    data = read_only_copy(village, open_tmp / "data")
    # As root the child first opens a writable copy (loading every module), then drops to
    # nobody: root may write anywhere.
    args = ["--nobody", "--warm-data", str(warm)] if os.geteuid() == 0 else []
    code, result, err = run_child("open", data, data, *args)
    assert code == 1 and result is not None, err
    assert result["code"] == READ_ONLY, result
    assert leftovers(data) == []
