"""Import at the township (sync.md §5): verify everything first, touch the database once,
never half-apply; then write a signed receipt for the village.

Each file is its own transaction: one damaged bundle on a stick of thirty villages is
refused with its reason, and the other twenty-nine are imported."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import sync_ranges
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.sync_views import IdentityView, ImportView
from mediation_desk.services import authz, backups, indexing, sync_keys, sync_receipts
from mediation_desk.store import search_index, sync_repo
from mediation_desk.store.migrate import HEAD_REVISION
from mediation_desk.store.tables import Station, SyncImport
from mediation_desk.store.uow import UnitOfWork
from mediation_desk.sync import envelope, manifest
from mediation_desk.sync import keys as station_keys
from mediation_desk.sync import rows as row_codec
from mediation_desk.sync.apply import Applier
from mediation_desk.sync.canonical import unb64
from mediation_desk.sync.digest import set_digest
from mediation_desk.sync.errors import Refused

# Asked once per unknown village: show the fingerprint, return True when a person confirmed.
Confirm = Callable[[IdentityView], bool]


@dataclass(slots=True)
class _Verified:
    sealed: envelope.Sealed
    sender: IdentityView
    known: Station | None
    items: list[row_codec.Incoming]
    statistics: dict[str, Any] | None


def import_bundles(ctx: AppContext, files: Sequence[Path], *, confirm: Confirm | None = None,
                   receipts_dir: Path | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[ImportView]:
    authz.require(ctx, Permission.SYNC_IMPORT)
    results = []
    if files:
        # One copy before the batch (skipped if nothing changed since the last backup).
        backups.backup_before(ctx, "before-import")
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files))
        results.append(import_bundle(ctx, path, confirm=confirm, receipts_dir=receipts_dir,
                                     backup=False))
    if progress is not None:
        progress(len(files), len(files))
    return results


def preview(ctx: AppContext, files: Sequence[Path]) -> list[ImportView]:
    """Check files without writing anything: status "ready", "already", "unconfirmed" (a
    first-time village whose fingerprint a person must confirm first) or "refused"."""
    authz.require(ctx, Permission.SYNC_IMPORT)  # it decrypts the villages' data
    out = []
    keys = sync_keys.own_keys(ctx)
    for path in files:
        try:
            v = _verify(ctx, path, keys)
        except Refused as exc:
            out.append(ImportView(file=path.name, status="refused",
                                  error=exc.to_dict(path.name)))
            continue
        m = v.sealed.manifest
        with ctx.uow() as uow:
            seen = sync_repo.imported(uow.session, m["bundle_id"]) is not None
        status = "already" if seen else "unconfirmed" if v.known is None else "ready"
        out.append(ImportView(
            file=path.name, status=status, bundle_id=m["bundle_id"],
            station_id=v.sender.station_id, station_code=v.sender.code,
            station_name=v.sender.name, fingerprint=v.sender.fingerprint,
            first_contact=v.known is None, export_level=m["export_level"],
            seq_from=m["seq_from"], seq_to=m["seq_to"],
            cases={"cases": int(m["case_count"])}))
    return out


def import_bundle(ctx: AppContext, path: Path, *, confirm: Confirm | None = None,
                  receipts_dir: Path | None = None, backup: bool = True) -> ImportView:
    """Import one file. Refusals come back as a view with ``error``; nothing is written.
    ``backup``: make a ``before-import`` backup after verifying, before writing."""
    authz.require(ctx, Permission.SYNC_IMPORT)
    try:
        keys = sync_keys.own_keys(ctx)
        verified = _verify(ctx, path, keys)
    except Refused as exc:
        return ImportView(file=path.name, status="refused", error=exc.to_dict(path.name))
    m = verified.sealed.manifest
    sender = verified.sender
    base = dict(file=path.name, bundle_id=m["bundle_id"], station_id=sender.station_id,
                station_code=sender.code, station_name=sender.name,
                fingerprint=sender.fingerprint, export_level=m["export_level"],
                seq_from=m["seq_from"], seq_to=m["seq_to"],
                first_contact=verified.known is None)
    with ctx.uow() as uow:
        seen = sync_repo.imported(uow.session, m["bundle_id"])
        old_result = dict(seen.result) if seen is not None else None
    if old_result is not None:
        view = ImportView(status="already", cases=old_result.get("cases", {}),
                          rows=old_result.get("rows", {}), **base)
        return _with_receipt(ctx, view, path, receipts_dir, keys)
    if verified.known is None and not (confirm is not None and confirm(sender)):
        return ImportView(status="unconfirmed", error=Refused(
            "bundle.unconfirmed_station", file=path.name, name=sender.name,
            fingerprint=sender.fingerprint).to_dict(), **base)
    if backup:
        backups.backup_before(ctx, "before-import")
    try:
        view = _apply(ctx, verified, path, base)
    except Refused as exc:
        return ImportView(status="refused", error=exc.to_dict(path.name), **base)
    return _with_receipt(ctx, view, path, receipts_dir, keys)


# --- verify: no writes ------------------------------------------------------------------------

def _verify(ctx: AppContext, path: Path, keys: station_keys.StationKeys) -> _Verified:
    name = path.name
    try:
        sealed = envelope.read(path)
    except OSError as exc:
        raise Refused("bundle.unreadable", file=name) from exc
    if sealed.kind != "bundle":
        raise Refused("bundle.is_receipt", file=name)
    m = sealed.manifest
    manifest.check(m, fmt=manifest.BUNDLE_FORMAT, schema_head=HEAD_REVISION, name=name)
    # Self-signed by the key it names before anything else is read from it: a damaged file
    # is called damaged, not "for another township" or "a changed key" (a flipped bit in
    # those fields). Whether that key is the one pinned for the sender is checked next.
    envelope.check_signature(sealed, m["from"]["signing_key"], name=name)
    with ctx.uow() as uow:
        local = sync_repo.station(uow.session, uow.station_id)
        assert local is not None
        if local.kind == "village":
            raise Refused("bundle.village_cannot_import", file=name)
        manifest.check_addressed(m, local_station_id=local.id, name=name)
        sender_id = m["from"]["station_id"]
        if sender_id == local.id:
            raise Refused("bundle.from_self", file=name)
        known = sync_repo.station(uow.session, sender_id)
        if known is not None and not known.signing_key:
            known = None  # seen only as a name so far (never enrolled)
        if known is not None and known.signing_key != m["from"]["signing_key"]:
            raise Refused("bundle.key_changed", file=name, name=known.name)
        if known is not None and known.role == "upstream":
            raise Refused("bundle.from_upstream", file=name, name=known.name)
    f = m["from"]
    try:
        unb64(f["exchange_key"], length=station_keys.KEY_BYTES)
    except ValueError as exc:
        raise Refused("bundle.damaged", file=name) from exc
    sender = IdentityView(station_id=f["station_id"], code=f["code"], name=f["name"],
                          kind=f["kind"], signing_key=f["signing_key"],
                          exchange_key=f["exchange_key"],
                          fingerprint=station_keys.fingerprint(f["signing_key"],
                                                               f["exchange_key"]))
    plain = envelope.open_payload(sealed, keys, name=name)
    items, statistics = _parse(plain, m, name)
    return _Verified(sealed=sealed, sender=sender, known=known, items=items,
                     statistics=statistics)


def _parse(plain: bytes, m: dict[str, Any], name: str
           ) -> tuple[list[row_codec.Incoming], dict[str, Any] | None]:
    lines = plain.split(b"\n") if plain else []
    if m["export_level"] == "statistics":
        try:
            doc = json.loads(lines[0]) if len(lines) == 1 else None
        except (ValueError, RecursionError) as exc:
            raise Refused("bundle.damaged", file=name) from exc
        if not isinstance(doc, dict) or not isinstance(doc.get("statistics"), dict):
            raise Refused("bundle.damaged", file=name)
        return [], doc["statistics"]
    if len(lines) > row_codec.MAX_ROWS:
        raise Refused("bundle.too_large", file=name)
    sender = m["from"]["station_id"]
    items = []
    counts: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        try:
            raw = json.loads(line)
        except (ValueError, RecursionError) as exc:  # RecursionError: hostile nesting
            raise Refused("bundle.bad_row", line=number, table="", column="") from exc
        item = row_codec.decode(raw, number, sender_id=sender, seq_to=m["seq_to"])
        if m["export_level"] != "full" and item.plain_pii is not None:
            raise Refused("bundle.bad_row", line=number, table=item.table, column="id_number")
        counts[item.table] = counts.get(item.table, 0) + 1
        items.append(item)
    if counts != m["counts"]:
        raise Refused("bundle.damaged", file=name)
    return items, None


# --- apply: one transaction -------------------------------------------------------------------

def _apply(ctx: AppContext, v: _Verified, path: Path, base: dict[str, Any]) -> ImportView:
    m = v.sealed.manifest
    sender = v.sender
    created_at = datetime.fromisoformat(m["created_at"])
    incarnation = m["from"]["incarnation_id"]
    with ctx.uow(write=True) as uow:
        station = _pin(uow, v)
        earlier, restored = _incarnation(uow, station, incarnation, created_at)
        applier = Applier(uow.session, sender_id=sender.station_id, bundle_id=m["bundle_id"],
                          now=uow.now, seal=lambda plain: (ctx.cipher.encrypt(plain),
                                                           ctx.cipher.lookup_hash(plain)))
        applied = applier.apply(v.items)
        prog = sync_repo.progress(uow.session, sender.station_id, incarnation, sync_repo.RECEIVED)
        before_high = sync_ranges.highest(tuple(r) for r in prog.ranges)
        ranges = [tuple(r) for r in prog.ranges]
        if m["seq_from"] <= m["seq_to"]:
            ranges = sync_ranges.add(ranges, (m["seq_from"], m["seq_to"]))
        prog.ranges = [list(r) for r in ranges]
        prog.updated_at = uow.now
        gaps = sync_ranges.gaps(ranges)
        digest = "unchecked"
        if m["export_level"] != "statistics" and not gaps and not earlier and (
                m["seq_to"] >= before_high) and applied.parked == 0:
            ours = set_digest(sync_repo.partition_versions(uow.session, sender.station_id))
            digest = "match" if ours == m["set_digest"] else "mismatch"
            prog.last_digest_ok = digest == "match"
        _reindex(uow, applied.touched)
        result = {"cases": applied.case_summary(), "rows": applied.as_dict(),
                  "problems": applied.problems[:1000], "gaps": [list(g) for g in gaps],
                  "digest": digest}
        uow.session.add(SyncImport(
            id=m["bundle_id"], kind="bundle", sha256=v.sealed.file_sha256,
            from_station_id=sender.station_id, incarnation_id=incarnation,
            seq_from=m["seq_from"], seq_to=m["seq_to"], export_level=m["export_level"],
            created_at=created_at, imported_at=uow.now, actor=uow.actor, file_name=path.name,
            result=result, statistics=v.statistics))
        uow.log("sync.import", "sync_import", m["bundle_id"],
                after={"file": path.name, "from": sender.code, "level": m["export_level"],
                       **result["cases"], "conflicts": applied.conflicts,
                       "parked": applied.parked, "gaps": result["gaps"], "digest": digest})
        uow.commit()
    return ImportView(status="imported", cases=result["cases"], rows=result["rows"],
                      gaps=gaps, digest=digest, earlier_incarnation=earlier,
                      new_incarnation=restored, **base)


def _pin(uow: UnitOfWork, v: _Verified) -> Station:
    """The sender's station row; on first contact (confirmed) its keys are pinned here."""
    s = v.sender
    station = sync_repo.station(uow.session, s.station_id)
    if station is None:
        station = Station(id=s.station_id, kind=s.kind, code=s.code, name=s.name,
                          is_local=False, incarnation_id=v.sealed.manifest["from"]
                          ["incarnation_id"])
    if not station.signing_key:
        station.signing_key, station.exchange_key = s.signing_key, s.exchange_key
        station.role = "downstream"
        station.trusted_at, station.trusted_by = uow.now, uow.actor
        uow.log("sync.enroll", "station", s.station_id,
                after={"code": s.code, "name": s.name, "role": "downstream",
                       "fingerprint": s.fingerprint})
    station.name, station.code = s.name, s.code
    uow.session.add(station)
    return station


