"""Unit of work: one session and one transaction per service call.

Nothing commits except ``UnitOfWork.commit``; leaving the block without it rolls back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from mediation_desk.store import sync_columns
from mediation_desk.store.engine import writer
from mediation_desk.store.tables import EventLog


class UnitOfWork:
    """``with uow_factory(write=True) as uow: ...; uow.commit()``."""

    def __init__(self, engine: Engine, *, station_id: str | None, actor: str,
                 clock: Callable[[], datetime], write: bool) -> None:
        self._engine = engine
        self._station_id = station_id
        self._actor = actor
        self._clock = clock
        self._write = write
        self._committed = False
        self.session: Session
        self.now: datetime

    @property
    def actor(self) -> str:
        return self._actor

    @property
    def station_id(self) -> str:
        if self._station_id is None:
            raise RuntimeError("no local station yet: run init first")
        return self._station_id

    def __enter__(self) -> UnitOfWork:
        bind = writer(self._engine) if self._write else self._engine
        self.session = Session(bind, expire_on_commit=False, autoflush=True)
        self.now = self._clock()
        if self._write and self._station_id is not None:
            sync_columns.install(self.session, sync_columns.WriteContext(
                station_id=self._station_id, actor=self._actor, now=self.now))
        return self

    def bind_station(self, station_id: str) -> None:
        """Used once by ``init``, which creates the station inside this unit of work."""
        self._station_id = station_id
        sync_columns.install(self.session, sync_columns.WriteContext(
            station_id=station_id, actor=self._actor, now=self.now))

    def commit(self) -> None:
        if not self._write:
            raise RuntimeError("read-only unit of work")
        self.session.commit()
        self._committed = True

    def log(self, action: str, entity: str, entity_id: str, *, case_id: str | None = None,
            before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
        """Append an event-log entry in this transaction."""
        self.session.add(EventLog(
            actor=self._actor, action=action, entity=entity, entity_id=entity_id,
            case_id=case_id, before=before, after=after, at=self.now,
            origin_station_id=self._station_id or "",
        ))

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()


class UnitOfWorkFactory:
    def __init__(self, engine: Engine, *, station_id: str | None, actor: str,
                 clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.station_id = station_id
        self.actor = actor
        self.clock = clock

    def __call__(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, station_id=self.station_id, actor=self.actor,
                          clock=self.clock, write=write)
