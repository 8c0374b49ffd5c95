"""Read models of the local accounts (issue 8). The password hash never leaves the store."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class UserView:
    id: str
    login: str
    display_name: str
    role: str  # domain.permissions.Role
    mediator_id: str | None
    created_at: datetime
    last_login_at: datetime | None
    disabled: bool
    locked_until: datetime | None
    must_change_password: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-able (the CLI's --json output): times as ISO text."""
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = value.isoformat()
        return out
