"""Brings a station database to the newest schema, after a verified backup of the file.

The alembic scripts ship inside the package so an installed app can migrate itself."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from mediation_desk.store.backups import MIGRATION_PREFIX, make_backup
from mediation_desk.store.backups import BackupFailed as BackupFailed
from mediation_desk.store.engine import writer

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Start-up compares the database with this
# constant and imports alembic only when a migration is due: importing alembic and reading
# its scripts costs about a third of a second on every start otherwise. A test checks that
# the constant equals alembic's own head.
HEAD_REVISION = "0006"


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
    """Copy the live database with SQLite's online backup API, then integrity-check the copy
    (``store/backups.make_backup``: temporary file, fsync, check, rename). ``label`` is the
    backup's kind. Raises BackupFailed; a copy that fails leaves nothing behind."""
    return make_backup(db_path, backups_dir, kind=label, now=datetime.now(UTC),
                       require_station=False).path


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
        # Keyed to the target revision and never thinned by age (store/backups.thin), so
        # repeated failed attempts cannot rotate the pre-upgrade copy away.
        backup = verified_backup(db_path, backups_dir, label=f"{MIGRATION_PREFIX}{HEAD_REVISION}")
    upgrade(engine)
    return backup
