"""Parses raw input (a dict from JSON or a form) into a command, with field-named errors."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from mediation_desk.domain.errors import DomainError, ValidationErrors

M = TypeVar("M", bound=BaseModel)

# pydantic error types → our stable codes (the UI and CLI translate these).
_CODES = {
    "missing": "field.required",
    "extra_forbidden": "field.unknown",
    "string_too_short": "field.empty",
    "string_too_long": "field.too_long",
    "too_short": "field.too_few",
    "too_long": "field.too_many",
    "date_from_datetime_parsing": "field.date_format",
    "date_parsing": "field.date_format",
    "date_type": "field.date_format",
    "enum": "field.choice",
    "int_parsing": "field.integer",
    "int_type": "field.integer",
    "bool_parsing": "field.boolean",
    "bool_type": "field.boolean",
    "greater_than_equal": "field.too_small",
    "less_than_equal": "field.too_large",
    "string_type": "field.text",
    "list_type": "field.list",
    "model_type": "field.object",
    "dict_type": "field.object",
}


def field_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def errors_from_pydantic(exc: ValidationError, prefix: str = "") -> ValidationErrors:
    found: list[DomainError] = []
    for err in exc.errors(include_url=False):
        params: dict[str, Any] = {}
        ctx = err.get("ctx") or {}
        for key in ("min_length", "max_length", "ge", "le", "expected"):
            if key in ctx:
                params[key] = ctx[key] if isinstance(ctx[key], int | str) else str(ctx[key])
        path = field_path(tuple(err["loc"]))
        if prefix:
            path = f"{prefix}.{path}" if path else prefix
        found.append(DomainError(_CODES.get(err["type"], "field.invalid"), path or None,
                                 **params))
    return ValidationErrors(found)


def parse(model: type[M], data: Any, *, prefix: str = "") -> M:
    """Build a command from a dict; raises ValidationErrors naming every bad field."""
    if isinstance(data, model):
        return data
    if not isinstance(data, dict):
        raise ValidationErrors([DomainError("field.object", prefix or None)])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise errors_from_pydantic(exc, prefix) from None
