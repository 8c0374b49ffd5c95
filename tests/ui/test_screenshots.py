"""``mediation-desk screenshots``: every page at 1366×768 and the main dialogs as PNG files,
from a temporary demo village, without a display; a locked data folder is left alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from mediation_desk import cli
from mediation_desk.paths import paths_under
from mediation_desk.ui import screenshots

pytestmark = pytest.mark.gui

PAGES = ["01-cases.png", "02-today.png", "03-screening.png", "04-joint-defence.png",
         "05-mediators.png", "06-statistics.png", "07-sync.png", "08-settings.png",
         "09-audit.png"]
DIALOGS = ["20-new-case.png", "21-party.png", "22-case-window.png", "23-case-performing.png",
           "24-action-accept.png", "25-action-terminate.png", "26-record-session.png",
           "27-record-agreement.png", "28-record-followup.png", "29-drafts.png",
           "30-case-papers.png", "31-paper-agreement.png"]
# A flat grey page compresses to a few kB; a page with text and a table is far larger.
MIN_BYTES = 15_000


def check_pages(out: Path) -> None:
    for name in PAGES:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (screenshots.WIDTH, screenshots.HEIGHT), name
        assert (out / name).stat().st_size > MIN_BYTES, name
    for name in DIALOGS:
        dialog = QImage(str(out / name))
        assert dialog.width() > 300 and dialog.height() > 200, name
        assert (out / name).stat().st_size > MIN_BYTES / 3, name
    assert sorted(os.listdir(out)) == sorted(PAGES + DIALOGS)


def test_command_writes_every_page_and_dialog(tmp_path: Path, qapp: QApplication,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    font_before = qapp.font()
    out = tmp_path / "shots"
    code = cli.main(["screenshots", "--out", str(out), "--demo-cases", "8",
                     "--lang", "en", "--text-size", "16"])
    assert code == 0
    check_pages(out)
    printed = capsys.readouterr().out.split()
    assert printed == [str(out / name) for name in sorted(os.listdir(out))]
    # What it changed in a shared QApplication is put back.
    assert qapp.font() == font_before


def test_runs_without_a_display(tmp_path: Path) -> None:
    """The real command line: no platform chosen, no DISPLAY; it picks offscreen itself."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "shots"
    code = ("import sys\nfrom mediation_desk.cli import main\n"
            f"sys.exit(main(['screenshots', '--out', {str(out)!r}, '--demo-cases', '8']))\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    check_pages(out)


def test_a_data_folder_open_in_a_window_is_left_alone(tmp_path: Path, qapp: QApplication,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    paths = paths_under(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    lock = QLockFile(str(paths.lock_path))
    assert lock.tryLock(0)
    try:
        code = cli.main(["screenshots", "--out", str(tmp_path / "shots"),
                         "--data-dir", str(paths.data_dir)])
    finally:
        lock.unlock()
    assert code == 3
    assert "调解工作台已经打开了这个数据文件夹" in capsys.readouterr().err
    assert not paths.db_path.exists()
    assert not list((tmp_path / "shots").glob("*.png"))


def test_out_is_required() -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["screenshots"])
    assert exc.value.code == 2
