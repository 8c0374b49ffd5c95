"""What the start-up says about a damaged store or an unsafe data folder (ui/store_problems.py):
the newest good backup by date and size, 用此备份恢复 / 选择其他备份… / 退出 (the damaged file
kept aside), and 复制到本机并在本机使用 / 退出."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import backups
from mediation_desk.services.case_register import register_case
from mediation_desk.ui import store_problems
from tests.store.support import plain_case
from tests.store.test_backups import _garble_middle

pytestmark = pytest.mark.gui


def answering(*names: str, seen: list[QMessageBox] | None = None
              ) -> Callable[[QMessageBox], str]:
    """Answers the boxes in turn by clicking the button with that objectName."""
    todo = list(names)

    def ask(box: QMessageBox) -> str:
        if seen is not None:
            seen.append(box)
        box.open()
        button = box.findChild(QPushButton, todo.pop(0))
        assert button is not None and button.isVisible()
        button.click()
        return box.clickedButton().objectName()
    return ask


def _damage(village: AppContext) -> tuple[backups.BackupView, backups.BackupView,
                                          backups.StoreDamaged]:
    register_case(village, plain_case(1))
    older = backups.backup_now(village)
    register_case(village, plain_case(2))
    newest = backups.backup_now(village, kind="exit")
    register_case(village, plain_case(3))
    village.close()
    _garble_middle(village.paths.db_path)
    with pytest.raises(backups.StoreDamaged) as err:
        build_context(village.paths, actor="x")
    return older, newest, err.value


def _cases(paths_dir: Path) -> int:
    con = sqlite3.connect(paths_under(paths_dir).db_path)
    try:
        return con.execute("SELECT count(*) FROM mediation_case").fetchone()[0]
    finally:
        con.close()


def test_the_box_names_the_newest_good_backup(village: AppContext, zh_ui: None,
                                              tmp_path: Path) -> None:
    _older, newest, problem = _damage(village)
    box = store_problems.damaged_box(problem)
    box.open()
    when = newest.made_at.strftime("%Y-%m-%d %H:%M")
    assert "已损坏" in box.text() and when in box.text() and "MB" in box.text()
    assert "不会删除" in box.text()
    names = {b.objectName(): b.text() for b in box.findChildren(QPushButton)
             if b.objectName()}
    assert names == {"restore": "用此备份恢复", "choose": "选择其他备份…", "quit": "退出"}
    assert box.defaultButton().objectName() == "restore"
    box.grab().save(str(tmp_path / "store_damaged.png"))
    box.close()


def test_restore_this_backup_keeps_the_damaged_file(village: AppContext, zh_ui: None) -> None:
    _older, newest, problem = _damage(village)
    damaged = village.paths.db_path.read_bytes()
    folder = store_problems.resolve_damaged(problem, village.paths,
                                            ask=answering(store_problems.RESTORE))
    assert folder == village.paths.data_dir
    assert _cases(folder) == 2
    replaced = [b for b in backups.list_files(village.paths).backups if b.kind == "replaced"]
    assert len(replaced) == 1 and Path(replaced[0].path).read_bytes() == damaged
    build_context(village.paths, actor="x").close()  # it opens now


def test_choose_another_backup(village: AppContext, zh_ui: None) -> None:
    older, _newest, problem = _damage(village)
    chose: list[Path] = []

    def choose(paths: object) -> Path:
        chose.append(Path(older.path))
        return Path(older.path)

    folder = store_problems.resolve_damaged(problem, village.paths,
                                            ask=answering(store_problems.CHOOSE), choose=choose)
    assert chose and folder is not None and _cases(folder) == 1


def test_quit_changes_nothing(village: AppContext, zh_ui: None) -> None:
    _older, _newest, problem = _damage(village)
    before = village.paths.db_path.read_bytes()
    assert store_problems.resolve_damaged(problem, village.paths,
                                          ask=answering(store_problems.QUIT)) is None
    assert village.paths.db_path.read_bytes() == before


def test_a_backup_of_another_station_is_refused_and_asked_again(
        village: AppContext, office: AppContext, zh_ui: None) -> None:
    theirs = backups.backup_now(office)
    _older, _newest, problem = _damage(village)
    errors: list[str] = []
    seen: list[QMessageBox] = []
    folder = store_problems.resolve_damaged(
        problem, village.paths, ask=answering(store_problems.CHOOSE, store_problems.QUIT,
                                              seen=seen),
        choose=lambda _paths: Path(theirs.path), show_error=errors.append)
    assert folder is None and len(seen) == 2
    assert errors and "另一个调委会" in errors[0]


def test_unsafe_folder_is_copied_to_this_computer(village: AppContext, zh_ui: None,
                                                  tmp_path: Path) -> None:
    register_case(village, plain_case(1))
    problem = backups.UnsafeLocation("removable", village.paths.data_dir, "/media/li/U")
    local = paths_under(tmp_path / "local")
    seen: list[QMessageBox] = []
    folder = store_problems.resolve_unsafe(problem, village.paths, local=local,
                                           ask=answering(store_problems.COPY, seen=seen))
    assert folder == local.data_dir and _cases(folder) == 1
    assert "U盘" in seen[0].text() and str(local.data_dir) in seen[0].informativeText()
    seen[0].grab().save(str(tmp_path / "unsafe_location.png"))
    # Next time the copy is there already: work on it, never copy over it.
    seen.clear()
    again = store_problems.resolve_unsafe(problem, village.paths, local=local,
                                          ask=answering(store_problems.USE_LOCAL, seen=seen))
    assert again == local.data_dir
    assert seen[0].findChild(QPushButton, store_problems.COPY) is None


def test_unsafe_folder_quit(village: AppContext, zh_ui: None, tmp_path: Path) -> None:
    problem = backups.UnsafeLocation("cloud", village.paths.data_dir, "Dropbox")
    local = paths_under(tmp_path / "local")
    assert store_problems.resolve_unsafe(problem, village.paths, local=local,
                                         ask=answering(store_problems.QUIT)) is None
    assert not local.db_path.exists()
