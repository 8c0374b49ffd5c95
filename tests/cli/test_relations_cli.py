"""`relative add/list/remove` and `conflicts`: --json output, Chinese text, refusals with
exit code 2 and no traceback."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.services.helpers import case_data


def setup_case(cli: Cli, tmp_path: Path) -> tuple[str, dict[str, str]]:  # noqa: F811
    added = cli.json("case", "add", "--file", write(tmp_path, "c.json", case_data()))
    persons = {p["name"]: p["person_id"] for p in added["parties"]}
    return added["summary"]["case_no"], persons


def test_relatives_add_list_remove(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    _, persons = setup_case(cli, tmp_path)
    tie = cli.json("relative", "add", "--person", persons["李四"], "--relative",
                   persons["张三"], "--relation", "spouse", "--note", "夫妻")
    assert (tie["name"], tie["relation"]) == ("张三", "spouse")
    listed = cli.json("relative", "list", persons["张三"])
    assert [(r["name"], r["relation"]) for r in listed] == [("李四", "spouse")]
    code, out, _ = cli("relative", "list", persons["李四"])
    assert code == 0 and "张三" in out and "妻子" in out and "夫妻" in out
    code, _, err = cli("relative", "add", "--person", persons["张三"], "--relative",
                       persons["李四"], "--relation", "sibling")
    assert code == 2 and "与李四的亲属关系已经登记过了" in err
    code, _, err = cli("relative", "add", "--person", persons["张三"], "--relative",
                       persons["张三"], "--relation", "sibling")
    assert code == 2 and "自己的亲属" in err
    assert cli.json("relative", "remove", tie["id"], "--reason", "登记错误")["ok"] is True
    assert cli.json("relative", "list", persons["张三"]) == []
    code, _, err = cli("relative", "remove", tie["id"], "--reason", "再删")
    assert code == 2 and "找不到亲属关系" in err


def test_conflicts_of_a_case(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    case_no, persons = setup_case(cli, tmp_path)
    med = cli.json("mediator", "add", "--file", write(tmp_path, "m.json", {
        "person": {"name": "王调解", "gender": "female"}, "role": "member"}))
    assert cli.json("conflicts", case_no) == []
    code, out, _ = cli("conflicts", case_no, "--mediator", med["id"])
    assert code == 0 and "未发现" in out
    cli.json("relative", "add", "--person", med["person_id"], "--relative", persons["李四"],
             "--relation", "child")
    found = cli.json("conflicts", case_no, "--mediator", med["id"])
    assert [(c["code"], c["party_name"], c["relation"]) for c in found] == [
        ("conflict.relative", "李四", "parent")]
    code, out, _ = cli("conflicts", case_no, "--mediator", med["id"])
    assert "王调解是当事人李四的母亲（近亲属）" in out and "第二十三条" in out
    code, _, err = cli("conflicts", "（2026）青石村人调字第099号")
    assert code == 2 and "找不到案件" in err
