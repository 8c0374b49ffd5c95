"""Crash safety, proven by killing: a worker process writes through the services and is
killed with SIGKILL at chosen moments (start-up, migration, inside a commit, during a
backup …); after each kill the folder is reopened and checked (tests/crash/harness.py).

CI runs a dozen kills (one of each kind); ``MEDIATION_DESK_CRASH_RUNS=N`` runs N, and
``bench/crash.py`` the full count."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crash import checks
from tests.crash.harness import CYCLE, OUTSIDE, CrashHarness, kill_point

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix" or not hasattr(signal, "SIGKILL"),
                       reason="the crash harness kills with SIGKILL (POSIX only)"),
]

SEED = 20261121
RUNS = int(os.environ.get("MEDIATION_DESK_CRASH_RUNS", "12"))
ROOT = Path(__file__).resolve().parents[2]


def test_kills_lose_no_acknowledged_write(tmp_path: Path) -> None:
    summary = CrashHarness(tmp_path, seed=SEED).run(RUNS)
    report = "\n".join(summary.lines())
    assert not summary.failures, report
    assert [r.mode for r in summary.records][:len(CYCLE)] == list(CYCLE)[:RUNS]
    inside = set(summary.kill_points()) - set(OUTSIDE)
    assert len(inside) >= min(3, RUNS), report  # kills landed inside different operations
    in_main_folder = sum(1 for r in summary.records if r.mode != "migrate")
    assert summary.store["mediation_case"] >= in_main_folder  # the checker's write per run


def test_kill_point_is_the_step_in_flight() -> None:
    assert kill_point([]) == ("interpreter", "-")
    assert kill_point(["BEGIN open"]) == ("open", "-")
    lines = ["BEGIN open", "ACK open -", "BEGIN case", "ACK case c1 parties=2",
             "BEGIN backup"]
    assert kill_point(lines) == ("backup", "case c1 parties=2")
    assert kill_point(lines[:4]) == ("between steps", "case c1 parties=2")


def test_the_checks_find_damage(tmp_path: Path) -> None:
    """The harness would pass vacuously if its checks saw nothing: damage a folder by hand
    and each kind of damage is named."""
    data = tmp_path / "station"
    ledger = checks.Ledger()
    ctx = checks.open_station(data)
    checks.probe_write(ctx, ledger)  # one acknowledged case
    db, backups = ctx.paths.db_path, ctx.paths.backups_dir
    ctx.close()
    assert checks.verify(data, ledger, {}) == []
    case_id = next(iter(ledger.cases))
    ledger.take("person", ["no-such-person", "name=𠮷某"])
    con = sqlite3.connect(db)
    con.execute("DELETE FROM case_party WHERE case_id = ?", (case_id,))
    con.commit()
    con.close()
    backups.mkdir(exist_ok=True)
    (backups / "mediation-desk-manual-20261121-100000.sqlite3").write_bytes(b"SQLite format 3")
    (data / "exports").mkdir(exist_ok=True)
    (data / "exports" / ".md-abc.pdf.part").write_bytes(b"%PDF-")
    assert checks.temp_files(data) == ["exports/.md-abc.pdf.part"]
    found = "\n".join(checks.verify(data, ledger, {}))
    assert f"case {case_id} has no party" in found
    assert f"acknowledged case {case_id}: parties []" in found
    assert "acknowledged person no-such-person" in found
    assert "fails integrity_check" in found
    # A key file cut off between creating and writing it (a kill during set-up).
    (data / "keys" / "pii.key").write_bytes(b"")
    assert any(f.startswith("no new write after reopening") for f in
               checks.verify(data, ledger, {}))


def test_bench_runner_counts_kills(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "crash.py"), "--runs", "2",
                             "--seed", "3", "--json"], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["runs"] == 2 and data["failures"] == []
    assert sum(data["kill_points"].values()) == 2
