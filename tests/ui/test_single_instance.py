"""One window per data folder: a second start is refused kindly (exit 3) before the database
is touched; a lock left behind by a crash, or abandoned by another computer, does not block."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_desk.paths import paths_under
from mediation_desk.ui import app, session, single_instance, startup
from mediation_desk.ui.single_instance import InstanceLock

pytestmark = pytest.mark.gui

HOLD_LOCK = """
import os, sys
from PySide6.QtCore import QLockFile, Qt
lock = QLockFile(sys.argv[1])
print("locked" if lock.tryLock(0) else "busy", flush=True)
if sys.argv[2] == "crash":
    os._exit(0)  # like a crash: the lock file stays behind
sys.stdin.readline()
lock.unlock()
"""


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, zh_ui: None) -> Iterator[list[Any]]:
    """Windows opened by start(), closed afterwards; process-wide hooks restored."""
    monkeypatch.setattr(startup, "DEMO_CASES", 3)
    # The sign-in dialogs have tests of their own (test_sign_in.py): act as the owner here.
    monkeypatch.setattr(session, "sign_in_at_start", lambda _ctx, **_kw: True)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
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


def hold_lock(lock_path: Path, mode: str) -> subprocess.Popen[str]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(lock_path), mode],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    return child


def test_second_start_is_refused_before_the_database_is_opened(
        qapp: QApplication, tmp_path: Path, opened: list[Any]) -> None:
    data = tmp_path / "data"
    paths = paths_under(data)
    child = hold_lock(paths.lock_path, "hold")
    try:
        shown: list[str] = []
        window, code = app.open_window(qapp, str(data), show_message=shown.append)
        assert window is None
        assert code == app.EXIT_ALREADY_OPEN == 3
        assert app.start(qapp, str(data), show_message=shown.append) is None
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=30)
    assert not paths.db_path.exists()
    assert len(shown) == 2
    assert "调解工作台已经打开了这个数据文件夹" in shown[0]
    assert "请切换到已打开的窗口" in shown[0]
    assert str(paths.data_dir) in shown[0]
    # Once the other window has closed, this one opens.
    window = app.start(qapp, str(data), show_message=shown.append)
    assert window is not None
    opened.append(window)
    assert len(shown) == 2


def test_the_lock_is_held_while_the_window_is_open(qapp: QApplication, tmp_path: Path,
                                                   opened: list[Any]) -> None:
    data = tmp_path / "data"
    window = app.start(qapp, str(data))
    assert window is not None
    opened.append(window)
    other = QLockFile(str(paths_under(data).lock_path))
    assert not other.tryLock(0)
    shown: list[str] = []
    assert app.open_window(qapp, str(data), show_message=shown.append) == (None, 3)
    assert len(shown) == 1
    # Quitting releases it (aboutToQuit is connected to release).
    window.findChild(InstanceLock).release()
    assert other.tryLock(0)
    other.unlock()


def test_a_lock_left_by_a_crashed_process_does_not_block(qapp: QApplication, tmp_path: Path,
                                                         opened: list[Any]) -> None:
    data = tmp_path / "data"
    lock_path = paths_under(data).lock_path
    hold_lock(lock_path, "crash").wait(timeout=30)
    assert lock_path.exists()
    shown: list[str] = []
    window = app.start(qapp, str(data), show_message=shown.append)
    assert window is not None
    opened.append(window)
    assert shown == []
    assert lock_path.read_text(encoding="utf-8").split("\n")[0] == str(os.getpid())


def _foreign_lock(lock_path: Path, age_s: float) -> None:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path.write_text(f"{os.getpid()}\npython3\n另一台电脑-PC\n\n\n", encoding="utf-8")
    then = time.time() - age_s
    os.utime(lock_path, (then, then))


def test_a_fresh_lock_from_another_computer_names_it(tmp_path: Path, zh_ui: None) -> None:
    lock_path = tmp_path / "data" / "window.lock"
    _foreign_lock(lock_path, age_s=30)
    lock = InstanceLock(lock_path)
    assert not lock.acquire()
    assert lock.held_by_other_computer()
    text = single_instance.already_open_text(tmp_path / "data", lock.holder_host)
    assert "另一台电脑“另一台电脑-PC”" in text
    assert "请先在那台电脑上关闭调解工作台" in text


def test_an_abandoned_lock_from_another_computer_is_taken_over(tmp_path: Path) -> None:
    lock_path = tmp_path / "data" / "window.lock"
    _foreign_lock(lock_path, age_s=single_instance.FOREIGN_STALE_MS / 1000 + 60)
    lock = InstanceLock(lock_path)
    assert lock.acquire()
    assert lock.is_locked()
    lock.release()
    assert not lock_path.exists()


def test_an_unwritable_folder_is_an_error_not_a_refusal(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(PermissionError):
            InstanceLock(folder / "window.lock").acquire()
    finally:
        folder.chmod(0o700)


def test_the_message_box_is_kind_and_closes_with_ok(qtbot: Any, zh_ui: None,
                                                    tmp_path: Path) -> None:
    box = single_instance.already_open_box(single_instance.already_open_text(tmp_path))
    qtbot.addWidget(box)
    box.open()
    assert box.windowTitle() == "调解工作台已经打开"
    assert box.text().startswith("调解工作台已经打开了这个数据文件夹")
    assert "Traceback" not in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not box.isVisible()
