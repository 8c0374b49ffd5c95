"""Rows as they travel: every column of a syncable table as a JSON value, checked on the way
in against the receiving schema before anything is written.

ID numbers never travel in their at-rest form (a station's PII key is its own). A bundle at
the ``full`` level carries them in plain text inside the encrypted payload; the receiver
encrypts them with its own key. Other levels withhold them: only the masked copy travels."""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Time
from sqlalchemy.types import TypeDecorator

from mediation_desk.store.bulk import column_defaults
from mediation_desk.store.tables import SYNCED_TABLES, SyncColumns
from mediation_desk.sync.canonical import canonical
from mediation_desk.sync.errors import Refused

MAX_TEXT = 1_000_000  # characters in one field; a real record is far below
MAX_ROWS = 20_000_000
_INT_RANGE = 1 << 62

# Where ID numbers live at rest: (encrypted column, keyed-hash column or None, plain key).
PII_COLUMNS: dict[str, tuple[str, str | None, str]] = {
    "person": ("id_number_enc", "id_number_hash", "id_number"),
    "case_party": ("snapshot_id_number_enc", None, "snapshot_id_number"),
}
# Columns whose value depends on the station holding the row, so never compared.
LOCAL_ONLY = {"change_seq"}
# A row without these is malformed whatever the schema version: they make it a synced row.
REQUIRED = frozenset({"id", "origin_station_id", "row_version", "change_seq", "created_at",
                      "updated_at"})

MODELS: dict[str, type[SyncColumns]] = {
    m.__tablename__: m for m in SYNCED_TABLES  # type: ignore[misc]
    if m.__tablename__ != "code_entry"}  # code tables never travel (see store/sync_repo.py)


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: str  # text | int | float | bool | date | datetime | time | json
    max_length: int | None
    nullable: bool
    default: Any
    has_default: bool


@dataclass(slots=True)
class Incoming:
    """One received row, converted to Python values and ready to write."""

    table: str
    id: str
    row_version: int
    change_seq: int
    values: dict[str, Any]  # every column except the at-rest PII ones
    plain_pii: str | None  # the ID number, at the full level only
    pii_withheld: bool  # the sender withheld the ID number (keep ours if the mask agrees)
    line: int


def _kind(type_: Any) -> str:
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl if not isinstance(type_.impl, type) else type_.impl()
    for cls, kind in ((Boolean, "bool"), (Integer, "int"), (Float, "float"),
                      (DateTime, "datetime"), (Date, "date"), (Time, "time"),
                      (JSON, "json"), (String, "text")):
        if isinstance(type_, cls):
            return kind
    raise TypeError(f"unsupported column type {type_!r}")


def _columns(table: Table, model: type[SyncColumns]) -> dict[str, Column]:
    defaults = column_defaults(model)
    out = {}
    for col in table.columns:
        length = getattr(col.type, "length", None)
        out[col.name] = Column(col.name, _kind(col.type), length, bool(col.nullable),
                               defaults.get(col.name), col.name in defaults)
    return out


SCHEMAS: dict[str, dict[str, Column]] = {}


def schema(table: str) -> dict[str, Column]:
    if not SCHEMAS:
        for name, model in MODELS.items():
            SCHEMAS[name] = _columns(model.__table__, model)  # type: ignore[attr-defined]
    return SCHEMAS[table]


# --- out -------------------------------------------------------------------------------------

