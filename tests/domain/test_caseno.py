from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_desk.domain.caseno import format_case_no, parse_case_no, validate_short_name
from mediation_desk.domain.errors import DomainError


@pytest.mark.parametrize(
    ("year", "name", "seq", "expected"),
    [
        (2026, "东村", 1, "（2026）东村人调字第001号"),
        (2026, "东村", 12, "（2026）东村人调字第012号"),
        (2026, "东村", 999, "（2026）东村人调字第999号"),
        (2026, "东村", 1234, "（2026）东村人调字第1234号"),
        (2025, "石桥镇西村", 7, "（2025）石桥镇西村人调字第007号"),
        (2026, " 东村 ", 1, "（2026）东村人调字第001号"),
    ],
)
def test_format(year: int, name: str, seq: int, expected: str) -> None:
    assert format_case_no(year, name, seq) == expected


def test_format_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError):
        format_case_no(26, "东村", 1)
    with pytest.raises(ValueError):
        format_case_no(2026, "东村", 0)
    with pytest.raises(DomainError) as exc:
        format_case_no(2026, "东(村)", 1)
    assert exc.value.code == "short_name.characters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（2026）东村人调字第001号", (2026, "东村", 1)),
        ("(2026)东村人调字第001号", (2026, "东村", 1)),
        ("（2026)东村人调字第1号", (2026, "东村", 1)),
        ("〔2026〕东村人调字第12号", (2026, "东村", 12)),
        ("[2026]东村人调字第1234号", (2026, "东村", 1234)),
        ("（２０２６）东村人调字第００３号", (2026, "东村", 3)),
        (" （2026） 东村 人调字第 003 号 ", (2026, "东村", 3)),
        ("（2026）Ａ村人调字第003号", (2026, "Ａ村", 3)),
        ("（2026）1组人调字第5号", (2026, "1组", 5)),
    ],
)
def test_parse(text: str, expected: tuple[int, str, int]) -> None:
    assert parse_case_no(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "东村人调字第001号",
        "（26）东村人调字第001号",
        "（0026）东村人调字第001号",
        "（2026）人调字第001号",
        "（2026）东村人调字第号",
        "（2026）东村人调字第0号",
        "（2026）东村人调字第001",
        "（2026）东村民调字第001号",
        "（2026）东村人调字第001号附",
        "（2026）九个字的很长的村名人调字第001号",
        "（2026）123人调字第001号",
        "（2026）东村人调字第١٢号",
    ],
)
def test_parse_refuses(text: str) -> None:
    with pytest.raises(DomainError) as exc:
        parse_case_no(text, field="cases[3].case_no")
    assert exc.value.code == "case_no.format"
    assert exc.value.field == "cases[3].case_no"


def test_parse_default_field() -> None:
    with pytest.raises(DomainError) as exc:
        parse_case_no("x")
    assert exc.value.field == "case_no"


@given(
    year=st.integers(min_value=1000, max_value=9999),
    name=st.text(
        alphabet=st.sampled_from("东西南北村镇组一二三0123456789AbＡ·-"), min_size=1, max_size=8
    ).filter(lambda s: not s.isdigit()),
    seq=st.integers(min_value=1, max_value=100_000),
)
def test_round_trip(year: int, name: str, seq: int) -> None:
    assert parse_case_no(format_case_no(year, name, seq)) == (year, name, seq)


@pytest.mark.parametrize(
    "name", ["东村", "X", "石桥镇西村", "一二三四五六七八", " 东村\u3000", "1组"]
)
def test_valid_short_names(name: str) -> None:
    assert validate_short_name(name) == name.strip()


@pytest.mark.parametrize("name", ["", "   ", "\u3000"])
def test_short_name_empty(name: str) -> None:
    with pytest.raises(DomainError) as exc:
        validate_short_name(name, field="committee.short_name")
    assert exc.value.code == "short_name.empty"
    assert exc.value.field == "committee.short_name"


def test_short_name_length() -> None:
    with pytest.raises(DomainError) as exc:
        validate_short_name("一二三四五六七八九")
    assert exc.value.code == "short_name.length"
    assert exc.value.params == {"length": 9, "max": 8}
    assert exc.value.field == "short_name"


@pytest.mark.parametrize(
    ("name", "char", "position"),
    [
        ("东 村", " ", 2),
        ("东\u3000村", "\u3000", 2),
        ("东(村", "(", 2),
        ("（东村）", "（", 1),
        ("东村〔1〕", "〔", 3),
        ("【东村", "【", 1),
        ("东村]", "]", 3),
    ],
)
def test_short_name_forbidden_characters(name: str, char: str, position: int) -> None:
    with pytest.raises(DomainError) as exc:
        validate_short_name(name)
    assert exc.value.code == "short_name.characters"
    assert exc.value.params == {"reason": "forbidden_char", "char": char, "position": position}


@pytest.mark.parametrize("name", ["123", "２０２６", " 7 "])
def test_short_name_digits_only(name: str) -> None:
    with pytest.raises(DomainError) as exc:
        validate_short_name(name)
    assert exc.value.code == "short_name.characters"
    assert exc.value.params == {"reason": "digits_only"}
