"""How statistics figures read: a rate as a percentage with one decimal ("96.2%", "—" when
there is nothing to divide by), an amount of fen as yuan with thousands separators."""

from __future__ import annotations

from mediation_desk.domain.money import format_yuan

NO_RATE = "—"


def rate_text(value: float | None) -> str:
    return NO_RATE if value is None else f"{value * 100:.1f}%"


def money_text(fen: int) -> str:
    return format_yuan(fen)
