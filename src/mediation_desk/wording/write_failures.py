"""A write the disk refused, in words: for the CLI's and the window's error displays.

The window may not import the store; this is its way to ``store.write_errors``."""

from __future__ import annotations

from mediation_desk.domain.errors import DomainError
from mediation_desk.store import write_errors
from mediation_desk.wording import messages

CODES = write_errors.CODES


def plain_failure(exc: BaseException) -> DomainError | None:
    """``DomainError("store.disk_full" | "store.read_only" | "store.locked" |
    "store.io_error", field)`` for a write failure (the original as its ``__cause__``), or
    None for anything else."""
    return write_errors.as_domain_error(exc)


def failure_text(exc: BaseException, lang: str = "zh") -> str | None:
    """The sentence for a write failure, or None for anything else."""
    err = plain_failure(exc)
    return None if err is None else messages.message(err.code, err.params, lang)
