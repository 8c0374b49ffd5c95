"""Case-number floors across a restore (sync.md §2; issue 8).

A village restored from an old backup has forgotten the numbers it issued after that
backup, but the township has those cases. The township tells the village the highest number
it holds per committee and year (in every receipt); the village moves its counter past it
and logs the skipped numbers as ``case_no.skip`` so the gap-free check can account for them."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlmodel import Session

from mediation_desk.store.tables import CaseNumberCounter, EventLog, MediationCase

SKIP_ACTION = "case_no.skip"


def highest_numbers(session: Session, origin_station_id: str) -> list[tuple[str, int, int]]:
    """(committee id, year, highest seq) of the cases a station wrote, as held here."""
    rows = session.execute(
        select(MediationCase.committee_id, MediationCase.year, func.max(MediationCase.seq))
        .where(MediationCase.origin_station_id == origin_station_id)
        .group_by(MediationCase.committee_id, MediationCase.year)
        .order_by(MediationCase.committee_id, MediationCase.year)).all()
    return [(c, int(y), int(s)) for c, y, s in rows]


def raise_counter(session: Session, committee_id: str, year: int, last_seq: int) -> int | None:
    """Move the counter up to ``last_seq``; returns the old value when it moved, else None."""
    counter = session.get(CaseNumberCounter, (committee_id, year))
    if counter is None:
        counter = CaseNumberCounter(committee_id=committee_id, year=year, last_seq=0)
        session.add(counter)
    if counter.last_seq >= last_seq:
        return None
    old = counter.last_seq
    counter.last_seq = last_seq
    session.flush()
    return old


def skipped_numbers(session: Session) -> dict[tuple[str, int], set[int]]:
    """Numbers passed over by ``case_no.skip`` events, per (committee id, year)."""
    out: dict[tuple[str, int], set[int]] = defaultdict(set)
    rows = session.execute(select(EventLog.entity_id, EventLog.after)
                           .where(EventLog.action == SKIP_ACTION)).all()
    for committee_id, after in rows:
        try:
            year, first, last = int(after["year"]), int(after["from"]), int(after["to"])
        except (KeyError, TypeError, ValueError):
            continue  # a malformed entry explains nothing; the gap check then reports it
        out[(committee_id, year)].update(range(first, last + 1))
    return out
