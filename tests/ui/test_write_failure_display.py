"""A full disk or a read-only folder in the window: the store's sentence where the form
shows its errors (not "unexpected problem"), the form kept, and saving works once there is
room again. Real SQLite failures (max_page_count), no mocks."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services.case_queries import list_cases
from mediation_desk.ui import startup
from mediation_desk.ui.dialogs.new_case_dialog import NewCaseDialog
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import MakeWindow
from tests.ui.test_new_case_dialog import add_new_party, fill_dispute, save

pytestmark = pytest.mark.gui

FULL_ZH = "磁盘（或U盘）已经满了"


def _no_room(ctx: AppContext) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA max_page_count=1")  # pinned at its current size

    event.listen(ctx.engine, "connect", on_connect)
    ctx.engine.dispose()
    return on_connect


def test_disk_full_while_registering_keeps_the_form(village: AppContext, qtbot: Any,
                                                   zh_ui: None, tmp_path: Path) -> None:
    dialog = NewCaseDialog(village, SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    add_new_party(qtbot, dialog, "李四")
    add_new_party(qtbot, dialog, "王𠮷")
    fill_dispute(qtbot, dialog)
    # Long enough to need new pages (pasted: typing it would take thousands of key events).
    dialog.ui.facts_edit.setPlainText("两家因院墙滴水发生争执，" * 400)
    hook = _no_room(village)
    save(qtbot, dialog)
    general = dialog.ui.general_error_label.text()
    assert FULL_ZH in general and "意外" not in general
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert list_cases(village).total == 0
    dialog.grab().save(str(tmp_path / "disk_full.png"))

    event.remove(village.engine, "connect", hook)
    village.engine.dispose()
    with qtbot.waitSignal(dialog.case_created):
        save(qtbot, dialog)
    assert list_cases(village).total == 1


def test_runner_hands_write_failures_over_as_their_code(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()

    def write_read_only() -> None:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        con.execute("INSERT INTO t VALUES (1)")

    errors: list[BaseException] = []
    runner = SyncTaskRunner()
    runner.submit(write_read_only, on_done=lambda _v: None, on_error=errors.append, write=True)
    [err] = errors
    assert isinstance(err, DomainError) and err.code == "store.read_only"
    assert isinstance(err.__cause__, sqlite3.OperationalError)
    runner.submit(lambda: 1 / 0, on_done=lambda _v: None, on_error=errors.append, write=True)
    assert isinstance(errors[-1], ZeroDivisionError)  # anything else is left as it is
    runner.submit(write_read_only, on_done=lambda _v: None, on_error=errors.append)
    assert isinstance(errors[-1], sqlite3.OperationalError)  # a read job: left as it is


def test_unhandled_background_failure_shows_the_sentence(make_window: MakeWindow) -> None:
    window = make_window()

    def fill_the_stick() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/media/stick/x")

    window.runner.submit(fill_the_stick, on_done=lambda _v: None, write=True)
    assert FULL_ZH in window.statusBar().currentMessage()


def test_startup_names_a_full_disk(zh_ui: None, tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA max_page_count=1")
    with pytest.raises(sqlite3.OperationalError) as full:
        con.execute("INSERT INTO t VALUES (zeroblob(100000))")
    text = startup.startup_error_text(full.value, tmp_path / "errors.log", tmp_path / "data")
    assert FULL_ZH in text and str(tmp_path / "data") in text
    assert str(tmp_path / "errors.log") in text
