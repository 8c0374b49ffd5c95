"""Queries and writes of USB sync: partition rows by change sequence, rows by id, and the
sync bookkeeping tables. Received rows are written with Core statements, so the flush hook
that stamps local writes never touches them: they keep the sender's versions and sequence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Table,
    UniqueConstraint,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlmodel import Session

from mediation_desk.store.tables import (
    SYNCED_TABLES,
    EventLog,
    MediationCase,
    Station,
    SupervisionNote,
    SyncConflict,
    SyncExport,
    SyncImport,
    SyncParked,
    SyncProgress,
)

# The two directions of sync_progress: changes a township received from a village, and a
# village's changes its township acknowledged.
RECEIVED, ACKNOWLEDGED = "received", "acknowledged"

_CHUNK = 500  # ids per IN (...): SQLite's default limit on host parameters is 999 (3.31-)
# Code tables stay home: each station has its own copy of the Ministry's codes (unique per
# station), and rows carry the codes themselves, not code-table ids.
TABLES: dict[str, Table] = {m.__tablename__: m.__table__  # type: ignore[attr-defined,misc]
                            for m in SYNCED_TABLES if m.__tablename__ != "code_entry"}


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


# --- the sender's partition ----------------------------------------------------------------

def partition_rows(session: Session, table: str, origin: str, *, after_seq: int,
                   upto_seq: int) -> Iterator[RowMapping]:
    t = TABLES[table]
    stmt = (select(t).where(t.c.origin_station_id == origin, t.c.change_seq > after_seq,
                            t.c.change_seq <= upto_seq).order_by(t.c.change_seq)
            .execution_options(yield_per=2000))
    yield from session.execute(stmt).mappings()


def partition_versions(session: Session, origin: str) -> Iterator[tuple[str, str, int]]:
    """(table, id, row_version) of every row the station owns: the set digest's input."""
    for name, t in TABLES.items():
        stmt = select(t.c.id, t.c.row_version).where(t.c.origin_station_id == origin)
        for row_id, version in session.execute(stmt.execution_options(yield_per=5000)):
            yield name, row_id, version



def count_changed(session: Session, table: str, origin: str, *, after_seq: int) -> int:
    t = TABLES[table]
    return int(session.scalar(select(func.count()).select_from(t).where(
        t.c.origin_station_id == origin, t.c.change_seq > after_seq)) or 0)


def count_rows(session: Session, table: str, origin: str | None = None) -> int:
    t = TABLES[table]
    stmt = select(func.count()).select_from(t)
    if origin is not None:
        stmt = stmt.where(t.c.origin_station_id == origin)
    return int(session.scalar(stmt) or 0)


# --- rows by id ------------------------------------------------------------------------------

def rows_by_id(session: Session, table: str, ids: Sequence[str]) -> dict[str, RowMapping]:
    t = TABLES[table]
    out: dict[str, RowMapping] = {}
    for part in _chunks(ids):
        for row in session.execute(select(t).where(t.c.id.in_(part))).mappings():
            out[row["id"]] = row
    return out


def unique_keys(table: str) -> list[tuple[str, ...]]:
    """The column sets a table holds unique besides its id (a case number, one dossier per
    case): rows from two copies of one village may clash there under different ids."""
    t = TABLES[table]
    keys = [tuple(c.name for c in con.columns) for con in t.constraints
            if isinstance(con, UniqueConstraint)]
    keys += [tuple(c.name for c in ix.columns) for ix in t.indexes if ix.unique]
    return [k for k in keys if k != ("id",)]


def clashing_row(session: Session, table: str, rows: Sequence[dict[str, Any]]
                 ) -> tuple[str, tuple[str, ...]] | None:
    """(id, columns) of a row that takes a unique value another row (stored, or earlier in
    ``rows``) already has under another id; None when there is none."""
    t = TABLES[table]
    for cols in unique_keys(table):
        seen: dict[tuple[Any, ...], str] = {}
        for r in rows:
            key = tuple(r.get(c) for c in cols)
            if None in key:  # NULLs never clash in SQLite
                continue
            if seen.setdefault(key, r["id"]) != r["id"]:
                return r["id"], cols
            other = session.scalar(select(t.c.id).where(
                *(t.c[c] == v for c, v in zip(cols, key, strict=True)), t.c.id != r["id"])
                .limit(1))
            if other is not None:
                return r["id"], cols
    return None


