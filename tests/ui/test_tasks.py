"""TaskRunner: results arrive on the GUI thread, stale results are dropped, errors reported."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from mediation_desk.ui.tasks import SyncTaskRunner, TaskRunner

pytestmark = pytest.mark.gui


def test_result_is_delivered_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    got: list[tuple[int, bool]] = []
    runner.submit(lambda: 6 * 7, on_done=lambda v: got.append(
        (v, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: got == [(42, True)])
    runner.shutdown()


def test_newer_job_with_the_same_key_wins(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    got: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    runner.submit(slow, on_done=got.append, key="q")
    runner.submit(lambda: "new", on_done=got.append, key="q")
    qtbot.waitUntil(lambda: got == ["new"])
    release.set()
    runner.shutdown()  # waits for the slow job; its result must still be dropped
    qtbot.wait(50)
    assert got == ["new"]
    assert not runner.is_busy("q")


def test_errors_go_to_the_handler_or_job_failed(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.submit(lambda: 1 / 0, on_done=lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ZeroDivisionError)

    with qtbot.waitSignal(runner.job_failed, timeout=5000) as blocker:
        runner.submit(lambda: [][1], on_done=lambda _v: None)
    assert isinstance(blocker.args[0], IndexError)
    runner.shutdown()


def test_sync_runner_runs_inline() -> None:
    runner = SyncTaskRunner()
    got: list[int] = []
    errors: list[BaseException] = []
    runner.submit(lambda: 1, on_done=got.append, key="k")
    runner.submit(lambda: 1 / 0, on_done=got.append, on_error=errors.append)
    assert got == [1]
    assert isinstance(errors[0], ZeroDivisionError)
    assert not runner.is_busy("k")


def test_long_job_reports_busy_until_it_ends(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    got: list[str] = []
    with qtbot.waitSignal(runner.busy_changed, timeout=5000) as started:
        runner.submit(lambda: release.wait(10) and "done", on_done=got.append)
    assert started.args == [True] and runner.busy
    with qtbot.waitSignal(runner.busy_changed, timeout=5000) as ended:
        release.set()
    assert ended.args == [False] and not runner.busy and got == ["done"]
    runner.shutdown()


def test_quick_job_never_reports_busy(qtbot: Any) -> None:
    runner = SyncTaskRunner()
    seen: list[bool] = []
    runner.busy_changed.connect(seen.append)
    runner.submit(lambda: 1, on_done=lambda _v: None)
    qtbot.wait(1200)
    assert seen == [] and not runner.busy
