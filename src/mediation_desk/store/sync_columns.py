"""Keeps the sync columns of every write correct, in the same transaction as the write.

A ``before_flush`` hook stamps new and changed syncable rows: origin station, row version,
timestamps and a block of station-wide change sequence numbers taken from ``station``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import event, update
from sqlalchemy.orm import Session, SessionTransaction

from mediation_desk.domain.errors import DomainError
from mediation_desk.store.tables import MediationCase, Station, SyncColumns

INFO_KEY = "mediation_desk.sync"


@dataclass(slots=True)
class WriteContext:
    """Who writes, when, and as which station; set per unit of work."""

    station_id: str
    actor: str
    now: datetime
    # Importers apply other stations' rows as they are: no re-stamping.
    passthrough: bool = False
    # Rows already stamped in the current transaction: a row flushed several times in one
    # service call is one change (one version), not several.
    stamped: set[tuple[type, str]] = field(default_factory=set)


def allocate_change_seqs(session: Session, station_id: str, count: int) -> int:
    """Reserve ``count`` sequence numbers; returns the first. Same transaction as the write."""
    new_last = session.execute(
        update(Station)
        .where(Station.id == station_id)
        .values(last_change_seq=Station.last_change_seq + count)
        .returning(Station.last_change_seq)
    ).scalar_one()
    return int(new_last) - count + 1


# Rows that the township writes about a village's case on purpose: they are its own.
_OWN_ROWS_ABOUT_OTHERS = frozenset({"supervision_note"})


def _refuse_additions_to_foreign_case(session: Session, obj: SyncColumns, station_id: str) -> None:
    """A new record under another station's case (a print record, a session, an event) would
    be a row of this station inside that station's case file: refused like a change."""
    case_id = getattr(obj, "case_id", None)
    if not case_id or getattr(obj, "__tablename__", "") in _OWN_ROWS_ABOUT_OTHERS:
        return
    with session.no_autoflush:
        case = session.get(MediationCase, case_id)
    if case is not None and case.origin_station_id and case.origin_station_id != station_id:
        raise DomainError("sync.foreign_record", None, table=getattr(obj, "__tablename__", ""))


def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    wc: WriteContext | None = session.info.get(INFO_KEY)
    if wc is None or wc.passthrough:
        return
    stamped: list[SyncColumns] = []
    for obj in session.new:
        if isinstance(obj, SyncColumns) and (type(obj), obj.id) not in wc.stamped:
            _refuse_additions_to_foreign_case(session, obj, wc.station_id)
            if not obj.origin_station_id:
                obj.origin_station_id = wc.station_id
            obj.row_version = 1
            obj.created_at = wc.now
            obj.updated_at = wc.now
            if not obj.created_by:
                obj.created_by = wc.actor
            stamped.append(obj)
    for obj in session.dirty:
        if (isinstance(obj, SyncColumns) and (type(obj), obj.id) not in wc.stamped
                and session.is_modified(obj, include_collections=False)):
            if obj.origin_station_id and obj.origin_station_id != wc.station_id:
                # Another station's record (a village case at the township, a township
                # note at the village): its owner alone may change it (sync.md §3).
                raise DomainError("sync.foreign_record", None,
                                  table=getattr(obj, "__tablename__", ""))
            obj.row_version = (obj.row_version or 0) + 1
            obj.updated_at = wc.now
            stamped.append(obj)
    if not stamped:
        return
    first = allocate_change_seqs(session, wc.station_id, len(stamped))
    for offset, obj in enumerate(stamped):
        obj.change_seq = first + offset
        wc.stamped.add((type(obj), obj.id))


def _transaction_ended(session: Session, transaction: SessionTransaction) -> None:
    # Every flush opens and ends a nested transaction; only the outermost one is the write.
    wc: WriteContext | None = session.info.get(INFO_KEY)
    if wc is not None and transaction.parent is None:
        wc.stamped.clear()


def install(session: Session, context: WriteContext) -> None:
    session.info[INFO_KEY] = context
    if not event.contains(session, "before_flush", _before_flush):
        event.listen(session, "before_flush", _before_flush)
        event.listen(session, "after_transaction_end", _transaction_ended)
