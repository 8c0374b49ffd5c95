"""Writing an output file so that a crash, a full disk or a pulled USB stick never leaves a
half-written file in its place: write a temporary file beside it, fsync, then rename.

Used by printed papers, spreadsheets and sync bundles alike (hence here, below them all)."""

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
    sync_folder(target.parent)
    return target


def sync_folder(folder: Path) -> None:
    # The rename itself lives in the folder's entry: without this a power cut right after
    # may leave the old name (POSIX only; Windows cannot open a folder for fsync).
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some USB file systems (vfat via FUSE) refuse fsync on folders; the data is safe
    finally:
        os.close(fd)


def create_private_file(target: Path, data: bytes) -> bool:
    """Create ``target`` (owner-only) holding ``data``, whole or not at all: the bytes are
    written and fsynced under a temporary name, then hard-linked to ``target``, which fails
    if it already exists. A crash can never leave an empty or short key file behind.
    Returns False when ``target`` already existed (it is left as it was)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".md-", suffix=".part", dir=target.parent)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
    finally:
        Path(tmp).unlink(missing_ok=True)
    sync_folder(target.parent)
    return True
