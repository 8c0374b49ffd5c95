"""Receipts (sync.md §5.7, §6): the township's signed answer to a bundle, and its import at
the village, which marks changes acknowledged and brings the township's notes and returns.

A receipt is encrypted to the village as well as signed: the township's notes name people."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from mediation_desk import __version__
from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import sync_ranges
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.sync_views import ReceiptView
from mediation_desk.services import authz, backups, case_number_floor, sync_keys
from mediation_desk.store import case_numbers, sync_repo
from mediation_desk.store.migrate import HEAD_REVISION
from mediation_desk.store.tables import SyncImport, new_id
from mediation_desk.sync import envelope, manifest
from mediation_desk.sync import keys as station_keys
from mediation_desk.sync import rows as row_codec
from mediation_desk.sync.apply import Applier
from mediation_desk.sync.errors import Refused

RECEIPT_SUFFIX = ".mzr"
RECEIPT_TABLES = frozenset({"supervision_note"})


def receipts_folder(ctx: AppContext) -> Path:
    return ctx.paths.data_dir / "receipts"


def write_receipt(ctx: AppContext, bundle_id: str, *, keys: station_keys.StationKeys,
                  beside: Path) -> Path:
    """The receipt for an imported bundle, beside it and in the data folder's receipts/."""
    authz.require(ctx, Permission.SYNC_EXPORT)
    with ctx.uow() as uow:
        entry = sync_repo.imported(uow.session, bundle_id)
        local = sync_repo.station(uow.session, uow.station_id)
        if entry is None or local is None:
            raise DomainError("not_found", "bundle", entity="sync_import", key=bundle_id)
        village = sync_repo.station(uow.session, entry.from_station_id)
        assert village is not None
        acknowledged = ([[entry.seq_from, entry.seq_to]] if entry.seq_from <= entry.seq_to
                        else [])
        notes = [row_codec.encode("supervision_note", _columns(n), reveal=None)
                 for n in sync_repo.supervision_notes(uow.session,
                                                      village_station_id=village.id)
                 if n.origin_station_id == local.id]
        body = {"for_bundle": bundle_id, "incarnation_id": entry.incarnation_id,
                "acknowledged": acknowledged,
                "problems": list(entry.result.get("problems", []))[:1000], "rows": notes,
                # So that a village restored from an old backup does not reissue numbers.
                "case_numbers": [list(f) for f in
                                 case_numbers.highest_numbers(uow.session, village.id)]}
        receipt_id = new_id()
        head = {
            "format": manifest.RECEIPT_FORMAT, "format_version": manifest.FORMAT_VERSION,
            "schema_version": HEAD_REVISION, "app_version": __version__,
            "bundle_id": receipt_id, "for_bundle": bundle_id,
            "from": manifest.party(local.id, local.code, local.name, local.kind,
                                   local.incarnation_id, keys.signing_public,
                                   keys.exchange_public),
            "to": {"station_id": village.id, "code": village.code, "name": village.name},
            "created_at": uow.now.isoformat()}
        exchange = village.exchange_key
        file_name = Path(entry.file_name or bundle_id).stem + RECEIPT_SUFFIX
    ciphertext, head["encryption"] = envelope.seal(
        json.dumps(body, ensure_ascii=False).encode("utf-8"), recipient_exchange_key=exchange,
        file_id=receipt_id)
    kept = receipts_folder(ctx) / file_name
    envelope.write(kept, "receipt", head, ciphertext, keys)
    target = beside / file_name
    if target.resolve() != kept.resolve():
        shutil.copyfile(kept, target)
        if envelope.read(target).file_sha256 != envelope.read(kept).file_sha256:
            raise OSError(f"verification after writing failed: {target}")
    return target


