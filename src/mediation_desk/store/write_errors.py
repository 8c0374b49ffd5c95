"""Which of the ways a write can fail on a village laptop an exception stands for.

A full disk, a read-only folder, a file another window holds, a USB stick pulled out: each
reaches the code as a different exception (``sqlite3.OperationalError`` wrapped by SQLAlchemy,
``OSError`` from the file system, the backup's ``BackupFailed``, a service's
``DomainError("paper.write_failed")`` made from an OSError). ``classify`` turns all of them into
one stable code so that the CLI and the window can say what happened and what to do, instead
of "unexpected error". Nothing here changes how a write fails: every write is already one
transaction or a temporary file renamed at the end, so a failed one leaves nothing behind.

SQLite's unix VFS reports only ENOSPC as SQLITE_FULL; a write refused for a file-size limit
(EFBIG, e.g. FAT32's 4 GB) or a quota comes back as SQLITE_IOERR_WRITE and is classified
``store.io_error``. OSErrors carry their errno and are exact."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from typing import Any

from mediation_desk.domain.errors import DomainError

DISK_FULL = "store.disk_full"
READ_ONLY = "store.read_only"
LOCKED = "store.locked"
IO_ERROR = "store.io_error"
CODES = (DISK_FULL, READ_ONLY, LOCKED, IO_ERROR)

_ERRNOS: dict[int, str] = {
    errno.ENOSPC: DISK_FULL, errno.EFBIG: DISK_FULL,
    errno.EROFS: READ_ONLY, errno.EACCES: READ_ONLY, errno.EPERM: READ_ONLY,
    errno.EIO: IO_ERROR, errno.ENXIO: IO_ERROR, errno.ENODEV: IO_ERROR,
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _ERRNOS[errno.EDQUOT] = DISK_FULL

# SQLite primary result codes (extended code & 0xFF).
_SQLITE_CODES: dict[int, str] = {
    13: DISK_FULL,   # SQLITE_FULL
    8: READ_ONLY,    # SQLITE_READONLY (…_DIRECTORY, …_CANTINIT, …_DBMOVED)
    5: LOCKED,       # SQLITE_BUSY, after busy_timeout
    6: LOCKED,       # SQLITE_LOCKED
    10: IO_ERROR,    # SQLITE_IOERR_* (a pulled stick; EFBIG, see above)
    14: IO_ERROR,    # SQLITE_CANTOPEN: the folder or the file is gone
}
# The same, by the words of the message, for errors that lost their code on the way.
_SQLITE_WORDS: tuple[tuple[str, str], ...] = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("disk i/o error", IO_ERROR),
    ("unable to open database file", IO_ERROR),
)
# Services turn an OSError of an export into DomainError("<feature>.write_failed" or
# "….export_failed", reason=strerror); for these the underlying cause is the better answer.
WRAPPING_SUFFIXES = (".write_failed", ".export_failed")
_MAX_DEPTH = 12


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what it wraps: SQLAlchemy's ``orig``, BackupFailed's ``os_error``, the
    explicit cause and the implicit context; each once."""
    seen: set[int] = set()
    todo = [exc]
    while todo and len(seen) < _MAX_DEPTH:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        for attr in ("orig", "os_error", "__cause__", "__context__"):
            if attr == "__context__" and e.__suppress_context__:
                continue  # raise … from None: the earlier error was deliberately dropped
            inner = getattr(e, attr, None)
            if isinstance(inner, BaseException):
                todo.append(inner)


def _one(e: BaseException) -> str | None:
    if isinstance(e, OSError) and e.errno is not None:
        return _ERRNOS.get(e.errno)
    if isinstance(e, sqlite3.Error):
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(e).lower()
        return next((c for words, c in _SQLITE_WORDS if words in text), None)
    return None


def classify(exc: BaseException) -> str | None:
    """``store.disk_full``, ``store.read_only``, ``store.locked``, ``store.io_error`` or None.

    A DomainError is a rule's refusal and stays what it is, except the services' export
    failures (``*.write_failed``, ``*.export_failed``), which are classified by their cause."""
    if isinstance(exc, DomainError):
        if exc.code in CODES:  # already classified
            return exc.code
        if not exc.code.endswith(WRAPPING_SUFFIXES):
            return None
        cause = exc.__cause__
        return classify(cause) if cause is not None else None
    for e in _chain(exc):
        if isinstance(e, DomainError):
            continue
        found = _one(e)
        if found is not None:
            return found
    return None


def _where(exc: BaseException) -> str:
    for e in _chain(exc):
        if isinstance(e, OSError) and e.filename:
            return str(e.filename)
    return ""


def as_domain_error(exc: BaseException) -> DomainError | None:
    """The failure as ``DomainError(<store code>, field, path=…)`` for the usual error
    display, or None when ``exc`` is not a write failure. A wrapped export failure keeps its
    field (``path``); the original is the new error's ``__cause__``."""
    code = classify(exc)
    if code is None:
        return None
    if isinstance(exc, DomainError) and exc.code == code:
        return exc
    field = exc.field if isinstance(exc, DomainError) else None
    params: dict[str, Any] = {"kind": type(exc).__name__}
    where = _where(exc)
    if where:
        params["path"] = where
    err = DomainError(code, field, **params)
    err.__cause__ = exc
    return err
