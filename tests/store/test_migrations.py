"""The alembic scripts against the models (architecture.md §3.4): head matches the models,
every revision upgrades a populated database and downgrades cleanly, and migrating an
existing file is preceded by a verified backup."""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlmodel import SQLModel

import mediation_desk.store.tables  # noqa: F401  (registers every table on the metadata)
from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import maintenance
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_queries import get_case
from mediation_desk.services.case_register import register_case
from mediation_desk.services.station import init_station
from mediation_desk.store import migrate
from mediation_desk.store.engine import make_engine, writer
from tests.conftest import FakeClock
from tests.services.helpers import case_data, mediator
from tests.store.support import plain_case

# The FTS5 table and the shadow tables SQLite makes for it (external content: no _content).
SEARCH_TABLES = {"search_doc", "search_fts", "search_fts_data", "search_fts_idx",
                 "search_fts_docsize", "search_fts_config"}
# The event log refuses UPDATE and DELETE at the storage level (more guards may be added).
TRIGGERS = {"event_log_no_update", "event_log_no_delete"}


def _env_include_object() -> Callable[..., bool]:
    """The very ``_include_object`` filter of migrations/env.py.

    env.py runs the migrations when imported, so the function is lifted out of its source
    instead: a change to the filter there is a change here, never a stale copy."""
    source = (migrate.MIGRATIONS_DIR / "env.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    func = next(node for node in tree.body
                if isinstance(node, ast.FunctionDef) and node.name == "_include_object")
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=[func], type_ignores=[]), "env.py", "exec"), namespace)
    return namespace["_include_object"]  # type: ignore[return-value]


def _diff(conn: Connection, metadata: object = SQLModel.metadata) -> list[object]:
    mc = MigrationContext.configure(conn, opts={"compare_type": True,
                                                "include_object": _env_include_object()})
    return list(compare_metadata(mc, metadata))  # type: ignore[arg-type]


def _alembic(engine: Engine, action: Callable[..., None], revision: str) -> None:
    """Run an alembic command the way store.migrate does: on our connection, in one
    BEGIN IMMEDIATE transaction."""
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        action(cfg, revision)


def _revisions_base_to_head() -> list[Script]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return list(reversed(list(script.walk_revisions("base", "heads"))))


def _schema(engine: Engine) -> list[tuple[str, str, str | None]]:
    """Everything SQLite knows about the schema, for before/after comparisons."""
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name != 'alembic_version' "
            "ORDER BY type, name")).all()
    return [(r[0], r[1], r[2]) for r in rows]


@pytest.fixture
def village_with_case(village: AppContext) -> tuple[AppContext, str]:
    case = register_case(village, case_data())
    return village, case.summary.case_no


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    e = make_engine(tmp_path / "schema.sqlite3")
    yield e
    e.dispose()


# --- head matches the models ---------------------------------------------------------------

def test_there_is_exactly_one_head() -> None:
    revisions = _revisions_base_to_head()
    assert revisions, "no migration scripts found"
    assert revisions[-1].revision == migrate.head_revision()
    # Start-up trusts this constant instead of importing alembic; it must follow the scripts.
    assert migrate.head_revision() == migrate.HEAD_REVISION
    assert revisions[0].down_revision is None


def test_head_creates_exactly_the_model_tables_and_the_search_index(engine: Engine) -> None:
    migrate.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    expected = set(SQLModel.metadata.tables) | SEARCH_TABLES | {"alembic_version"}
    assert tables == expected, (
        f"missing: {sorted(expected - tables)}, unexpected: {sorted(tables - expected)}")
    with engine.connect() as conn:
        triggers = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        fts_sql = conn.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'search_fts'")).scalar_one()
    assert triggers >= TRIGGERS
    assert "fts5" in fts_sql.lower()


def test_head_matches_the_models(engine: Engine) -> None:
    # Fails when a table class gains (or loses, or retypes) a column, index, unique or
    # foreign key without a migration: the upgraded file then differs from the metadata.
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert _diff(conn) == []


def test_model_comparison_notices_a_column_without_migration(engine: Engine) -> None:
    # Guards the test above against passing vacuously (e.g. a filter that hides every table):
    # a metadata copy with one extra column must be reported as a difference.
    from sqlalchemy import Column, MetaData, String

    migrate.upgrade(engine)
    changed = MetaData(naming_convention=SQLModel.metadata.naming_convention)
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["mediation_case"].append_column(Column("nickname", String(), nullable=True))
    with engine.connect() as conn:
        diff = _diff(conn, changed)
    assert [(d[0], d[2], d[3].name) for d in diff] == [  # type: ignore[index]
        ("add_column", "mediation_case", "nickname")]


