"""`mediation-desk user …` and signing in before every command once the store has accounts.
Passwords come from the environment (or a prompt at a terminal), never from options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_desk.cli.parser import build_parser
from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.services.helpers import case_data

CHAIR_PW = "qingshi-2026"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("MEDIATION_DESK_PASSWORD", raising=False)
    monkeypatch.delenv("MEDIATION_DESK_NEW_PASSWORD", raising=False)
    return monkeypatch


def test_without_accounts_nothing_changes(cli: Cli, env: pytest.MonkeyPatch) -> None:  # noqa: F811
    assert cli.json("case", "list")["total"] == 0
    assert cli.json("user", "list") == []


def test_setup_then_every_command_signs_in(cli: Cli, env: pytest.MonkeyPatch,  # noqa: F811
                                           tmp_path: Path) -> None:
    env.setenv("MEDIATION_DESK_PASSWORD", CHAIR_PW)
    made = cli.json("user", "setup", "--login", "wangzr", "--name", "王主任")
    assert made["role"] == "chair" and "password_hash" not in made
    code, _, err = cli("case", "list")
    assert code == 2 and "请先登录" in err and "--user" in err
    assert cli.json("--user", "wangzr", "case", "list")["total"] == 0
    env.setenv("MEDIATION_DESK_PASSWORD", "wrong-pass")
    code, _, err = cli("--user", "wangzr", "case", "list")
    assert code == 2 and "登录名或密码不对" in err
    env.delenv("MEDIATION_DESK_PASSWORD")
    code, _, err = cli("--user", "wangzr", "case", "list")  # no terminal, no variable
    assert code == 2 and "MEDIATION_DESK_PASSWORD" in err
    env.setenv("MEDIATION_DESK_PASSWORD", CHAIR_PW)
    code, _, err = cli("--user", "wangzr", "user", "setup", "--login", "x2", "--name", "某")
    assert code == 2 and "已经有账户" in err


def test_a_mediator_account_end_to_end(cli: Cli, env: pytest.MonkeyPatch,  # noqa: F811
                                       tmp_path: Path) -> None:
    env.setenv("MEDIATION_DESK_PASSWORD", CHAIR_PW)
    cli.json("user", "setup", "--login", "wangzr", "--name", "王主任")
    env.setenv("MEDIATION_DESK_NEW_PASSWORD", "temporary-1")
    added = cli.json("--user", "wangzr", "user", "add", "--login", "zhang3", "--name", "张三",
                     "--role", "mediator")
    assert added["must_change_password"] is True
    case_no = cli.json("--user", "wangzr", "case", "add", "--file",
                       write(tmp_path, "c.json", case_data()))["summary"]["case_no"]

    env.setenv("MEDIATION_DESK_PASSWORD", "temporary-1")
    code, _, err = cli("--user", "zhang3", "case", "list")
    assert code == 2 and "临时密码" in err and "user passwd" in err
    env.setenv("MEDIATION_DESK_NEW_PASSWORD", "zhang3-own-pw")
    assert cli.json("--user", "zhang3", "user", "passwd")["must_change_password"] is False

    env.setenv("MEDIATION_DESK_PASSWORD", "zhang3-own-pw")
    assert cli.json("--user", "zhang3", "case", "list")["total"] == 1
    code, _, err = cli("--user", "zhang3", "case", "void", case_no, "--reason", "重复")
    assert code == 2 and "你的角色（调解员）不能执行此操作：作废案件登记" in err
    code, _, err = cli("--user", "zhang3", "user", "list")
    assert code == 2 and "管理账户和角色" in err

    env.setenv("MEDIATION_DESK_PASSWORD", CHAIR_PW)
    listed = cli.json("--user", "wangzr", "user", "list")
    assert [(u["login"], u["role"]) for u in listed] == [("wangzr", "chair"),
                                                        ("zhang3", "mediator")]
    assert "scrypt" not in json.dumps(listed)
    assert cli.json("--user", "wangzr", "user", "role", "zhang3", "chair")["role"] == "chair"
    assert cli.json("--user", "wangzr", "user", "disable", "ZHANG3")["disabled"] is True
    code, out, _ = cli("--user", "wangzr", "user", "list")
    assert code == 0 and "已停用" in out and "调委会主任" in out
    code, _, err = cli("--user", "wangzr", "user", "disable", "wangzr")
    assert code == 2 and "不能停用自己" in err
    code, _, err = cli("--user", "wangzr", "user", "role", "nobody", "chair")
    assert code == 2 and "找不到账户「nobody」" in err


def test_weak_password_is_refused_with_its_reason(cli: Cli,  # noqa: F811
                                                  env: pytest.MonkeyPatch) -> None:
    env.setenv("MEDIATION_DESK_PASSWORD", "1111111111")
    code, _, err = cli("user", "setup", "--login", "wangzr", "--name", "王主任")
    assert code == 2 and "密码：密码不能全是同一个字符" in err


def test_no_option_takes_a_password() -> None:
    parser = build_parser()
    options = set()
    stack = [parser]
    while stack:
        p = stack.pop()
        for action in p._actions:
            options.update(action.option_strings)
            for sub in getattr(action, "choices", None) or {}:
                if isinstance(action.choices, dict):
                    stack.append(action.choices[sub])
    assert "--user" in options
    assert not [o for o in options if "pass" in o.lower()]
