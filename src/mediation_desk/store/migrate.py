"""Brings a station database to the newest schema, after a verified backup of the file.

The alembic scripts ship inside the package so an installed app can migrate itself."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from mediation_desk.store.engine import writer

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class BackupFailed(RuntimeError):
    """The pre-migration copy could not be made or did not verify; nothing was migrated."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    cfg = alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def run_migrations(engine: Engine, db_path: Path, backups_dir: Path) -> Path | None:
    """Upgrade to head. Returns the backup made first, or None when none was needed
    (new empty database, or already at head)."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if db_path.exists() and has_user_tables(engine):
        backup = verified_backup(db_path, backups_dir, label=f"before-{head_revision()}")
    upgrade(engine)
    return backup
