"""Fixtures for service tests beyond the village of tests/conftest.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services.station import init_station
from tests.conftest import FakeClock


@pytest.fixture
def office(tmp_path: Path, clock: FakeClock, migrated_template: Path) -> Iterator[AppContext]:
    """The township 青龙镇司法所, in a data folder of its own."""
    paths = paths_under(tmp_path / "township").ensure()
    shutil.copyfile(migrated_template, paths.db_path)
    c = build_context(paths, actor="司法所张", clock=clock)
    init_station(c, kind="township", code="510100000", name="青龙镇司法所")
    yield c
    c.close()
