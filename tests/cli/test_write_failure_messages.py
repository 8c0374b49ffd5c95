"""The command line says plainly when the disk is full or the folder read-only: the store's
sentence, exit status 1, never a traceback, nothing half-written. Real failures, no mocks."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.store.support import plain_case
from tests.store.test_write_failures import leftovers, open_tmp, posix, run_child  # noqa: F401

FULL_ZH = "磁盘（或U盘）已经满了，这次的内容没有保存"
READ_ONLY_ZH = "这个文件夹不能写入"
NOBODY = 65534


@pytest.fixture
def no_room() -> Iterator[None]:
    """Every SQLite connection opened meanwhile may not grow its file (max_page_count set
    below the size pins it at the current size): a real SQLITE_FULL on the next new page."""
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA max_page_count=1")

    event.listen(Engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(Engine, "connect", on_connect)


def test_full_disk_is_said_plainly(cli: Cli, tmp_path: Path, no_room: None) -> None:  # noqa: F811
    for n in range(200):
        code, out, err = cli("case", "add", "--file", write(tmp_path, "c.json", plain_case(n)))
        if code != 0:
            break
    assert code == 1 and FULL_ZH in err and "删掉一些不用的文件" in err, err
    code, out, _ = cli("case", "add", "--file", write(tmp_path, "c.json", plain_case(0)),
                       "--json")
    payload = json.loads(out)
    assert code == 1 and payload["error"]["code"] == "store.disk_full"
    code, _, err = cli("--lang", "en", "case", "add", "--file",
                       write(tmp_path, "c.json", plain_case(0)))
    assert code == 1 and "The disk (or USB stick) is full" in err


class RoomForNow:
    """Room until ``stop()``; then every new connection is pinned at its size."""

    def __init__(self) -> None:
        self.pinned = False

    def _on_connect(self, dbapi_conn: Any, _record: Any) -> None:
        if self.pinned:
            dbapi_conn.execute("PRAGMA max_page_count=1")

    def __enter__(self) -> Any:
        event.listen(Engine, "connect", self._on_connect)
        return self.stop

    def stop(self) -> None:
        self.pinned = True

    def __exit__(self, *exc: object) -> None:
        event.remove(Engine, "connect", self._on_connect)


def test_nothing_half_written_after_a_full_disk(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    added = []
    with RoomForNow() as stop:
        for n in range(200):
            code, out, _ = cli("case", "add", "--file",
                               write(tmp_path, "c.json", plain_case(n)), "--json")
            if code != 0:
                break
            added.append(json.loads(out)["summary"]["case_no"])
            if n == 2:
                stop()
    # Pinned at its size the file still takes what fits in its free pages; then it is full.
    assert code == 1 and len(added) >= 3
    checked = cli.json("check")
    assert checked["ok"] and checked["counts"]["cases"] == len(added)
    after = cli.json("case", "add", "--file", write(tmp_path, "c.json", plain_case(9)))
    assert after["summary"]["case_no"] == f"（2026）青石村人调字第{len(added) + 1:03d}号"


def _read_only(folder: Path) -> None:
    for p in sorted(folder.rglob("*"), reverse=True):
        p.chmod(0o555 if p.is_dir() else 0o444)
    folder.chmod(0o555)


def _nobody_args(warm_data: Path, warm_out: Path | None = None) -> list[str]:
    # As root: run once as root on scratch copies (loads the modules), then as nobody.
    if os.geteuid() != 0:
        return []
    args = ["--nobody", "--warm-data", str(warm_data)]
    return [*args, "--warm-out", str(warm_out)] if warm_out else args


@posix
def test_read_only_data_folder_is_said_plainly(cli: Cli, open_tmp: Path) -> None:  # noqa: F811
    warm = shutil.copytree(cli.data, open_tmp / "warm")
    data = shutil.copytree(cli.data, open_tmp / "data")
    _read_only(data)
    code, result, err = run_child("cli", data, data, *_nobody_args(warm), "--", "check")
    assert code == 1, err
    assert READ_ONLY_ZH in err and "请换一个可以写入的文件夹" in err
    assert "Traceback" not in err and result is None
    assert leftovers(data) == []


@posix
def test_paper_into_a_read_only_folder(cli: Cli, open_tmp: Path) -> None:  # noqa: F811
    warm = shutil.copytree(cli.data, open_tmp / "warm")
    data = shutil.copytree(cli.data, open_tmp / "data")
    if os.geteuid() == 0:  # the station's own folder stays writable for nobody
        for p in [data, *data.rglob("*")]:
            os.chown(p, NOBODY, NOBODY)
    folder = open_tmp / "papers"
    folder.mkdir()
    (folder / "协议书.pdf").write_bytes(b"the old paper")
    _read_only(folder)
    args = _nobody_args(warm, open_tmp / "warm.pdf")
    code, _, err = run_child("cli", data, folder / "协议书.pdf", *args, "--", "render",
                             "--form", "agreement", "--blank", "--out", "OUT")
    assert code == 1, err
    assert READ_ONLY_ZH in err and "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == ["协议书.pdf"]
    assert (folder / "协议书.pdf").read_bytes() == b"the old paper"
