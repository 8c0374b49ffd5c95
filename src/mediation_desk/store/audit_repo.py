"""Queries on the event log for the audit-trail viewer: filtered, newest first, paged,
counted. Read-only: nothing here writes (and the database refuses UPDATE and DELETE on
``event_log`` anyway).

The JSON values are stored as ``json.dumps`` writes them, with non-ASCII characters escaped
(张 as \\u5f20), so a text search looks for both spellings. Days are Beijing days."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from mediation_desk.domain.audit_views import ACTION_GROUPS, AuditFilter, group_parts
from mediation_desk.store.tables import EventLog, MediationCase

LOCAL_TZ = timezone(timedelta(hours=8))
_LIKE_ESCAPE = "\\"


def _utc(day: date) -> datetime:
    """The start of a Beijing day (the column type stores it as UTC)."""
    return datetime.combine(day, time(), LOCAL_TZ).astimezone(UTC)


def _like_literal(text: str) -> str:
    return (text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", f"{_LIKE_ESCAPE}%")
            .replace("_", f"{_LIKE_ESCAPE}_"))


def _starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    return column.like(_like_literal(prefix) + "%", escape=_LIKE_ESCAPE)


def _action_condition(parts: Sequence[str]) -> ColumnElement[bool]:
    """Prefixes ("case.", "person.reveal*") and exact actions, any of them."""
    found: list[ColumnElement[bool]] = []
    for part in parts:
        if part.endswith("*"):
            found.append(_starts_with(EventLog.action, part[:-1]))
        elif part.endswith("."):
            found.append(_starts_with(EventLog.action, part))
        else:
            found.append(EventLog.action == part)
    return or_(*found)


def _text_condition(text: str) -> ColumnElement[bool]:
    spellings = {text, json.dumps(text)[1:-1]}  # as typed, and as json.dumps escapes it
    found: list[ColumnElement[bool]] = []
    for spelling in spellings:
        pattern = "%" + _like_literal(spelling) + "%"
        for column in (EventLog.before, EventLog.after):
            found.append(cast(column, String).like(pattern, escape=_LIKE_ESCAPE))
    found.append(EventLog.actor.like(f"%{_like_literal(text)}%", escape=_LIKE_ESCAPE))
    return or_(*found)


def conditions(f: AuditFilter, case_id: str | None) -> list[ColumnElement[bool]]:
    """The WHERE terms of a filter; ``case_id`` is the filter's case, already resolved."""
    where: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        where.append(EventLog.at >= _utc(f.date_from))
    if f.date_to is not None:
        where.append(EventLog.at < _utc(f.date_to + timedelta(days=1)))
    if f.actor:
        where.append(EventLog.actor == f.actor)
    if f.action:
        where.append(_action_condition([f.action]))
    if f.group:
        parts = group_parts(f.group)
        if parts:
            where.append(_action_condition(parts))
        else:  # "other": whatever no category names
            every = [p for _, ps in ACTION_GROUPS for p in ps]
            where.append(~_action_condition(every))
    if case_id is not None:
        where.append(EventLog.case_id == case_id)
    if f.entity:
        where.append(EventLog.entity == f.entity)
    if f.entity_id:
        where.append(EventLog.entity_id == f.entity_id)
    if f.text and f.text.strip():
        where.append(_text_condition(f.text.strip()))
    return where


def _select(where: Sequence[ColumnElement[bool]]) -> Any:
    return (select(EventLog, MediationCase.case_no)
            .outerjoin(MediationCase, MediationCase.id == EventLog.case_id)
            .where(*where)
            # Entries of one transaction share their time; the change sequence keeps their order.
            .order_by(EventLog.at.desc(), EventLog.change_seq.desc(), EventLog.id.desc()))


def page(session: Session, where: Sequence[ColumnElement[bool]], *, offset: int,
         limit: int) -> list[tuple[EventLog, str | None]]:
    rows = session.execute(_select(where).offset(offset).limit(limit)).all()
    return [(r[0], r[1]) for r in rows]


def count(session: Session, where: Sequence[ColumnElement[bool]]) -> int:
    return int(session.execute(select(func.count()).select_from(EventLog).where(*where))
               .scalar_one())


def stream(session: Session, where: Sequence[ColumnElement[bool]], *,
           batch: int = 2000) -> Iterator[tuple[EventLog, str | None]]:
    """Every matching entry, newest first, fetched in batches from one query (an export of
    100,000 entries; paging with OFFSET would read the skipped rows again each time)."""
    result = session.execute(_select(where).execution_options(yield_per=batch))
    for r in result:
        yield r[0], r[1]


def actors(session: Session) -> list[str]:
    """Everyone named in the log, for the 操作人 choice."""
    return sorted(a for a in session.scalars(select(EventLog.actor).distinct()) if a)
