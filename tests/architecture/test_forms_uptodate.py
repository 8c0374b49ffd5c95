"""The committed generated files (ui/forms/ui_*.py, .ts, .qm) match forms/*.ui and the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_ui_files_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mediation_desk.devtools.build_ui", "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, (
        "stale generated files; run `python -m mediation_desk.devtools.build_ui`:\n"
        + result.stdout + result.stderr)
