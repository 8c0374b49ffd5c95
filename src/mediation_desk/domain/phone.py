"""Chinese phone numbers (domain.md §11.2): parsing typed input into a normalised display form,
and masking for display."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from mediation_desk.domain.errors import DomainError

__all__ = ["PhoneNumber", "mask_phone", "parse_phone"]

_MOBILE = re.compile(r"1[3-9]\d{9}")
_SEPARATORS = frozenset(" -()")
# 转 ("transfer to") is how extensions are usually written on Chinese forms: 0571-87654321转123.
_EXTENSION_MARK = "转"
_ALLOWED = frozenset("0123456789+") | _SEPARATORS | {_EXTENSION_MARK}
# NFKC keeps these as they are; people paste them from word processors.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})


@dataclass(frozen=True)
class PhoneNumber:
    """``digits`` is the display form: ``13812345678``, ``010-12345678``, ``0571-8765432-12``."""

    digits: str
    kind: Literal["mobile", "landline"]

    def __str__(self) -> str:
        return self.digits


def parse_phone(raw: str, *, field: str = "phone") -> PhoneNumber:
    """Accepts +86/0086/86 prefixes, blanks, dashes, parentheses, full-width digits, and an
    extension after 转 or as a short last group (``0571-8765432-12``)."""
    text = _clean(raw)
    if not text.strip(" -()"):
        raise DomainError("phone.empty", field)
    for index, char in enumerate(text):
        if char not in _ALLOWED:
            raise DomainError("phone.characters", field, position=index + 1)

    text = text.lstrip(" -(")
    international = False
    if text.startswith("+"):
        if not text.startswith("+86"):
            raise DomainError("phone.format", field)
        text, international = text[3:], True
    elif text.startswith("0086"):
        text, international = text[4:], True
    if "+" in text or text.count(_EXTENSION_MARK) > 1:
        raise DomainError("phone.format", field)

    main, mark, extension = text.partition(_EXTENSION_MARK)
    groups = re.findall(r"\d+", main)
    digits = "".join(groups)
    if not digits:
        raise DomainError("phone.format", field)

    if not international and digits.startswith("86") and _MOBILE.fullmatch(digits[2:]):
        digits, international = digits[2:], True
    if international and digits[0] not in "01":
        # Abroad the trunk 0 of a landline is dropped: +86 571 8765 4321.
        digits = "0" + digits
    if international and digits.startswith("10") and len(digits) in (9, 10):
        digits = "0" + digits  # +86 10 … is Beijing; mobiles never start with 10

    if digits[0] == "1":
        if mark:
            raise DomainError("phone.format", field)
        return _mobile(digits, field)
    if digits[0] == "0":
        return _landline(digits, groups, extension if mark else None, field)
    raise DomainError("phone.format", field)


def mask_phone(p: str) -> str:
    """``138****5678`` for mobiles; landlines keep the area code and the last two digits."""
    if not p.strip():
        return ""
    try:
        phone = parse_phone(p)
    except DomainError:
        text = p.strip()
        if len(text) <= 4:
            # Keeping two characters at each end would reveal the whole value.
            return "*" * len(text)
        return text[:2] + "*" * (len(text) - 4) + text[-2:]
    if phone.kind == "mobile":
        return phone.digits[:3] + "****" + phone.digits[-4:]
    area, local, *extension = phone.digits.split("-")
    masked = [area, "*" * (len(local) - 2) + local[-2:]]
    masked += ["*" * len(e) for e in extension]
    return "-".join(masked)


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw).translate(_DASHES)
    # Only trailing blanks are cut so that a reported position still matches the input.
    return re.sub(r"\s", " ", text).rstrip()


def _mobile(digits: str, field: str) -> PhoneNumber:
    if digits[1] in "012" and len(digits) == 11:
        raise DomainError("phone.service_number", field)
    if len(digits) != 11:
        raise DomainError("phone.mobile_length", field, length=len(digits))
    return PhoneNumber(digits, "mobile")


def _landline(digits: str, groups: list[str], extension: str | None, field: str) -> PhoneNumber:
    if len(digits) < 3 or digits[1] == "0":
        raise DomainError("phone.landline_format", field)
    # The only two-digit area codes are 10 and 20-29; all others have three digits.
    area_len = 3 if digits[1] in "12" else 4
    area, rest = digits[:area_len], digits[area_len:]

    local = rest
    if extension is not None:
        extension = extension.strip(" -()")
        if not re.fullmatch(r"\d{1,6}", extension):
            raise DomainError("phone.landline_format", field)
    elif len(groups) >= 2:
        # A separately typed short last group is an extension only if what precedes it is a
        # whole local number; otherwise it is just the second half of "8765 4321".
        last = groups[-1]
        if len(last) <= 6 and len(rest) - len(last) in (7, 8):
            local, extension = rest[: -len(last)], last

    # A leading 0 here means the trunk prefix was typed twice. (Real local numbers do not start
    # with 1 either, but placeholder numbers like 010-12345678 are common and harmless.)
    if not re.fullmatch(r"[1-9]\d{6,7}", local):
        raise DomainError("phone.landline_format", field)
    display = f"{area}-{local}" + (f"-{extension}" if extension else "")
    return PhoneNumber(display, "landline")
