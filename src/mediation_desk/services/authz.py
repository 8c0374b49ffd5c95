"""Permission checks the services make before a restricted action (issue 8).

Enforced here rather than only in the window, so the CLI and any future front end are held
to the same rules."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission


def can(ctx: AppContext, permission: Permission) -> bool:
    return ctx.principal.can(permission)


def require(ctx: AppContext, permission: Permission) -> None:
    """Raise ``auth.forbidden`` (naming the action and the role) unless the principal may."""
    principal = ctx.principal
    if not principal.can(permission):
        raise DomainError("auth.forbidden", None, permission=permission.value,
                          role=principal.role.value if principal.role else "",
                          login=principal.login)
