"""`rota …` and `patrol …`: generating, listing, swapping by head name, missed shifts, the
printed rota and patrol logs, with --json; refusals as sentences, never a traceback."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from mediation_desk.bootstrap import build_context
from mediation_desk.paths import paths_under
from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.documents.conftest import flat, pdf_text
from tests.services.test_patrols import make_group


def test_rota_commands(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    ctx = build_context(paths_under(cli.data))
    try:
        gid, _ = make_group(ctx, n=4)
        today = ctx.today()
    finally:
        ctx.close()
    start = today - timedelta(days=6)
    end = today + timedelta(days=7)
    made = cli.json("rota", "generate", gid, "--from", start.isoformat(), "--to",
                    end.isoformat(), "--window", "19:30-21:30", "--per-shift", "2",
                    "--area", "村东主路")
    assert made["rota"]["shifts"] == 14 and made["rota"]["windows"] == ["19:30-21:30"]
    assert {f["planned"] for f in made["fairness"]} == {7}
    code, out, _ = cli("rota", "list", "三组第1联防组")
    assert code == 0 and "每班2户" in out and "14班" in out
    shifts = cli.json("rota", "shifts", gid, "--from", start.isoformat(), "--to",
                      start.isoformat())
    assert len(shifts) == 1
    first, later = made["shifts"][0], made["shifts"][-1]
    code, out, err = cli("rota", "swap", first["id"][:8], first["households"][0]["head_name"],
                         later["id"][:8], later["households"][1]["head_name"])
    assert code == 0, err
    assert "已调换" in out
    code, out, _ = cli("rota", "missed", first["id"][:8], "--reason", "下雨")
    assert code == 0 and "缺勤：下雨" in out
    log_file = write(tmp_path, "log.json", {"participants": ["赵三", "钱三"],
                                            "observations": "一切正常", "hazards": "路灯坏了"})
    logged = cli.json("patrol", "log", made["shifts"][1]["id"], "--file", log_file)
    assert logged["participants"] == ["赵三", "钱三"]
    code, out, _ = cli("patrol", "logs", gid)
    assert code == 0 and "路灯坏了" in out
    target = tmp_path / "rota.pdf"
    printed = cli.json("rota", "print", made["rota"]["id"][:8], "--out", str(target))
    assert printed["pages"] >= 1
    text = flat(pdf_text(target.read_bytes()))
    assert "联防组轮户值日表" in text and "三组第1联防组" in text


def test_refusals_are_sentences(cli: Cli) -> None:  # noqa: F811
    ctx = build_context(paths_under(cli.data))
    try:
        gid, _ = make_group(ctx, n=3)
    finally:
        ctx.close()
    code, _, err = cli("rota", "generate", gid, "--from", "2027-01-10", "--to", "2027-01-01",
                       "--window", "晚上", "--per-shift", "5")
    assert code == 2
    assert "结束日期" in err and "20:00-22:00" in err and "这个组只有 3 户" in err
    code, _, err = cli("rota", "generate", "没有这个组", "--from", "2027-01-01", "--to",
                       "2027-01-02")
    assert code == 2 and "找不到联防组" in err
    code, _, err = cli("rota", "missed", "abcdef12")
    assert code == 2 and "找不到班次" in err
    code, _, err = cli("rota", "generate", gid, "--from", "2027-01-01", "--to", "2027-01-10",
                       "--weekdays", "0,x")
    assert code == 2 and "整数" in err
