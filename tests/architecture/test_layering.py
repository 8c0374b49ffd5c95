"""The core never loads Qt, nothing heavy happens at import, and modules stay small."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "mediation_desk"
CORE = ["mediation_desk.domain", "mediation_desk.store", "mediation_desk.services",
        "mediation_desk.documents", "mediation_desk.sync", "mediation_desk.cli", "mediation_desk.wording",
        "mediation_desk.bootstrap", "mediation_desk.paths", "mediation_desk.resources"]


def _core_modules() -> list[str]:
    names = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC.parent).with_suffix("")
        parts = list(rel.parts)
        if "ui" in parts or "devtools" in parts or "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts))
    return sorted(names)


def test_core_never_imports_qt() -> None:
    """Import every core module in a fresh interpreter; PySide6 must not be loaded."""
    code = (
        "import importlib, sys\n"
        f"for name in {_core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_importing_the_core_touches_no_files(tmp_path: Path) -> None:
    """No data folder, database or key is created by importing (nothing at import time)."""
    home = tmp_path / "home"
    code = ("import importlib\n"
            f"for name in {_core_modules()!r}:\n"
            "    importlib.import_module(name)\n")
    env = {"MEDIATION_DESK_HOME": str(home), "HOME": str(tmp_path / "h"),
           "XDG_DATA_HOME": str(tmp_path / "xdg"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert not home.exists() and not (tmp_path / "xdg").exists()


@pytest.mark.parametrize("path", sorted(p for p in SRC.rglob("*.py")
                                        if "forms" not in p.parts
                                        and "migrations" not in p.parts),
                         ids=lambda p: str(p.relative_to(SRC)))
def test_module_size_budget(path: Path) -> None:
    """Soft limit 400 lines (architecture.md §3.11), hard limit 800."""
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 800, f"{path.name} has {lines} lines; split it by responsibility"


def test_only_ui_imports_qt_in_source() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if "ui" in path.relative_to(SRC).parts or "devtools" in path.relative_to(SRC).parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "import PySide6" in text or "from PySide6" in text or "shiboken6" in text:
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []
