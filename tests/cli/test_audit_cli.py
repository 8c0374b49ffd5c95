"""`mediation-desk audit …`, `retention …` and `sync who`: reading and exporting the log,
the retention review (list, keep, dispose) and the list of persons in a bundle."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.services.helpers import case_data


def add_case(cli: Cli, tmp_path: Path) -> str:  # noqa: F811
    created = cli.json("case", "add", "--file", write(tmp_path, "c.json", case_data()))
    return str(created["summary"]["case_no"])


def test_audit_list_and_filters(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    case_no = add_case(cli, tmp_path)
    code, out, _ = cli("audit", "list")
    assert code == 0
    lines = out.splitlines()
    assert "登记纠纷" in lines[0] and case_no in lines[0] and "当事人：李四、张三" in lines[0]
    assert "设置本机单位" in lines[1] and lines[-1] == "共 2 条，显示 2 条"
    page = cli.json("audit", "list", "--case", case_no)
    assert page["total"] == 1 and page["rows"][0]["action"] == "case.register"
    assert cli.json("audit", "list", "--group", "settings")["rows"][0]["action"] == \
        "station.init"
    assert cli.json("audit", "list", "--action", "case.", "--limit", "1")["total"] == 1
    assert cli.json("audit", "list", "--text", "李四")["total"] == 1
    assert cli.json("audit", "list", "--from", "2000-01-01", "--to", "2000-01-02")["total"] == 0
    code, _, err = cli("audit", "list", "--from", "昨天")
    assert code == 2 and "日期" in err


def test_audit_export_is_logged(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    add_case(cli, tmp_path)
    target = tmp_path / "log.csv"
    code, out, _ = cli("audit", "export", "--format", "csv", "--out", str(target))
    assert code == 0 and "操作日志已保存" in out and "（2 条）" in out
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][2] == "操作" and rows[1][2] == "登记纠纷"
    xlsx = tmp_path / "log.xlsx"
    assert cli.json("audit", "export", "--format", "xlsx", "--out", str(xlsx))["rows"] == 3
    assert cli.json("audit", "list", "--limit", "1")["rows"][0]["action"] == "audit.export"


def test_retention_list_keep_and_dispose(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    case_no = add_case(cli, tmp_path)
    for action in ("decline --reason already_handled", "close", "archive"):
        code, _, err = cli("case", "do", case_no, *action.split())
        assert code == 0, err
    code, out, _ = cli("retention", "list")
    assert code == 0 and "没有到期待审查的卷宗" in out
    code, _, err = cli("retention", "decide", case_no, "--dispose")
    assert code == 2 and "才届满" in err
    # Archived long ago: due now.
    engine = create_engine(f"sqlite:///{cli.data / 'mediation-desk.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE mediation_case SET archived_on = '1990-01-02'"))
    engine.dispose()
    due = cli.json("retention", "list")
    assert [d["case_no"] for d in due] == [case_no] and due[0]["due_on"] == "2020-01-02"
    code, out, _ = cli("retention", "decide", case_no, "--keep-until", "2099-01-01")
    assert code == 0 and "继续保管至 2099-01-01" in out
    assert cli.json("retention", "list") == []
    code, _, err = cli("retention", "decide", case_no, "--dispose", "--note", "到期")
    assert code == 2 and "才届满" in err


def test_sync_who_for_an_unknown_bundle(cli: Cli) -> None:  # noqa: F811
    code, _, err = cli("sync", "who", "nope.mzb")
    assert code == 2 and "没有找到这个数据包的导出记录" in err


def test_sync_who_lists_and_writes(cli: Cli, tmp_path: Path, office: object) -> None:  # noqa: F811
    from mediation_desk.bootstrap import build_context
    from mediation_desk.paths import resolve_paths
    from mediation_desk.services import sync_export, sync_keys

    add_case(cli, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_keys.export_identity(office, stick / "t.mzid")  # type: ignore[arg-type]
    ctx = build_context(resolve_paths(str(cli.data)), actor="测试员")
    try:
        sync_keys.enroll(ctx, sync_keys.read_identity(stick / "t.mzid"))
        bundle = sync_export.export_bundle(ctx, stick)
    finally:
        ctx.close()
    code, out, _ = cli("sync", "who", bundle.file_name)
    assert code == 0 and bundle.file_name in out.splitlines()[0]
    assert any(line.startswith("李四  110105********002X  138****5678  （2026）")
               for line in out.splitlines())
    target = tmp_path / "who.xlsx"
    done = cli.json("sync", "who", bundle.bundle_id, "--out", str(target))
    assert done["format"] == "xlsx" and target.stat().st_size > 0
    assert cli.json("audit", "list", "--limit", "1")["rows"][0]["action"] == \
        "sync.people_export"
