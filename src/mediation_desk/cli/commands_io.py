"""Reading the JSON files commands take (``--file F.json`` or ``-`` for standard input)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

MAX_INPUT_BYTES = 5 * 1024 * 1024


class InputFileError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def read_json(path: str) -> dict[str, Any]:
    """A JSON object from a file or '-' (stdin), with clear errors for every way it fails."""
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            p = Path(path)
            if not p.is_file():
                raise InputFileError("file.not_found", path=path)
            if p.stat().st_size > MAX_INPUT_BYTES:
                raise InputFileError("file.too_large", path=path, max_bytes=MAX_INPUT_BYTES)
            raw = p.read_bytes()
    except OSError as exc:
        raise InputFileError("file.unreadable", path=path, reason=exc.strerror or "") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise InputFileError("file.too_large", path=path, max_bytes=MAX_INPUT_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputFileError("file.not_utf8", path=path) from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError("file.bad_json", path=path, line=exc.lineno,
                             column=exc.colno) from None
    if not isinstance(value, dict):
        raise InputFileError("file.not_object", path=path)
    return value