def test_search_tables_are_hidden_from_autogenerate_but_nothing_else() -> None:
    include = _env_include_object()
    for name in SEARCH_TABLES:
        assert include(None, name, "table", True, None) is False
    for name in SQLModel.metadata.tables:
        assert include(None, name, "table", False, None) is True


# --- every revision, up and down -----------------------------------------------------------

# Rows written with the SQL of a revision that is no longer head, so that the step to the next
# revision runs on data. When a 0002 is added, add a seeder for "0001" here (plain SQL against
# the 0001 schema, never the current models or services, which follow head).
SEEDED_EVENT_ID = "00000000-0000-4000-8000-000000000001"


def _seed_0001(conn: Connection) -> None:
    """An event-log row as 0001 wrote it (no foreign keys: it needs no station)."""
    conn.exec_driver_sql(
        "INSERT INTO event_log (id, origin_station_id, row_version, change_seq, created_at, "
        "updated_at, created_by, at, actor, action, entity, entity_id, case_id, before, after)"
        " VALUES (?, 'seed-station', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', "
        "'seed', '2026-01-01 00:00:00', '种子', 'seed.before_0002', 'event_log', ?, NULL, "
        "NULL, '{\"note\": \"王𠮷\"}')", (SEEDED_EVENT_ID, SEEDED_EVENT_ID))


SEEDED_PRINT_ID = "00000000-0000-4000-8000-000000000002"


def _seed_0002(conn: Connection) -> None:
    """A paper_output row as 0002 wrote it; 0003 rebuilds neighbouring tables around it."""
    conn.exec_driver_sql(
        "INSERT INTO paper_output (id, origin_station_id, row_version, change_seq, created_at, "
        "updated_at, created_by, case_id, form, ref_id, version, digest, target, destination, "
        "copies, pages, output_at) VALUES (?, 'seed-station', 0, 0, '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00', 'seed', NULL, 'blank', NULL, 0, ?, 'file', '/tmp/王𠮷.pdf', "
        "1, 1, '2026-01-01 00:00:00')", (SEEDED_PRINT_ID, "0" * 64))


SEEDED_STATION_ID = "00000000-0000-4000-8000-000000000003"


def _seed_0003(conn: Connection) -> None:
    """A peer station row as 0003 wrote it; 0004 adds key and trust columns to it."""
    conn.exec_driver_sql(
        "INSERT INTO station (id, kind, code, name, incarnation_id, is_local, last_change_seq,"
        " created_at) VALUES (?, 'village', '510100000009', '䶮村𠮷组', ?, 0, 7, "
        "'2026-01-01 00:00:00')", (SEEDED_STATION_ID, SEEDED_STATION_ID))


SEEDED_NOTE_ID = "00000000-0000-4000-8000-000000000004"


def _seed_0004(conn: Connection) -> None:
    """An import-ledger row and a supervision note as 0004 wrote them; 0005 adds a table."""
    conn.exec_driver_sql(
        "INSERT INTO sync_import (id, kind, sha256, from_station_id, incarnation_id, seq_from,"
        " seq_to, export_level, created_at, imported_at, actor, file_name, result, statistics)"
        " VALUES (?, 'bundle', ?, ?, ?, 1, 0, 'statistics', '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00', '种子', '䶮.mzb', '{}', '{\"cases\": []}')",
        (SEEDED_NOTE_ID, "0" * 64, SEEDED_STATION_ID, SEEDED_STATION_ID))


SEEDED_EXPORT_ID = "00000000-0000-4000-8000-000000000005"


def _seed_0005(conn: Connection) -> None:
    """An export-log row as 0005 wrote it; 0006 gives it an empty ``contents``."""
    conn.exec_driver_sql(
        "INSERT INTO sync_export (id, seq, to_station_id, incarnation_id, created_at, actor,"
        " export_level, is_full, seq_from, seq_to, row_count, case_count, person_count,"
        " table_counts, file_name, file_path, sha256) VALUES (?, 1, ?, ?,"
        " '2026-01-01 00:00:00', '种子', 'standard', 0, 1, 5, 5, 1, 2, '{}', '𠮷.mzb', '',"
        " '')", (SEEDED_EXPORT_ID, SEEDED_STATION_ID, SEEDED_STATION_ID))


