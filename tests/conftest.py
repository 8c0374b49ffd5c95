"""Shared fixtures. Qt runs offscreen: without it, and with no display, the pytest-qt
``qapp`` fixture aborts the whole test process (feasibility.md §3)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MEDIATION_DESK_LANG", "zh")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from mediation_desk.bootstrap import AppContext, build_context  # noqa: E402
from mediation_desk.paths import paths_under  # noqa: E402

# A fixed "now": 2026-11-21 10:00 in Beijing.
NOW = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 21)


class FakeClock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: int) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated empty database per test run; tests start from a copy (migrating takes
    far longer than copying, and the migrations have tests of their own)."""
    root = tmp_path_factory.mktemp("template")
    c = build_context(paths_under(root), actor="template")
    c.close()
    return paths_under(root).db_path


@pytest.fixture
def ctx(data_dir: Path, clock: FakeClock, migrated_template: Path) -> Iterator[AppContext]:
    """An empty, migrated store (no station yet)."""
    paths = paths_under(data_dir).ensure()
    shutil.copyfile(migrated_template, paths.db_path)
    c = build_context(paths, actor="测试员", clock=clock)
    yield c
    c.close()


@pytest.fixture
def village(ctx: AppContext) -> AppContext:
    """A store initialised as 青石村 village station."""
    from mediation_desk.services.station import init_station

    init_station(ctx, kind="village", code="510100000001", name="青石村人民调解委员会",
                 township_name="青龙镇", county_name="成华县")
    return ctx


@pytest.fixture
def office(tmp_path: Path, clock: FakeClock, migrated_template: Path) -> Iterator[AppContext]:
    """A township station, 青龙镇司法所, in a data folder of its own."""
    from mediation_desk.services.station import init_station

    paths = paths_under(tmp_path / "township").ensure()
    shutil.copyfile(migrated_template, paths.db_path)
    c = build_context(paths, actor="司法所张", clock=clock)
    init_station(c, kind="township", code="510100000", name="青龙镇司法所")
    yield c
    c.close()
