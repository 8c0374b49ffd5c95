"""The benchmark runner keeps working (tiny size). Times are printed, never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parents[2] / "bench" / "run.py"


def test_bench_runner_produces_all_measurements() -> None:
    result = subprocess.run([sys.executable, str(RUNNER), "--cases", "60", "--repeat", "1",
                             "--json"], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["demo"]["seconds"] > 0 and data["demo"]["raw_executemany_seconds"] > 0
    assert [r["query"] for r in data["search"]] == ["1 char", "2 chars", "4 chars",
                                                    "pinyin initials"]
