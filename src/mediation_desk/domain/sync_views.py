"""Read models of USB sync: identities, exports, imports, receipts, villages, case states."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from mediation_desk.domain.views import View


class CaseSyncState(StrEnum):
    NOT_EXPORTED = "not_exported"  # 未导出
    EXPORTED = "exported"  # 已导出待确认
    RECEIVED = "received"  # 乡镇已接收
    RETURNED = "returned"  # 乡镇退回


class IdentityView(View):
    """A station's public identity: what enrollment exchanges and people compare."""

    station_id: str
    code: str
    name: str
    kind: str
    fingerprint: str
    signing_key: str
    exchange_key: str


class PeerView(IdentityView):
    role: str  # "upstream" | "downstream"
    trusted_at: datetime | None
    trusted_by: str


class ExportView(View):
    bundle_id: str
    bundle_seq: int
    file_name: str
    file_path: str
    to_name: str
    to_code: str
    created_at: datetime
    actor: str
    export_level: str
    is_full: bool
    seq_from: int
    seq_to: int
    row_count: int
    case_count: int
    person_count: int
    acknowledged_at: datetime | None


class ImportView(View):
    """One file's outcome at import: applied, already imported, or refused (nothing written)."""

    file: str
    status: str  # "imported" | "already" | "refused" | "unconfirmed"
    bundle_id: str = ""
    station_id: str = ""
    station_code: str = ""
    station_name: str = ""
    fingerprint: str = ""
    first_contact: bool = False
    export_level: str = ""
    seq_from: int = 0
    seq_to: int = 0
    cases: dict[str, int] = {}  # cases / new / updated / unchanged / pending
    rows: dict[str, int] = {}  # inserted / updated / unchanged / older / conflicts / parked
    gaps: list[tuple[int, int]] = []
    digest: str = ""  # "match" | "mismatch" | "unchecked"
    earlier_incarnation: bool = False  # written before the village was restored
    new_incarnation: bool = False  # the first bundle after a village restored its data
    receipt_path: str = ""
    receipt_error: str = ""
    error: dict[str, Any] | None = None


class ReceiptView(View):
    file: str
    status: str  # "imported" | "already" | "refused"
    receipt_id: str = ""
    township_name: str = ""
    acknowledged: list[tuple[int, int]] = []
    bundles_acknowledged: int = 0
    notes: int = 0
    returns: int = 0
    problems: int = 0
    error: dict[str, Any] | None = None


class SupervisionNoteView(View):
    id: str
    case_id: str
    case_no: str
    village_name: str
    kind: str  # "note" | "return"
    text: str
    written_on: date
    author: str
    closed_on: date | None
    closed_note: str
    township: bool  # written at this station (the township side)


class CaseSyncView(View):
    case_id: str
    state: CaseSyncState
    last_change: int
    notes: list[SupervisionNoteView]


class VillageView(View):
    """A village as the township sees it: what arrived, when, and what is missing."""

    station_id: str
    code: str
    name: str
    fingerprint: str
    trusted_at: datetime | None
    bundles: int
    last_bundle_at: datetime | None  # when the village wrote its latest bundle
    last_import_at: datetime | None
    lag_days: int | None  # days since the latest bundle was written
    received_up_to: int
    gaps: list[tuple[int, int]]
    digest_ok: bool | None
    cases: int
    conflicts: int
    parked: int
    last_level: str


class ConflictView(View):
    id: str
    table: str
    row_id: str
    station_name: str
    row_version: int
    fields: list[tuple[str, Any, Any]]  # (column, ours, theirs) where they differ
    local_updated_at: datetime | None
    incoming_updated_at: datetime | None
    incoming_author: str
    detected_at: datetime


class SyncOverview(View):
    """The sync page at a glance (either station kind)."""

    kind: str
    own: IdentityView
    upstream: PeerView | None
    pending_changes: int  # village: rows not yet acknowledged
    last_export: ExportView | None
    last_receipt_at: datetime | None
    cases_by_state: dict[str, int]
    open_returns: int
    villages: list[VillageView]
    open_conflicts: int