SEEDERS: dict[str, Callable[[Connection], None]] = {
    "0001": _seed_0001, "0002": _seed_0002, "0003": _seed_0003, "0004": _seed_0004,
    "0005": _seed_0005}


def _populate_with_services(data_dir: Path) -> dict[str, str]:
    """Station, mediator and a few cases in several states, through the real services."""
    ctx = build_context(paths_under(data_dir), actor="迁移测试", clock=FakeClock())
    try:
        init_station(ctx, kind="village", code="510100000001", name="青石村人民调解委员会",
                     township_name="青龙镇", county_name="成华县")
        host = mediator(ctx)
        first = register_case(ctx, case_data())
        perform_action(ctx, first.summary.id, "accept",
                       {"host_mediator_id": host, "consent_of_all_parties": True})
        perform_action(ctx, first.summary.id, "start_mediation", {"notice_given_to_all": True})
        second = register_case(ctx, plain_case(2))
        perform_action(ctx, second.summary.id, "decline", {"reason": "already_handled"})
        third = register_case(ctx, plain_case(3))
        return {c.summary.id: c.summary.case_no for c in (first, second, third)}
    finally:
        ctx.close()


def test_every_revision_upgrades_a_populated_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db_path = paths_under(data_dir).ensure().db_path
    engine = make_engine(db_path)
    head = migrate.head_revision()
    cases: dict[str, str] = {}
    try:
        for script in _revisions_base_to_head():
            migrate.upgrade(engine, script.revision)
            assert migrate.current_revision(engine) == script.revision
            if script.revision == head:
                cases = _populate_with_services(data_dir)
            else:
                assert script.revision in SEEDERS, (
                    f"revision {script.revision} is not head any more: add a SQL seeder for "
                    "it to SEEDERS so the next revision is tested on data")
                with writer(engine).begin() as conn:
                    SEEDERS[script.revision](conn)
        # Opening the app again runs `upgrade head`: a no-op that must keep every row.
        backups = paths_under(data_dir).backups_dir
        ctx = build_context(paths_under(data_dir), actor="迁移测试", clock=FakeClock())
        try:
            assert ctx.migration_backup is None
            assert not any(backups.iterdir())
            assert migrate.current_revision(ctx.engine) == head
            for case_id, case_no in cases.items():
                assert get_case(ctx, case_id).summary.case_no == case_no
            with ctx.engine.connect() as conn:
                seeded = conn.exec_driver_sql("SELECT action, after FROM event_log WHERE id = ?",
                                              (SEEDED_EVENT_ID,)).one()
            assert seeded[0] == "seed.before_0002" and "王𠮷" in seeded[1]
            with ctx.engine.connect() as conn:
                printed = conn.exec_driver_sql(
                    "SELECT destination FROM paper_output WHERE id = ?", (SEEDED_PRINT_ID,)).one()
            assert printed[0] == "/tmp/王𠮷.pdf"
            with ctx.engine.connect() as conn:
                ledger = conn.exec_driver_sql(
                    "SELECT file_name FROM sync_import WHERE id = ?", (SEEDED_NOTE_ID,)).one()
            assert ledger[0] == "䶮.mzb"
            with ctx.engine.connect() as conn:
                exported = conn.exec_driver_sql(
                    "SELECT file_name, contents FROM sync_export WHERE id = ?",
                    (SEEDED_EXPORT_ID,)).one()
            assert exported == ("𠮷.mzb", "{}")
            report = maintenance.check(ctx)
            assert report.ok, report
            assert report.counts["cases"] == 3
        finally:
            ctx.close()
    finally:
        engine.dispose()


def test_each_revision_downgrades_and_upgrades_again_on_an_empty_file(engine: Engine) -> None:
    fresh: list[tuple[str, str, str | None]] = []
    for script in _revisions_base_to_head():
        migrate.upgrade(engine, script.revision)
        fresh = _schema(engine)
        _alembic(engine, command.downgrade, script.down_revision or "base")  # type: ignore[arg-type]
        assert migrate.current_revision(engine) == script.down_revision
        migrate.upgrade(engine, script.revision)
        # Down-and-up leaves exactly the schema a straight upgrade made.
        assert _schema(engine) == fresh
    assert fresh, "no schema objects were created"


