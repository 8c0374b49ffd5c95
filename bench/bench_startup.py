"""Start-up to a shown main window whose case list has its first page, against a bare
PySide6 window with a QTableView, each in a fresh offscreen process (startup_child.py)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from mediation_desk.paths import paths_under
from mediation_desk.ui.state import STATE_FILE

CHILD = Path(__file__).resolve().parent / "startup_child.py"
TIMEOUT_S = 180


def _child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEDIATION_DESK_LANG="zh")
    env.pop("MEDIATION_DESK_HOME", None)
    return env


def time_start(args: list[str]) -> tuple[float, float]:
    """(seconds from spawning to READY, seconds the child's script took of it)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_child_env())
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                elapsed = time.perf_counter() - t
                in_script = float(line.split()[1])
                break
        else:
            raise RuntimeError(f"{args[0]} start-up gave no READY:\n{proc.stderr.read()}")
        proc.wait(TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return elapsed, in_script


def run(data_dir: Path, *, cases: int, repeat: int) -> dict[str, Any]:
    """Median start-up of the app on ``data_dir`` and of the bare window, alternating."""
    state_file = paths_under(data_dir).config_dir / STATE_FILE
    app_args, bare_args = ["app", str(data_dir)], ["bare"]
    samples: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for n in range(repeat + 1):  # the first round warms the disk cache and is dropped
        # Every start is a first start: no saved window size, filter or column widths.
        state_file.unlink(missing_ok=True)
        app = time_start(app_args)
        bare = time_start(bare_args)
        if n:
            samples["app"].append(app)
            samples["bare"].append(bare)
    app_s = statistics.median(s[0] for s in samples["app"])
    bare_s = statistics.median(s[0] for s in samples["bare"])
    return {
        "cases": cases, "repeat": repeat,
        "app_ms": round(app_s * 1000), "bare_ms": round(bare_s * 1000),
        "extra_ms": round((app_s - bare_s) * 1000),
        "ratio": round(app_s / bare_s, 1),
        # Of the total, the part after the interpreter had started (imports and our code).
        "app_script_ms": round(statistics.median(s[1] for s in samples["app"]) * 1000),
        "bare_script_ms": round(statistics.median(s[1] for s in samples["bare"]) * 1000),
    }


def report(r: dict[str, Any]) -> list[str]:
    return [
        f"start-up ({r['cases']} cases, median of {r['repeat']}, fresh offscreen processes):",
        f"  Mediation Desk to first case page {r['app_ms']} ms "
        f"(script {r['app_script_ms']} ms) vs bare QMainWindow+QTableView {r['bare_ms']} ms "
        f"(script {r['bare_script_ms']} ms) → ratio {r['ratio']}×, +{r['extra_ms']} ms",
    ]
