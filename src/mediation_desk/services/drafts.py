"""Drafts: what the user has typed into a form but not saved yet, kept on disk so that a
crash or a power cut loses nothing.

Each draft is one file in ``drafts/``, written atomically (temporary file, fsync, rename) and
encrypted with the station's PII key, because forms hold ID numbers and phones. A file that
cannot be read (cut off, or from another key) is moved aside, never shown half."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import DraftView
from mediation_desk.store import files

log = logging.getLogger(__name__)

SUFFIX = ".draft"
BROKEN_SUFFIX = ".broken"
# A form's contents; far above anything typed, low enough that a runaway caller cannot fill
# the disk a few kilobytes at a time.
MAX_DRAFT_BYTES = 2 * 1024 * 1024


def _file(ctx: AppContext, key: str) -> Path:
    # Keys name cases ("case/<id>/session"); the file name must not, and must be safe.
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return ctx.paths.drafts_dir / f"{digest}{SUFFIX}"


def save_draft(ctx: AppContext, key: str, title: str, data: dict[str, Any]) -> None:
    """Store (or replace) the draft ``key``; ``data`` must be JSON-serialisable."""
    record = {"key": key, "title": title,
              "saved_at": ctx.clock().isoformat(), "data": data}
    token = ctx.cipher.encrypt(json.dumps(record, ensure_ascii=False))
    if len(token) > MAX_DRAFT_BYTES:
        raise ValueError(f"draft {key!r} is too large ({len(token)} bytes)")
    folder = ctx.paths.drafts_dir
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    files.write_atomically(_file(ctx, key), lambda fh: fh.write(token.encode("ascii")),
                           suffix=SUFFIX)


def load_draft(ctx: AppContext, key: str) -> dict[str, Any] | None:
    """The draft's data, or None when there is none (or it could not be read)."""
    record = _read(ctx, _file(ctx, key))
    if record is None or record.get("key") != key:
        return None
    data = record.get("data")
    return data if isinstance(data, dict) else None


def list_drafts(ctx: AppContext) -> list[DraftView]:
    """Every readable draft, newest first."""
    folder = ctx.paths.drafts_dir
    if not folder.is_dir():
        return []
    found: list[DraftView] = []
    for path in folder.glob(f"*{SUFFIX}"):
        record = _read(ctx, path)
        if record is None:
            continue
        try:
            found.append(DraftView(key=str(record["key"]), title=str(record.get("title", "")),
                                   saved_at=datetime.fromisoformat(record["saved_at"])))
        except (KeyError, TypeError, ValueError):
            _set_aside(path)
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def discard_draft(ctx: AppContext, key: str) -> None:
    """Forget the draft (after saving the form, or when the user throws it away)."""
    with contextlib.suppress(FileNotFoundError):
        _file(ctx, key).unlink()


def _read(ctx: AppContext, path: Path) -> dict[str, Any] | None:
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            raise ValueError("too large")
        record = json.loads(ctx.cipher.decrypt(path.read_text(encoding="ascii")))
        if not isinstance(record, dict):
            raise ValueError("not an object")
        return record
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - any unreadable draft is set aside, not fatal
        log.warning("draft %s could not be read (%s); set aside", path.name, exc)
        _set_aside(path)
        return None


def _set_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.replace(path, path.with_suffix(BROKEN_SUFFIX))
