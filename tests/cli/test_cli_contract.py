"""The CLI contract: commands, --json output, exit codes 0/2, Chinese messages naming the
field, and never a traceback. Runs main() in-process on a temp data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.cli import main
from tests.services.helpers import case_data


class Cli:
    def __init__(self, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data = data
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(self.data), *args])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(tmp_path / "data", capsys)
    code, _, err = c("init", "--kind", "village", "--code", "510100000001",
                     "--name", "青石村人民调解委员会")
    assert code == 0, err
    return c


def write(tmp_path: Path, name: str, value: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_add_show_list_search(cli: Cli, tmp_path: Path) -> None:
    created = cli.json("case", "add", "--file", write(tmp_path, "c.json", case_data()))
    case_no = created["summary"]["case_no"]
    assert case_no == "（2026）青石村人调字第001号"
    assert created["parties"][0]["id_number_masked"] == "110105********002X"
    shown = cli.json("case", "show", "(2026)青石村人调字第1号")
    assert shown["summary"]["id"] == created["summary"]["id"]
    listed = cli.json("case", "list", "--status", "registered")
    assert listed["total"] == 1 and listed["rows"][0]["case_no"] == case_no
    assert cli.json("case", "list", "--overdue")["total"] == 0
    assert [r["case_no"] for r in cli.json("case", "search", "zs")] == [case_no]
    code, out, _ = cli("case", "show", case_no)
    assert code == 0 and "纠纷类型：邻里纠纷" in out and "可以执行：受理" in out


def test_invalid_input_exits_2_naming_field_in_chinese(cli: Cli, tmp_path: Path) -> None:
    bad = case_data()
    bad["parties"][0]["person"]["id_number"] = "110105194912310021"
    code, out, err = cli("case", "add", "--file", write(tmp_path, "bad.json", bad))
    assert code == 2 and out == ""
    assert "第1个当事人的身份证号" in err and "校验位" in err
    code, out, _ = cli("case", "add", "--file", write(tmp_path, "bad.json", bad), "--json")
    payload = json.loads(out)
    assert code == 2 and payload["ok"] is False
    assert payload["error"]["errors"][0] == {
        "code": "id_number.checksum", "field": "parties[0].person.id_number",
        "params": {"expected": "X", "given": "1"}}


@pytest.mark.parametrize("content", [b"{", b"[1, 2]", b"\xff\xfe\x00", b""])
def test_broken_files_exit_2(cli: Cli, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    code, _, err = cli("case", "add", "--file", str(path))
    assert code == 2 and err.startswith("错误：文件")


def test_missing_file_and_unknown_case(cli: Cli, tmp_path: Path) -> None:
    assert cli("case", "add", "--file", str(tmp_path / "nope.json"))[0] == 2
    code, _, err = cli("case", "show", "（2026）青石村人调字第999号")
    assert code == 2 and "找不到案件" in err


def test_lifecycle_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    m = cli.json("mediator", "add", "--file", write(tmp_path, "m.json", {
        "person": {"name": "王调解", "gender": "female", "birth_date": "1970-05-05"},
        "role": "chair"}))
    case = cli.json("case", "add", "--file", write(tmp_path, "c.json", case_data()))
    ref = case["summary"]["case_no"]
    code, _, err = cli("case", "do", ref, "start_mediation")
    assert code == 2 and "不能执行「开始调解」" in err
    d = cli.json("case", "do", ref, "accept", "--host", m["id"], "--date", "2026-11-03")
    assert d["summary"]["status"] == "accepted"
    d = cli.json("case", "do", ref, "start_mediation", "--notice")
    agreement = {"kind": "oral", "terms": ["张三赔礼道歉。"]}
    cli.json("case", "record", ref, "agreement", "--file", write(tmp_path, "a.json", agreement))
    d = cli.json("case", "do", ref, "reach_agreement")
    assert d["summary"]["status"] == "agreement_reached"
    code, _, err = cli("case", "do", ref, "terminate", "--reason", "mediation_failed")
    assert code == 2
    assert cli.json("case", "do", ref, "complete_performance")["summary"]["status"] == "performed"
    cli.json("case", "record", ref, "followup", "--file",
             write(tmp_path, "f.json", {"performance_status": "已履行"}))
    assert cli.json("case", "do", ref, "close")["summary"]["status"] == "closed"
    events = [e["action"] for e in cli.json("case", "show", ref)["events"]]
    assert events[0] == "case.register" and "case.close" in events


def test_demo_check_backup_deadlines_person(cli: Cli, tmp_path: Path) -> None:
    report = cli.json("demo", "--cases", "30", "--seed", "7")
    assert report["cases"] == 30
    assert cli.json("check")["ok"] is True
    backup = Path(cli.json("backup", "--to", str(tmp_path / "bak"))["backup"])
    assert backup.is_file() and backup.parent == tmp_path / "bak"
    assert isinstance(cli.json("case", "deadlines"), list)
    p = cli.json("person", "add", "--file", write(tmp_path, "p.json", {
        "name": "欧阳修", "phone": "+86 138 0000 1111"}))
    assert p["phone_masked"] == "138****1111"
    assert [x["name"] for x in cli.json("person", "search", "oyx")] == ["欧阳修"]


def test_init_twice_is_refused(cli: Cli) -> None:
    code, _, err = cli("init", "--kind", "village", "--code", "1", "--name", "另一个村")
    assert code == 2 and err


def test_data_folder_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(tmp_path / "envhome"))
    assert main(["init", "--kind", "township", "--code", "510100", "--name", "青龙镇司法所"]) == 0
    assert (tmp_path / "envhome" / "mediation-desk.sqlite3").is_file()
    capsys.readouterr()


def test_english_messages(cli: Cli) -> None:
    code, _, err = cli("case", "show", "nope", "--lang", "en")
    assert code == 2 and err.startswith("Error: ")


def test_console_script_runs_without_qt_and_without_traceback(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("mediation-desk")
    result = subprocess.run([str(exe), "--data-dir", str(tmp_path / "d"), "case", "list"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2  # no station yet
    assert "init" in result.stderr and "Traceback" not in result.stderr
