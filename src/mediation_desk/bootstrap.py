"""Composition root: builds the application context from resolved paths.

Only the CLI and UI call this. It opens (and migrates) the database, loads the PII key and
wires the clock and the acting user into the unit-of-work factory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import Engine, select
from sqlmodel import Session

from mediation_desk.domain.permissions import Principal
from mediation_desk.paths import AppPaths
from mediation_desk.store import health, location, pii, restore
from mediation_desk.store.engine import make_engine
from mediation_desk.store.migrate import run_migrations
from mediation_desk.store.tables import Station
from mediation_desk.store.uow import UnitOfWorkFactory

# China has one time zone and no daylight saving; dates on documents are Beijing dates.
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class AppContext:
    paths: AppPaths
    engine: Engine
    uow: UnitOfWorkFactory
    clock: Callable[[], datetime]
    actor: str
    _cipher: pii.PiiCipher | None = field(default=None, repr=False)
    migration_backup: object | None = None
    principal: Principal = field(default_factory=lambda: Principal(login=""))
    # The clean-shutdown marker (store/health.py), removed by close(); and how this open
    # checked the store ("full" after an unclean shutdown, "quick" or "none").
    open_marker: health.OpenMarker | None = field(default=None, repr=False)
    open_check: str = ""
    closed: bool = field(default=False, repr=False)

    def today(self) -> date:
        return self.clock().astimezone(CHINA_TZ).date()

    @property
    def cipher(self) -> pii.PiiCipher:
        if self._cipher is None:
            self._cipher = pii.PiiCipher.from_keys_dir(self.paths.keys_dir)
        return self._cipher

    def act_as(self, principal: Principal) -> None:
        """From now on service calls act for ``principal`` (after signing in or out); the
        event log names its login."""
        self.principal = principal
        self.actor = principal.login
        self.uow.actor = principal.login

    def set_station(self, station_id: str) -> None:
        self.uow.station_id = station_id

    def close(self) -> None:
        """Close the store; the clean-shutdown marker goes last (idempotent)."""
        self.closed = True
        self.engine.dispose()
        if self.open_marker is not None:
            self.open_marker.remove()


def local_station_id(engine: Engine) -> str | None:
    with Session(engine) as s:
        return s.scalars(select(Station.id).where(Station.is_local)).first()


def build_context(paths: AppPaths, *, actor: str = "",
                  clock: Callable[[], datetime] = system_clock) -> AppContext:
    """Open the station: ensure folders, migrate (after a verified backup), wire services.

    Raises ``UnsafeLocation`` (network share, removable device, cloud folder; unless
    $MEDIATION_DESK_ALLOW_UNSAFE_LOCATION=1) and ``StoreDamaged`` (the store failed its check
    at open: full after an unclean shutdown) before anything is written to the store."""
    location.check_location(paths.data_dir)
    paths.ensure()
    restore.recover(paths.data_dir)  # a restore cut short by a crash: finish or undo it
    opened = health.open_store_checked(paths.db_path, paths.data_dir, paths.backups_dir)
    engine = make_engine(paths.db_path)
    try:
        backup = run_migrations(engine, paths.db_path, paths.backups_dir)
    except BaseException:
        engine.dispose()
        opened.marker.remove()
        raise
    actor = actor or _default_actor()
    uow = UnitOfWorkFactory(engine, station_id=local_station_id(engine), actor=actor,
                            clock=clock)
    return AppContext(paths=paths, engine=engine, uow=uow, clock=clock, actor=actor,
                      migration_backup=backup, principal=Principal(login=actor),
                      open_marker=opened.marker, open_check=opened.check)


def _default_actor() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows setups; not fatal
        return "user"
