"""Change-sequence ranges: what a peer has received or acknowledged, and what is missing.

A range is an inclusive ``(first, last)`` pair of a station's change sequence numbers. The
contiguous high-water mark is the last number below which nothing is missing."""

from __future__ import annotations

from collections.abc import Iterable

Range = tuple[int, int]


def merge(ranges: Iterable[Range]) -> list[Range]:
    """Sorted, non-overlapping ranges; touching ranges (1–5, 6–9) become one (1–9)."""
    out: list[Range] = []
    for first, last in sorted((int(a), int(b)) for a, b in ranges if int(a) <= int(b)):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def add(ranges: Iterable[Range], new: Range) -> list[Range]:
    return merge([*ranges, new])


def contiguous_high(ranges: Iterable[Range]) -> int:
    """The highest n such that 1..n are all covered (0 when 1 is missing)."""
    merged = merge(ranges)
    if not merged or merged[0][0] > 1:
        return 0
    return merged[0][1]


def gaps(ranges: Iterable[Range]) -> list[Range]:
    """The holes between 1 and the highest number covered."""
    out: list[Range] = []
    expected = 1
    for first, last in merge(ranges):
        if first > expected:
            out.append((expected, first - 1))
        expected = max(expected, last + 1)
    return out


def highest(ranges: Iterable[Range]) -> int:
    merged = merge(ranges)
    return merged[-1][1] if merged else 0
