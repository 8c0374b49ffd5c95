"""Creates the SQLAlchemy engine for the station's SQLite file with safe pragmas.

Durability: WAL with ``synchronous=FULL`` so that a commit reported to the user survives a
power cut (NORMAL in WAL mode may lose the last commits on power loss, though never corrupt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling would emit BEGIN lazily (DEFERRED); we want
    # BEGIN IMMEDIATE for writers so the case-number counter cannot race (see _on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # busy_timeout first: switching to WAL may itself wait on a lock (recovery after a crash).
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front (BEGIN IMMEDIATE): concurrent writers then queue
    # on busy_timeout instead of failing with SQLITE_BUSY half-way through a service call,
    # and the gap-free case-number counter cannot race. Readers use a deferred BEGIN.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


WRITE_OPTION = "mediation_desk_write"


def make_engine(db_path: Path, *, echo: bool = False) -> Engine:
    """One engine per process for the station database file.

    Use ``writer(engine)`` for sessions that write."""
    engine = create_engine(f"sqlite:///{db_path}", echo=echo)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but transactions begin IMMEDIATE (take the write lock first)."""
    return engine.execution_options(**{WRITE_OPTION: True})
