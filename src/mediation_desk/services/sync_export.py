"""Export at the village (sync.md §4, §7): every change the township has not acknowledged,
signed and encrypted to the township, written atomically and read back; logged with who,
when and how many persons' data went onto the stick."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediation_desk import __version__
from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import sync_ranges
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.sync_views import ExportView
from mediation_desk.services import authz, backup_seal, statistics_reports, sync_keys
from mediation_desk.store import sync_repo
from mediation_desk.store.migrate import HEAD_REVISION
from mediation_desk.store.tables import Station, SyncExport, new_id
from mediation_desk.store.uow import UnitOfWork
from mediation_desk.sync import envelope, manifest
from mediation_desk.sync import rows as row_codec
from mediation_desk.sync.digest import set_digest

BUNDLE_SUFFIX = ".mzb"


class Cancelled(Exception):
    """The person cancelled the export; nothing was written or logged."""


@dataclass(slots=True)
class _Payload:
    lines: list[bytes] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    persons: set[str] = field(default_factory=set)
    anonymous_parties: int = 0
    cases: set[str] = field(default_factory=set)

    def add(self, table: str, row: Any, encoded: dict[str, Any]) -> None:
        self.lines.append(json.dumps(encoded, ensure_ascii=False, separators=(",", ":"))
                          .encode("utf-8"))
        self.counts[table] = self.counts.get(table, 0) + 1
        if table == "person":
            self.persons.add(row["id"])
        elif table == "case_party":
            if row["person_id"]:
                self.persons.add(row["person_id"])
            else:
                self.anonymous_parties += 1
        if table == "mediation_case":
            self.cases.add(row["id"])
        elif "case_id" in row and row["case_id"]:
            self.cases.add(row["case_id"])


def acknowledged_high(uow: UnitOfWork, upstream_id: str, incarnation: str) -> int:
    ranges, _ = sync_repo.progress_ranges(uow.session, upstream_id, incarnation, sync_repo.ACKNOWLEDGED)
    return sync_ranges.contiguous_high(ranges)


def pending_changes(ctx: AppContext) -> int:
    """Records changed here and not yet acknowledged by the township (0 without one).

    Event-log entries travel too but are not counted: each accompanies a counted change,
    except the log of exports and receipts themselves, which would never let this reach 0."""
    with ctx.uow() as uow:
        up = sync_repo.upstream(uow.session)
        local = sync_repo.station(uow.session, uow.station_id)
        if up is None or local is None:
            return 0
        after = acknowledged_high(uow, up.id, local.incarnation_id)
        return sum(sync_repo.count_changed(uow.session, t, local.id, after_seq=after)
                   for t in sync_repo.TABLES if t != "event_log")


def export_bundle(ctx: AppContext, out_dir: Path, *, level: str = "standard",
                  full: bool = False, progress: Any = None,
                  with_backup: bool = False) -> ExportView:
    """Write one bundle into ``out_dir``. ``progress(done, total)`` may raise Cancelled.
    ``with_backup``: also write a backup sealed to the township (services/backup_seal.py)."""
    authz.require(ctx, Permission.SYNC_EXPORT)
    if level not in manifest.LEVELS:
        raise DomainError("field.choice", "export_level", allowed=list(manifest.LEVELS))
    keys = sync_keys.own_keys(ctx)
    bundle_id = new_id()
    with ctx.uow(write=True) as uow:
        # The monthly reports go with every bundle: make the ones not made yet.
        if statistics_reports.ensure_monthly(uow, ctx.today()):
            uow.commit()
    with ctx.uow() as uow:
        local = sync_repo.station(uow.session, uow.station_id)
        up = sync_repo.upstream(uow.session)
        if local is None or up is None:
            raise DomainError("sync.no_upstream")
        after = 0 if full else acknowledged_high(uow, up.id, local.incarnation_id)
        full = after == 0  # nothing acknowledged yet (first bundle, new township, restore)
        seq_to = local.last_change_seq
        payload = _Payload()
        statistics: dict[str, Any] | None = None
        if level == "statistics":
            statistics = {"cases": sync_repo.case_statistics(uow.session, local.id),
                          "reports": statistics_reports.statistics_document(uow, local.id)}
            payload.lines.append(json.dumps({"statistics": statistics}).encode("utf-8"))
            seq_from, seq_to = after + 1, after
        else:
            seq_from = after + 1
            _collect(ctx, uow, local.id, after, seq_to, level, payload, progress)
        digest = set_digest(sync_repo.partition_versions(uow.session, local.id))
        previous = sync_repo.exports(uow.session, up.id, limit=1)
        bundle_seq = sync_repo.last_export_seq(uow.session) + 1
        head = _manifest(local, up, keys, bundle_id=bundle_id, bundle_seq=bundle_seq,
                         now=uow.now, seq_from=seq_from, seq_to=seq_to, level=level,
                         full=full, payload=payload, digest=digest,
                         prev=previous[0].id if previous else None)
        to_name, to_code = up.name, up.code
        up_id, up_exchange = up.id, up.exchange_key
        incarnation = local.incarnation_id
        file_name = f"{local.code}_{ctx.today():%Y%m%d}_{bundle_seq:04d}{BUNDLE_SUFFIX}"
    ciphertext, head["encryption"] = envelope.seal(
        b"\n".join(payload.lines), recipient_exchange_key=up_exchange, file_id=bundle_id)
    target = out_dir / file_name
    written = envelope.write(target, "bundle", head, ciphertext, keys)
    with ctx.uow(write=True) as uow:
        row = SyncExport(
            id=bundle_id, seq=bundle_seq, to_station_id=up_id, incarnation_id=incarnation,
            created_at=uow.now, actor=uow.actor, export_level=level, is_full=full,
            seq_from=seq_from, seq_to=seq_to, row_count=sum(payload.counts.values()),
            case_count=len(payload.cases), person_count=head["contains_people"],
            table_counts=payload.counts, file_name=file_name, file_path=str(target),
            sha256=written["payload_sha256"],
            # Who went onto the stick, for an incident report if it is lost (PIPL Art. 57).
            contents={"persons": sorted(payload.persons), "cases": sorted(payload.cases),
                      "anonymous_parties": payload.anonymous_parties})
        uow.session.add(row)
        uow.log("sync.export", "sync_export", bundle_id,
                after={"file": file_name, "to": to_code, "level": level, "full": row.is_full,
                       "rows": row.row_count, "cases": row.case_count,
                       "persons": row.person_count, "seq_from": seq_from, "seq_to": seq_to})
        uow.commit()
        view = export_view(row, to_name, to_code)
    if with_backup:
        backup_seal.seal_backup(ctx, out_dir)
    return view


def _collect(ctx: AppContext, uow: UnitOfWork, origin: str, after: int, seq_to: int,
             level: str, payload: _Payload, progress: Any) -> None:
    reveal = ctx.cipher.decrypt if level == "full" else None
    tables = list(sync_repo.TABLES)
    for done, table in enumerate(tables):
        if progress is not None:
            progress(done, len(tables))
        for row in sync_repo.partition_rows(uow.session, table, origin, after_seq=after,
                                            upto_seq=seq_to):
            payload.add(table, row, row_codec.encode(table, row, reveal=reveal))
    if progress is not None:
        progress(len(tables), len(tables))


def _manifest(local: Station, up: Station, keys: Any, *, bundle_id: str, bundle_seq: int,
              now: Any, seq_from: int, seq_to: int, level: str, full: bool,
              payload: _Payload, digest: str, prev: str | None) -> dict[str, Any]:
    return {
        "format": manifest.BUNDLE_FORMAT, "format_version": manifest.FORMAT_VERSION,
        "schema_version": HEAD_REVISION, "app_version": __version__,
        "bundle_id": bundle_id, "bundle_seq": bundle_seq,
        "from": manifest.party(local.id, local.code, local.name, local.kind,
                               local.incarnation_id, keys.signing_public,
                               keys.exchange_public),
        "to": {"station_id": up.id, "code": up.code, "name": up.name},
        "created_at": now.isoformat(), "seq_from": seq_from, "seq_to": seq_to,
        "prev_bundle_id": prev, "counts": dict(payload.counts), "set_digest": digest,
        "contains_people": len(payload.persons) + payload.anonymous_parties,
        "case_count": len(payload.cases), "export_level": level, "is_full": full,
    }


def export_view(row: SyncExport, to_name: str, to_code: str) -> ExportView:
    return ExportView(
        bundle_id=row.id, bundle_seq=row.seq, file_name=row.file_name, file_path=row.file_path,
        to_name=to_name, to_code=to_code, created_at=row.created_at, actor=row.actor,
        export_level=row.export_level, is_full=row.is_full, seq_from=row.seq_from,
        seq_to=row.seq_to, row_count=row.row_count, case_count=row.case_count,
        person_count=row.person_count, acknowledged_at=row.acknowledged_at)


def export_log(ctx: AppContext, limit: int | None = None) -> list[ExportView]:
    with ctx.uow() as uow:
        names = {s.id: (s.name, s.code) for s in sync_repo.peers(uow.session)}
        return [export_view(r, *names.get(r.to_station_id, ("", "")))
                for r in sync_repo.exports(uow.session, limit=limit)]
