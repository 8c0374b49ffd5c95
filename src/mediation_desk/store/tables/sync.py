"""What a station remembers about USB sync (sync.md): exports, imports, progress, conflicts.

These tables are local bookkeeping and never travel, except ``supervision_note``: the
township's own rows (督办意见, 退回), which go down to the village inside receipts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from mediation_desk.store.tables.base import SyncColumns, UtcDateTime, new_id, utcnow


class SupervisionNote(SyncColumns, table=True):
    """A township's note on a village case: 督办意见, or a return (退回) for correction.

    Owned by the township; the village receives it in receipts. No foreign key to the case:
    the row may arrive before or without the case at a station that holds only some cases."""

    __tablename__ = "supervision_note"

    case_id: str = Field(index=True, max_length=36)
    village_station_id: str = Field(index=True, max_length=36)
    kind: str = Field(max_length=16)  # "note" | "return"
    text: str
    written_on: date
    author: str = ""
    closed_on: date | None = None  # a return the township has marked as put right
    closed_note: str = ""


class SyncExport(SQLModel, table=True):
    """The export log: one row per bundle written (who, when, what, how many persons)."""

    __tablename__ = "sync_export"

    id: str = Field(primary_key=True, max_length=36)  # the bundle id
    seq: int = Field(index=True)  # the bundle's number at this station (in the file name)
    to_station_id: str = Field(index=True, max_length=36)
    incarnation_id: str = Field(max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    actor: str = Field(default="", max_length=64)
    export_level: str = Field(max_length=16)
    is_full: bool = False
    seq_from: int = 0
    seq_to: int = 0
    row_count: int = 0
    case_count: int = 0
    person_count: int = 0
    table_counts: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    file_name: str = ""
    file_path: str = ""
    sha256: str = Field(default="", max_length=64)
    acknowledged_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    # Which persons and cases went onto the stick ({"persons": [ids], "cases": [ids]}), so a
    # lost stick can be reported person by person (个人信息保护法 第五十七条).
    contents: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class SyncImport(SQLModel, table=True):
    """The import ledger: each bundle (or receipt) applied here, so a second import is a no-op."""

    __tablename__ = "sync_import"

    id: str = Field(primary_key=True, max_length=36)  # bundle or receipt id
    kind: str = Field(default="bundle", max_length=16)  # "bundle" | "receipt"
    sha256: str = Field(index=True, max_length=64)
    from_station_id: str = Field(index=True, max_length=36)
    incarnation_id: str = Field(default="", max_length=36)
    seq_from: int = 0
    seq_to: int = 0
    export_level: str = Field(default="", max_length=16)
    created_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    actor: str = Field(default="", max_length=64)
    file_name: str = ""
    result: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    # statistics-level bundles carry counts only; kept here for the township's reports
    statistics: dict[str, Any] | None = Field(default=None, sa_type=JSON)


class SyncProgress(SQLModel, table=True):
    """Change ranges per peer and incarnation: received (township) or acknowledged (village)."""

    __tablename__ = "sync_progress"

    peer_station_id: str = Field(primary_key=True, max_length=36)
    incarnation_id: str = Field(primary_key=True, max_length=36)
    direction: str = Field(primary_key=True, max_length=16)  # "received" | "acknowledged"
    ranges: list[Any] = Field(default_factory=list, sa_type=JSON)
    last_digest_ok: bool | None = None
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class SyncConflict(SQLModel, table=True):
    """Same row, same version, different content: both kept, a person decides."""

    __tablename__ = "sync_conflict"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    table_name: str = Field(max_length=40)
    row_id: str = Field(index=True, max_length=36)
    from_station_id: str = Field(index=True, max_length=36)
    bundle_id: str = Field(max_length=36)
    row_version: int
    local_data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    incoming_data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    local_updated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    incoming_updated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    incoming_author: str = ""
    detected_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    resolution: str = Field(default="", max_length=16)  # "kept_local" | "took_incoming"
    resolved_by: str = Field(default="", max_length=64)


class SyncParked(SQLModel, table=True):
    """A received row whose parent row has not arrived yet (an earlier bundle is missing).

    Applied, by the usual version rules, as soon as an import brings the parent."""

    __tablename__ = "sync_parked"

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=36)
    from_station_id: str = Field(index=True, max_length=36)
    bundle_id: str = Field(max_length=36)
    row_version: int
    change_seq: int
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    missing: str = ""  # "table:id" of the first absent parent, for the report
    parked_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class StatisticsReport(SyncColumns, table=True):
    """月报 as the village sent it: the figures of one month on the day it was made, and
    whether the month's screening was a nil report (零报告). Travels to the township in every
    bundle, also in a statistics-only one, so the township can see what each village reported."""

    __tablename__ = "statistics_report"

    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=36)
    kind: str = Field(default="monthly", max_length=16)
    period_key: str = Field(index=True, max_length=32)
    period_start: date
    period_end: date
    as_of: date
    is_zero_report: bool = False
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
