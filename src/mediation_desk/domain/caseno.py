"""Case numbers ``（2026）<committee short name>人调字第001号`` and the committee short name
they embed."""

from __future__ import annotations

import re

from mediation_desk.domain.errors import DomainError

__all__ = ["SHORT_NAME_MAX", "format_case_no", "parse_case_no", "validate_short_name"]

SHORT_NAME_MAX = 8

# Brackets of every kind would make a case number ambiguous to read back.
_FORBIDDEN_IN_NAME = frozenset("()（）〔〕[]【】［］{}｛｝<>《》")

# Official numbering often uses 〔〕 or [] instead of （）.
_CASE_NO = re.compile(r"[(〔\[]([1-9][0-9]{3})[)〕\]](.+)人调字第([0-9]+)号")
# Only brackets and digits are folded: NFKC on the whole text would also alter the short name
# (Ａ村 → A村) so that it no longer matches the committee's stored one.
_HALF_WIDTH = str.maketrans(
    {"（": "(", "）": ")", "［": "[", "］": "]"} | {chr(0xFF10 + i): str(i) for i in range(10)}
)


def validate_short_name(name: str, *, field: str = "short_name") -> str:
    """Return the stripped short name or raise; used in case numbers, so it must read back."""
    text = name.strip()
    if not text:
        raise DomainError("short_name.empty", field)
    if len(text) > SHORT_NAME_MAX:
        raise DomainError("short_name.length", field, length=len(text), max=SHORT_NAME_MAX)
    for index, char in enumerate(text):
        if char.isspace() or char in _FORBIDDEN_IN_NAME:
            raise DomainError(
                "short_name.characters",
                field,
                reason="forbidden_char",
                char=char,
                position=index + 1,
            )
    if text.isdigit():
        # The number itself would then run into the year and sequence.
        raise DomainError("short_name.characters", field, reason="digits_only")
    return text


def format_case_no(year: int, short_name: str, seq: int) -> str:
    """``format_case_no(2026, "东村", 1)`` → ``（2026）东村人调字第001号``."""
    if not 1000 <= year <= 9999:
        raise ValueError("year must have four digits")
    if seq < 1:
        raise ValueError("seq starts at 1")
    name = validate_short_name(short_name)
    return f"（{year}）{name}人调字第{seq:03d}号"


def parse_case_no(text: str, *, field: str = "case_no") -> tuple[int, str, int]:
    """Inverse of :func:`format_case_no`; also accepts half-width brackets and stray blanks."""
    cleaned = re.sub(r"\s", "", text.translate(_HALF_WIDTH))
    match = _CASE_NO.fullmatch(cleaned)
    if match is None:
        raise DomainError("case_no.format", field)
    year, name, seq = int(match[1]), match[2], int(match[3])
    if seq < 1:
        raise DomainError("case_no.format", field)
    try:
        validate_short_name(name)
    except DomainError:
        raise DomainError("case_no.format", field) from None
    return year, name, seq
