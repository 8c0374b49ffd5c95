"""Stations for the sync proofs: two villages and their township, each in its own data folder
(built like the ``ctx`` fixture: a copy of the migrated template, FakeClock), and a stick."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sync.support import Desk, enroll, new_desk

VILLAGE_A = ("510100000001", "青石村人民调解委员会")
VILLAGE_B = ("510100000002", "白塔村人民调解委员会")
TOWNSHIP = ("510100000", "青龙镇司法所")
OTHER_TOWNSHIP = ("510200000", "白鹤镇司法所")

MakeDesk = Callable[[str, str, str, str], Desk]


@pytest.fixture
def make_desk(tmp_path: Path, migrated_template: Path) -> Iterator[MakeDesk]:
    """``make_desk(folder, kind, code, name)``: a new station; closed after the test."""
    made: list[Desk] = []

    def make(folder: str, kind: str, code: str, name: str) -> Desk:
        desk = new_desk(tmp_path / folder, migrated_template, kind=kind, code=code, name=name)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def township(make_desk: MakeDesk) -> Desk:
    return make_desk("township", "township", *TOWNSHIP)


@pytest.fixture
def village_a(make_desk: MakeDesk, township: Desk, stick: Path) -> Desk:
    """青石村, enrolled with the township (its identity file carried on the stick)."""
    desk = make_desk("village_a", "village", *VILLAGE_A)
    enroll(desk, township, stick)
    return desk


@pytest.fixture
def village_b(make_desk: MakeDesk, township: Desk, stick: Path) -> Desk:
    """白塔村, enrolled with the same township."""
    desk = make_desk("village_b", "village", *VILLAGE_B)
    enroll(desk, township, stick)
    return desk
