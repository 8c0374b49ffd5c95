"""backup, backups, restore, check --full and backup open-sealed from the command line
(cli/backup_cli.py), including a damaged store that will not open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_desk.paths import paths_under
from tests.cli.test_cli_contract import Cli, write
from tests.services.helpers import case_data
from tests.store.test_backups import _garble_middle


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(tmp_path / "data", capsys)
    code, _, err = c("init", "--kind", "village", "--code", "510100000001",
                     "--name", "青石村人民调解委员会")
    assert code == 0, err
    return c


def _cases(cli: Cli) -> int:
    return cli.json("case", "list")["total"]


def test_backup_list_restore(cli: Cli, tmp_path: Path) -> None:
    cli.json("case", "add", "--file", write(tmp_path, "c.json", case_data()))
    made = Path(cli.json("backup")["backup"])
    assert made.parent == paths_under(cli.data).backups_dir
    code, out, _ = cli("backups")
    assert code == 0 and "手动备份" in out and made.name in out and "MB" in out
    listed = cli.json("backups")
    assert [b["file_name"] for b in listed] == [made.name]
    other = case_data(parties=[
        {"role": "applicant", "consented": True, "person": {"name": "周五", "gender": "male"}},
        {"role": "respondent", "consented": True, "person": {"name": "吴六", "gender": "male"}}])
    cli.json("case", "add", "--file", write(tmp_path, "d.json", other))
    assert _cases(cli) == 2
    # Without --yes and without a terminal: nothing happens.
    code, _, err = cli("restore", str(made))
    assert code == 1 and "没有确认" in err
    assert _cases(cli) == 2
    result = cli.json("restore", str(made), "--yes")
    assert result["restored_from"] == made.name and Path(result["replaced_path"]).exists()
    assert _cases(cli) == 1
    code, out, _ = cli("restore", result["replaced_path"], "--yes")
    assert code == 0 and "已恢复" in out and "原来的数据保留在" in out
    assert _cases(cli) == 2


def test_restore_latest_of_a_damaged_store(cli: Cli, tmp_path: Path) -> None:
    cli.json("case", "add", "--file", write(tmp_path, "c.json", case_data()))
    made = Path(cli.json("backup")["backup"])
    _garble_middle(paths_under(cli.data).db_path)
    code, _, err = cli("case", "list")
    assert code == 2 and "已损坏" in err and made.name in err and "restore --latest" in err
    assert Path(cli.json("backups")[0]["path"]) == made  # listing works without opening
    result = cli.json("restore", "--latest", "--yes")
    assert result["was_damaged"] is True and result["restored_from"] == made.name
    assert _cases(cli) == 1
    code, out, _ = cli("check", "--full")
    assert code == 0 and "检查通过" in out


def test_check_quick_and_full(cli: Cli) -> None:
    assert cli.json("check")["sqlite_integrity"] == "ok"
    assert cli.json("check", "--full")["ok"] is True


def test_backup_to_a_folder_and_sealed_needs_a_township(cli: Cli, tmp_path: Path) -> None:
    made = Path(cli.json("backup", "--to", str(tmp_path / "U盘"))["backup"])
    assert made.parent == tmp_path / "U盘"
    code, _, err = cli("backup", "--sealed", "--to", str(tmp_path / "U盘"))
    assert code == 2 and "司法所" in err


def test_sealed_backup_opened_at_the_township(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    village = Cli(tmp_path / "village", capsys)
    town = Cli(tmp_path / "town", capsys)
    village.json("init", "--kind", "village", "--code", "510100000001", "--name", "青石村")
    town.json("init", "--kind", "township", "--code", "510100000", "--name", "青龙镇司法所")
    stick = tmp_path / "stick"
    town.json("township-key", "export", "--out", str(stick / "t.mzid"))
    village.json("township-key", "import", str(stick / "t.mzid"), "--yes")
    village.json("export-bundle", "--out", str(stick))
    town.json("import-bundle", str(stick), "--yes")
    sealed = village.json("backup", "--sealed", "--to", str(stick))
    out = tmp_path / "opened"
    opened = town.json("backup", "open-sealed", sealed["path"], "--out", str(out))
    assert opened["station_code"] == "510100000001"
    assert (out / "keys" / "pii.key").exists() or (out / "keys" / "signing.key").exists()
    back = Cli(out, capsys)
    assert back.json("check")["ok"] is True
    code, _, err = town("backup", "open-sealed", sealed["path"], "--out", str(out))
    assert code == 2 and "空文件夹" in err
    assert json.loads(json.dumps(opened))["key_files"]
