"""Tests of the CLI message catalogue: every code the program can raise has a sentence in both
languages, the sentences fill in the parameters actually passed, and fields read as words."""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import mediation_desk
from mediation_desk.domain import commands
from mediation_desk.domain.deadlines import DeadlineKind
from mediation_desk.domain.enums import CaseAction, CaseStatus
from mediation_desk.domain.errors import DomainError, TransitionRefused, ValidationErrors
from mediation_desk.domain.idnumber import check_digit, parse_id_number
from mediation_desk.domain.lifecycle import ActionInput, CaseFacts, check_action
from mediation_desk.services.inputs import _CODES, parse
from mediation_desk.wording import messages
from mediation_desk.wording.catalog import MESSAGES
from mediation_desk.wording.messages import (
    MISSING,
    action_label,
    deadline_label,
    describe,
    describe_problem,
    describe_warning,
    field_label,
    message,
    status_label,
)

SRC = Path(mediation_desk.__file__).parent
LANGS = ("zh", "en")
RAISERS = {"DomainError", "TransitionRefused", "DomainWarning", "InputFileError"}
# The ctx keys services/inputs.py copies for each pydantic error type.
PYDANTIC_PARAMS = {"string_too_short": {"min_length"}, "string_too_long": {"max_length"},
                   "too_short": {"min_length"}, "too_long": {"max_length"}, "enum": {"expected"},
                   "greater_than_equal": {"ge"}, "less_than_equal": {"le"}}
