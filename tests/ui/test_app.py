"""Start-up: no display refuses cleanly, first run creates the demo station, failures end in
a plain message box and a log file, never a traceback."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_desk.paths import paths_under
from mediation_desk.services.case_queries import CaseFilter, list_cases
from mediation_desk.services.station import get_station
from mediation_desk.ui import app, session, startup
from mediation_desk.ui.single_instance import InstanceLock

pytestmark = pytest.mark.gui


def test_no_display_refuses_with_exit_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    data = tmp_path / "data"
    code = ("import sys\nfrom mediation_desk.ui.app import main\n"
            f"sys.exit(main(['--data-dir', {str(data)!r}]))\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 2, result.stderr
    assert "没有找到图形桌面" in result.stderr
    assert "Traceback" not in result.stderr
    assert not data.exists()  # refused before touching the data folder


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "linux", True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
    ({}, "win32", True),
    ({}, "darwin", True),
])
def test_has_display(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert app.has_display(environ, platform) is expected


def test_options_and_language() -> None:
    args, rest = app.parse_args(["--data-dir", "/x", "--lang", "en", "-platform", "xcb"])
    assert (args.data_dir, args.lang, rest) == ("/x", "en", ["-platform", "xcb"])
    assert app.choose_language(None, {}) == "zh"
    assert app.choose_language(None, {"MEDIATION_DESK_LANG": "en_GB"}) == "en"
    assert app.choose_language("zh", {"MEDIATION_DESK_LANG": "en"}) == "zh"


@pytest.fixture
def isolated_start(monkeypatch: pytest.MonkeyPatch, zh_ui: None) -> Iterator[list[Any]]:
    """Undo what start() installs process-wide (excepthook, log handler); collect windows."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # The sign-in dialogs have tests of their own (test_sign_in.py): act as the owner here.
    monkeypatch.setattr(session, "sign_in_at_start", lambda _ctx, **_kw: True)
    handlers = list(logging.getLogger().handlers)
    windows: list[Any] = []
    yield windows
    for window in windows:
        window.close()
        window.ctx.close()
        for lock in window.findChildren(InstanceLock):
            lock.release()
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_first_run_creates_the_demo_village(qapp: QApplication, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            isolated_start: list[Any]) -> None:
    monkeypatch.setattr(startup, "DEMO_CASES", 12)
    window = app.start(qapp, str(tmp_path / "data"))
    assert window is not None
    isolated_start.append(window)
    station = get_station(window.ctx)
    assert station is not None
    assert (station.name, station.code) == ("演示村人民调解委员会", "000000000000")
    assert list_cases(window.ctx, CaseFilter()).total == 12
    assert window.case_list_page.model.total == 12 or window.case_list_page.model.loading
    assert window.isVisible()


def test_missing_demo_generator_gives_an_empty_store(qapp: QApplication, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     isolated_start: list[Any]) -> None:
    monkeypatch.setattr(startup, "DEMO_GENERATOR", "mediation_desk.services.demo.absent")
    window = app.start(qapp, str(tmp_path / "data"))
    assert window is not None
    isolated_start.append(window)
    assert get_station(window.ctx) is not None
    assert list_cases(window.ctx, CaseFilter()).total == 0


def test_start_up_failure_shows_words_and_logs_the_traceback(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        isolated_start: list[Any]) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(startup, "build_context", broken)
    data = tmp_path / "data"
    assert app.start(qapp, str(data)) is None
    log = paths_under(data).log_dir / startup.ERRORS_LOG
    assert "RuntimeError: simulated failure" in log.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert "启动时遇到意外问题" in shown[0]
    assert str(log) in shown[0]
    assert "Traceback" not in shown[0]


def test_unwritable_data_folder_is_explained(tmp_path: Path, zh_ui: None) -> None:
    text = startup.startup_error_text(PermissionError(13, "denied"), tmp_path / "errors.log",
                                      tmp_path / "data")
    assert f"无法读写数据文件夹 {tmp_path / 'data'}" in text
