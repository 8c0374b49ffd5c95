"""SIGKILL harness: start the writing worker, kill it at a chosen moment, reopen, check.

    harness = CrashHarness(root, seed=1)
    summary = harness.run(200)            # or run_once(i) for one kill
    print("\\n".join(summary.lines()))

All runs but the migration ones continue on one data folder, so later kills hit a bigger
store. A run's *mode* decides when the kill lands:

- ``startup``: any time from spawning the process until the store is open;
- ``open``: just after the worker started ``build_context`` (WAL recovery, migration check);
- ``first``: just after the store opened, i.e. in or right after the first write;
- ``during:<kind>``: a moment after the worker printed ``BEGIN <kind>`` (inside that call,
  its commit, or a backup being written);
- ``work``: any time in the first ``window_s`` seconds of writing;
- ``migrate``: a fresh folder migrated only up to an older schema revision; the worker opens
  it (verified backup, then the migration to head) and the kill lands during that.

The kill point recorded is what the worker's output says was in flight: the last ``BEGIN``
without its ``ACK``; ``between steps`` when the last line was an acknowledgement;
``interpreter`` when the worker had printed nothing yet (Python still starting). POSIX only."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.crash import checks

WORKER = Path(__file__).resolve().parent / "worker.py"
REPO = Path(__file__).resolve().parents[2]
# One of each kind of kill first, so that even a short CI run covers them all.
CYCLE = ("startup", "open", "first", "during:case", "during:backup", "migrate",
         "during:accept", "during:record", "during:agreement", "during:person",
         "during:reach", "work", "during:mediate")
WEIGHTS = {"work": 4, "startup": 1, "open": 1, "first": 1, "migrate": 1,
           **{m: 1 for m in CYCLE if m.startswith("during:")}}
# How long after BEGIN the kill may land: a write takes ~10 ms here, a backup longer.
DURING_S = {"backup": 0.12}
DURING_DEFAULT_S = 0.012
OPEN_S = {"open": 0.2, "migrate": 0.4}
OLD_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
POLL_S = 0.001
# Kill points outside any operation on the store.
OUTSIDE = ("interpreter", "between steps")
KEEP_BACKUPS = 10


@dataclass
class RunRecord:
    index: int
    mode: str
    delay_s: float
    kill_point: str
    last_ack: str
    acks: int
    failures: list[str]
    seconds: float
    swept: int = 0  # temporary files the kill left, found before reopening

    def line(self) -> str:
        result = "ok" if not self.failures else f"FAILED ({len(self.failures)})"
        if self.swept:
            result += f" (swept {self.swept})"
        return (f"run {self.index:>4}  {self.mode:<17} kill at {self.delay_s:6.3f} s  "
                f"in flight: {self.kill_point:<14} acks {self.acks:>3}  "
                f"last: {self.last_ack[:40]:<40}  {result}")


@dataclass
class Summary:
    seed: int
    records: list[RunRecord] = field(default_factory=list)
    store: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def failures(self) -> list[RunRecord]:
        return [r for r in self.records if r.failures]

    def kill_points(self) -> Counter[str]:
        return Counter(r.kill_point for r in self.records)

    def one_line(self) -> str:
        return (f"{len(self.records)} runs (seed {self.seed}), "
                f"{sum(r.acks for r in self.records)} acknowledged writes, "
                f"{sum(1 for r in self.records if r.kill_point not in OUTSIDE)}"
                f" kills inside an operation, {len(self.failures)} failures")

    def swept_line(self) -> str:
        runs = [r for r in self.records if r.swept]
        return (f"temporary files a kill left behind (to be swept at the next open): "
                f"{sum(r.swept for r in runs)} in {len(runs)} runs")

    def lines(self) -> list[str]:
        out = [f"crash harness: {self.one_line()} in {self.seconds:.0f} s"]
        out.append("kill points (operation in flight when SIGKILL landed):")
        out += [f"  {k:<16}{n:>5}" for k, n in self.kill_points().most_common()]
        out.append(self.swept_line())
        out.append("modes: " + ", ".join(f"{m} {n}" for m, n in
                                         Counter(r.mode for r in self.records).most_common()))
        if self.store:
            out.append("store after the runs: " + ", ".join(f"{k} {v}" for k, v in
                                                             self.store.items()))
        for r in self.failures:
            out.append(r.line())
            out += [f"    {f}" for f in r.failures[:10]]
        return out


def _spawn(data_dir: Path, seed: int, out: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"),
                                                      env.get("PYTHONPATH")]))
    with out.open("wb") as stdout, out.with_suffix(".err").open("wb") as stderr:
        return subprocess.Popen([sys.executable, str(WORKER), str(data_dir), "--seed",
                                 str(seed)], stdout=stdout, stderr=stderr, env=env)


def _lines(out: Path) -> list[str]:
    # Only whole lines count: a line cut off by the kill was not acknowledged.
    text = out.read_bytes().decode("utf-8", errors="replace")
    return text.split("\n")[:-1]


def _wait_for(proc: subprocess.Popen[bytes], out: Path, wanted: str, timeout: float) -> bool:
    """Poll the worker's output until a line starts with ``wanted``; False on timeout/exit."""
    end = time.monotonic() + timeout
    with out.open("rb") as f:
        buf = b""
        while time.monotonic() < end and proc.poll() is None:
            chunk = f.read()
            if chunk:
                buf += chunk
                *whole, buf = buf.split(b"\n")
                for raw in whole:
                    if raw.decode("utf-8", errors="replace").startswith(wanted):
                        return True
            else:
                time.sleep(POLL_S)
    return False


