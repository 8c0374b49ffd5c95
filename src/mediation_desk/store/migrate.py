"""Brings a station database to the newest schema, after a verified backup of the file.

The alembic scripts ship inside the package so an installed app can migrate itself."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from mediation_desk.store.engine import writer

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Start-up compares the database with this
# constant and imports alembic only when a migration is due: importing alembic and reading
# its scripts costs about a third of a second on every start otherwise. A test checks that
# the constant equals alembic's own head.
HEAD_REVISION = "0006"


class BackupFailed(RuntimeError):
    """The pre-migration copy could not be made or did not verify; nothing was migrated."""


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """alembic's head, read from the scripts (slow; start-up uses HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The database's revision, read the way alembic stores it (one row, or no table)."""
    with engine.connect() as conn:
        exists = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        )).first()
        if exists is None:
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    if len(rows) > 1:
        raise RuntimeError(f"several alembic versions recorded: {[r[0] for r in rows]}")
    return rows[0][0] if rows else None


def has_user_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def verified_backup(db_path: Path, backups_dir: Path, *, label: str) -> Path:
    """Copy the live database with SQLite's online backup API, then integrity-check the copy."""
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(str(exc)) from exc
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{db_path.stem}-{label}-{stamp}.sqlite3"
    if not db_path.is_file():
        raise BackupFailed(f"no database at {db_path}")
    try:
        # Read-only: a backup must never create or change the file it copies.
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            with dst:
                src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise BackupFailed(str(exc)) from exc
    if ok != "ok":
        target.unlink(missing_ok=True)
        raise BackupFailed(f"integrity_check on the copy: {ok}")
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def run_migrations(engine: Engine, db_path: Path, backups_dir: Path) -> Path | None:
    """Upgrade to head. Returns the backup made first, or None when none was needed
    (new empty database, or already at head)."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    backup = None
    if db_path.exists() and has_user_tables(engine):
        backup = verified_backup(db_path, backups_dir, label=f"before-{HEAD_REVISION}")
    upgrade(engine)
    return backup
