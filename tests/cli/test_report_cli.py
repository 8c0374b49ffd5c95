"""`mediation-desk report …`: text, JSON, xlsx and pdf files, the drill-down, and Chinese
refusals for a bad period."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)


def add_case(cli: Cli, tmp_path: Path, n: int, on: str) -> None:  # noqa: F811
    data = {"category": "neighbour", "source": "party_application", "received_on": on,
            "facts": "因排水发生争执。", "parties": [
                {"role": "applicant", "person": {"name": f"甲{n}"}},
                {"role": "respondent", "person": {"name": f"乙{n}"}}]}
    assert cli("case", "add", "--file", write(tmp_path, f"c{n}.json", data))[0] == 0


def test_report_formats_and_drill(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    add_case(cli, tmp_path, 1, "2025-12-30")
    add_case(cli, tmp_path, 2, "2026-01-02")
    code, out, _ = cli("report", "monthly", "--period", "2025-12")
    assert code == 0 and "2025年12月" in out and "邻里纠纷" in out
    rep = cli.json("report", "yearly", "--period", "2026")
    assert rep["total"]["counts"]["registered"] == 1
    assert rep["period"]["label"] == "2026年"
    custom = cli.json("report", "custom", "--period", "2025-12-01..2026-01-31")
    assert custom["total"]["counts"]["registered"] == 2
    for fmt in ("json", "xlsx", "pdf"):
        target = tmp_path / f"r.{fmt}"
        done = cli.json("report", "quarterly", "--period", "2025-Q4", "--out", str(target))
        assert done["format"] == fmt and target.stat().st_size > 0
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["period"]["key"] == "2025-Q4"
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    drill = cli.json("report", "drill", "--period", "2025-12-01..2026-01-31",
                     "--measure", "awaiting")
    assert drill["total"] == 2 and len(drill["cases"]) == 2


def test_report_refusals(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    code, _, err = cli("report", "monthly", "--period", "2026-13")
    assert code == 2 and "看不懂" in err and "Traceback" not in err
    code, _, err = cli("report", "yearly", "--period", "2026-11")
    assert code == 2 and "不是所选的报表期间" in err
    code, _, err = cli("report", "monthly", "--format", "xlsx")
    assert code == 2 and "输出文件" in err
    (tmp_path / "file.txt").write_text("x")
    code, _, err = cli("report", "monthly", "--out", str(tmp_path / "file.txt" / "x.json"))
    assert code == 2 and "没有写成" in err
