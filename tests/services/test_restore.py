"""Backups and restore through the services (services/backups.py): the round trip, keeping
the replaced store, the new incarnation, the log, who may restore, a damaged store, the
timer's and the exit's backups, and a restore cut short by a crash."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import backups, maintenance
from mediation_desk.services.case_queries import search_cases
from mediation_desk.services.case_register import register_case
from mediation_desk.services.station import get_station
from mediation_desk.store import backups as backup_files
from mediation_desk.store import restore as restore_files
from mediation_desk.store.health import StoreDamaged
from tests.conftest import FakeClock
from tests.store.support import plain_case
from tests.store.test_backups import _garble_middle


@pytest.fixture
def reopened() -> Iterator[list[AppContext]]:
    """Contexts a test opens after a restore; closed at the end."""
    opened: list[AppContext] = []
    yield opened
    for c in opened:
        c.close()


def _open(ctx: AppContext, opened: list[AppContext], clock: FakeClock) -> AppContext:
    c = build_context(ctx.paths, actor="测试员", clock=clock)
    opened.append(c)
    return c


def _case_nos(ctx: AppContext) -> set[str]:
    with ctx.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT case_no FROM mediation_case")}


def _events(ctx: AppContext, action: str) -> list[tuple[str, dict, dict]]:
    with ctx.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT actor, before, after FROM event_log WHERE action=?"
                                    " ORDER BY rowid", (action,)).all()
    return [(a, json.loads(b or "null"), json.loads(c or "null")) for a, b, c in rows]


def test_restore_round_trip(village: AppContext, clock: FakeClock,
                            reopened: list[AppContext]) -> None:
    kept = register_case(village, plain_case(1)).summary.case_no
    made = backups.backup_now(village)
    assert made.kind == "manual" and Path(made.path).parent == village.paths.backups_dir
    clock.now += timedelta(hours=1)
    lost = register_case(village, plain_case(2)).summary.case_no
    old_incarnation = get_station(village).incarnation_id

    result = backups.restore(village, Path(made.path))

    ctx = _open(village, reopened, clock)
    assert _case_nos(ctx) == {kept}  # what was registered after the backup is gone
    assert search_cases(ctx, "第2起") == []  # and the search index agrees
    new_incarnation = get_station(ctx).incarnation_id
    assert new_incarnation == result.incarnation_new
    assert new_incarnation not in (old_incarnation, result.incarnation_restored)
    assert result.incarnation_before == old_incarnation
    assert result.restored_from == Path(made.path).name and not result.was_damaged
    [(actor, before, after)] = _events(ctx, "store.restore")
    assert actor == "测试员"
    assert before["incarnation_id"] == old_incarnation
    assert after == {"file": Path(made.path).name, "incarnation_id": new_incarnation,
                     "restored_incarnation": result.incarnation_restored,
                     "before_restore": Path(result.before_restore_path).name}
    assert maintenance.check(ctx).ok
    # The store that was replaced is kept, and so is the verified copy made first.
    replaced = Path(result.replaced_path)
    assert replaced.parent == village.paths.backups_dir and "-replaced-" in replaced.name
    assert Path(result.before_restore_path).exists()
    kinds = {b.kind for b in backups.list_backups(ctx).backups}
    assert {"manual", "before-restore", "replaced"} <= kinds
    # ... and restoring it brings the lost case back.
    again = backups.restore(ctx, replaced)
    reopened.remove(ctx)
    ctx2 = _open(village, reopened, clock)
    assert _case_nos(ctx2) == {kept, lost}
    assert get_station(ctx2).incarnation_id == again.incarnation_new != new_incarnation
    assert maintenance.check(ctx2).ok


def test_a_mediator_may_not_restore(village: AppContext) -> None:
    made = backups.backup_now(village)
    register_case(village, plain_case(1))
    village.act_as(Principal(login="li", display_name="李调解员", role=Role.MEDIATOR,
                             user_id="u1"))
    with pytest.raises(DomainError) as err:
        backups.restore(village, Path(made.path))
    assert err.value.code == "auth.forbidden"
    assert len(_case_nos(village)) == 1  # nothing changed, the store is still open
    assert [b.kind for b in backups.list_backups(village).backups] == ["manual"]


def test_a_chair_may_restore(village: AppContext, clock: FakeClock,
                             reopened: list[AppContext]) -> None:
    made = backups.backup_now(village)
    village.act_as(Principal(login="zhang", display_name="张主任", role=Role.CHAIR,
                             user_id="u2"))
    backups.restore(village, Path(made.path))
    ctx = _open(village, reopened, clock)
    assert _events(ctx, "store.restore")[0][0] == "zhang"


def test_another_stations_backup_is_refused(village: AppContext, office: AppContext) -> None:
    theirs = backups.backup_now(office)
    register_case(village, plain_case(1))
    with pytest.raises(DomainError) as err:
        backups.restore(village, Path(theirs.path))
    assert (err.value.code, err.value.field) == ("backup.other_station", "file")
    assert len(_case_nos(village)) == 1
    assert not list(village.paths.data_dir.glob(".md-restore-*"))


def test_a_damaged_backup_is_refused(village: AppContext) -> None:
    made = backups.backup_now(village)
    _garble_middle(Path(made.path))
    with pytest.raises(DomainError) as err:
        backups.restore(village, Path(made.path))
    assert err.value.code == "backup.unusable"
    assert get_station(village) is not None


def test_restore_of_a_damaged_store_needs_no_sign_in(village: AppContext, clock: FakeClock,
                                                     reopened: list[AppContext]) -> None:
    kept = register_case(village, plain_case(1)).summary.case_no
    made = backups.backup_now(village)
    paths = village.paths
    # Not damaged: a signed-in chair restores, not this path.
    with pytest.raises(DomainError) as err:
        backups.restore_damaged(paths, Path(made.path))
    assert err.value.code == "backup.store_not_damaged"
    village.close()
    _garble_middle(paths.db_path)
    damaged_bytes = paths.db_path.read_bytes()
    with pytest.raises(StoreDamaged) as found:
        build_context(paths, actor="x", clock=clock)
    assert Path(found.value.newest_good_backup.path) == Path(made.path)

    result = backups.restore_damaged(paths, actor="张三", clock=clock)

    assert result.was_damaged and result.before_restore_path == ""
    assert Path(result.replaced_path).read_bytes() == damaged_bytes  # kept aside as it was
    ctx = _open(village, reopened, clock)
    assert _case_nos(ctx) == {kept}
    [(actor, before, _after)] = _events(ctx, "store.restore")
    assert actor == "张三" and before["damaged"] is True


def test_timer_backs_up_only_when_due_and_changed(village: AppContext, clock: FakeClock) -> None:
    first = backups.auto_backup_if_due(village)
    assert first is not None and first.kind == "auto"
    clock.now += timedelta(minutes=10)
    register_case(village, plain_case(1))
    assert backups.auto_backup_if_due(village) is None  # not due yet
    clock.now += timedelta(minutes=25)
    second = backups.auto_backup_if_due(village)
    assert second is not None
    clock.now += timedelta(hours=2)
    assert backups.auto_backup_if_due(village) is None  # nothing changed since
    assert backups.backup_on_exit(village) is None
    register_case(village, plain_case(2))
    on_exit = backups.backup_on_exit(village)
    assert on_exit is not None and on_exit.kind == "exit"
    overview = backups.list_backups(village)
    assert [b.kind for b in overview.backups] == ["exit", "auto", "auto"]
    assert overview.last_made_at == on_exit.made_at


def test_backup_to_another_folder_is_logged_and_not_thinned_there(
        village: AppContext, tmp_path: Path) -> None:
    stick = tmp_path / "U盘"
    made = backups.backup_now(village, dest_dir=stick)
    assert Path(made.path).parent == stick
    [(_, _, after)] = _events(village, "store.backup")
    assert after["folder"] == str(stick) and after["kind"] == "manual"
    assert list(village.paths.backups_dir.iterdir()) == []


def test_a_backup_that_cannot_be_written_says_why(village: AppContext, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DomainError) as err:
        backups.backup_now(village, dest_dir=blocker / "sub")
    assert err.value.code.startswith(("store.", "backup."))


def test_a_restore_cut_short_is_finished_or_undone_at_the_next_open(
        village: AppContext, clock: FakeClock, reopened: list[AppContext]) -> None:
    kept = register_case(village, plain_case(1)).summary.case_no
    made = backups.backup_now(village)
    lost = register_case(village, plain_case(2)).summary.case_no
    paths = village.paths
    village.close()
    # Power cut after the old store moved aside, before the staged copy was renamed in.
    staged = restore_files.stage(Path(made.path), paths.db_path)
    aside = paths.backups_dir / "mediation-desk-replaced-20261121-100000.sqlite3"
    restore_files.fold_wal(paths.db_path)
    shutil.move(paths.db_path, aside)
    (paths.data_dir / restore_files.JOURNAL).write_text(json.dumps(
        {"staged": str(staged.path), "db": str(paths.db_path), "aside": str(aside)}))
    ctx = _open(village, reopened, clock)
    assert _case_nos(ctx) == {kept}
    assert get_station(ctx).incarnation_id == staged.new_incarnation
    assert not (paths.data_dir / restore_files.JOURNAL).exists()
    ctx.close()
    reopened.remove(ctx)
    # Power cut before anything was staged: the old store comes back.
    shutil.move(paths.db_path, paths.backups_dir / "gone.sqlite3")
    shutil.copyfile(aside, paths.db_path)
    shutil.move(paths.db_path, aside.with_name("mediation-desk-replaced-20261121-110000.sqlite3"))
    (paths.data_dir / restore_files.JOURNAL).write_text(json.dumps(
        {"staged": str(paths.data_dir / ".md-restore-gone.sqlite3.part"),
         "db": str(paths.db_path),
         "aside": str(aside.with_name("mediation-desk-replaced-20261121-110000.sqlite3"))}))
    ctx = _open(village, reopened, clock)
    assert _case_nos(ctx) == {kept, lost}


def test_newest_good_backup_skips_damaged_and_replaced(village: AppContext,
                                                       clock: FakeClock) -> None:
    good = backups.backup_now(village)
    clock.now += timedelta(hours=1)
    bad = backups.backup_now(village)
    _garble_middle(Path(bad.path))
    clock.now += timedelta(hours=1)
    replaced = backup_files.make_backup(village.paths.db_path, village.paths.backups_dir,
                                        kind="replaced", now=clock())
    assert replaced.path.exists()
    assert backups.newest_good_backup(village.paths).path == good.path


def test_a_backup_from_a_newer_release_is_refused(village: AppContext) -> None:
    import sqlite3

    made = backups.backup_now(village)
    con = sqlite3.connect(made.path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    with pytest.raises(DomainError) as err:
        backups.restore(village, Path(made.path))
    assert err.value.code == "backup.newer_version"
    assert get_station(village) is not None  # still open, nothing changed
    assert not list(village.paths.data_dir.glob(".md-restore-*"))
