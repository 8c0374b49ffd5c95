"""Checks a station database: SQLite's own checks and the invariants the rules rely on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select, text
from sqlmodel import Session

from mediation_desk.store import case_numbers, search_index
from mediation_desk.store.tables import (
    SYNCED_TABLES,
    CaseNumberCounter,
    Household,
    MediationCase,
    Person,
    Station,
)


def sqlite_integrity(session: Session, *, quick: bool = False) -> str:
    """``PRAGMA integrity_check`` (or the faster ``quick_check``, which skips index contents)."""
    rows = session.execute(text(f"PRAGMA {'quick_check' if quick else 'integrity_check'}")
                           ).scalars().all()
    return "ok" if rows == ["ok"] else "; ".join(str(r) for r in rows[:20])


def foreign_key_violations(session: Session) -> int:
    return len(session.execute(text("PRAGMA foreign_key_check")).all())


def search_index_ok(session: Session) -> bool:
    return search_index.integrity_check(session.connection())


def rule_violations(session: Session) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(code, entity, id, params) for each broken invariant."""
    # Case numbers: per committee and year, 1..N without gaps, matching the counter.
    # Numbers skipped after a restore (see store/case_numbers.py) count as issued.
    skipped = case_numbers.skipped_numbers(session)
    rows = session.execute(
        select(MediationCase.committee_id, MediationCase.year, func.count(),
               func.max(MediationCase.seq), func.count(func.distinct(MediationCase.seq)))
        .group_by(MediationCase.committee_id, MediationCase.year)).all()
    for committee_id, year, n, top, distinct in rows:
        counter = session.get(CaseNumberCounter, (committee_id, year))
        passed = skipped.get((committee_id, year), set())
        if passed:
            top = max(top, max(passed))
            held = set(session.scalars(select(MediationCase.seq).where(
                MediationCase.committee_id == committee_id, MediationCase.year == year)))
            complete = distinct == n and (held | passed) == set(range(1, top + 1))
        else:
            complete = distinct == n and top == n
        if not complete:
            yield ("case_no.gap", "committee", committee_id,
                   {"year": year, "count": n, "max_seq": top})
        if counter is None or counter.last_seq != top:
            yield ("case_no.counter", "committee", committee_id,
                   {"year": year, "counter": counter.last_seq if counter else None,
                    "max_seq": top})
    # Household heads are referenced without a foreign key (see tables.people).
    heads = session.execute(
        select(Household.id, Household.head_person_id)
        .outerjoin(Person, Person.id == Household.head_person_id)
        .where(Household.head_person_id.is_not(None), Person.id.is_(None))).all()  # type: ignore[union-attr]
    for hid, pid in heads:
        yield ("household.head_missing", "household", hid, {"person_id": pid})
    # The station counter must be ahead of every stamped row.
    yield from _change_seq_problems(session)


def _change_seq_problems(session: Session) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    station = session.scalars(select(Station).where(Station.is_local)).first()
    if station is None:
        return
    top = 0
    for model in SYNCED_TABLES:
        value = session.scalar(select(func.max(model.change_seq)).where(
            model.origin_station_id == station.id))
        top = max(top, value or 0)
    if top > station.last_change_seq:
        yield ("sync.change_seq_behind", "station", station.id,
               {"counter": station.last_change_seq, "max_row": top})