def _columns(row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


# --- at the village ---------------------------------------------------------------------------

def import_receipt(ctx: AppContext, path: Path) -> ReceiptView:
    """Verify and apply one receipt. Refusals come back as a view; nothing is written."""
    authz.require(ctx, Permission.SYNC_IMPORT)
    try:
        return _import(ctx, path)
    except Refused as exc:
        return ReceiptView(file=path.name, status="refused", error=exc.to_dict(path.name))


def _import(ctx: AppContext, path: Path) -> ReceiptView:
    name = path.name
    keys = sync_keys.own_keys(ctx)
    try:
        sealed = envelope.read(path)
    except OSError as exc:
        raise Refused("bundle.unreadable", file=name) from exc
    if sealed.kind != "receipt":
        raise Refused("receipt.is_bundle", file=name)
    m = sealed.manifest
    manifest.check(m, fmt=manifest.RECEIPT_FORMAT, schema_head=HEAD_REVISION, name=name)
    # Self-signed first (see sync_import._verify); the pinned key is compared below.
    envelope.check_signature(sealed, m["from"]["signing_key"], name=name)
    with ctx.uow() as uow:
        local = sync_repo.station(uow.session, uow.station_id)
        assert local is not None
        manifest.check_addressed(m, local_station_id=local.id, name=name)
        township = sync_repo.station(uow.session, m["from"]["station_id"])
        if township is None or not township.signing_key:
            raise Refused("receipt.unknown_township", file=name, name=m["from"]["name"][:60])
        if township.signing_key != m["from"]["signing_key"]:
            raise Refused("bundle.key_changed", file=name, name=township.name)
        township_id, township_name = township.id, township.name
        incarnation = local.incarnation_id
        local_id = local.id
        already = sync_repo.imported(uow.session, m["bundle_id"]) is not None
    if already:
        return ReceiptView(file=name, status="already", receipt_id=m["bundle_id"],
                           township_name=township_name)
    body = _body(envelope.open_payload(sealed, keys, name=name), name)
    items = []
    for number, raw in enumerate(body["rows"], start=1):
        item = row_codec.decode(raw, number, sender_id=township_id, seq_to=None)
        if item.table not in RECEIPT_TABLES:
            raise Refused("bundle.unknown_table", line=number, table=item.table)
        if item.values["village_station_id"] != local_id:
            raise Refused("bundle.foreign_rows", line=number, table=item.table)
        items.append(item)
    ours = body["incarnation_id"] == incarnation
    backups.backup_before(ctx, "before-import")  # verified above; nothing written yet
    with ctx.uow(write=True) as uow:
        acknowledged = 0
        if ours and body["acknowledged"]:
            prog = sync_repo.progress(uow.session, township_id, incarnation, sync_repo.ACKNOWLEDGED)
            ranges = [tuple(r) for r in prog.ranges]
            for first, last in body["acknowledged"]:
                ranges = sync_ranges.add(ranges, (first, last))
            prog.ranges = [list(r) for r in ranges]
            prog.updated_at = uow.now
            for export in sync_repo.exports(uow.session, township_id):
                if export.id == body["for_bundle"] and export.acknowledged_at is None:
                    export.acknowledged_at = uow.now
                    acknowledged += 1
        applied = Applier(uow.session, sender_id=township_id, bundle_id=m["bundle_id"],
                          now=uow.now, seal=_no_pii).apply(items)
        skipped = case_number_floor.adopt(uow, body.get("case_numbers", []),
                                          source=f"receipt:{m['bundle_id']}")
        notes = [i for i in items if i.values["kind"] == "note"]
        returns = [i for i in items if i.values["kind"] == "return"]
        uow.session.add(SyncImport(
            id=m["bundle_id"], kind="receipt", sha256=sealed.file_sha256,
            from_station_id=township_id, incarnation_id=incarnation,
            created_at=_created(m), imported_at=uow.now, actor=uow.actor, file_name=name,
            result={"for_bundle": body["for_bundle"], "acknowledged": body["acknowledged"],
                    "rows": applied.as_dict(), "problems": body["problems"][:1000]}))
        uow.log("sync.receipt", "sync_import", m["bundle_id"],
                after={"file": name, "for_bundle": body["for_bundle"],
                       "acknowledged": body["acknowledged"] if ours else [],
                       "notes": len(notes), "returns": len(returns),
                       "case_number_floors": skipped})
        uow.commit()
    return ReceiptView(file=name, status="imported", receipt_id=m["bundle_id"],
                       township_name=township_name,
                       acknowledged=[tuple(r) for r in body["acknowledged"]] if ours else [],
                       bundles_acknowledged=acknowledged, notes=len(notes),
                       returns=len(returns), problems=len(body["problems"]))


def _no_pii(_plain: str) -> tuple[str, str]:
    raise Refused("bundle.bad_row", line=0, table="supervision_note", column="id_number")


def _created(m: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(m["created_at"])
    except ValueError:
        return None


def _body(plain: bytes, name: str) -> dict[str, Any]:
    try:
        body = json.loads(plain)
    except (ValueError, RecursionError) as exc:
        raise Refused("bundle.damaged", file=name) from exc
    if not isinstance(body, dict) or not isinstance(body.get("rows"), list):
        raise Refused("bundle.damaged", file=name)
    ack = body.get("acknowledged")
    if not isinstance(ack, list) or not all(
            isinstance(r, list) and len(r) == 2 and all(
                isinstance(x, int) and not isinstance(x, bool) and x >= 1 for x in r)
            and r[0] <= r[1] for r in ack):
        raise Refused("bundle.damaged", file=name)
    if not _floors_ok(body.get("case_numbers", [])):
        raise Refused("bundle.damaged", file=name)
    if not isinstance(body.get("incarnation_id"), str) or not isinstance(
            body.get("for_bundle"), str) or not isinstance(body.get("problems"), list):
        raise Refused("bundle.damaged", file=name)
    return body


def _floors_ok(floors: Any) -> bool:
    # Absent in receipts from before issue 8; when present, [committee id, year, seq] each.
    return isinstance(floors, list) and len(floors) <= 10_000 and all(
        isinstance(f, list) and len(f) == 3 and isinstance(f[0], str) and len(f[0]) <= 36
        and all(isinstance(x, int) and not isinstance(x, bool) for x in f[1:])
        and 1900 <= f[1] <= 2200 and 1 <= f[2] <= 1_000_000 for f in floors)
