"""Alembic environment: runs on the connection handed over by ``store.migrate`` (no ini URL)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import mediation_desk.store.tables  # noqa: F401  (registers every table on the metadata)

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def _include_object(obj: object, name: str | None, type_: str, reflected: bool,
                    compare_to: object) -> bool:
    # The search index (FTS5 shadow tables) is created by hand-written SQL, not the models.
    return not (type_ == "table" and name is not None and name.startswith("search_"))


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
