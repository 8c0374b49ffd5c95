"""Backup benchmark: our verified backup against a bare ``sqlite3`` ``.backup()`` of the same
file, and the checks the store gets at open.

- ours: ``store/backups.make_backup`` — online backup into a ``.part`` file, fsync, switch the
  copy to rollback-journal mode, re-open read-only, ``PRAGMA integrity_check`` and the station
  row, rename, fsync the folder (what every automatic, exit and manual backup costs);
- bare: ``sqlite3.connect(src).backup(sqlite3.connect(dst))`` into a fresh file, nothing else
  (the floor: the same pages copied by the same API, unchecked and not synced);
- at open: ``quick_check`` (a clean open of a store up to 64 MB) and ``integrity_check`` +
  ``foreign_key_check`` (after an unclean shutdown), as ``store/health.check_store`` runs them.

Stores: the 300-case demo village the window creates on a first run, and ``--cases N``."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_stores import demo_store, median_ms, ratio

from mediation_desk.paths import paths_under
from mediation_desk.store import backups, health


def run(root: Path, stores: Path, *, cases: list[int], seed: int, repeat: int
        ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in cases:
        data = demo_store(stores, n, seed)
        db = paths_under(data).db_path
        folder = root / f"backups-{n}"
        folder.mkdir()
        bare_dir = root / f"bare-{n}"
        bare_dir.mkdir()
        clock = [datetime(2026, 11, 22, 14, 30, tzinfo=UTC)]
        # Fewer runs for big stores: each copies the whole file.
        runs = repeat if db.stat().st_size < 200 << 20 else max(3, repeat // 5)

        def ours(folder: Path = folder, db: Path = db, clock: list[datetime] = clock) -> None:
            clock[0] += timedelta(seconds=1)  # a new name each time
            backups.make_backup(db, folder, kind="manual", now=clock[0]).path.unlink()

        def bare(bare_dir: Path = bare_dir, db: Path = db) -> None:
            target = bare_dir / "copy.sqlite3"
            src = sqlite3.connect(db)
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
            target.unlink()

        ours_ms = median_ms(ours, runs)
        bare_ms = median_ms(bare, runs)
        quick = median_ms(lambda db=db: health.check_store(db, full=False), runs)
        full = median_ms(lambda db=db: health.check_store(db, full=True), runs)
        out[str(n)] = {"cases": n, "mb": round(db.stat().st_size / (1 << 20), 1), "runs": runs,
                       "ms": ours_ms, "baseline_ms": bare_ms, "ratio": ratio(ours_ms, bare_ms),
                       "quick_check_ms": quick, "full_check_ms": full}
        shutil.rmtree(folder)
        shutil.rmtree(bare_dir)
    return out


def report(results: dict[str, Any]) -> list[str]:
    lines = ["", "Backups (store/backups.make_backup vs bare sqlite3 .backup(); checks at open)"]
    for r in results.values():
        lines.append(f"  {r['cases']:>7} cases, {r['mb']:>7} MB: verified backup {r['ms']:>9} ms"
                     f" vs bare {r['baseline_ms']:>8} ms (×{r['ratio']});"
                     f" quick_check {r['quick_check_ms']} ms,"
                     f" integrity+foreign keys {r['full_check_ms']} ms  (median of {r['runs']})")
    return lines
