from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_desk.domain.enums import Gender
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.idnumber import (
    IdNumberInfo,
    age_on,
    check_digit,
    mask_id_number,
    normalise_id_number,
    parse_id_number,
    upgrade_15_to_18,
)

TODAY = date(2026, 3, 1)
VECTORS = ["11010519491231002X", "440524188001010014", "34052419800101001X", "370101190102039973"]
CHECK_CHARS = "0123456789X"


def parse(raw: str, **kwargs: object) -> IdNumberInfo:
    kwargs.setdefault("min_birth_year", 1800)
    return parse_id_number(raw, today=TODAY, **kwargs)  # type: ignore[arg-type]


def codes(info: IdNumberInfo) -> list[str]:
    return [w.code for w in info.warnings]


def with_check(body17: str) -> str:
    return body17 + check_digit(body17)


@pytest.mark.parametrize("number", VECTORS)
def test_vectors_validate(number: str) -> None:
    info = parse(number)
    assert info.number == number
    assert info.upgraded_from_15 is False
    assert info.warnings == ()


def test_vector_details() -> None:
    info = parse("11010519491231002X")
    assert info.birth_date == date(1949, 12, 31)
    assert info.gender is Gender.FEMALE
    assert info.province_code == "11"
    assert parse("370101190102039973").gender is Gender.MALE
    assert parse("440524188001010014").birth_date == date(1880, 1, 1)


def test_1880_vector_refused_by_default_floor_accepted_with_lower_floor() -> None:
    with pytest.raises(DomainError) as exc:
        parse_id_number("440524188001010014", today=TODAY)
    assert exc.value.code == "id_number.birth_date"
    assert exc.value.params == {"text": "18800101"}
    info = parse_id_number("440524188001010014", today=TODAY, min_birth_year=1800)
    assert info.birth_date == date(1880, 1, 1)


@pytest.mark.parametrize("number", VECTORS)
def test_any_single_substitution_is_refused(number: str) -> None:
    for position in range(18):
        for char in CHECK_CHARS:
            if char == number[position]:
                continue
            mutated = number[:position] + char + number[position + 1 :]
            with pytest.raises(DomainError):
                parse(mutated)


def test_check_digit() -> None:
    assert check_digit("11010519491231002") == "X"
    assert check_digit("44052418800101001") == "4"
    for bad in ["", "1101051949123100", "110105194912310021", "1101051949123100X"]:
        with pytest.raises(ValueError):
            check_digit(bad)
    with pytest.raises(ValueError):
        check_digit("１１０１０５１９４９１２３１００２")


def test_normalise() -> None:
    assert normalise_id_number(" 110105 1949-1231 002x ") == "11010519491231002X"
    assert normalise_id_number("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"
    assert normalise_id_number("110105\u30001949\u201412310\t02X") == "11010519491231002X"


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105 19491231 002X",
        " 110105-19491231-002X\n",
        "110105\u300019491231\u3000002X",
    ],
)
def test_lenient_input_accepted(raw: str) -> None:
    assert parse(raw).number == "11010519491231002X"


def test_empty() -> None:
    for raw in ["", "   ", "\u3000", " - "]:
        with pytest.raises(DomainError) as exc:
            parse(raw, field="parties[0].id_number")
        assert exc.value.code == "id_number.empty"
        assert exc.value.field == "parties[0].id_number"


@pytest.mark.parametrize("raw", ["1101051949123100", "11010519491231002X1", "12345"])
def test_length(raw: str) -> None:
    with pytest.raises(DomainError) as exc:
        parse(raw)
    assert exc.value.code == "id_number.length"
    assert exc.value.params == {"length": len(raw)}
    assert exc.value.field == "id_number"


@pytest.mark.parametrize(
    ("raw", "position"),
    [
        ("1101051949123100XX", 17),
        ("A1010519491231002X", 1),
        ("11010519491231002Y", 18),
        ("11010549123100X", 15),
        ("1101051949.231002X", 11),
    ],
)
def test_characters(raw: str, position: int) -> None:
    with pytest.raises(DomainError) as exc:
        parse(raw)
    assert exc.value.code == "id_number.characters"
    assert exc.value.params == {"position": position}


def test_checksum_params() -> None:
    with pytest.raises(DomainError) as exc:
        parse("110105194912310021")
    assert exc.value.code == "id_number.checksum"
    assert exc.value.params == {"expected": "X", "given": "1"}


@pytest.mark.parametrize(
    "date_text", ["19000230", "19491301", "19490001", "20250229", "18991231", "00000000"]
)
def test_impossible_or_too_early_birth_date(date_text: str) -> None:
    number = with_check("110105" + date_text + "002")
    with pytest.raises(DomainError) as exc:
        parse_id_number(number, today=TODAY)
    assert exc.value.code == "id_number.birth_date"
    assert exc.value.params == {"text": date_text}


def test_future_birth_date_refused_today_accepted() -> None:
    tomorrow = TODAY + timedelta(days=1)
    number = with_check("110105" + tomorrow.strftime("%Y%m%d") + "002")
    with pytest.raises(DomainError) as exc:
        parse(number)
    assert exc.value.code == "id_number.birth_date"
    born_today = with_check("110105" + TODAY.strftime("%Y%m%d") + "002")
    assert parse(born_today).birth_date == TODAY


def test_leap_day_birth_accepted() -> None:
    assert parse(with_check("11010520000229002")).birth_date == date(2000, 2, 29)


