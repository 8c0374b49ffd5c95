"""Where cases come from: the station that owns each case and the committee that registered
it, for the case list's 村 column and the case window's read-only rule at a township.

Functions take the unit of work's session and return plain tuples; they never commit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from sqlalchemy import select
from sqlmodel import Session

from mediation_desk.store.tables import (
    Committee,
    JointDefenseGroup,
    MediationCase,
    Mediator,
    ScreeningFinding,
    Station,
    SyncColumns,
)

_CHUNK = 500  # ids per IN (...): SQLite's default limit on host parameters is 999 (3.31-)
# The records a 今日待办 line can be about (AgendaItem.subject), by their table.
SUBJECT_TABLES: dict[str, type[SyncColumns]] = {
    "case": MediationCase, "mediator": Mediator, "group": JointDefenseGroup,
    "screening": ScreeningFinding}


class CaseSource(NamedTuple):
    case_id: str
    station_id: str
    committee_name: str
    committee_short_name: str


class StationName(NamedTuple):
    station_id: str
    code: str
    name: str
    kind: str
    is_local: bool
    role: str


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def case_sources(session: Session, case_ids: Sequence[str]) -> list[CaseSource]:
    """The owning station and registering committee of each case found (unknown ids are
    left out)."""
    out: list[CaseSource] = []
    for part in _chunks(list(dict.fromkeys(case_ids))):
        stmt = (select(MediationCase.id, MediationCase.origin_station_id, Committee.name,
                       Committee.short_name)
                .join(Committee, Committee.id == MediationCase.committee_id, isouter=True)
                .where(MediationCase.id.in_(part)))  # type: ignore[attr-defined]
        out.extend(CaseSource(cid, origin or "", name or "", short or "")
                   for cid, origin, name, short in session.execute(stmt))
    return out


def stations(session: Session) -> list[StationName]:
    """Every station this one knows: itself and its enrolled peers (a handful of rows)."""
    return [StationName(s.id, s.code, s.name, s.kind, s.is_local, s.role)
            for s in session.scalars(select(Station))]


def record_stations(session: Session, subject: str, ids: Sequence[str]) -> dict[str, str]:
    """record id → the station that owns it, for records of ``subject`` (see
    ``SUBJECT_TABLES``; another subject or an unknown id gives nothing)."""
    model = SUBJECT_TABLES.get(subject)
    out: dict[str, str] = {}
    if model is None:
        return out
    for part in _chunks(list(dict.fromkeys(ids))):
        stmt = select(model.id, model.origin_station_id).where(
            model.id.in_(part))  # type: ignore[attr-defined]
        out.update({rid: origin or "" for rid, origin in session.execute(stmt)})
    return out


def committee_short_names(session: Session) -> dict[str, str]:
    """station id → the short name of its (first) committee, e.g. 青石村."""
    out: dict[str, str] = {}
    stmt = select(Committee.origin_station_id, Committee.short_name).where(
        Committee.voided_at.is_(None)).order_by(Committee.created_at)  # type: ignore[union-attr]
    for station_id, short in session.execute(stmt):
        out.setdefault(station_id, short)
    return out