def _incarnation(uow: UnitOfWork, station: Station, incarnation: str,
                 created_at: datetime) -> tuple[bool, bool]:
    """(earlier, restored): a bundle from before the village's restore, or the first after."""
    if station.incarnation_id == incarnation:
        return False, False
    bundles = sync_repo.imports_from(uow.session, station.id)
    if any(i.incarnation_id == incarnation for i in bundles):
        # Seen before and replaced since: a restore never brings an incarnation back, so
        # this is an old bundle, whatever the two laptops' clocks say.
        return True, False
    latest = [i for i in bundles
              if i.incarnation_id == station.incarnation_id and i.created_at is not None]
    if latest and max(i.created_at for i in latest) > created_at:  # type: ignore[type-var]
        return True, False
    restored = bool(latest)
    station.incarnation_id = incarnation
    return False, restored


def _reindex(uow: UnitOfWork, touched: dict[str, set[str]]) -> None:
    case_ids = set(touched.get("mediation_case", set()))
    for table in ("case_party", "agreement"):
        ids = touched.get(table)
        if ids:
            for row in sync_repo.rows_by_id(uow.session, table, sorted(ids)).values():
                case_ids.add(row["case_id"])
    person_ids = sorted(touched.get("person", set()))
    if not case_ids and not person_ids:
        return
    cases, parties, agreements, persons = sync_repo.index_sources(
        uow.session, sorted(case_ids), person_ids)
    docs = [indexing.case_document(c, parties.get(c.id, []), agreements.get(c.id, []))
            for c in cases]
    docs += [indexing.person_document(p) for p in persons]
    search_index.bulk_index(uow.session.connection(), docs)


def _with_receipt(ctx: AppContext, view: ImportView, path: Path, receipts_dir: Path | None,
                  keys: station_keys.StationKeys) -> ImportView:
    try:
        receipt = sync_receipts.write_receipt(ctx, view.bundle_id, keys=keys,
                                              beside=receipts_dir or path.parent)
    except (OSError, DomainError) as exc:
        return view.model_copy(update={"receipt_error": str(exc)[:200]})
    return view.model_copy(update={"receipt_path": str(receipt)})
