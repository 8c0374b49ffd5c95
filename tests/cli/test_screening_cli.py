"""`mediation-desk screening`: frequency, nil report in one line, a round from a file, the
list, what is due, a finding into a case and a major finding's report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.services.helpers import case_data


def test_frequency_nil_report_and_due(cli: Cli) -> None:  # noqa: F811
    code, out, _ = cli("screening", "frequency")
    assert code == 0 and "排查频次：每月" in out and "尚未登记" in out
    due = cli.json("screening", "due")
    assert [p["start"] for p in due["missing"]] == [due["current"]["start"]]
    today = date.today().isoformat()
    nil = cli.json("screening", "nil", "--from", today, "--by", "李网格员", "--note", "无")
    assert nil["is_zero_report"] and nil["performed_by_names"] == ["李网格员"]
    assert nil["period_start"] == due["current"]["start"]
    assert cli.json("screening", "due")["missing"] == []
    code, _, err = cli("screening", "nil", "--from", today)
    assert code == 2 and "已经登记过排查" in err
    weekly = cli.json("screening", "frequency", "weekly")
    assert weekly["frequency"] == "weekly"
    assert cli.json("screening", "list", "--nil")[0]["id"] == nil["id"]


def test_round_with_major_finding_to_case_and_report(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    today = date.today().isoformat()
    r = cli.json("screening", "add", "--file", write(tmp_path, "r.json", {
        "period_start": today, "findings": [
            {"description": "两户宅基地界址争执，扬言动手", "category": "housing_homestead",
             "risk_level": "high", "is_major": True},
            {"description": "邻里噪音", "category": "neighbour"}]}))
    major, minor = r["findings"]
    assert major["report_due"] is not None
    code, out, _ = cli("screening", "list")
    assert code == 0 and major["id"][:8] in out and "书面报告截止" in out
    reported = cli.json("screening", "reported", major["id"][:8])
    assert reported["reported_on"] == today
    case = cli.json("screening", "to-case", minor["id"],
                    "--file", write(tmp_path, "c.json", case_data(received_on=today)))
    assert case["source"] == "screening"
    listed = cli.json("screening", "list", "--open")
    assert [f["case_no"] for f in listed[0]["findings"]] == [None, case["summary"]["case_no"]]
    code, _, err = cli("screening", "to-case", minor["id"], "--file",
                       write(tmp_path, "c2.json", case_data(received_on=today)))
    assert code == 2 and "已经转为案件" in err
