"""Two villages → one township → receipts → villages, through the command line only
(``main([...])`` in-process on temp data folders, as in tests/cli/): fingerprints printed on
both sides, exit codes, ``--json`` that parses, and a damaged copy that changes nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.cli import main
from tests.services.helpers import case_data
from tests.sync.conftest import TOWNSHIP, VILLAGE_A, VILLAGE_B
from tests.sync.support import dump, id_number


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, data: Path, *args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    def json(self, data: Path, *args: str, exit_code: int = 0) -> Any:
        code, out, err = self(data, *args, "--json")
        assert code == exit_code, (args, out, err)
        return json.loads(out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys)


def station(cli: Cli, data: Path, kind: str, code: str, name: str) -> str:
    code_, _, err = cli(data, "init", "--kind", kind, "--code", code, "--name", name)
    assert code_ == 0, err
    return str(cli.json(data, "sync", "status")["own"]["fingerprint"])


def add_case(cli: Cli, data: Path, tmp_path: Path, n: int) -> None:
    c = case_data()
    c["parties"][0]["person"]["id_number"] = id_number(n)
    path = tmp_path / f"case{n}.json"
    path.write_text(json.dumps(c, ensure_ascii=False), encoding="utf-8")
    cli.json(data, "case", "add", "--file", str(path))


def test_two_villages_one_township_through_the_cli(cli: Cli, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # input, but no terminal
    a, b, t = tmp_path / "a", tmp_path / "b", tmp_path / "t"
    stick = tmp_path / "stick"
    stick.mkdir()
    prints = {a: station(cli, a, "village", *VILLAGE_A),
              b: station(cli, b, "village", *VILLAGE_B),
              t: station(cli, t, "township", *TOWNSHIP)}
    for n, village in enumerate((a, b, a), start=1):
        add_case(cli, village, tmp_path, n)

    # Enrollment: the township's identity file; both screens show one fingerprint.
    ident = cli.json(t, "township-key", "export", "--out", str(stick))
    assert ident["fingerprint"] == prints[t]
    for village in (a, b):
        code, out, err = cli(village, "township-key", "import",
                             str(stick / f"{TOWNSHIP[0]}.mzid"), "--yes")
        assert code == 0 and prints[t] in out + err

    # Export at both villages.
    for village, (code_, _name) in ((a, VILLAGE_A), (b, VILLAGE_B)):
        view = cli.json(village, "export-bundle", "--out", str(stick / code_))
        assert Path(view["file_path"]).exists() and view["case_count"] >= 1
        assert view["export_level"] == "standard" and view["person_count"] >= 2

    # Without --yes and without a terminal, first-time villages are not imported.
    before = dump(t)
    views = cli.json(t, "import-bundle", str(stick), exit_code=1)
    assert {v["status"] for v in views} == {"unconfirmed"}
    assert dump(t) == before

    # With --yes: imported, each village's fingerprint printed for the record.
    code, out, err = cli(t, "import-bundle", str(stick), "--yes")
    assert code == 0, out + err
    assert prints[a] in out + err and prints[b] in out + err
    assert "导入 2 件：新增 2" in out and "导入 1 件：新增 1" in out
    again = cli.json(t, "import-bundle", str(stick), "--yes")
    assert {v["status"] for v in again} == {"already"}
    villages = cli.json(t, "sync", "villages")
    assert sorted(v["cases"] for v in villages) == [1, 2]

    # Receipts back at the villages.
    for village, code_ in ((a, VILLAGE_A[0]), (b, VILLAGE_B[0])):
        code, out, _ = cli(village, "import-receipt", str(stick / code_))
        assert code == 0 and "已确认接收" in out
        status = cli.json(village, "sync", "status")
        assert status["pending_changes"] == 0
        assert set(status["cases_by_state"]) == {"received"}
        assert status["upstream"]["fingerprint"] == prints[t]
        receipts = cli.json(village, "import-receipt", str(stick / code_))
        assert {r["status"] for r in receipts} == {"already"}
    log = cli.json(a, "sync", "log")
    assert log[0]["acknowledged_at"] is not None


def test_a_damaged_copy_among_good_ones_exits_non_zero_and_changes_nothing(
        cli: Cli, tmp_path: Path) -> None:
    a, t = tmp_path / "a", tmp_path / "t"
    stick = tmp_path / "stick"
    (stick / "good").mkdir(parents=True)
    (stick / "bad").mkdir()
    station(cli, a, "village", *VILLAGE_A)
    station(cli, t, "township", *TOWNSHIP)
    add_case(cli, a, tmp_path, 1)
    cli.json(t, "township-key", "export", "--out", str(stick))
    assert cli(a, "township-key", "import", str(stick / f"{TOWNSHIP[0]}.mzid"), "--yes")[0] == 0
    view = cli.json(a, "export-bundle", "--out", str(stick / "good"))
    good = Path(view["file_path"])
    data = bytearray(good.read_bytes())
    data[-10] ^= 0x40
    bad = stick / "bad" / f"copy-{good.name}"
    bad.write_bytes(bytes(data))

    before = dump(t)
    code, out, err = cli(t, "import-bundle", str(bad), "--yes")
    assert code == 1 and "已损坏" in out and "未导入" in out
    assert dump(t) == before
    views = cli.json(t, "import-bundle", str(stick / "bad"), str(stick / "good"), "--yes",
                     exit_code=1)
    assert [v["status"] for v in views] == ["refused", "imported"]
    assert views[0]["error"]["code"] == "bundle.damaged"
    assert cli.json(t, "sync", "villages")[0]["cases"] == 1
    code, out, err = cli(t, "import-bundle", str(tmp_path / "nothing-here.mzb"))
    assert code == 1


def test_station_fingerprint_json_gives_objects(cli: Cli, tmp_path: Path) -> None:
    own = station(cli, tmp_path / "a", "village", *VILLAGE_A)
    shown = cli.json(tmp_path / "a", "station", "fingerprint")
    assert shown["station"]["fingerprint"] == own
