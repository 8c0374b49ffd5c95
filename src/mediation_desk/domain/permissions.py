"""Who may do what on the shared laptop (issue 8): roles, the restricted actions, and the
principal a service call acts for.

Only actions that need more than a mediator's trust are listed: every signed-in person may
register and work on cases, print papers and make a backup. The services check these (see
``services/authz.py``); the window only hides what the services would refuse anyway."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    MEDIATOR = "mediator"  # 调解员
    CHAIR = "chair"  # 调委会主任
    TOWNSHIP = "township"  # 司法所工作人员


class Permission(StrEnum):
    CASE_VOID = "case.void"  # 作废 a case registered in error
    REVEAL_ID = "person.reveal_id"  # show a full ID number (always logged with a purpose)
    ROSTER_WRITE = "roster.write"  # 调解员名册: add, change, recall, training
    SETTINGS_WRITE = "settings.write"  # station, code tables, screening frequency, idle lock
    USERS_MANAGE = "users.manage"  # accounts and roles
    SYNC_EXPORT = "sync.export"  # bundles onto a USB stick
    SYNC_IMPORT = "sync.import"  # bundles, receipts and identity files from a stick
    DATA_EXPORT = "data.export"  # spreadsheets and reports of many people's data, the log
    BACKUP_RESTORE = "backup.restore"  # replace the store with a backup
    AUDIT_VIEW = "audit.view"  # the whole station's event log
    RETENTION_REVIEW = "retention.review"  # decide on dossiers past their retention period


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MEDIATOR: frozenset({Permission.REVEAL_ID}),
    Role.CHAIR: frozenset(Permission),
    # Township staff run the township station and supervise; at a township they are its chair.
    Role.TOWNSHIP: frozenset(Permission),
}

ROLE_LABELS_ZH: dict[Role, str] = {
    Role.MEDIATOR: "调解员", Role.CHAIR: "调委会主任", Role.TOWNSHIP: "司法所工作人员"}


@dataclass(frozen=True, slots=True)
class Principal:
    """The person a service call acts for.

    ``role`` None is the station's owner before any account exists (set-up, and the CLI and
    tests of a store without accounts): once the first account is made, everyone signs in."""

    login: str
    display_name: str = ""
    role: Role | None = None
    user_id: str | None = None

    def can(self, permission: Permission) -> bool:
        return self.role is None or permission in ROLE_PERMISSIONS[self.role]

    @property
    def signed_in(self) -> bool:
        return self.user_id is not None
