"""Column types and the columns every syncable row carries (sync.md §3).

Every syncable row has a UUID key made at creation, the station that created it (its
ownership partition), a per-row version, the station-wide change sequence of its last write,
and a void marker instead of deletion: legal records are never physically deleted."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, TypeDecorator
from sqlmodel import Field, SQLModel

# Stable constraint names keep alembic batch migrations on SQLite deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def configure_metadata(metadata: MetaData) -> None:
    metadata.naming_convention = NAMING_CONVENTION


configure_metadata(SQLModel.metadata)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes stored as naive UTC (portable across SQLite/PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class SyncColumns(SQLModel):
    """Mixin for syncable tables (not a table itself)."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    origin_station_id: str = Field(index=True, max_length=36)
    row_version: int = Field(default=0)
    change_seq: int = Field(default=0, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    created_by: str = Field(default="", max_length=64)
    voided_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    void_reason: str | None = None
