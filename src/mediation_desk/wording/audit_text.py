"""The audit trail in words, for the 日志 page, the case's 历史 tab, the CLI and the
exported files alike: an action's label, what an entry is about, and a one-line summary of
what it logged (old → new). The log holds masked ID numbers and phones only, and so does
every line made here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta, timezone
from typing import Any

from mediation_desk.domain.audit_views import AuditEventView, AuditFilter
from mediation_desk.domain.codes import DEFAULT_CODES
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.permissions import ROLE_LABELS_ZH, Role
from mediation_desk.wording import catalog_audit as cat
from mediation_desk.wording import messages, sync_text
from mediation_desk.wording.catalog_audit import Pair

BEIJING = timezone(timedelta(hours=8))  # the log's times as the village reads them
SUMMARY_MAX = 200  # characters: one line in a table cell, the full text in its tooltip
_SKIP_KEYS = frozenset({"id", "demo", "digest", "seq_from", "seq_to", "version", "filter"})
_CATEGORIES = {d.code: (d.label_zh, d.label_en) for d in DEFAULT_CODES[CodeTable.DISPUTE_CATEGORY]}


def _i(lang: str | None) -> int:
    return 1 if isinstance(lang, str) and lang.lower().startswith("en") else 0


def _pick(table: Mapping[str, Pair], key: str, lang: str) -> str | None:
    pair = table.get(key)
    return (pair[_i(lang)] or key) if pair else None


def action_label(action: str, lang: str = "zh") -> str:
    """受理, 查看完整身份证号, 导出数据包 … for any logged action; unknown ones as they are."""
    if action in messages.ACTIONS:
        return messages.action_label(action, lang)
    own = _pick(cat.ACTIONS, action, lang)
    if own is not None:
        return own
    if action.startswith("case.") and action.removeprefix("case.") in messages.ACTIONS:
        # Lifecycle steps are logged as case.<action>; the step's own words fit.
        return messages.action_label(action.removeprefix("case."), lang)
    return action


def has_label(action: str) -> bool:
    return action_label(action, "zh") != action


def group_label(group: str, lang: str = "zh") -> str:
    return _pick(cat.GROUPS, group, lang) or group


def entity_label(entity: str, lang: str = "zh") -> str:
    return _pick(cat.ENTITIES, entity, lang) or entity


def purpose_label(purpose: str, lang: str = "zh") -> str:
    """A reveal's purpose: the words of a known code, or the text as it was typed."""
    return _pick(cat.PURPOSES, purpose, lang) or purpose


def decision_label(decision: str, lang: str = "zh") -> str:
    return _pick(cat.DECISIONS, decision, lang) or decision


def retention_label(retention: str, lang: str = "zh") -> str:
    return _pick(cat.RETENTIONS, retention, lang) or retention


def object_text(e: AuditEventView, lang: str = "zh") -> str:
    """What the entry is about: the case's number, else the kind of record and its name."""
    if e.case_no:
        return e.case_no
    values = {**(e.before or {}), **(e.after or {})}
    kind = entity_label(e.entity, lang)
    for key in ("case_no", "name", "login", "file", "period", "code", "person"):
        value = values.get(key)
        if isinstance(value, str) and value:
            return f"{kind} {value}" if key != "case_no" else value
    return kind


def summary(e: AuditEventView | Mapping[str, Any], lang: str = "zh", *,
            limit: int | None = SUMMARY_MAX) -> str:
    """One line: "用途：核对当事人身份；身份证号：110105********002X", "状态：登记 → 已受理"."""
    if isinstance(e, AuditEventView):
        before, after = e.before or {}, e.after or {}
        if e.case_no:  # the 对象 column names the case already
            before = {k: v for k, v in before.items() if k != "case_no"}
            after = {k: v for k, v in after.items() if k != "case_no"}
    else:
        before, after = e.get("before") or {}, e.get("after") or {}
    parts = _changes(before, after, lang) if before and after else \
        _values(after or before, lang)
    text = ("；", "; ")[_i(lang)].join(parts)
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "…"
    return text


