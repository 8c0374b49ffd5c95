"""Why a bundle, receipt or identity file was refused. Codes only; wording says it in words."""

from __future__ import annotations

from typing import Any

from mediation_desk.domain.errors import DomainError


class Refused(DomainError):
    """The file is refused as a whole and nothing was written. ``code`` names the reason."""

    def __init__(self, code: str, /, **params: object) -> None:
        # Params are set apart from the call: a refusal may name a station ``code``
        # (bundle.wrong_recipient), which DomainError's own ``code`` would swallow.
        super().__init__(code, "file")
        self.params = dict(params)

    def to_dict(self, file: str | None = None) -> dict[str, Any]:
        """With ``file``: the file's name among the params, for the sentences that name it
        (row checks raise without knowing which file they read)."""
        out = super().to_dict()
        if file is not None:
            out["params"] = {"file": file, **self.params}
        return out
