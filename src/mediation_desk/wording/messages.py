"""Turns the core's error and warning codes into sentences for the command line.

The core raises ``DomainError(code, field, **params)`` and returns ``DomainWarning``s; it never
holds prose. This module gives each code a Chinese sentence (default) and a shorter English one,
names the field in words (``parties[0].person.id_number`` → 第1个当事人的身份证号) and shows enum
values by their Chinese names. It never raises: an unknown code still yields a sentence.

The texts live in :mod:`mediation_desk.wording.catalog`; this module holds the labels of
statuses, actions and other enum values, and the logic. Pure Python, no Qt."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from mediation_desk.domain.codes import DEFAULT_CODES
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.money import format_yuan
from mediation_desk.wording import catalog_accounts
from mediation_desk.wording.catalog import CONTEXT_FIELDS, FIELDS, INDEXED, MESSAGES, UNKNOWN

__all__ = [
    "MISSING", "action_label", "deadline_label", "deadline_state_label", "describe",
    "describe_problem", "describe_warning", "field_label", "message", "status_label",
    "value_label",
]

MISSING = "…"  # stands in for a parameter the template names but the caller did not pass

Pair = tuple[str, str]

STATUSES: dict[str, Pair] = {
    "registered": ("登记", "registered"), "declined": ("不予受理", "declined"),
    "accepted": ("已受理", "accepted"), "in_mediation": ("调解中", "in mediation"),
    "escalated": ("已上报/移交", "escalated"),
    "agreement_reached": ("达成协议", "agreement reached"),
    "performing": ("履行中", "performing"), "performed": ("履行完毕", "performed"),
    "non_performance": ("未履行", "not performed"), "terminated": ("调解终止", "terminated"),
    "closed": ("结案", "closed"), "archived": ("已归档", "archived"),
}

ACTIONS: dict[str, Pair] = {
    "accept": ("受理", "accept"), "decline": ("不予受理", "decline"),
    "start_mediation": ("开始调解", "start mediation"),
    "reach_agreement": ("达成协议", "reach agreement"), "terminate": ("终止调解", "terminate"),
    "escalate": ("上报/移交", "escalate"),
    "return_from_escalation": ("退回本村调解", "return from escalation"),
    "start_performance": ("开始履行", "start performance"),
    "complete_performance": ("履行完毕", "complete performance"),
    "mark_non_performance": ("标记未履行", "mark non-performance"),
    "remediate": ("重新调解", "re-mediate"), "close": ("结案", "close"), "archive": ("归档", "archive"),
    # records added to a case file (the event names of services/case_mutation.mutate_case)
    "case.agreement": ("登记调解协议", "record the agreement"),
    "case.signatures": ("登记协议签名盖章", "record signatures"),
    "case.item_done": ("登记履行事项完成", "record an item done"),
    "case.reminder": ("登记督促履行", "record a reminder"),
    "case.follow_up": ("登记回访", "record a follow-up visit"),
    "case.confirmation": ("登记司法确认申请", "record a confirmation application"),
    "case.confirmation_decision": ("登记司法确认结果", "record the court's decision"),
    "case.notice": ("登记权利义务告知", "record the rights notice"),
    "case.investigation": ("登记调查记录", "record an investigation"),
    "case.session": ("登记调解记录", "record a mediation session"),
    "case.assign_mediator": ("指派调解员", "assign a mediator"),
    "case.recusal_request": ("登记回避申请", "record a recusal request"),
    "case.recusal_decision": ("登记回避决定", "record a recusal decision"),
    "case.flag_major": ("标记重大纠纷", "flag a major dispute"),
    "case.report": ("登记上报", "record a report"),
    "case.extend": ("延长调解期限", "extend the deadline"),
    "case.prevented": ("登记防止激化情况", "record what was prevented"),
    "case.void": ("作废登记", "void the registration"),
}

DEADLINES: dict[str, Pair] = {
    "mediation_due": ("调解期限（一个月）", "mediation deadline (one month)"),
    "confirmation_window": ("司法确认申请期限（30日）", "judicial confirmation window (30 days)"),
    "major_report": ("重大纠纷报告（2日内）", "major dispute report (within 2 days)"),
    "performance_item": ("履行期限", "performance deadline"),
    "follow_up": ("回访", "follow-up visit"),
    "screening_round": ("矛盾纠纷排查", "dispute screening round"),
    "finding_report": ("排查发现重大纠纷书面报告（2日内）", "written report of a major finding (2 days)"),
    "mediator_term": ("调解员任期届满", "mediator's term ends"),
    "group_term": ("中心户长任期届满", "group head's term ends"),
    "retention_review": ("卷宗保管期限届满，待审查", "dossier's retention period over: review"),
}

DEADLINE_STATES: dict[str, Pair] = {
    "upcoming": ("未到期", "upcoming"), "due_soon": ("即将到期", "due soon"),
    "due_today": ("今天到期", "due today"), "overdue": ("已逾期", "overdue"), "met": ("已完成", "met"),
}

ENTITIES: dict[str, Pair] = {
    "case": ("案件", "case"), "person": ("人员", "person"), "mediator": ("调解员", "mediator"),
    "party": ("当事人", "party"), "committee": ("调委会", "committee"),
    "station": ("站点", "station"), "household": ("户", "household"),
    "agreement": ("调解协议", "agreement"), "item": ("履行事项", "performance item"),
    "recusal": ("回避申请", "recusal request"),
    "screening_finding": ("排查发现", "screening finding"),
    "joint_defense_group": ("联防组", "joint-defence group"),
}

TABLES: dict[str, Pair] = {
    "dispute_category": ("纠纷类型", "dispute category"), "case_source": ("案件来源", "case source"),
    "decline_reason": ("不予受理理由", "decline reason"),
    "termination_reason": ("终止调解理由", "termination reason"),
    "advised_route": ("告知的解决途径", "advised route"),
    "major_criterion": ("重大纠纷情形", "major-dispute criterion"),
    "prevented_outcome": ("防止激化情形", "prevented outcome"),
    "close_reason": ("结案理由", "close reason"),
    "mediator_specialty": ("调解员专长", "mediator specialty"),
    "misconduct": ("违纪情形", "misconduct"),
}

# Other enum values (domain/enums.py) a message may name; English "" = the value says it.
VALUES: dict[str, Pair] = {
    "village": ("村", ""), "township": ("乡镇", ""), "male": ("男", ""), "female": ("女", ""),
    "unknown": ("不详", ""), "resident_id": ("居民身份证", "resident ID card"),
    "hmt_permit": ("港澳台居民证件", "HK/Macao/Taiwan permit"), "passport": ("护照", ""),
    "other": ("其他", ""), "applicant": ("申请人", ""), "respondent": ("被申请人", ""),
    "party": ("当事人", ""), "third": ("第三人", "third party"), "none": ("无", ""),
    "authorised": ("委托代理人", "authorised agent"), "legal": ("法定代理人", "legal agent"),
    "written": ("书面", ""), "oral": ("口头", ""), "continue": ("需继续调解", ""),
    "agreement": ("达成协议", ""), "failed": ("调解不成", ""), "pending": ("待处理", ""),
    "done": ("已履行", ""), "overdue": ("逾期", ""), "waived": ("免除履行", ""),
    "confirmed": ("确认有效", ""), "rejected": ("不予确认", ""),
    "not_accepted": ("不予受理", ""), "granted": ("同意回避", ""), "refused": ("不同意回避", ""),
    "major_report": ("重大纠纷报告", ""), "police_report": ("报告公安机关", ""),
    "transfer": ("移交", ""), "joint_mediation": ("联合调解", ""),
    "chair": ("主任", ""), "vice_chair": ("副主任", ""), "member": ("委员", ""),
    "hired": ("聘任调解员", ""), "elected": ("推选", ""), "appointed": ("聘任", ""),
    "full_time": ("专职", ""), "part_time": ("兼职", ""), "active": ("在任", ""),
    "term_ended": ("任期届满", ""), "resigned": ("辞职", ""), "recalled": ("罢免", ""),
    "dismissed": ("解聘", ""), "replaced": ("已更换", ""), "deceased": ("已去世", ""),
    "received_desc": ("按登记日期从新到旧", ""), "received_asc": ("按登记日期从旧到新", ""),
    "case_no_asc": ("按案件编号从小到大", ""), "case_no_desc": ("按案件编号从大到小", ""),
    "title_asc": ("按案件名称正序", ""), "title_desc": ("按案件名称倒序", ""),
    "category_asc": ("按纠纷类型正序", ""), "category_desc": ("按纠纷类型倒序", ""),
    "status_asc": ("按办理进度从前到后", ""), "status_desc": ("按办理进度从后到前", ""),
    "due_asc": ("按期限从近到远", ""), "due_desc": ("按期限从远到近", ""),
    "deadline": ("按期限先后", ""), "case_no": ("按案件编号", ""),
}

# How a parameter is shown: status/action/entity/table = its label only; choice = the value a
# user types with its label, e.g. accept（受理）; label = label only; codes = code.unknown's
# table entries; raw = as passed.
DEFAULT_KINDS: dict[str, str] = {
    "status": "status", "action": "action", "record": "action", "entity": "entity",
    "table": "table", "reason": "choice", "allowed": "choice",
}
CODE_KINDS: dict[str, dict[str, str]] = {
    "transition.not_allowed": {"allowed": "action"},
    "case.record_not_allowed": {"allowed": "status"},
    "code.unknown": {"allowed": "codes"},
    "agreement.item_closed": {"status": "label"},
    "mediator.not_active": {"status": "label"},
    "id_number.gender_mismatch": {"from_id": "label", "entered": "label"},
    "short_name.characters": {"reason": "raw"},
    "file.unreadable": {"reason": "raw"},
    **catalog_accounts.PARAM_KINDS,
}
# Parameter kinds whose words a feature catalogue holds (roles, permissions).
PARAM_LABELS: dict[str, dict[str, Pair]] = {**catalog_accounts.PARAM_LABELS}
# Codes whose text depends on one parameter's value: MESSAGES["code/value"] when present.
VARIANT_PARAM: dict[str, str] = {
    "not_found": "entity", "short_name.characters": "reason",
    "transition.needs_effective_agreement": "kind", "internal.unexpected": "log",
    **catalog_accounts.VARIANTS,
}

_REASON_TABLES = (CodeTable.DECLINE_REASON, CodeTable.TERMINATION_REASON,
                  CodeTable.CLOSE_REASON, CodeTable.ADVISED_ROUTE)


def _choices() -> dict[str, Pair]:
    found: dict[str, Pair] = {**VALUES, **STATUSES, **ACTIONS}
    for table in _REASON_TABLES:
        for d in DEFAULT_CODES[table]:
            found.setdefault(d.code, (d.label_zh, d.label_en))
    return found


CHOICES = _choices()
_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")


def _i(lang: str | None) -> int:
    return 1 if isinstance(lang, str) and lang.lower().startswith("en") else 0


def _label(table: Mapping[str, Pair], value: Any, lang: str | None) -> str:
    text = str(value)
    pair = table.get(text)
    return (pair[_i(lang)] or text.replace("_", " ")) if pair else text


def status_label(status: str, lang: str = "zh") -> str:
    """登记, 调解中, 已归档 ... for a CaseStatus value; unknown values as they are."""
    return _label(STATUSES, status, lang)


def action_label(action: str, lang: str = "zh") -> str:
    """受理, 终止调解, 归档 ... for a CaseAction value (or a case-record event name)."""
    return _label(ACTIONS, action, lang)


def deadline_label(kind: str, lang: str = "zh") -> str:
    """调解期限（一个月）... for a DeadlineKind value."""
    return _label(DEADLINES, kind, lang)


def deadline_state_label(state: str, lang: str = "zh") -> str:
    """即将到期, 已逾期 ... for a DeadlineState value."""
    return _label(DEADLINE_STATES, state, lang)


def value_label(value: str, lang: str = "zh") -> str:
    """The name of any other enum value the CLI shows (性别, 当事人身份, 协议形式 ...)."""
    return _label(CHOICES, value, lang)


def _choice(value: str, pair: Pair | None, i: int) -> str:
    if pair is None:
        return value
    if i == 0:
        return f"{value}（{pair[0]}）"
    gloss = pair[1]
    return f"{value} ({gloss})" if gloss and gloss.lower() != value.replace("_", " ") else value


def _table_codes(table: Any) -> dict[str, Pair]:
    try:
        defs = DEFAULT_CODES[CodeTable(str(table))]
    except (ValueError, KeyError):
        return {}
    return {d.code: (d.label_zh, d.label_en) for d in defs}


def _render(value: Any, kind: str, i: int, params: Mapping[str, Any]) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        parts = [_render(v, kind, i, params) for v in value]
        return ("、", ", ")[i].join(parts) if parts else ("无", "none")[i]
    if value is None:
        return ("无", "none")[i]
    if isinstance(value, bool):
        return ("是", "yes")[i] if value else ("否", "no")[i]
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    lang = ("zh", "en")[i]
    if kind == "status":
        return status_label(text, lang)
    if kind == "action":
        return action_label(text, lang)
    if kind == "entity":
        return _label(ENTITIES, text, lang)
    if kind == "table":
        return _label(TABLES, text, lang)
    if kind == "label":
        return value_label(text, lang)
    if kind == "choice":
        return _choice(text, CHOICES.get(text), i)
    if kind == "codes":
        return _choice(text, _table_codes(params.get("table")).get(text), i)
    if kind in PARAM_LABELS:
        return _label(PARAM_LABELS[kind], text, lang)
    return text


class _Filled(dict[str, str]):
    """Rendered parameters; a name the template uses but nobody passed shows as MISSING."""

    def __missing__(self, key: str) -> str:
        return MISSING


def _enrich(code: str, params: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(params)
    if isinstance(out.get("max_fen"), int):
        out.setdefault("max_yuan", format_yuan(out["max_fen"]).removesuffix(".00"))
    if isinstance(out.get("max_bytes"), int):
        out.setdefault("max_mb", f"{out['max_bytes'] / 1024 / 1024:g}")
    if code == "code.unknown" and "value" not in out and "code" in out:
        out["value"] = out["code"]  # the parameter's earlier name
    expected = out.get("expected")
    if code == "field.choice" and "allowed" not in out and isinstance(expected, str):
        out["allowed"] = re.findall(r"'([^']*)'", expected) or [expected]
    return out


def message(code: str, params: Mapping[str, Any] | None = None, lang: str = "zh") -> str:
    """The sentence for ``code`` with ``params`` filled in; never raises."""
    i = _i(lang)
    code = str(code)
    values = _enrich(code, params if isinstance(params, Mapping) else {})
    template = MESSAGES.get(code)
    variant = VARIANT_PARAM.get(code)
    if variant is not None:
        picked = values.get(variant)
        template = MESSAGES.get(f"{code}/{'' if picked is None else picked}", template)
    if template is None:
        return UNKNOWN[i].format_map(_Filled(code=code))
    kinds = {**DEFAULT_KINDS, **CODE_KINDS.get(code, {})}
    filled = _Filled({str(k): _render(v, kinds.get(str(k), "raw"), i, values)
                      for k, v in values.items()})
    try:
        return template[i].format_map(filled)
    except (ValueError, IndexError, AttributeError):  # a malformed template: still say something
        return UNKNOWN[i].format_map(_Filled(code=code))


def field_label(field: str | None, lang: str = "zh") -> str:
    """``parties[0].person.id_number`` → 第1个当事人的身份证号 (English: party 1's ID number).

    ``person`` inside a path is left out; a path with any unknown name is returned as it is."""
    if not field:
        return ""
    i = _i(lang)
    raw = str(field)
    parts: list[str] = []
    parent: str | None = None
    segments = raw.split(".")
    for pos, segment in enumerate(segments):
        m = _SEGMENT.fullmatch(segment)
        if m is None:
            return raw
        name, indexes = m[1], [int(n) for n in re.findall(r"\d+", m[2])]
        if name == "person" and not indexes and pos < len(segments) - 1:
            parent = name
            continue
        pair = CONTEXT_FIELDS.get((parent or "", name)) or FIELDS.get(name)
        if indexes:
            if name in INDEXED:
                text = INDEXED[name][i].format(n=indexes[0] + 1)
            elif pair is not None:
                text = f"{pair[0]}第{indexes[0] + 1}项" if i == 0 else f"{pair[1]} {indexes[0] + 1}"
            else:
                return raw
            text += "".join(f"第{n + 1}项" if i == 0 else f" #{n + 1}" for n in indexes[1:])
        elif pair is not None:
            text = pair[i]
        else:
            return raw
        parts.append(text)
        parent = name
    return ("的", "'s ")[i].join(parts)


def _as_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    model_dump = getattr(item, "model_dump", None)
    if callable(model_dump):
        return dict(model_dump())
    return {"code": str(item)}


def _line(field: Any, text: str, i: int) -> str:
    label = field_label(field, ("zh", "en")[i]) if field else ""
    return f"{label}{('：', ': ')[i]}{text}" if label else text


def describe(error: Mapping[str, Any] | Any, lang: str = "zh",
             hints: Mapping[str, Pair] | None = None) -> list[str]:
    """One line per problem, ``<field>：<message>``, for ``DomainError.to_dict()`` or
    ``ValidationErrors.to_dict()`` (whose ``errors`` are listed one by one).

    ``hints`` adds a caller's own words after a code's sentence (the CLI names its options)."""
    i = _i(lang)
    err = _as_dict(error)
    subs = err.get("errors")
    if isinstance(subs, list) and subs:
        lines: list[str] = []
        for sub in subs:
            lines.extend(describe(sub, lang, hints))
        return lines
    params = err.get("params") if isinstance(err.get("params"), Mapping) else {}
    if err.get("code") == "validation.failed" and "count" not in params:
        params = {**params, "count": len(subs) if isinstance(subs, list) else 0}
    text = message(err.get("code", ""), params, lang)
    hint = (hints or {}).get(str(err.get("code", "")))
    return [_line(err.get("field"), text + (hint[i] if hint else ""), i)]


def describe_warning(warning: Mapping[str, Any] | Any, lang: str = "zh") -> list[str]:
    """Like :func:`describe`, for a ``DomainWarning`` (or its dict), or a list of them."""
    if isinstance(warning, Iterable) and not isinstance(warning, Mapping | str):
        return [line for w in warning for line in describe_warning(w, lang)]
    return describe(warning, lang)


def describe_problem(problem: Mapping[str, Any] | Any, lang: str = "zh") -> str:
    """One line for an ``IntegrityProblem`` of ``mediation-desk check``."""
    p = _as_dict(problem)
    params = p.get("params") if isinstance(p.get("params"), Mapping) else {}
    return message(p.get("code", ""), params, lang)
