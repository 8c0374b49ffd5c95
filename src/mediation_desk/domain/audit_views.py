"""The audit trail (the station's event log) as read models: a filter, one event, a page of
events, and the categories the viewer groups actions into.

The log itself is append-only (SQLite triggers refuse UPDATE and DELETE); nothing here can
change it. Values in ``before``/``after`` are what the services logged: masked ID numbers
and phones only."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from mediation_desk.domain.views import View

# The 操作类别 of the viewer: each category is a set of action prefixes ("case." …) or exact
# actions. An action belongs to the first category that names it; actions nobody listed (a
# newer version's, a village's at a township) fall under "other".
ACTION_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("case", ("case.", "case_no.", "paper.", "retention.")),
    ("person", ("person.", "relation.")),
    ("roster", ("mediator.", "roster.")),
    ("sync", ("sync.", "statistics.", "audit.")),
    ("backup", ("store.", "backup.", "restore.", "maintenance.")),
    ("account", ("auth.", "account.", "user.", "session.", "login.")),
    ("settings", ("station.", "settings.", "demo.", "code_table.", "code.")),
    ("community", ("household.", "group.", "incident.", "patrol.", "screening.")),
)
GROUP_KEYS: tuple[str, ...] = tuple(key for key, _ in ACTION_GROUPS)
OTHER_GROUP = "other"


def group_of(action: str) -> str:
    """The category key of ``action`` ("other" for an action no category names)."""
    for key, parts in ACTION_GROUPS:
        if any(action == p or (p.endswith(".") and action.startswith(p)) for p in parts):
            return key
    return OTHER_GROUP


def group_parts(key: str) -> tuple[str, ...]:
    """The prefixes and actions of a category; empty for an unknown key."""
    return next((parts for k, parts in ACTION_GROUPS if k == key), ())


class AuditFilter(View):
    """What the viewer asks for. Every field narrows; ``None`` or empty means "any".

    ``action`` is an exact action (``case.accept``) or a prefix ending in "." or "*"
    (``case.``, ``person.reveal*``); ``group`` a key of ``ACTION_GROUPS``; ``case`` a case id
    or number; ``text`` is looked for in the logged values (before and after)."""

    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None
    action: str | None = None
    group: str | None = None
    case: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    text: str | None = None

    def only_case(self) -> bool:
        """Whether the filter is one case's history (open to everyone in the case window)."""
        return bool(self.case)


class AuditEventView(View):
    id: str
    at: datetime
    actor: str
    action: str
    group: str
    entity: str
    entity_id: str
    case_id: str | None
    case_no: str  # the case's number when the event is about a case this store holds
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    origin_station_id: str


class AuditPage(View):
    total: int
    offset: int
    rows: list[AuditEventView]


class AuditExportView(View):
    """A file written by ``audit.export_events`` (the export itself is in the log)."""

    path: str
    format: str
    rows: int