def _changes(before: Mapping[str, Any], after: Mapping[str, Any], lang: str) -> list[str]:
    parts = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if old == new or _skip(key):
            continue
        old_text, new_text = _value(key, old, lang), _value(key, new, lang)
        if not old_text and not new_text:
            continue
        shown = f"{old_text or '—'} → {new_text or '—'}" if key in before else new_text
        parts.append(caption(key, lang) + ("：", ": ")[_i(lang)] + shown)
    return parts


def _values(values: Mapping[str, Any], lang: str) -> list[str]:
    parts = []
    for key, value in values.items():
        if _skip(key):
            continue
        text = _value(key, value, lang)
        if text:
            parts.append(caption(key, lang) + ("：", ": ")[_i(lang)] + text)
    return parts


def _skip(key: str) -> bool:
    # An internal id says nothing to a person reading the log.
    return key in _SKIP_KEYS or key.endswith("_id") or key.endswith("_ids")


def caption(key: str, lang: str = "zh") -> str:
    """What a logged value is called ("用途", "继续保管至" …); input-field names otherwise."""
    return _pick(cat.SUMMARY_KEYS, key, lang) or messages.field_label(key, lang) or key


def _value(key: str, value: Any, lang: str) -> str:
    i = _i(lang)
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return ("是", "yes")[i] if value else ("否", "no")[i]
    if isinstance(value, list):
        return ("、", ", ")[i].join(t for t in (_value(key, v, lang) for v in value) if t)
    if isinstance(value, dict):
        return ("，", ", ")[i].join(_values(value, lang))
    text = str(value)
    if key == "status":
        return messages.status_label(text, lang)
    if key == "purpose":
        return purpose_label(text, lang)
    if key == "level":
        return sync_text.level_label(text, lang)
    if key == "decision":
        return decision_label(text, lang)
    if key == "retention":
        return retention_label(text, lang)
    if key == "category":
        pair = _CATEGORIES.get(text)
        return pair[i] if pair else text
    if key == "role" and text in Role.__members__.values():
        return ROLE_LABELS_ZH[Role(text)] if i == 0 else text
    if key in ("reason", "result", "kind", "method", "gender", "relation"):
        return messages.value_label(text, lang)
    return text


class EventText:
    """The exported file's words in ``lang``: 时间, 操作人, 操作, 对象, 摘要 per line."""

    def __init__(self, lang: str = "zh", station: str = "") -> None:
        self.lang = lang
        i = _i(lang)
        self.title = (f"{station}操作日志" if station else "操作日志",
                      f"Audit log {station}".strip())[i]
        self.headers: Sequence[str] = (("时间", "操作人", "操作", "类别", "对象", "摘要"),
                                       ("Time", "By", "Action", "Category", "Object",
                                        "Summary"))[i]

    def row(self, e: AuditEventView) -> Sequence[str]:
        return (e.at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S"), e.actor,
                action_label(e.action, self.lang), group_label(e.group, self.lang),
                object_text(e, self.lang), summary(e, self.lang, limit=None))

    def filter_line(self, f: AuditFilter) -> str:
        return filter_text(f, self.lang)


def filter_text(f: AuditFilter, lang: str = "zh") -> str:
    """What was selected, in words: "2026-11-01 至 2026-11-21，操作人 王调解，类别 案件"."""
    i = _i(lang)
    parts = []
    if f.date_from or f.date_to:
        parts.append(f"{f.date_from or '…'} {('至', 'to')[i]} {f.date_to or '…'}")
    if f.actor:
        parts.append(f"{('操作人', 'by')[i]} {f.actor}")
    if f.group:
        parts.append(f"{('类别', 'category')[i]} {group_label(f.group, lang)}")
    if f.action:
        parts.append(f"{('操作', 'action')[i]} {action_label(f.action.rstrip('*.'), lang)}")
    if f.case:
        parts.append(f"{('案件', 'case')[i]} {f.case}")
    if f.text:
        parts.append(f"{('含', 'containing')[i]} “{f.text}”")
    return ("，", ", ")[i].join(parts) or ("全部记录", "all entries")[i]
