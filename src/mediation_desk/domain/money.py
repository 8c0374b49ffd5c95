"""Money amounts, held as integer fen (分): parsing typed yuan, display, and the financial capitals
(大写金额) written on agreements.

Capitals follow 《支付结算办法》附件《正确填写票据和结算凭证的基本规定》. Where that text allows a
choice we take the shorter form: no 零 where it is optional (万位/元位 zero before a non-zero 千位/角位:
¥107,000.53 → 壹拾万柒仟元伍角叁分) and no 整 after 角; but a 零 always marks a whole skipped
four-digit group (壹亿零壹仟元整), as is common practice."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from mediation_desk.domain.errors import DomainError

__all__ = ["MAX_FEN", "annotate_amounts", "format_yuan", "parse_yuan", "to_chinese_capital"]

MAX_FEN = 10**12  # 100 亿元: far above any village dispute; guards against typos with extra digits

_AMOUNT = re.compile(
    r"(?P<sign>-)?(?:¥|人民币|RMB)?(?P<sign2>-)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<wan>万)?元?",
    re.IGNORECASE | re.ASCII,
)

_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP_UNITS = ("仟", "佰", "拾", "")
_GROUP_UNITS = ("亿", "万", "")


def parse_yuan(text: str, *, field: str = "amount") -> int:
    """Typed yuan → fen. Accepts ``12000``, ``12,000.5``, ``¥12000``, ``12000元``, ``1.2万``,
    full-width digits. Extra decimal places are refused unless they are zeros."""
    cleaned = unicodedata.normalize("NFKC", text).replace("\u2212", "-")
    cleaned = re.sub(r"\s", "", cleaned)
    if not cleaned:
        raise DomainError("amount.empty", field)
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise DomainError("amount.format", field)
    if match["sign"] and match["sign2"]:
        raise DomainError("amount.format", field)
    if match["sign"] or match["sign2"]:
        raise DomainError("amount.negative", field)

    yuan = Decimal(match["number"].replace(",", ""))
    if match["wan"]:
        yuan *= 10_000
    fen = yuan * 100
    if fen != fen.to_integral_value():
        raise DomainError("amount.too_many_decimals", field)
    if fen > MAX_FEN:
        raise DomainError("amount.too_large", field, max_fen=MAX_FEN)
    return int(fen)


def format_yuan(fen: int) -> str:
    """``1200050`` → ``12,000.50``."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def to_chinese_capital(fen: int) -> str:
    """``1200000`` → ``人民币壹万贰仟元整``; ``32504`` → ``人民币叁佰贰拾伍元零肆分``."""
    if fen < 0:
        raise ValueError("amount must not be negative")
    if fen >= 10**14:
        raise ValueError("amount too large for capitals (limit 万亿元)")
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)

    text = _integer_capital(yuan)
    if yuan:
        text += "元"
    if jiao:
        text += _CAPITAL_DIGITS[jiao] + "角"
    if fen_digit:
        # 角位 zero between 元 and 分 must be written (rule 四: ¥325.04 → 叁佰贰拾伍元零肆分).
        if yuan and not jiao:
            text += "零"
        text += _CAPITAL_DIGITS[fen_digit] + "分"
    if not cents:
        text = (text or "零元") + "整"
    return "人民币" + text


def _integer_capital(value: int) -> str:
    groups = [value // 10**8, value // 10**4 % 10**4, value % 10**4]
    parts: list[str] = []
    skipped_group = False
    for group, unit in zip(groups, _GROUP_UNITS, strict=True):
        if group == 0:
            skipped_group = bool(parts)
            continue
        if parts and (group < 1000 or skipped_group):
            parts.append("零")
        parts.append(_group_capital(group) + unit)
        skipped_group = False
    return "".join(parts)


def _group_capital(group: int) -> str:
    """One group of up to four digits, without leading or trailing 零."""
    out: list[str] = []
    pending_zero = False
    for digit_char, unit in zip(f"{group:04d}", _IN_GROUP_UNITS, strict=True):
        digit = int(digit_char)
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_CAPITAL_DIGITS[digit] + unit)
    return "".join(out)


# An amount in yuan as people write it in agreement terms: 12000元, 12,000.50元, 1.2万元,
# 人民币3000元. Not one already followed by its capitals, and not part of a longer number.
_TERM_AMOUNT = re.compile(
    r"(?<![\d.,])(?P<amount>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?)\s*(?P<wan>万)?元"
    r"(?!\s*[（(]\s*(?:大写|人民币))")


def annotate_amounts(text: str) -> str:
    """``赔偿12000元`` → ``赔偿12000元（大写：壹万贰仟元整）``: the figures stay as typed and the
    capitals follow, as an agreement should state money (domain.md §4.7). Amounts that do not
    parse or exceed the limit are left alone."""

    def add(match: re.Match[str]) -> str:
        typed = match["amount"] + (match["wan"] or "")
        try:
            fen = parse_yuan(typed)
        except DomainError:
            return match[0]
        if fen == 0:
            return match[0]
        return f"{match[0]}（大写：{to_chinese_capital(fen).removeprefix('人民币')}）"

    return _TERM_AMOUNT.sub(add, text)
