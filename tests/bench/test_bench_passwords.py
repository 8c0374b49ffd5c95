"""The passwords suite runs (times are printed, never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parents[2] / "bench" / "run.py"


def test_passwords_suite_measures_the_sign_in_against_sha256() -> None:
    result = subprocess.run([sys.executable, str(RUNNER), "passwords", "--repeat", "1",
                             "--json"], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)["passwords"]
    assert data["params"] == "scrypt N=2**17, r=8, p=1" and data["memory_mib"] == 128
    for key in ("verify", "sign_in"):
        assert data[key]["ms"] > 0 and data[key]["baseline_ms"] > 0 and data[key]["ratio"] > 1
