"""Has the store changed since the last backup? A cheap answer for the 30-minute timer and
the backup at exit: the station's change counter and the event log's last row, compared with
what the last backup recorded in ``backups/last-backup.json``.

Every change of a record bumps the counter (sync columns) and every service call that
changes something writes an event; both reads are an index lookup, whatever the store's size.
``PRAGMA data_version`` would only tell about this connection's lifetime."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

MARK_FILE = "last-backup.json"


def change_token(session: Session) -> list[int]:
    seq = session.execute(text("SELECT last_change_seq FROM station WHERE is_local")).scalar()
    last_event = session.execute(text("SELECT max(rowid) FROM event_log")).scalar()
    return [int(seq or 0), int(last_event or 0)]


def read_mark(backups_dir: Path) -> dict[str, Any] | None:
    try:
        body = json.loads((backups_dir / MARK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return body if isinstance(body, dict) else None


def write_mark(backups_dir: Path, file_name: str, token: list[int]) -> None:
    """Best effort: without the mark the next timer simply makes one more backup."""
    path = backups_dir / MARK_FILE
    tmp = backups_dir / f".md-{MARK_FILE}.part"
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"file": file_name, "token": token}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
