"""How long a dossier is kept, and when it is due for review (个人信息保护法 第十九条;
domain.md §4.1, §12 consequence 6).

The periods are those of the 2006 文书档案保管期限 rules the 卷宗封面 names: 短期 10 years,
长期 30 years, 永久 never. A dossier's period runs from the day the case was archived; a
review that decided to keep it sets a new date (``keep_until``). Pure rules, no I/O."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.enums import Retention

RETENTION_YEARS: dict[str, int | None] = {
    Retention.SHORT.value: 10, Retention.LONG.value: 30, Retention.PERMANENT.value: None}
DEFAULT_RETENTION = Retention.LONG.value  # a case without a dossier row (as fill_dossier)

KEEP, DISPOSED = "keep", "disposed"
DECISIONS = (KEEP, DISPOSED)

# 当事人甲, 当事人乙 …: what a disposed case's parties are called from then on.
_STEMS = "甲乙丙丁戊己庚辛壬癸"
PSEUDONYM_PREFIX = "当事人"


def add_years(d: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def retention_years(retention: str) -> int | None:
    """Years a class is kept (None: permanently); an unknown class counts as the default."""
    return RETENTION_YEARS.get(retention, RETENTION_YEARS[DEFAULT_RETENTION])


def due_on(archived_on: date | None, retention: str, keep_until: date | None = None,
           decision: str = "") -> date | None:
    """When the dossier's period ends: ``keep_until`` after a review that kept it, else
    archived_on + the class's years. None: not archived, kept permanently, or disposed."""
    if decision == DISPOSED or archived_on is None:
        return None
    if decision == KEEP and keep_until is not None:
        return keep_until
    years = retention_years(retention)
    return None if years is None else add_years(archived_on, years)


def is_due(due: date | None, today: date) -> bool:
    return due is not None and due <= today


def pseudonym(index: int) -> str:
    """当事人甲 … 当事人癸, then 当事人11, 当事人12 … (``index`` from 0)."""
    if index < len(_STEMS):
        return PSEUDONYM_PREFIX + _STEMS[index]
    return f"{PSEUDONYM_PREFIX}{index + 1}"


def replace_names(text: str, names: dict[str, str]) -> str:
    """``text`` with every name replaced by its pseudonym, longest names first (so 张三丰
    is not turned into 当事人甲丰 by 张三)."""
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = text.replace(name, names[name])
    return text