def test_head_to_base_to_head_on_an_empty_file(engine: Engine) -> None:
    migrate.upgrade(engine)
    at_head = _schema(engine)
    _alembic(engine, command.downgrade, "base")
    assert migrate.current_revision(engine) is None
    # Only alembic's own bookkeeping table survives: no tables, FTS shadows or triggers.
    assert inspect(engine).get_table_names() == ["alembic_version"]
    assert _schema(engine) == []
    migrate.upgrade(engine)
    assert _schema(engine) == at_head
    with engine.connect() as conn:
        assert _diff(conn) == []


# --- backups before migrating ---------------------------------------------------------------

def test_verified_backup_copies_committed_data_including_the_wal(
        village_with_case: tuple[AppContext, str]) -> None:
    ctx, case_no = village_with_case
    backups = ctx.paths.backups_dir
    # The case is committed but (with the app's connection still open) may sit only in the
    # -wal file; the online backup API must still copy it.
    path = migrate.verified_backup(ctx.paths.db_path, backups, label="test")
    assert path.parent == backups and path.exists()
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT case_no FROM mediation_case").fetchall() == [(case_no,)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),)
    finally:
        copy.close()
    assert list(backups.iterdir()) == [path]


def _corrupt_an_index(db_path: Path) -> None:
    """A database whose pages are all well-formed but whose index disagrees with its table:
    it opens and copies fine, and only ``PRAGMA integrity_check`` finds the damage."""
    con = sqlite3.connect(db_path)
    try:
        con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
        # An expression index stores UPPER(x), so the lower-case bytes exist only in the table.
        con.execute("CREATE INDEX ix_t_x ON t (upper(x))")
        con.executemany("INSERT INTO t (x) VALUES (?)", [(f"row-{i:05d}",) for i in range(200)])
        con.commit()
    finally:
        con.close()
    raw = db_path.read_bytes()
    assert raw.count(b"row-00042") == 1
    db_path.write_bytes(raw.replace(b"row-00042", b"row-99999"))


def test_verified_backup_of_a_corrupt_database_fails_and_keeps_no_copy(tmp_path: Path) -> None:
    source = tmp_path / "corrupt.sqlite3"
    _corrupt_an_index(source)
    backups = tmp_path / "backups"
    with pytest.raises(migrate.BackupFailed, match="integrity_check"):
        migrate.verified_backup(source, backups, label="test")
    assert list(backups.iterdir()) == []


def test_verified_backup_of_a_non_database_fails_and_keeps_no_copy(tmp_path: Path) -> None:
    source = tmp_path / "not-a-db.sqlite3"
    source.write_bytes(b"this is not an SQLite file " * 100)
    backups = tmp_path / "backups"
    with pytest.raises(migrate.BackupFailed):
        migrate.verified_backup(source, backups, label="test")
    # A zero-byte "*.sqlite3" among the backups looks like a backup to whoever restores.
    assert list(backups.iterdir()) == []


def test_run_migrations_on_a_new_file_needs_no_backup(tmp_path: Path) -> None:
    db_path = tmp_path / "new.sqlite3"
    backups = tmp_path / "backups"
    engine = make_engine(db_path)
    try:
        assert migrate.run_migrations(engine, db_path, backups) is None
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    assert not backups.exists() or not any(backups.iterdir())


def test_run_migrations_on_an_up_to_date_file_writes_nothing(
        village_with_case: tuple[AppContext, str]) -> None:
    ctx, _case_no = village_with_case
    backups = ctx.paths.backups_dir
    before = ctx.paths.db_path.stat().st_mtime_ns, _schema(ctx.engine)
    assert migrate.run_migrations(ctx.engine, ctx.paths.db_path, backups) is None
    assert not any(backups.iterdir())
    assert (ctx.paths.db_path.stat().st_mtime_ns, _schema(ctx.engine)) == before


def test_run_migrations_backs_up_an_existing_file_behind_head(tmp_path: Path) -> None:
    # A file that exists, holds tables, and is not at head. Without a second revision the
    # honest way to get one is a downgraded file: only alembic_version is left, at base.
    db_path = tmp_path / "behind.sqlite3"
    backups = tmp_path / "backups"
    engine = make_engine(db_path)
    try:
        migrate.upgrade(engine)
        _alembic(engine, command.downgrade, "base")
        backup = migrate.run_migrations(engine, db_path, backups)
        assert backup is not None and backup.parent == backups
        assert backup.name.startswith(f"behind-before-migration-{migrate.head_revision()}-")
        copy = sqlite3.connect(backup)
        try:
            # The copy is the file as it was before migrating.
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            tables = {r[0] for r in copy.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert tables == {"alembic_version"}
        finally:
            copy.close()
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
