"""The one byte form of JSON that is signed and hashed: UTF-8, sorted keys, no spaces."""

from __future__ import annotations

import base64
import json
from typing import Any


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: str, *, length: int | None = None) -> bytes:
    """Strict base64; raises ValueError on anything else (or on the wrong length)."""
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if length is not None and len(raw) != length:
        raise ValueError("wrong key length")
    return raw