def test_upgrade_15_to_18() -> None:
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"
    for bad in ["11010549123100", "11010549123100X", "11010519491231002X"]:
        with pytest.raises(ValueError):
            upgrade_15_to_18(bad)


def test_15_digit_round_trip() -> None:
    info = parse("110105 491231 002")
    assert info.number == "11010519491231002X"
    assert info.upgraded_from_15 is True
    assert codes(info) == ["id_number.legacy_15"]
    assert info.warnings[0].field == "id_number"
    again = parse(info.number)
    assert (again.birth_date, again.gender) == (info.birth_date, info.gender)
    # Back to 15: drop the century and the check digit.
    assert info.number[:6] + info.number[8:17] == "110105491231002"


def test_15_digit_invalid_date_refused() -> None:
    with pytest.raises(DomainError) as exc:
        parse("110105490230002")
    assert exc.value.code == "id_number.birth_date"
    assert exc.value.params == {"text": "19490230"}


def test_gender_from_17th_digit() -> None:
    for seq_digit in "0123456789":
        info = parse(with_check("1101051980010100" + seq_digit))
        expected = Gender.MALE if int(seq_digit) % 2 else Gender.FEMALE
        assert info.gender is expected


def test_province_warning() -> None:
    info = parse(with_check("99010519800101001"))
    assert codes(info) == ["id_number.province"]
    assert info.warnings[0].params == {"code": "99"}
    for code in ["11", "15", "23", "37", "46", "54", "65", "71", "81", "82"]:
        assert codes(parse(with_check(code + "010519800101001"))) == []
    for code in ["10", "16", "24", "30", "38", "47", "55", "60", "70", "83", "00"]:
        assert codes(parse(with_check(code + "010519800101001"))) == ["id_number.province"]


def test_gender_mismatch_warning() -> None:
    info = parse("11010519491231002X", entered_gender=Gender.MALE, field="f")
    assert codes(info) == ["id_number.gender_mismatch"]
    warning = info.warnings[0]
    assert warning.field == "f"
    assert warning.params == {"from_id": "female", "entered": "male"}
    assert parse("11010519491231002X", entered_gender=Gender.FEMALE).warnings == ()
    assert parse("11010519491231002X", entered_gender=Gender.UNKNOWN).warnings == ()


def test_birth_mismatch_warning() -> None:
    info = parse("11010519491231002X", entered_birth_date=date(1949, 12, 30))
    assert codes(info) == ["id_number.birth_mismatch"]
    assert info.warnings[0].params == {"from_id": "1949-12-31", "entered": "1949-12-30"}
    assert parse("11010519491231002X", entered_birth_date=date(1949, 12, 31)).warnings == ()


def test_age_mismatch_warning_is_exact() -> None:
    # Born 1949-12-31; on 2026-03-01 the person is 76.
    assert parse("11010519491231002X", entered_age=76).warnings == ()
    for wrong in (75, 77):
        info = parse("11010519491231002X", entered_age=wrong)
        assert codes(info) == ["id_number.age_mismatch"]
        assert info.warnings[0].params == {"from_id": 76, "entered": wrong}


def test_several_warnings_together() -> None:
    info = parse(
        "110105491231002",
        entered_gender=Gender.MALE,
        entered_birth_date=date(1950, 1, 1),
        entered_age=70,
    )
    assert codes(info) == [
        "id_number.legacy_15",
        "id_number.gender_mismatch",
        "id_number.birth_mismatch",
        "id_number.age_mismatch",
    ]


def test_age_on() -> None:
    birth = date(1980, 6, 15)
    assert age_on(birth, date(2026, 6, 14)) == 45
    assert age_on(birth, date(2026, 6, 15)) == 46
    assert age_on(birth, birth) == 0
    leap = date(2000, 2, 29)
    assert age_on(leap, date(2018, 2, 28)) == 17
    assert age_on(leap, date(2018, 3, 1)) == 18
    assert age_on(leap, date(2020, 2, 29)) == 20


def test_mask() -> None:
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("11010519491231002x") == "110105********002X"
    assert mask_id_number("110105491231002") == "11***********02"
    assert mask_id_number("E12345678") == "E1*****78"
    assert mask_id_number("12345") == "12*45"
    assert mask_id_number("1234") == "****"
    assert mask_id_number("") == ""


def test_info_is_frozen() -> None:
    info = parse("11010519491231002X")
    with pytest.raises(AttributeError):
        info.number = "x"  # type: ignore[misc]


_BIRTHS = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
_ADDRESSES = st.text(alphabet="0123456789", min_size=6, max_size=6)
_SEQUENCES = st.text(alphabet="0123456789", min_size=3, max_size=3)


@given(address=_ADDRESSES, birth=_BIRTHS, seq=_SEQUENCES)
def test_property_valid_body_parses_and_wrong_check_refused(
    address: str, birth: date, seq: str
) -> None:
    body = address + birth.strftime("%Y%m%d") + seq
    good = check_digit(body)
    info = parse_id_number(body + good, today=TODAY)
    assert info.birth_date == birth
    assert info.number == body + good
    for char in CHECK_CHARS.replace(good, ""):
        with pytest.raises(DomainError) as exc:
            parse_id_number(body + char, today=TODAY)
        assert exc.value.code == "id_number.checksum"
        assert exc.value.params == {"expected": good, "given": char}