# Functions of the core whose last positional argument is a field path.
FIELD_TAKERS = {"require", "require_all", "require_party", "require_active_mediator"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _text(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _sample(key: str, node: ast.AST | None) -> Any:
    """The constant the source passes, else a plausible value of the parameter."""
    if isinstance(node, ast.Constant):
        return node.value
    if key == "allowed":
        return ["accept", "decline"]
    if key.endswith(("_fen", "_bytes")) or key in {"length", "position", "count", "line"}:
        return 3
    return "x1"


def _dict_params(node: ast.AST | None) -> dict[str, Any]:
    if not isinstance(node, ast.Dict):
        return {}
    return {k.value: _sample(k.value, v) for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant) and isinstance(k.value, str)}


def _scan() -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    """(code → params of each place that raises it, field paths named literally) in the source."""
    sites: dict[str, list[dict[str, Any]]] = {}
    fields: set[str] = set()
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _name(node.func)
                code = _text(node.args[0]) if node.args else None
                kw = {k.arg: k.value for k in node.keywords if k.arg}
                if "field" in kw and _text(kw["field"]):
                    fields.add(_text(kw["field"]) or "")
                if name in FIELD_TAKERS and node.args and _text(node.args[-1]):
                    fields.add(_text(node.args[-1]) or "")
                if name == "NotFound":
                    sites.setdefault("not_found", []).append({"entity": code, "key": "k1"})
                    if len(node.args) > 2 and _text(node.args[2]):
                        fields.add(_text(node.args[2]) or "")
                elif name == "ValidationErrors":
                    sites.setdefault("validation.failed", []).append({"count": 2})
                elif name in RAISERS and code is not None:
                    if name == "DomainWarning":
                        params = _dict_params(node.args[2] if len(node.args) > 2
                                              else kw.get("params"))
                    else:
                        params = {k: _sample(k, v) for k, v in kw.items() if k != "field"}
                    sites.setdefault(code, []).append(params)
                    if len(node.args) > 1 and _text(node.args[1]):
                        fields.add(_text(node.args[1]) or "")
            elif isinstance(node, ast.Yield) and isinstance(node.value, ast.Tuple):
                elts = node.value.elts  # store/integrity.py: (code, entity, id, params)
                if len(elts) == 4 and _text(elts[0]):
                    sites.setdefault(_text(elts[0]) or "", []).append(_dict_params(elts[3]))
            elif isinstance(node, ast.Dict):
                # an error dict built by the CLI itself: {"code": "...", "params": {...}}
                d = {k.value: v for k, v in zip(node.keys, node.values, strict=True)
                     if isinstance(k, ast.Constant)}
                if _text(d.get("code")) and "params" in d:
                    sites.setdefault(_text(d["code"]) or "", []).append(
                        _dict_params(d["params"]))
    for kind, code in _CODES.items():
        keys = PYDANTIC_PARAMS.get(kind, set())
        sample = {"expected": "'a', 'b' or 'c'"} if "expected" in keys else dict.fromkeys(keys, 5)
        sites.setdefault(code, []).append(sample)
    sites.setdefault("field.invalid", []).append({})  # inputs.py's fallback for other types
    return sites, fields


SITES, FIELD_PATHS = _scan()
ALL_CODES = sorted(SITES)


def test_scan_finds_the_codes_of_every_layer() -> None:
    for code in ("id_number.checksum", "transition.not_allowed", "id_number.legacy_15",
                 "case_no.gap", "household.head_missing", "sync.change_seq_behind",
                 "not_found", "validation.failed", "code.unknown", "field.date_format",
                 "station.not_initialised", "station.already_initialised", "field.invalid"):
        assert code in SITES
    assert len(ALL_CODES) >= 100


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_raised_code_has_a_sentence_in_both_languages(code: str) -> None:
    assert code in MESSAGES, f"add a message for {code!r} to wording/catalog.py"
    zh, en = MESSAGES[code]
    assert re.search(r"[\u4e00-\u9fff]", zh), "the Chinese text must be Chinese"
    assert re.search(r"[A-Za-z]{3}", en), "the English text must be English"


@pytest.mark.parametrize("code", ALL_CODES)
@pytest.mark.parametrize("lang", LANGS)
def test_messages_fill_in_the_params_their_raisers_pass(code: str, lang: str) -> None:
    for params in SITES[code]:
        text = message(code, params, lang)
        assert MISSING not in text, f"{code} names a parameter not passed: {params}"
        assert "Traceback" not in text
        assert not re.search(r"[{}]", text), text
        assert code not in text, "a known code must not fall back to the generic text"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_templates_are_well_formed_and_show_no_braces_without_params(key: str) -> None:
    base = key.split("/")[0]
    assert base in MESSAGES, "a variant needs its base code"
    for i, lang in enumerate(LANGS):
        list(string.Formatter().parse(MESSAGES[key][i]))  # raises on a stray brace
        text = message(base, {}, lang)
        assert text and "Traceback" not in text and not re.search(r"[{}]", text)


def test_checksum_names_the_field_and_the_expected_digit() -> None:
    body = "11010519491231002"
    wrong = "1" if check_digit(body) != "1" else "2"
    with pytest.raises(DomainError) as info:
        parse_id_number(body + wrong, today=date(2026, 3, 1),
                        field="parties[0].person.id_number")
    expected = check_digit(body)
    assert describe(info.value.to_dict()) == [
        f"第1个当事人的身份证号：校验位不对，应为 {expected}（现在是 {wrong}），"
        "请核对最后一位；也可能是前面某一位抄错了"]
    en = describe(info.value.to_dict(), "en")[0]
    assert en.startswith("party 1's ID number: wrong check digit") and expected in en


def _refusal(status: CaseStatus, action: CaseAction) -> TransitionRefused:
    facts = CaseFacts(status=status, received_on=date(2026, 3, 1), party_count=2)
    with pytest.raises(TransitionRefused) as info:
        check_action(facts, action, ActionInput(on_date=date(2026, 3, 2)))
    return info.value


def test_transition_messages_use_the_chinese_names() -> None:
    err = _refusal(CaseStatus.IN_MEDIATION, CaseAction.ARCHIVE)
    assert message(err.code, err.params) == (
        "当前状态「调解中」不能执行「归档」；可以执行：达成协议、终止调解、上报/移交")
    assert "archive" in message(err.code, err.params, "en")
    err = _refusal(CaseStatus.PERFORMED, CaseAction.CLOSE)
    assert message(err.code, err.params).startswith("结案前需要先做回访并记录回访情况")
    err = _refusal(CaseStatus.NON_PERFORMANCE, CaseAction.CLOSE)
    assert describe(err.to_dict()) == ["理由：这一步要写明理由，请选择理由"]
    # The command line adds its option; the window shows the sentence alone.
    from mediation_desk.cli.hints import HINTS
    assert describe(err.to_dict(), hints=HINTS) == ["理由：这一步要写明理由，请选择理由（--reason 理由代码）"]


def test_params_rendered_with_labels() -> None:
    text = message("code.unknown", {"table": "dispute_category", "value": "xyz",
                                    "allowed": ["neighbour", "other"]})
    assert text == "纠纷类型里没有「xyz」；可选：neighbour（邻里纠纷）、other（其他纠纷）"
    assert message("code.unknown", {"table": "case_source", "code": "xyz", "allowed": []}) == (
        "案件来源里没有「xyz」；可选：无")
    text = message("case.record_not_allowed", {"record": "case.agreement", "status": "closed",
                                               "allowed": ["in_mediation"]})
    assert "「结案」" in text and "登记调解协议" in text and "调解中" in text
    assert "人民调解法第三十三条" in message("confirmation.window_closed",
                                           {"last_day": "2026-04-01"})
    assert "mediation-desk init" in message("station.not_initialised")
    assert "mediation-desk demo" in message("station.not_initialised")
    assert message("not_found", {"entity": "mediator", "key": "m9"}).startswith("找不到调解员「m9」")
    assert message("not_found", {"entity": "household", "key": "h1"}).startswith("找不到户「h1」")
    assert "10,000,000,000" in message("amount.too_large", {"max_fen": 10**12})


def test_field_labels() -> None:
    assert field_label("parties[0].person.id_number") == "第1个当事人的身份证号"
    assert field_label("parties[0].person.id_number", "en") == "party 1's ID number"
    assert field_label("items[2].due_on") == "第3项履行事项的期限"
    assert field_label("items[2].due_on", "en") == "performance item 3's due date"
    assert field_label("parties[1].person.name") == "第2个当事人的姓名"
    assert field_label("parties[1].role") == "第2个当事人的身份（申请人、被申请人等）"
    assert field_label("status[0]") == "第1个状态"
    assert field_label("case") == "案件"
    assert field_label("person.birth_date") == "出生日期"
    assert field_label("parties[0].nickname") == "parties[0].nickname"
    assert field_label("what ever") == "what ever"
    assert field_label(None) == "" and field_label("") == ""


def test_every_field_of_the_commands_and_the_core_has_a_label() -> None:
    names = {name for model in vars(commands).values()
             if isinstance(model, type) and issubclass(model, commands.Command)
             for name in model.model_fields}
    assert len(names) > 100
    paths = names | FIELD_PATHS
    assert {"reached_on", "person.birth_date", "case", "host_mediator_id"} <= paths
    unlabelled = sorted(p for p in paths if field_label(p) == p)
    assert not unlabelled, unlabelled
    for p in paths:
        assert "_" not in field_label(p, "en") or "[" in p, p


def test_describe_validation_errors_one_line_each() -> None:
    with pytest.raises(ValidationErrors) as info:
        parse(commands.CaseCreate, {"category": "neighbour", "facts": "吵架",
                                    "received_on": "2026-13-01",
                                    "parties": [{"role": "boss", "person": {"name": "张三"}},
                                                {"role": "respondent", "person_id": "p2"}]})
    lines = describe(info.value.to_dict())
    assert lines == ["登记日期：日期格式不对，请写成「2026-03-05」这样的年-月-日",
                     "第1个当事人的身份（申请人、被申请人等）：填的值不在可选范围内；可选："
                     "applicant（申请人）、respondent（被申请人）、party（当事人）、third（第三人）"]
    assert len(describe(info.value.to_dict(), "en")) == 2
    two = ValidationErrors([DomainError("field.required", "name"),
                            DomainError("phone.mobile_length", "phone", length=10)])
    assert describe(two.to_dict(), "en") == ["name: is required",
                                             "phone number: a mobile number has 11 digits, this one has 10"]
    assert describe(DomainError("station.already_initialised").to_dict())[0].startswith("本机")


def test_unknown_code_and_odd_input_never_crash() -> None:
    assert "no.such_code" in message("no.such_code", {"a": 1})
    assert "no.such_code" in message("no.such_code", {}, "en")
    assert "{x}" in message("{x}", None)  # the code is a value, never a template
    assert describe({"code": "no.such_code", "field": "parties[0].person.phone"})[0].startswith(
        "第1个当事人的电话：")
    assert describe({}) and describe({"code": "validation.failed", "errors": []})
    assert message("transition.not_allowed", "not a dict")  # type: ignore[arg-type]
    assert MISSING in message("transition.not_allowed", {})


def test_warnings_and_integrity_problems() -> None:
    info = parse_id_number("110105491231002", today=date(2026, 3, 1), field="id_number",
                           entered_gender=None)
    lines = describe_warning(list(info.warnings))
    assert lines == ["身份证号：这是 15 位的老身份证号，已自动换算成 18 位，请对照新证核对"]
    warning = info.warnings[0]
    assert describe_warning(warning, "en") == describe_warning(warning.to_dict(), "en")
    mismatch = {"code": "id_number.gender_mismatch", "field": "id_number",
                "params": {"from_id": "male", "entered": "female"}}
    assert describe_warning(mismatch) == ["身份证号：号码显示是男性，但填的性别是女，请核对"]
    problem = {"code": "case_no.gap", "entity": "committee", "entity_id": "c1",
               "params": {"year": 2026, "count": 3, "max_seq": 4}}
    assert describe_problem(problem).startswith("2026 年的案件编号不连续")


def test_status_action_and_deadline_labels() -> None:
    assert [status_label(s) for s in CaseStatus] == [
        "登记", "不予受理", "已受理", "调解中", "已上报/移交", "达成协议", "履行中", "履行完毕",
        "未履行", "调解终止", "结案", "已归档"]
    assert [action_label(a) for a in CaseAction] == [
        "受理", "不予受理", "开始调解", "达成协议", "终止调解", "上报/移交", "退回本村调解",
        "开始履行", "履行完毕", "标记未履行", "重新调解", "结案", "归档"]
    assert [deadline_label(k) for k in DeadlineKind] == [
        "调解期限（一个月）", "司法确认申请期限（30日）", "重大纠纷报告（2日内）", "履行期限", "回访",
        "矛盾纠纷排查", "排查发现重大纠纷书面报告（2日内）", "调解员任期届满", "中心户长任期届满"]
    for enum, label in ((CaseStatus, status_label), (CaseAction, action_label),
                        (DeadlineKind, deadline_label)):
        for member in enum:
            assert label(member, "en") and not re.search(r"[\u4e00-\u9fff]", label(member, "en"))
    assert status_label("in_mediation", "en") == "in mediation"
    assert status_label("nonsense") == "nonsense"


def test_every_case_record_event_has_a_label() -> None:
    pattern = re.compile(r'mutate_case\(\s*ctx,\s*case_ref,\s*"([^"]+)"')
    events = {m for path in (SRC / "services").glob("*.py")
              for m in pattern.findall(path.read_text(encoding="utf-8"))}
    assert events
    assert sorted(e for e in events if action_label(e) == e) == []
    assert messages.ACTIONS.keys() >= events
