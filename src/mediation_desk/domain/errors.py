"""Domain errors carry a stable code, the field they concern and parameters; never prose.

The CLI and the UI each turn codes into text in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any


class DomainError(Exception):
    """A rule refused an input or an action.

    Args:
        code: dotted stable identifier, e.g. ``id_number.checksum``.
        field: the input field concerned (``parties[0].id_number``), or None.
        params: values the message may name (expected check digit, allowed actions ...).
    """

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, field={self.field!r}, params={self.params!r})"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "field": self.field, "params": self.params}


class ValidationErrors(DomainError):
    """Several field errors found in one command; all are reported together."""

    def __init__(self, errors: list[DomainError]) -> None:
        super().__init__("validation.failed", None, count=len(errors))
        self.errors = errors

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "errors": [e.to_dict() for e in self.errors]}


class NotFound(DomainError):
    def __init__(self, entity: str, key: str, field: str | None = None) -> None:
        super().__init__("not_found", field, entity=entity, key=key)


class TransitionRefused(DomainError):
    """A lifecycle action is not allowed now; ``code`` names the reason."""


@dataclass(frozen=True, slots=True)
class DomainWarning:
    """A non-blocking finding (e.g. the ID number's gender contradicts the entered one)."""

    code: str
    field: str | None = None
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "field": self.field, "params": dict(self.params)}