def present_ids(session: Session, table: str, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    t = TABLES[table]
    found: set[str] = set()
    for part in _chunks(wanted):
        found.update(session.scalars(select(t.c.id).where(t.c.id.in_(part))))
    return found


def insert_rows(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(TABLES[table]), rows)


def update_rows(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    t = TABLES[table]
    columns = [c.name for c in t.columns if c.name != "id"]
    stmt = (update(t).where(t.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in columns}))
    session.connection().execute(stmt, [{**r, "_id": r["id"]} for r in rows])


# --- stations ------------------------------------------------------------------------------

def station(session: Session, station_id: str) -> Station | None:
    return session.get(Station, station_id)


def peers(session: Session, role: str | None = None) -> Sequence[Station]:
    stmt = select(Station).where(Station.is_local.is_(False))
    if role:
        stmt = stmt.where(Station.role == role)
    return session.scalars(stmt.order_by(Station.code, Station.name)).all()


def upstream(session: Session) -> Station | None:
    return session.scalars(select(Station).where(Station.role == "upstream")
                           .order_by(Station.trusted_at.desc())).first()



# --- progress, ledger, export log -------------------------------------------------------------

def progress(session: Session, peer: str, incarnation: str, direction: str) -> SyncProgress:
    row = session.get(SyncProgress, (peer, incarnation, direction))
    if row is None:
        row = SyncProgress(peer_station_id=peer, incarnation_id=incarnation,
                           direction=direction, ranges=[])
        session.add(row)
    return row


def progress_ranges(session: Session, peer: str, incarnation: str, direction: str
                    ) -> tuple[list[tuple[int, int]], bool | None]:
    """Read-only: the ranges and the last digest verdict (nothing stored if none yet)."""
    row = session.get(SyncProgress, (peer, incarnation, direction))
    if row is None:
        return [], None
    return [(int(a), int(b)) for a, b in row.ranges], row.last_digest_ok



def imported(session: Session, file_id: str) -> SyncImport | None:
    return session.get(SyncImport, file_id)


def imports_from(session: Session, station_id: str, kind: str = "bundle") -> Sequence[SyncImport]:
    return session.scalars(select(SyncImport).where(
        SyncImport.from_station_id == station_id, SyncImport.kind == kind)
        .order_by(SyncImport.imported_at)).all()


def exports(session: Session, to_station_id: str | None = None,
            limit: int | None = None) -> Sequence[SyncExport]:
    stmt = select(SyncExport).order_by(SyncExport.seq.desc())
    if to_station_id:
        stmt = stmt.where(SyncExport.to_station_id == to_station_id)
    if limit:
        stmt = stmt.limit(limit)
    return session.scalars(stmt).all()


def last_export_seq(session: Session) -> int:
    return int(session.scalar(select(func.max(SyncExport.seq))) or 0)


# --- parked rows and conflicts ----------------------------------------------------------------

def parked(session: Session, from_station_id: str) -> Sequence[SyncParked]:
    return session.scalars(select(SyncParked).where(
        SyncParked.from_station_id == from_station_id)).all()


def parked_count(session: Session, from_station_id: str | None = None) -> int:
    stmt = select(func.count()).select_from(SyncParked)
    if from_station_id:
        stmt = stmt.where(SyncParked.from_station_id == from_station_id)
    return int(session.scalar(stmt) or 0)


def parked_version(session: Session, table: str, row_id: str) -> int | None:
    """The version of the row parked under (table, id), or None."""
    return session.scalar(select(SyncParked.row_version).where(
        SyncParked.table_name == table, SyncParked.row_id == row_id))


def drop_parked(session: Session, table: str, row_id: str,
                upto_version: int | None = None) -> None:
    """Forget a parked row; with ``upto_version``, only if it is not newer than that."""
    stmt = delete(SyncParked).where(SyncParked.table_name == table,
                                    SyncParked.row_id == row_id)
    if upto_version is not None:
        stmt = stmt.where(SyncParked.row_version <= upto_version)
    session.execute(stmt)


def open_conflicts(session: Session, from_station_id: str | None = None
                   ) -> Sequence[SyncConflict]:
    stmt = select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    if from_station_id:
        stmt = stmt.where(SyncConflict.from_station_id == from_station_id)
    return session.scalars(stmt.order_by(SyncConflict.detected_at)).all()


def conflict_exists(session: Session, table: str, row_id: str, version: int) -> bool:
    return session.scalar(select(func.count()).select_from(SyncConflict).where(
        SyncConflict.table_name == table, SyncConflict.row_id == row_id,
        SyncConflict.row_version == version)) > 0


# --- per case --------------------------------------------------------------------------------

def case_last_changes(session: Session, origin: str) -> dict[str, int]:
    """Each case's latest change: its own row or any logged event about it."""
    out: dict[str, int] = dict(session.execute(
        select(MediationCase.id, MediationCase.change_seq)
        .where(MediationCase.origin_station_id == origin)).all())
    events = session.execute(
        select(EventLog.case_id, func.max(EventLog.change_seq))
        .where(EventLog.origin_station_id == origin, EventLog.case_id.is_not(None))
        .group_by(EventLog.case_id)).all()
    for case_id, seq in events:
        if case_id in out:
            out[case_id] = max(out[case_id], int(seq))
    return out


def supervision_notes(session: Session, *, case_id: str | None = None,
                      village_station_id: str | None = None) -> Sequence[SupervisionNote]:
    stmt = select(SupervisionNote).where(SupervisionNote.voided_at.is_(None))
    if case_id:
        stmt = stmt.where(SupervisionNote.case_id == case_id)
    if village_station_id:
        stmt = stmt.where(SupervisionNote.village_station_id == village_station_id)
    return session.scalars(stmt.order_by(SupervisionNote.written_on,
                                         SupervisionNote.created_at)).all()


def cases_by_origin(session: Session) -> dict[str, int]:
    return dict(session.execute(select(MediationCase.origin_station_id, func.count())
                                .where(MediationCase.voided_at.is_(None))
                                .group_by(MediationCase.origin_station_id)).all())


def case_statistics(session: Session, origin: str) -> list[tuple[int, str, str, int]]:
    """(year, status, category, count) of a station's cases: a statistics-level bundle."""
    rows = session.execute(
        select(MediationCase.year, MediationCase.status, MediationCase.category_code,
               func.count())
        .where(MediationCase.origin_station_id == origin, MediationCase.voided_at.is_(None))
        .group_by(MediationCase.year, MediationCase.status, MediationCase.category_code)
        .order_by(MediationCase.year, MediationCase.status, MediationCase.category_code))
    return [(int(y), str(s), str(c), int(n)) for y, s, c, n in rows]


def index_sources(session: Session, case_ids: Sequence[str], person_ids: Sequence[str]
                  ) -> tuple[list[Any], dict[str, list[Any]], dict[str, list[Any]], list[Any]]:
    """What the search index needs for received cases and persons, in a few IN queries."""
    from mediation_desk.store.tables import Agreement, CaseParty, Person

    cases: list[Any] = []
    parties: dict[str, list[Any]] = {}
    agreements: dict[str, list[Any]] = {}
    persons: list[Any] = []
    for part in _chunks(list(case_ids)):
        cases.extend(session.scalars(select(MediationCase).where(MediationCase.id.in_(part))))
        for p in session.scalars(select(CaseParty).where(CaseParty.case_id.in_(part))):
            parties.setdefault(p.case_id, []).append(p)
        for a in session.scalars(select(Agreement).where(Agreement.case_id.in_(part))):
            agreements.setdefault(a.case_id, []).append(a)
    for part in _chunks(list(person_ids)):
        persons.extend(session.scalars(select(Person).where(Person.id.in_(part))))
    return cases, parties, agreements, persons


def case_origins(session: Session, case_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """case id → (origin station id, case number)."""
    out: dict[str, tuple[str, str]] = {}
    for part in _chunks(list(case_ids)):
        for cid, origin, no in session.execute(
                select(MediationCase.id, MediationCase.origin_station_id, MediationCase.case_no)
                .where(MediationCase.id.in_(part))):
            out[cid] = (origin, no)
    return out


def conflict(session: Session, conflict_id: str) -> SyncConflict | None:
    return session.get(SyncConflict, conflict_id)


def supervision_note(session: Session, note_id: str) -> SupervisionNote | None:
    return session.get(SupervisionNote, note_id)


def all_supervision_notes(session: Session) -> Sequence[SupervisionNote]:
    return session.scalars(select(SupervisionNote).where(SupervisionNote.voided_at.is_(None))
                           .order_by(SupervisionNote.written_on.desc())).all()
