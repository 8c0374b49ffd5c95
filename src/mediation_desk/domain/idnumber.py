"""Citizen ID numbers (公民身份号码, GB 11643-1999): normalisation, checking, parsing, masking.

The 1900-01-01 birth floor of domain.md §11.1 rule 3 is a policy, not part of the standard (its own
example 440524188001010014 is born 1880), so it is the ``min_birth_year`` keyword, default 1900."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.enums import Gender
from mediation_desk.domain.errors import DomainError, DomainWarning

__all__ = [
    "IdNumberInfo",
    "age_on",
    "check_digit",
    "mask_id_number",
    "normalise_id_number",
    "parse_id_number",
    "upgrade_15_to_18",
]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

# Hyphen-like characters that NFKC leaves alone but people paste from word processors.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")

_PROVINCE_CODES = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55)]
    + [*range(61, 66), 71, 81, 82]
)

_DIGITS = frozenset("0123456789")


def normalise_id_number(raw: str) -> str:
    """Half-width, no separators, upper-case check character."""
    text = unicodedata.normalize("NFKC", raw)
    return _SEPARATORS.sub("", text).upper()


def check_digit(body17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a 17-digit body."""
    if len(body17) != 17 or not set(body17) <= _DIGITS:
        raise ValueError("body17 must be exactly 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(body17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def upgrade_15_to_18(id15: str) -> str:
    """Legacy GB 11643-1989 number → 18 characters; those numbers were only issued to 19xx births."""
    if len(id15) != 15 or not set(id15) <= _DIGITS:
        raise ValueError("id15 must be exactly 15 ASCII digits")
    body = id15[:6] + "19" + id15[6:]
    return body + check_digit(body)


def age_on(birth: date, on: date) -> int:
    """Completed years on ``on``; a 29 February birthday counts as reached on 1 March."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


@dataclass(frozen=True)
class IdNumberInfo:
    number: str
    birth_date: date
    gender: Gender
    province_code: str
    upgraded_from_15: bool
    warnings: tuple[DomainWarning, ...] = ()


def parse_id_number(
    raw: str,
    *,
    today: date,
    field: str = "id_number",
    entered_gender: Gender | None = None,
    entered_birth_date: date | None = None,
    entered_age: int | None = None,
    min_birth_year: int = 1900,
) -> IdNumberInfo:
    """Check an ID number and derive what it encodes.

    Structural faults raise DomainError; contradictions with what the user entered elsewhere
    only produce warnings, because the ID card is usually right and the form is not blocked.
    """
    number = normalise_id_number(raw)
    if not number:
        raise DomainError("id_number.empty", field)
    if len(number) not in (15, 18):
        raise DomainError("id_number.length", field, length=len(number))

    for index, char in enumerate(number):
        if char not in _DIGITS and not (index == 17 and char == "X"):
            raise DomainError("id_number.characters", field, position=index + 1)

    warnings: list[DomainWarning] = []
    upgraded = len(number) == 15
    if upgraded:
        birth = _birth_date("19" + number[6:12], today, field, min_birth_year)
        number = upgrade_15_to_18(number)
        warnings.append(DomainWarning("id_number.legacy_15", field))
    else:
        birth = _birth_date(number[6:14], today, field, min_birth_year)
        expected = check_digit(number[:17])
        if number[17] != expected:
            raise DomainError("id_number.checksum", field, expected=expected, given=number[17])

    gender = Gender.MALE if int(number[16]) % 2 == 1 else Gender.FEMALE
    province = number[:2]

    if int(province) not in _PROVINCE_CODES:
        warnings.append(DomainWarning("id_number.province", field, {"code": province}))
    if entered_gender is not None and entered_gender not in (Gender.UNKNOWN, gender):
        warnings.append(
            DomainWarning(
                "id_number.gender_mismatch",
                field,
                {"from_id": gender.value, "entered": entered_gender.value},
            )
        )
    if entered_birth_date is not None and entered_birth_date != birth:
        warnings.append(
            DomainWarning(
                "id_number.birth_mismatch",
                field,
                {"from_id": birth.isoformat(), "entered": entered_birth_date.isoformat()},
            )
        )
    if entered_age is not None:
        age = age_on(birth, today)
        if entered_age != age:
            warnings.append(
                DomainWarning(
                    "id_number.age_mismatch", field, {"from_id": age, "entered": entered_age}
                )
            )

    return IdNumberInfo(
        number=number,
        birth_date=birth,
        gender=gender,
        province_code=province,
        upgraded_from_15=upgraded,
        warnings=tuple(warnings),
    )


def mask_id_number(number: str) -> str:
    """Display form that keeps the region and the tail (domain.md §12: ``110105********002X``)."""
    text = normalise_id_number(number)
    if not text:
        return ""
    if len(text) == 18:
        return text[:6] + "*" * 8 + text[-4:]
    if len(text) <= 4:
        # Keeping two characters at each end would reveal the whole value.
        return "*" * len(text)
    return text[:2] + "*" * (len(text) - 4) + text[-2:]


def _birth_date(text: str, today: date, field: str, min_birth_year: int) -> date:
    try:
        birth = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise DomainError("id_number.birth_date", field, text=text) from None
    if birth < date(min_birth_year, 1, 1) or birth > today:
        raise DomainError("id_number.birth_date", field, text=text)
    return birth
