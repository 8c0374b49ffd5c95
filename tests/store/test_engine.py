"""The engine's promises: safe pragmas on every connection, writers that take the write lock
up front, and commits that survive the process dying (WAL + synchronous=FULL)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import IntegrityError, OperationalError

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import maintenance
from mediation_desk.services.case_queries import get_case
from mediation_desk.services.case_register import register_case
from mediation_desk.services.persons import search_persons
from mediation_desk.store.engine import BUSY_TIMEOUT_MS, make_engine, writer
from tests.conftest import FakeClock
from tests.store.support import child, finish, last_change_seq, plain_case, row_counts


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "engine.sqlite3"
    engine = make_engine(path)
    with writer(engine).begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)"))
        conn.execute(text("INSERT INTO t (x) VALUES ('committed')"))
    engine.dispose()
    return path


@pytest.fixture
def engines(db_path: Path) -> Iterator[list[Engine]]:
    made: list[Engine] = []
    yield made
    for e in made:
        e.dispose()


def _engine(engines: list[Engine], db_path: Path, *, busy_timeout_ms: int | None = None,
            ) -> Engine:
    """A separate engine (own connections) on the file, like another window or process."""
    e = make_engine(db_path)
    if busy_timeout_ms is not None:
        # Runs after make_engine's own connect hook, so it overrides its busy_timeout.
        def no_wait(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")

        event.listen(e, "connect", no_wait)
    engines.append(e)
    return e


def _pragma(conn: Any, name: str) -> object:
    return conn.execute(text(f"PRAGMA {name}")).scalar_one()


def test_every_connection_gets_the_safe_pragmas(db_path: Path, engines: list[Engine]) -> None:
    engine = _engine(engines, db_path)
    # Two connections at once: the pool's second one must be set up as well as its first.
    with engine.connect() as a, engine.connect() as b:
        for conn in (a, b):
            assert _pragma(conn, "journal_mode") == "wal"
            assert _pragma(conn, "foreign_keys") == 1
            assert _pragma(conn, "synchronous") == 2  # FULL
            assert _pragma(conn, "busy_timeout") == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(ctx: AppContext) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), \
            writer(ctx.engine).begin() as conn:
        conn.execute(text(
            "INSERT INTO case_number_counter (committee_id, year, last_seq) "
            "VALUES ('no-such-committee', 2026, 1)"))


def test_a_writer_holds_the_write_lock_from_begin(db_path: Path,
                                                  engines: list[Engine]) -> None:
    first = _engine(engines, db_path)
    impatient = _engine(engines, db_path, busy_timeout_ms=0)
    with writer(first).connect() as holder:
        tx = holder.begin()  # BEGIN IMMEDIATE, before any statement
        started = time.monotonic()
        with writer(impatient).connect() as other, \
                pytest.raises(OperationalError, match="database is locked"):
            other.execute(text("INSERT INTO t (x) VALUES ('second writer')"))
        assert time.monotonic() - started < 2, "should fail at once, not wait"
        holder.execute(text("INSERT INTO t (x) VALUES ('uncommitted')"))
        # Readers are not blocked by the writer (WAL) and do not see its uncommitted rows.
        with impatient.connect() as reader:
            assert reader.execute(text("SELECT x FROM t")).scalars().all() == ["committed"]
        tx.commit()
    with impatient.connect() as reader:
        assert reader.execute(text("SELECT count(*) FROM t")).scalar_one() == 2


def test_a_second_writer_waits_for_the_first_instead_of_failing(
        db_path: Path, engines: list[Engine]) -> None:
    first = _engine(engines, db_path)
    patient = _engine(engines, db_path)  # default busy_timeout (10 s)
    trying = threading.Event()
    outcome: dict[str, Any] = {}

    def second_writer() -> None:
        trying.set()
        try:
            with writer(patient).begin() as conn:
                conn.execute(text("INSERT INTO t (x) VALUES ('second')"))
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            outcome["error"] = exc
        outcome["done_at"] = time.monotonic()

    thread = threading.Thread(target=second_writer)
    with writer(first).begin() as conn:
        conn.execute(text("INSERT INTO t (x) VALUES ('first')"))
        thread.start()
        assert trying.wait(timeout=10)
        time.sleep(0.2)  # let it run into the lock
        assert thread.is_alive(), "the second writer did not wait for the lock"
        releasing_at = time.monotonic()
    thread.join(timeout=15)
    assert "error" not in outcome, outcome
    # It went through, and only once the first writer had committed.
    assert outcome["done_at"] > releasing_at
    with first.connect() as conn:
        assert conn.execute(text("SELECT x FROM t ORDER BY id")).scalars().all() == [
            "committed", "first", "second"]


def _wal(ctx: AppContext) -> Path:
    return ctx.paths.db_path.with_name(ctx.paths.db_path.name + "-wal")


def _reopen(data_dir: Path) -> AppContext:
    return build_context(paths_under(data_dir), actor="测试员", clock=FakeClock())


def test_a_commit_survives_the_process_dying_right_after(village: AppContext) -> None:
    data_dir = village.paths.data_dir
    village.close()  # the last connection checkpoints and removes the -wal file
    out = finish(child("""
        import os
        from mediation_desk.services.case_register import register_case
        from tests.services.helpers import case_data

        case = register_case(open_ctx(), case_data())
        print(case.summary.id, case.summary.case_no, flush=True)
        os._exit(0)  # no close, no dispose, no checkpoint: as if the power failed now
        """, data_dir))
    case_id, case_no = out.split()
    # The commit is only in the -wal file, which the next open must recover.
    assert _wal(village).exists() and _wal(village).stat().st_size > 0
    ctx = _reopen(data_dir)
    try:
        assert get_case(ctx, case_id).summary.case_no == case_no == "（2026）青石村人调字第001号"
        report = maintenance.check(ctx)
        assert report.ok, report
        assert report.counts["cases"] == 1
    finally:
        ctx.close()


def test_a_write_killed_midway_leaves_no_trace(village: AppContext, tmp_path: Path) -> None:
    register_case(village, plain_case(1))
    counts, seq = row_counts(village.engine), last_change_seq(village.engine)
    data_dir = village.paths.data_dir
    village.close()
    ready = tmp_path / "ready"
    proc = child("""
        import time
        from sqlalchemy import select
        from mediation_desk.services import indexing
        from mediation_desk.store.tables import Committee, Person

        ctx = open_ctx("崩溃测试")
        with ctx.uow(write=True) as uow:
            committee_id = uow.session.scalars(select(Committee.id)).one()
            people = []
            # ~5 MB in one transaction: more than SQLite's page cache, so uncommitted pages
            # are spilled into the -wal file before the process dies.
            for i in range(3000):
                p = Person(committee_id=committee_id, name=f"半途{i}", notes="未提交" * 200,
                           origin_station_id=uow.station_id)
                uow.session.add(p)
                people.append(p)
                if i % 500 == 499:
                    uow.session.flush()
            for p in people[:50]:
                indexing.index_person(uow, p)
            Path(sys.argv[2]).write_text("writing")
            time.sleep(120)  # never commits
        """, data_dir, ready)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "child never got ready"
            time.sleep(0.05)
        assert _wal(village).stat().st_size > 1_000_000  # uncommitted frames are on disk
    finally:
        proc.kill()  # SIGKILL on POSIX: no handler, no cleanup
        proc.communicate(timeout=30)
    ctx = _reopen(data_dir)
    try:
        report = maintenance.check(ctx)
        assert report.ok, report
        assert row_counts(ctx.engine) == counts
        assert last_change_seq(ctx.engine) == seq
        assert search_persons(ctx, "半途") == []
        # The lock died with the process: the next write goes through.
        assert register_case(ctx, plain_case(2)).summary.case_no.endswith("第002号")
    finally:
        ctx.close()
