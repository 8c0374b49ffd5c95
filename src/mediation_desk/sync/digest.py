"""The set digest of a partition (sync.md §4, CommCare's case-state hash done safely): a sum
modulo 2^256 of SHA-256 over each (table, id, row_version). Order-free, cheap to recompute,
and unlike XOR a row counted twice does not cancel out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

_MOD = 1 << 256


def set_digest(items: Iterable[tuple[str, str, int]]) -> str:
    total = 0
    count = 0
    for table, row_id, version in items:
        h = hashlib.sha256(f"{table}\x1f{row_id}\x1f{version}".encode()).digest()
        total = (total + int.from_bytes(h, "big")) % _MOD
        count += 1
    return f"{count}:{total:064x}"
