from __future__ import annotations

import pytest

from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.phone import PhoneNumber, mask_phone, parse_phone


def refused(raw: str, **kwargs: str) -> DomainError:
    with pytest.raises(DomainError) as exc:
        parse_phone(raw, **kwargs)
    return exc.value


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+8613812345678",
        "+86 138 1234 5678",
        "(+86) 138-1234-5678",
        "8613812345678",
        "008613812345678",
        "0086 138 1234 5678",
        "１３８１２３４５６７８",
        "＋８６　１３８－１２３４－５６７８",
        "  13812345678\t",
        "138\u20141234\u20145678",
    ],
)
def test_mobile_forms(raw: str) -> None:
    assert parse_phone(raw) == PhoneNumber("13812345678", "mobile")


@pytest.mark.parametrize("second", "3456789")
def test_mobile_second_digit_3_to_9(second: str) -> None:
    number = "1" + second + "012345678"
    assert parse_phone(number).kind == "mobile"


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("(010)12345678", "010-12345678"),
        ("（010）1234 5678", "010-12345678"),
        ("010 1234 5678", "010-12345678"),
        ("020-8765432", "020-8765432"),
        ("0298765432", "029-8765432"),
        ("0571-87654321", "0571-87654321"),
        ("057187654321", "0571-87654321"),
        ("05718765432", "0571-8765432"),
        ("0571 8765 4321", "0571-87654321"),
        ("０５７１－８７６５４３２１", "0571-87654321"),
        ("0310-1234567", "0310-1234567"),
        ("0571-87654321-123", "0571-87654321-123"),
        ("0571-8765432-1", "0571-8765432-1"),
        ("0571 8765 4321 12", "0571-87654321-12"),
        ("01012345678-123456", "010-12345678-123456"),
        ("0571-87654321转123", "0571-87654321-123"),
        ("0571-87654321 转 8", "0571-87654321-8"),
        ("+86 10 12345678", "010-12345678"),
        ("+86 571 87654321", "0571-87654321"),
        ("+86 (0)571 87654321", "0571-87654321"),
        ("0086 20 87654321", "020-87654321"),
    ],
)
def test_landline_forms(raw: str, display: str) -> None:
    assert parse_phone(raw) == PhoneNumber(display, "landline")


def test_str_is_display_form() -> None:
    assert str(parse_phone("010 1234 5678")) == "010-12345678"


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", "-", "( )"])
def test_empty(raw: str) -> None:
    error = refused(raw, field="parties[1].phone")
    assert error.code == "phone.empty"
    assert error.field == "parties[1].phone"


@pytest.mark.parametrize(
    ("raw", "position"),
    [
        ("138a2345678", 4),
        ("13812345678#", 12),
        ("tel 13812345678", 1),
        ("138.1234.5678", 4),
        ("0571-87654321转12a", 17),
    ],
)
def test_characters(raw: str, position: int) -> None:
    error = refused(raw)
    assert error.code == "phone.characters"
    assert error.params == {"position": position}
    assert error.field == "phone"


@pytest.mark.parametrize("raw", ["10012345678", "11012345678", "12345678901", "+86 12345678901"])
def test_service_number(raw: str) -> None:
    assert refused(raw).code == "phone.service_number"


@pytest.mark.parametrize(
    ("raw", "length"),
    [("1381234567", 10), ("138123456789", 12), ("10086", 5), ("110", 3), ("+86 1381234567", 10)],
)
def test_mobile_length(raw: str, length: int) -> None:
    error = refused(raw)
    assert error.code == "phone.mobile_length"
    assert error.params == {"length": length}


@pytest.mark.parametrize(
    "raw",
    [
        "010-1234567890",  # local too long
        "010-123456",  # local too short
        "0571-0765432",  # local starts with the trunk prefix
        "010-12345678转1234567",  # extension too long
        "0571-87654321转",  # empty extension
        "00",
        "001 202 555 0100",  # international call prefix
        "05",
    ],
)
def test_landline_format(raw: str) -> None:
    assert refused(raw).code == "phone.landline_format"


@pytest.mark.parametrize(
    "raw",
    [
        "87654321",  # no area code
        "400-123-4567",
        "+1 202 555 0100",
        "+44 20 7946 0958",
        "138+12345678",
        "13812345678转12",  # mobiles have no extension
        "13812345678转",
        "0571-8765转1转2",
        "+",
        "+86",
        "(+86)",
    ],
)
def test_format(raw: str) -> None:
    assert refused(raw).code == "phone.format"


def test_characters_checked_before_structure() -> None:
    assert refused("+1 abc").code == "phone.characters"


def test_mask_mobile() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138 1234 5678") == "138****5678"


def test_mask_landline() -> None:
    assert mask_phone("010-12345678") == "010-******78"
    assert mask_phone("0571-8765432") == "0571-*****32"
    assert mask_phone("0571-87654321-123") == "0571-******21-***"


def test_mask_unparseable_and_empty() -> None:
    assert mask_phone("") == ""
    assert mask_phone("  ") == ""
    assert mask_phone("87654321") == "87****21"
    assert mask_phone("110") == "***"
