"""How statistics figures read: a rate as a percentage with one decimal ("96.2%", "—" when
there is nothing to divide by). Amounts: ``domain.money.format_yuan``."""

from __future__ import annotations

NO_RATE = "—"


def rate_text(value: float | None) -> str:
    return NO_RATE if value is None else f"{value * 100:.1f}%"
