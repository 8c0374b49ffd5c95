from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.money import MAX_FEN, format_yuan, parse_yuan, to_chinese_capital


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12000", 1_200_000),
        ("12,000.5", 1_200_050),
        ("12,000.50", 1_200_050),
        ("1,234,567.89", 123_456_789),
        ("１２０００", 1_200_000),
        ("１２，０００．５", 1_200_050),
        ("12000元", 1_200_000),
        ("¥12000", 1_200_000),
        ("￥12000", 1_200_000),
        ("￥ 12 000", 1_200_000),
        ("人民币12000元", 1_200_000),
        ("RMB 12000", 1_200_000),
        ("1.2万", 1_200_000),
        ("1.2万元", 1_200_000),
        ("￥1.2万", 1_200_000),
        ("3万", 3_000_000),
        ("1.23456万", 1_234_560),
        ("0.000001万", 1),
        ("0.05", 5),
        ("0", 0),
        ("0.00", 0),
        ("12.500", 1_250),
        ("  88.8  ", 8_880),
        ("10000000000", MAX_FEN),
    ],
)
def test_parse_yuan(text: str, fen: int) -> None:
    assert parse_yuan(text) == fen


def refused(text: str, **kwargs: str) -> DomainError:
    with pytest.raises(DomainError) as exc:
        parse_yuan(text, **kwargs)
    return exc.value


@pytest.mark.parametrize("text", ["", "  ", "\u3000"])
def test_empty(text: str) -> None:
    error = refused(text, field="agreement.amount")
    assert error.code == "amount.empty"
    assert error.field == "agreement.amount"


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "12a",
        "1.2.3",
        ".5",
        "5.",
        "1,2000",
        "12,00",
        ",100",
        "12元5角",
        "万",
        "元",
        "¥",
        "--5",
        "-¥-5",
        "1e5",
        "1.2亿",
        "12000元万",
    ],
)
def test_format(text: str) -> None:
    error = refused(text)
    assert error.code == "amount.format"
    assert error.field == "amount"


@pytest.mark.parametrize("text", ["-5", "-0", "¥-5", "-¥5", "－１２", "\u22125", "-1.2万"])
def test_negative(text: str) -> None:
    assert refused(text).code == "amount.negative"


@pytest.mark.parametrize("text", ["0.001", "1.234", "1.2345678万", "0.0000001万"])
def test_too_many_decimals(text: str) -> None:
    assert refused(text).code == "amount.too_many_decimals"


@pytest.mark.parametrize("text", ["10000000000.01", "100000000000", "1000000.01万"])
def test_too_large(text: str) -> None:
    error = refused(text)
    assert error.code == "amount.too_large"
    assert error.params == {"max_fen": 10**12}


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (0, "0.00"),
        (5, "0.05"),
        (50, "0.50"),
        (100, "1.00"),
        (1_200_000, "12,000.00"),
        (1_200_050, "12,000.50"),
        (123_456_789, "1,234,567.89"),
        (MAX_FEN, "10,000,000,000.00"),
        (-150, "-1.50"),
    ],
)
def test_format_yuan(fen: int, text: str) -> None:
    assert format_yuan(fen) == text


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_format_then_parse_round_trip(fen: int) -> None:
    assert parse_yuan(format_yuan(fen)) == fen


def yuan(amount: str) -> int:
    """Readable test input: '1 0000 0001.05' → fen."""
    whole, _, cents = amount.replace(" ", "").replace(",", "").partition(".")
    return int(whole) * 100 + int((cents + "00")[:2])


@pytest.mark.parametrize(
    ("amount", "capital"),
    [
        ("0", "人民币零元整"),
        ("0.05", "人民币伍分"),
        ("0.50", "人民币伍角"),
        ("0.55", "人民币伍角伍分"),
        ("1.00", "人民币壹元整"),
        ("10", "人民币壹拾元整"),
        ("10.50", "人民币壹拾元伍角"),
        ("15", "人民币壹拾伍元整"),
        ("100", "人民币壹佰元整"),
        ("105", "人民币壹佰零伍元整"),
        ("105.50", "人民币壹佰零伍元伍角"),
        ("1005", "人民币壹仟零伍元整"),
        ("1050", "人民币壹仟零伍拾元整"),
        ("1,409.50", "人民币壹仟肆佰零玖元伍角"),
        ("1,680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
        ("6,007.14", "人民币陆仟零柒元壹角肆分"),
        ("10005", "人民币壹万零伍元整"),
        ("10010", "人民币壹万零壹拾元整"),
        ("12000", "人民币壹万贰仟元整"),
        ("16,409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
        ("100000", "人民币壹拾万元整"),
        ("100005", "人民币壹拾万零伍元整"),
        ("107,000.53", "人民币壹拾万柒仟元伍角叁分"),
        ("120000", "人民币壹拾贰万元整"),
        ("325.04", "人民币叁佰贰拾伍元零肆分"),
        ("1,000,000.05", "人民币壹佰万元零伍分"),
        ("1 0000 0000", "人民币壹亿元整"),
        ("1 0001 0000", "人民币壹亿零壹万元整"),
        ("1 0000 0001", "人民币壹亿零壹元整"),
        ("1 0000 1000", "人民币壹亿零壹仟元整"),
        ("1 1000 0000", "人民币壹亿壹仟万元整"),
        ("10 0000 0000", "人民币壹拾亿元整"),
        ("100 0000 0000", "人民币壹佰亿元整"),
        ("9999 9999 9999.99", "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_to_chinese_capital(amount: str, capital: str) -> None:
    assert to_chinese_capital(yuan(amount)) == capital


def test_capital_limits() -> None:
    with pytest.raises(ValueError):
        to_chinese_capital(-1)
    with pytest.raises(ValueError):
        to_chinese_capital(10**14)


@given(st.integers(min_value=0, max_value=10**14 - 1))
def test_capital_shape(fen: int) -> None:
    text = to_chinese_capital(fen)
    assert text.startswith("人民币")
    assert "零零" not in text
    assert not text.endswith("零")
    assert text.endswith("整") == (fen % 100 == 0)
    assert ("元" in text) == (fen >= 100 or fen == 0)
