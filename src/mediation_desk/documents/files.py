"""Writing an output file so that a crash, a full disk or a pulled USB stick never leaves a
half-written file in its place: write a temporary file beside it, fsync, then rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(target: Path, write: Callable[[BinaryIO], None], *, suffix: str) -> Path:
    """Calls ``write`` with the open temporary file; an old ``target`` stays untouched unless
    everything succeeded. Raises OSError as the file system reports it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".md-", suffix=f"{suffix}.part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
