"""Station identity, committees, code tables, case-number counters and the event log."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field, SQLModel

from mediation_desk.store.tables.base import SyncColumns, UtcDateTime, new_id, utcnow


class Station(SQLModel, table=True):
    """An installation (this one, or a peer known from sync). Identity, not a synced record."""

    __tablename__ = "station"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    kind: str = Field(max_length=16)
    code: str = Field(index=True, max_length=32)
    name: str
    incarnation_id: str = Field(default_factory=new_id, max_length=36)
    is_local: bool = Field(default=False, index=True)
    # Station-wide change counter, bumped in the same transaction as each write.
    last_change_seq: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    # Public keys (base64 raw): the local station's own, or a peer's as pinned at enrollment.
    signing_key: str = ""
    exchange_key: str = ""
    # For peers: "upstream" (the township we report to) or "downstream" (a village reporting
    # to us). Empty for the local station.
    role: str = Field(default="", max_length=16)
    trusted_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    trusted_by: str = Field(default="", max_length=64)


class Committee(SyncColumns, table=True):
    """人民调解委员会 (village) or the township's own committee/office."""

    __tablename__ = "committee"

    kind: str = Field(max_length=16)
    name: str
    short_name: str = Field(max_length=16)
    village_name: str = ""
    township_name: str = ""
    county_name: str = ""
    region_code: str = Field(default="", max_length=32)
    address: str = ""
    phone: str = ""
    seal_description: str = ""
    established_on: date | None = None
    # 排查 frequency differs by place (domain.md §6.1): daily, weekly or monthly.
    screening_frequency: str = Field(default="monthly", max_length=16)


class CodeEntry(SyncColumns, table=True):
    """A versioned code table entry (categories, sources, reasons ...)."""

    __tablename__ = "code_entry"
    __table_args__ = (UniqueConstraint("table_name", "code", "version"),)

    table_name: str = Field(index=True, max_length=40)
    code: str = Field(max_length=64)
    label_zh: str
    label_en: str = ""
    group_code: str = Field(default="", max_length=40)
    version: int = 1
    active: bool = True
    sort_order: int = 0


class CaseNumberCounter(SQLModel, table=True):
    """Last issued sequence per committee and year (gap-free case numbers). Local only."""

    __tablename__ = "case_number_counter"

    committee_id: str = Field(foreign_key="committee.id", primary_key=True, max_length=36)
    year: int = Field(primary_key=True)
    last_seq: int = 0


class EventLog(SyncColumns, table=True):
    """Append-only: who did what to which record, old → new. Never updated or voided."""

    __tablename__ = "event_log"

    at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime, index=True)
    actor: str = Field(max_length=64)
    action: str = Field(max_length=64)
    entity: str = Field(max_length=40)
    entity_id: str = Field(index=True, max_length=36)
    case_id: str | None = Field(default=None, index=True, max_length=36)
    before: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSON)
