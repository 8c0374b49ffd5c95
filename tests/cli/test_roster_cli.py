"""`mediation-desk mediator …`: show, change, status (Art. 15), renew, training, check and
the roster to PDF / xlsx, with --json and Chinese refusals."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.documents.conftest import flat, pdf_text


def add(cli: Cli, tmp_path: Path, name: str, role: str, gender: str = "male") -> str:  # noqa: F811
    data = {"person": {"name": name, "gender": gender, "birth_date": "1968-03-03"},
            "role": role, "appointed_on": "2025-02-01"}
    return cli.json("mediator", "add", "--file", write(tmp_path, f"{name}.json", data))["id"]


def test_roster_commands(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    chair = add(cli, tmp_path, "王主任", "chair", "female")
    member = add(cli, tmp_path, "李委员", "member")
    check = cli.json("mediator", "check")
    assert check["member_count"] == 2
    assert [w["code"] for w in check["warnings"]] == ["roster.too_few_members"]
    code, out, _ = cli("mediator", "check")
    assert code == 0 and "少于法定的 3 人" in out

    changed = cli.json("mediator", "change", chair, "--file",
                       write(tmp_path, "c.json", {"honours": ["调解能手"], "is_chief": True,
                                                  "specialties": ["family"]}))
    assert changed["honours"] == ["调解能手"] and changed["specialty_labels"] == ["婚姻家庭"]
    trained = cli.json("mediator", "training", "王主任", "--file",
                       write(tmp_path, "t.json", {"held_on": "2026-05-01", "topic": "调解技巧",
                                                  "organiser": "县司法局", "hours": 6}))
    assert trained["trainings"][0]["hours"] == 6

    code, _, err = cli("mediator", "status", member, "--to", "recalled", "--reason", "resigned")
    assert code == 2 and "第十五条" in err
    recalled = cli.json("mediator", "status", member, "--to", "recalled",
                        "--reason", "improper_benefit", "--text", "村民会议决定",
                        "--on", "2026-11-10")
    assert recalled["status"] == "recalled" and recalled["history"][0]["reason_text"] == \
        "村民会议决定"
    code, _, err = cli("mediator", "renew", member)
    assert code == 2 and "重新添加" in err
    renewed = cli.json("mediator", "renew", chair)
    assert renewed["history"][-1]["reason_code"] == "re_elected"
    shown = cli.json("mediator", "show", chair)
    assert shown["id"] == chair and shown["is_chief"] is True
    code, out, _ = cli("mediator", "show", "王主任")
    assert "调解技巧" in out and "调解能手" in out
    assert [r["name"] for r in cli.json("mediator", "list", "--active")] == ["王主任"]
    assert [r["name"] for r in cli.json("mediator", "list")] == ["王主任", "李委员"]
    code, _, err = cli("mediator", "show", "没有这个人")
    assert code == 2


def test_roster_files(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    add(cli, tmp_path, "王主任", "chair", "female")
    pdf = cli.json("mediator", "roster", "--out", str(tmp_path / "名册.pdf"))
    assert "王主任" in flat(pdf_text(Path(pdf["file"]).read_bytes()))
    xlsx = cli.json("mediator", "roster", "--out", str(tmp_path / "名册.xlsx"))
    ws = load_workbook(xlsx["file"]).active
    assert ws.cell(row=3, column=2).value == "王主任"
