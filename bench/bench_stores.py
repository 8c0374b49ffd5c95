"""Data folders filled with demo cases for the benchmarks, built once per run (or kept in a
cache folder between runs with ``--store-cache DIR``)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import build_context
from mediation_desk.paths import paths_under
from mediation_desk.services.demo.generate import generate
from mediation_desk.services.station import init_station

# The station the window creates on a first run (ui/startup.py), so the start-up benchmark
# opens the same kind of store a user sees.
DEMO_STATION = {"kind": "village", "code": "000000000000", "name": "演示村人民调解委员会",
                "township_name": "演示镇", "county_name": "演示县"}
_DONE = "bench-store-complete"


def demo_store(parent: Path, cases: int, seed: int) -> Path:
    """A data folder with ``cases`` demo cases under ``parent``; reused if already built."""
    root = parent / f"cases-{cases}-seed-{seed}"
    if (root / _DONE).exists():
        return root
    ctx = build_context(paths_under(root), actor="bench")
    try:
        init_station(ctx, **DEMO_STATION)
        generate(ctx, cases=cases, seed=seed)
    finally:
        ctx.close()
    (root / _DONE).write_text("ok\n", encoding="utf-8")
    return root


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    """Median wall time of ``fn`` in milliseconds, after one untimed warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times) * 1000, 2)


def ratio(ours: float, base: float) -> float | None:
    return round(ours / base, 1) if base else None
