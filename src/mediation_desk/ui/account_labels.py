"""Words for accounts in the window: who is signed in (王主任（调委会主任）), a role, the state of
an account. The role names themselves are the shared ones of ``wording/catalog_accounts``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mediation_desk.ui import labels
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording.catalog_accounts import role_label


def role_text(role: Any) -> str:
    return role_label(getattr(role, "value", role) or "", current_language())


def person_text(name: str, login: str, role: Any) -> str:
    """王主任（调委会主任）."""
    return labels.fill(QCoreApplication.translate("AccountLabels", "%1 (%2)"), name or login,
                       role_text(role))


def signed_in_text(principal: Any) -> str:
    """当前登录：王主任（调委会主任）, or that this computer has no accounts yet."""
    if principal.user_id is None:
        if principal.role is None:
            return QCoreApplication.translate(
                "AccountLabels", "No accounts on this computer yet: everyone may do everything.")
        return QCoreApplication.translate("AccountLabels", "Nobody is signed in.")
    return labels.fill(QCoreApplication.translate("AccountLabels", "Signed in: %1"),
                       person_text(principal.display_name, principal.login, principal.role))
