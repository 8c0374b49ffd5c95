"""`mediation-desk household/group/incident`: add, list, show, join/leave, head change,
incident routing to the committee, with --json and Chinese text."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.services.helpers import case_data


def test_households_groups_and_incidents(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    made = []
    for n in range(1, 4):
        made.append(cli.json("household", "add", "--file", write(tmp_path, f"h{n}.json", {
            "address": f"青石村三组{n}号", "villager_group": "三组",
            "new_members": [{"name": f"户主{n}", "gender": "male"}]})))
    assert [h["head_name"] for h in cli.json("household", "list")] == ["户主1", "户主2", "户主3"]
    assert [h["id"] for h in cli.json("household", "list", "--search", "户主2")] == [made[1]["id"]]
    assert cli.json("household", "show", made[0]["id"])["members"][0]["is_head"] is True
    group = cli.json("group", "add", "--file", write(tmp_path, "g.json", {
        "name": "三组第一联防组", "household_ids": [made[0]["id"], made[1]["id"]],
        "head_person_id": made[0]["head_person_id"], "elected_on": "2026-01-10"}))
    assert group["member_count"] == 2
    assert "group.size_unusual" in [w["code"] for w in group["warnings"]]
    code, out, _ = cli("group", "list")
    assert code == 0 and "三组第一联防组" in out and "约十户" in out
    joined = cli.json("group", "join", group["id"], made[2]["id"], "--on", "2026-03-01")
    assert joined["group"]["member_count"] == 3
    left = cli.json("group", "leave", group["id"], made[2]["id"], "--on", "2026-06-01")
    assert [m["left_on"] for m in left["members"]][-1] == "2026-06-01"
    head = cli.json("group", "head", group["id"], "--person", made[1]["head_person_id"],
                    "--on", "2026-11-01", "--method", "推荐+认定")
    assert (head["head_name"], head["term_end"]) == ("户主2", "2029-11-01")
    assert cli.json("group", "show", group["id"])["group"]["selection_method"] == "推荐+认定"
    code, _, err = cli("incident", "add", group["id"], "--file", write(tmp_path, "i0.json", {
        "kind": "dispute", "description": "两户争吵", "routed_to": "mediation_committee"}))
    assert code == 2 and "调委会" in err
    report = cli.json("incident", "add", group["id"], "--file", write(tmp_path, "i.json", {
        "kind": "dispute", "description": "两户因院墙滴水争吵", "routed_to": "mediation_committee",
        "case": case_data()}))
    assert report["case_no"].startswith("（2026）")
    cli.json("incident", "add", group["id"], "--file", write(tmp_path, "i2.json", {
        "kind": "fire", "description": "柴草起火", "routed_to": "self_handled"}))
    assert len(cli.json("incident", "list", "--group", group["id"])) == 2
    code, out, _ = cli("incident", "list")
    assert code == 0 and "转调委会" in out and "火情" in out
