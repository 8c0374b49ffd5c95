"""Why a bundle, receipt or identity file was refused. Codes only; wording says it in words."""

from __future__ import annotations

from mediation_desk.domain.errors import DomainError


class Refused(DomainError):
    """The file is refused as a whole and nothing was written. ``code`` names the reason."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, "file", **params)