def kill_point(lines: list[str]) -> tuple[str, str]:
    """(what was in flight, the last acknowledgement) from the worker's output."""
    steps = [ln for ln in lines if ln.split(" ", 1)[0] in ("BEGIN", "ACK", "REFUSED")]
    acks = [ln for ln in steps if ln.startswith("ACK ")]
    last_ack = acks[-1][4:] if acks else "-"
    if not steps:
        return "interpreter", last_ack
    word, _, rest = steps[-1].partition(" ")
    return (rest.split(" ", 1)[0] if word == "BEGIN" else "between steps"), last_ack


def make_older_store(data_dir: Path, revision: str) -> None:
    """A folder whose database stops at ``revision``: opening it migrates (backup first)."""
    from mediation_desk.paths import paths_under
    from mediation_desk.store.engine import make_engine
    from mediation_desk.store.migrate import upgrade

    paths = paths_under(data_dir).ensure()
    engine = make_engine(paths.db_path)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()


class CrashHarness:
    def __init__(self, root: Path, *, seed: int = 1, window_s: float = 1.5,
                 progress: Callable[[RunRecord], None] | None = None) -> None:
        self.root = root
        self.seed = seed
        self.rng = random.Random(seed)
        self.window_s = window_s
        self.progress = progress
        self.data_dir = root / "station"
        self.ledger = checks.Ledger()
        self.seen_backups: dict[str, str] = {}
        self.open_s = 1.2  # spawn → store open; learnt from the runs
        self._ready = False

    def setup(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        checks.open_station(self.data_dir).close()
        self._ready = True

    def mode(self, index: int) -> str:
        if index < len(CYCLE):
            return CYCLE[index]
        modes = list(WEIGHTS)
        return self.rng.choices(modes, weights=[WEIGHTS[m] for m in modes])[0]

    def run(self, runs: int) -> Summary:
        started = time.monotonic()
        if not self._ready:
            self.setup()
        summary = Summary(seed=self.seed)
        for i in range(runs):
            record = self.run_once(i)
            summary.records.append(record)
            if self.progress is not None:
                self.progress(record)
        summary.store = self.store_counts()
        summary.seconds = time.monotonic() - started
        return summary

    def run_once(self, index: int) -> RunRecord:
        t_run = time.monotonic()
        mode = self.mode(index)
        ledger, data_dir = self.ledger, self.data_dir
        if mode == "migrate":
            ledger, data_dir = checks.Ledger(), self.root / f"migrate-{index}"
            make_older_store(data_dir, self.rng.choice(OLD_REVISIONS))
        out = self.root / f"run-{index}.out"
        since_ns = time.time_ns()
        proc = _spawn(data_dir, self.rng.randrange(1 << 30), out)
        t0 = time.monotonic()
        self._wait(proc, out, mode, t0)
        delay = time.monotonic() - t0
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        code = proc.wait()
        lines = _lines(out)
        point, last_ack = kill_point(lines)
        failures: list[str] = []
        if code != -signal.SIGKILL:
            tail = [ln for ln in lines if ln.startswith("CRASH")] or \
                out.with_suffix(".err").read_text(errors="replace").splitlines()[-3:]
            failures.append(f"worker ended by itself (status {code}): {' | '.join(tail)}")
        new_backups: list[str] = []
        acks = 0
        for ln in lines:
            if ln.startswith("ACK "):
                acks += 1
                kind, *words = ln[4:].split(" ")
                ledger.take(kind, words)
                if kind == "backup":
                    new_backups.append(words[0])
        swept = len(checks.temp_files(data_dir))
        failures += checks.verify(data_dir, ledger, self.seen_backups,
                                  new_backups=new_backups, since_ns=since_ns)
        if mode == "migrate" and not failures:
            shutil.rmtree(data_dir, ignore_errors=True)
        else:
            self._prune_backups(data_dir / "backups")
        if not failures:
            out.unlink(missing_ok=True)
            out.with_suffix(".err").unlink(missing_ok=True)
        return RunRecord(index=index, mode=mode, delay_s=delay, kill_point=point,
                         last_ack=last_ack, acks=acks, failures=failures,
                         seconds=time.monotonic() - t_run, swept=swept)

    def _wait(self, proc: subprocess.Popen[bytes], out: Path, mode: str, t0: float) -> None:
        """Return at the moment the worker is to be killed."""
        rng = self.rng
        if mode == "startup":
            time.sleep(rng.uniform(0.0, self.open_s))
            return
        if mode in ("open", "migrate"):
            if _wait_for(proc, out, "BEGIN open", 30):
                # build_context takes ~0.1 s (more after a kill: the full check), a
                # migration from an old revision ~0.3 s here.
                time.sleep(rng.uniform(0.0, OPEN_S[mode]))
            return
        if not _wait_for(proc, out, "ACK open", 30):
            return
        self.open_s = 0.8 * self.open_s + 0.2 * (time.monotonic() - t0)
        if mode == "first":
            time.sleep(rng.uniform(0.0, 0.03))
        elif mode.startswith("during:"):
            kind = mode.split(":", 1)[1]
            if _wait_for(proc, out, f"BEGIN {kind}", 4 * self.window_s):
                time.sleep(rng.uniform(0.0, DURING_S.get(kind, DURING_DEFAULT_S)))
        else:
            time.sleep(rng.uniform(0.0, self.window_s))

    def _prune_backups(self, backups: Path) -> None:
        # 200 runs make hundreds of full copies; keep the newest few (each was checked once)
        # so the bench does not fill the disk. The app's own rotation may keep fewer.
        if not backups.is_dir():
            return
        files = sorted((p for p in backups.iterdir() if p.suffix == ".sqlite3"),
                       key=lambda p: p.stat().st_mtime_ns)
        for p in files[:-KEEP_BACKUPS]:
            if p.name in self.seen_backups:
                p.unlink(missing_ok=True)

    def store_counts(self) -> dict[str, int]:
        import sqlite3

        from mediation_desk.paths import paths_under

        db = paths_under(self.data_dir).db_path
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("mediation_case", "case_party", "person", "agreement",
                                "event_log")}
        finally:
            con.close()
        counts["size_kb"] = db.stat().st_size // 1024
        return counts