def _out(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


def encode(table: str, row: Mapping[str, Any], *, reveal: Callable[[str], str] | None) -> dict:
    """A stored row → its travelling form. ``reveal`` decrypts an ID number (full level)."""
    data = {k: _out(v) for k, v in row.items()}
    pii = PII_COLUMNS.get(table)
    if pii is not None:
        enc_col, hash_col, plain_key = pii
        token = data.pop(enc_col, None)
        if hash_col:
            data.pop(hash_col, None)
        if reveal is not None and token:
            data[plain_key] = reveal(token)
    return {"t": table, "d": data}


# --- in --------------------------------------------------------------------------------------

def _bad(line: int, table: str, column: str) -> Refused:
    return Refused("bundle.bad_row", line=line, table=table, column=column)


def _shown(text: str) -> str:
    """A name from the file, safe to put in a message (printable, short)."""
    return text.encode("utf-8", "replace").decode("utf-8")[:40]


def _utf8(text: str) -> bool:
    """False for a string SQLite cannot store (a lone surrogate from a ``\\ud800`` escape)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _convert(c: Column, value: Any, line: int, table: str) -> Any:
    if value is None:
        if not c.nullable:
            raise _bad(line, table, c.name)
        return None
    kind = c.kind
    if kind == "text":
        if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value or (
                c.max_length is not None and len(value) > c.max_length) or not _utf8(value):
            raise _bad(line, table, c.name)
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > _INT_RANGE:
            raise _bad(line, table, c.name)
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(
                value):
            raise _bad(line, table, c.name)
        return float(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise _bad(line, table, c.name)
        return value
    if kind == "json":
        try:  # no NaN, no lone surrogates: what every station can store and send on
            if len(canonical(value)) > MAX_TEXT:
                raise _bad(line, table, c.name)
        except (ValueError, UnicodeError, RecursionError) as exc:
            raise _bad(line, table, c.name) from exc
        return value
    if not isinstance(value, str) or len(value) > 40:
        raise _bad(line, table, c.name)
    try:
        if kind == "date":
            if len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        if kind == "time":
            return time.fromisoformat(value)
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _bad(line, table, c.name) from exc
    if parsed.tzinfo is None:
        raise _bad(line, table, c.name)
    return parsed


def decode(item: Any, line: int, *, sender_id: str, seq_to: int | None) -> Incoming:
    """Check one travelling row against this station's schema. Raises Refused."""
    if not isinstance(item, dict) or set(item) != {"t", "d"} or not isinstance(item["d"], dict):
        raise Refused("bundle.bad_row", line=line, table="", column="")
    table = item["t"]
    if not isinstance(table, str) or table not in MODELS:
        raise Refused("bundle.unknown_table", line=line, table=_shown(str(table)))
    cols = schema(table)
    data: dict[str, Any] = dict(item["d"])
    pii = PII_COLUMNS.get(table)
    plain: str | None = None
    withheld = False
    if pii is not None:
        enc_col, hash_col, plain_key = pii
        if enc_col in data or (hash_col and hash_col in data):
            raise _bad(line, table, enc_col)
        raw = data.pop(plain_key, None)
        if raw is not None and (not isinstance(raw, str) or not 0 < len(raw) <= 64
                                or "\x00" in raw or not _utf8(raw)):
            raise _bad(line, table, plain_key)
        plain = raw
        withheld = raw is None
    unknown = set(data) - set(cols)
    if unknown:
        raise _bad(line, table, _shown(sorted(unknown)[0]))
    values: dict[str, Any] = {}
    skip = set(pii[:2]) if pii else set()
    for name, c in cols.items():
        if name in skip:
            continue
        if name in data:
            values[name] = _convert(c, data[name], line, table)
        elif name in REQUIRED:
            raise _bad(line, table, name)
        elif c.has_default:  # a column newer than the sender's schema
            values[name] = copy.deepcopy(c.default)
        elif c.nullable:
            values[name] = None
        else:
            raise _bad(line, table, name)
    row_id, version, seq = values["id"], values["row_version"], values["change_seq"]
    if not row_id or len(row_id) > 36 or version < 1 or seq < 1:
        raise _bad(line, table, "id")
    if values["origin_station_id"] != sender_id:
        raise Refused("bundle.foreign_rows", line=line, table=table)
    if seq_to is not None and seq > seq_to:
        raise _bad(line, table, "change_seq")
    return Incoming(table=table, id=row_id, row_version=version, change_seq=seq,
                    values=values, plain_pii=plain, pii_withheld=withheld, line=line)


def comparable(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """What must be equal for two copies of one version to count as the same row."""
    pii = PII_COLUMNS.get(table)
    skip = set(LOCAL_ONLY) | (set(c for c in pii[:2] if c) if pii else set())
    return {k: _out(v) for k, v in values.items() if k not in skip}
