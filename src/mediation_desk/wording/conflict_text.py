"""Conflict-of-interest warnings and family ties in words, for the CLI and the windows:
relation names (gendered where the gender is known) and one sentence per conflict."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from mediation_desk.wording.catalog_relations import CLOSE_NOTE, GENDERED, RELATIONS
from mediation_desk.wording.messages import message


def _i(lang: str | None) -> int:
    return 1 if isinstance(lang, str) and lang.lower().startswith("en") else 0


def relation_label(relation: str, gender: str | None = None, lang: str = "zh") -> str:
    """配偶, 父亲, 女儿 ... : what someone of ``gender`` is when he is the ``relation``."""
    pair = GENDERED.get((relation, gender or "")) or RELATIONS.get(relation)
    return pair[_i(lang)] if pair else relation


def _fields(conflict: Any) -> tuple[str, Mapping[str, Any]]:
    if isinstance(conflict, Mapping):
        return str(conflict.get("code", "")), conflict.get("params") or {}
    return str(conflict.code), conflict.params


def conflict_sentence(conflict: Any, lang: str = "zh") -> str:
    """张三是当事人王某的妻子（近亲属） — for a ConflictView (or its dict)."""
    code, params = _fields(conflict)
    values = dict(params)
    i = _i(lang)
    if "relation" in values:
        values["relation"] = relation_label(str(values["relation"]),
                                            values.get("mediator_gender"), lang)
    values["close"] = CLOSE_NOTE[i] if values.get("close") else ""
    return message(code, values, lang)


def conflict_parts(conflicts: Iterable[Any], lang: str = "zh") -> tuple[str, str]:
    """(「⚠ 回避提示：…。」 naming every conflict, the parties' right), or ("", "") when there
    is none; a window may set the first part in bold."""
    sentences = [conflict_sentence(c, lang) for c in conflicts]
    if not sentences:
        return "", ""
    i = _i(lang)
    head = ("回避提示：", "Possible conflict of interest: ")[i]
    join = ("；", "; ")[i]
    stop = ("。", ".")[i]
    return "⚠ " + head + join.join(dict.fromkeys(sentences)) + stop, \
        message("conflict.right", {}, lang)


def conflict_warning(conflicts: Iterable[Any], lang: str = "zh") -> str:
    """The whole warning as one text: every conflict, then the parties' right. Empty when
    there is none."""
    found, right = conflict_parts(conflicts, lang)
    return f"{found}{'' if _i(lang) == 0 else ' '}{right}" if found else ""
