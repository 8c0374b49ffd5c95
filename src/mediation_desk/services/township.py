"""The township's side of sync: its villages at a glance, supervision notes (督办意见) and
case returns (退回) that travel back in receipts, the review queue of conflicts, and the
deadlines of every village's cases."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import sync_ranges
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.sync_views import (
    ConflictView,
    SupervisionNoteView,
    VillageView,
)
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services import agenda as agenda_service
from mediation_desk.store import sync_repo
from mediation_desk.store.tables import SupervisionNote, SyncConflict
from mediation_desk.store.uow import UnitOfWork
from mediation_desk.sync import keys as station_keys

NOTE_KINDS = ("note", "return")
MAX_NOTE = 2000


def villages(ctx: AppContext) -> list[VillageView]:
    today = ctx.today()
    out = []
    with ctx.uow() as uow:
        cases = sync_repo.cases_by_origin(uow.session)
        for s in sync_repo.peers(uow.session, "downstream"):
            bundles = sync_repo.imports_from(uow.session, s.id)
            current = [b for b in bundles if b.incarnation_id == s.incarnation_id]
            ranges, digest_ok = sync_repo.progress_ranges(uow.session, s.id,
                                                          s.incarnation_id, sync_repo.RECEIVED)
            last = max(current, key=lambda b: b.created_at or b.imported_at) if current else None
            written = last.created_at if last is not None else None
            out.append(VillageView(
                station_id=s.id, code=s.code, name=s.name,
                fingerprint=station_keys.fingerprint(s.signing_key, s.exchange_key),
                trusted_at=s.trusted_at, bundles=len(bundles), last_bundle_at=written,
                last_import_at=bundles[-1].imported_at if bundles else None,
                lag_days=(today - written.date()).days if written else None,
                received_up_to=sync_ranges.contiguous_high(ranges),
                gaps=sync_ranges.gaps(ranges), digest_ok=digest_ok,
                cases=cases.get(s.id, 0),
                conflicts=len(sync_repo.open_conflicts(uow.session, s.id)),
                parked=sync_repo.parked_count(uow.session, s.id),
                last_level=last.export_level if last is not None else ""))
    return out


def deadlines(ctx: AppContext, *, horizon_days: int = 7) -> list[AgendaItem]:
    """Every village's case deadlines due soon or overdue, each line naming its village."""
    items = [a for a in agenda_service.agenda(ctx, horizon_days=horizon_days, limit=5000)
             if a.subject == "case" and a.case_id]
    with ctx.uow() as uow:
        origins = sync_repo.case_origins(uow.session, [a.case_id for a in items if a.case_id])
        names = {s.id: s.name for s in sync_repo.peers(uow.session)}
    return [a.model_copy(update={"village": names.get(origins.get(a.case_id or "",
                                                                  ("", ""))[0], "")})
            for a in items]


# --- supervision notes and returns ------------------------------------------------------------

def _note_view(n: SupervisionNote, case_no: str, village: str, local: str) -> SupervisionNoteView:
    return SupervisionNoteView(
        id=n.id, case_id=n.case_id, case_no=case_no, village_name=village, kind=n.kind,
        text=n.text, written_on=n.written_on, author=n.author, closed_on=n.closed_on,
        closed_note=n.closed_note, township=n.origin_station_id == local)


def _views(uow: UnitOfWork, notes: list[SupervisionNote]) -> list[SupervisionNoteView]:
    origins = sync_repo.case_origins(uow.session, [n.case_id for n in notes])
    names = {s.id: s.name for s in sync_repo.peers(uow.session)}
    return [_note_view(n, origins.get(n.case_id, ("", ""))[1],
                       names.get(n.village_station_id, ""), uow.station_id) for n in notes]


def notes_for_case(ctx: AppContext, case_id: str) -> list[SupervisionNoteView]:
    with ctx.uow() as uow:
        return _views(uow, list(sync_repo.supervision_notes(uow.session, case_id=case_id)))


def all_notes(ctx: AppContext, *, open_returns_only: bool = False) -> list[SupervisionNoteView]:
    with ctx.uow() as uow:
        notes = list(sync_repo.all_supervision_notes(uow.session))
        if open_returns_only:
            notes = [n for n in notes if n.kind == "return" and n.closed_on is None]
        return _views(uow, notes)


def add_note(ctx: AppContext, case_id: str, text: str, *, kind: str = "note",
             written_on: date | None = None) -> SupervisionNoteView:
    """A 督办意见 or a return on a village's case; it goes back in the next receipt."""
    text = text.strip()
    if kind not in NOTE_KINDS:
        raise DomainError("field.choice", "kind", allowed=list(NOTE_KINDS))
    if not text:
        raise DomainError("field.required", "text")
    if len(text) > MAX_NOTE:
        raise DomainError("field.too_long", "text", max_length=MAX_NOTE)
    with ctx.uow(write=True) as uow:
        local = sync_repo.station(uow.session, uow.station_id)
        origin = sync_repo.case_origins(uow.session, [case_id]).get(case_id)
        if origin is None:
            raise NotFound("mediation_case", case_id, "case")
        if local is None or local.kind != "township" or origin[0] == local.id:
            raise DomainError("sync.notes_only_on_village_cases", "case")
        note = SupervisionNote(case_id=case_id, village_station_id=origin[0], kind=kind,
                               text=text, written_on=written_on or ctx.today(),
                               author=uow.actor)
        uow.session.add(note)
        uow.session.flush()
        uow.log(f"sync.{kind}", "supervision_note", note.id, case_id=None,
                after={"case_no": origin[1], "kind": kind, "text": text[:200]})
        uow.commit()
        return _views(uow, [note])[0]


def close_return(ctx: AppContext, note_id: str, note: str = "",
                 on: date | None = None) -> SupervisionNoteView:
    """The village put a returned case right: the return closes (and says so in receipts)."""
    with ctx.uow(write=True) as uow:
        row = sync_repo.supervision_note(uow.session, note_id)
        if row is None or row.origin_station_id != uow.station_id:
            raise NotFound("supervision_note", note_id, "note")
        if row.kind != "return":
            raise DomainError("sync.not_a_return", "note")
        if row.closed_on is not None:
            raise DomainError("sync.return_closed", "note", date=row.closed_on.isoformat())
        row.closed_on = on or ctx.today()
        row.closed_note = note.strip()[:MAX_NOTE]
        uow.log("sync.return_closed", "supervision_note", row.id,
                after={"closed_on": row.closed_on.isoformat(), "note": row.closed_note})
        uow.commit()
        return _views(uow, [row])[0]


# --- conflicts ---------------------------------------------------------------------------------

def _conflict_view(c: SyncConflict, station_name: str) -> ConflictView:
    keys = sorted(set(c.local_data) | set(c.incoming_data))
    fields = [(k, c.local_data.get(k), c.incoming_data.get(k)) for k in keys
              if c.local_data.get(k) != c.incoming_data.get(k)]
    return ConflictView(id=c.id, table=c.table_name, row_id=c.row_id,
                        station_name=station_name, row_version=c.row_version, fields=fields,
                        local_updated_at=c.local_updated_at,
                        incoming_updated_at=c.incoming_updated_at,
                        incoming_author=c.incoming_author, detected_at=c.detected_at)


def conflicts(ctx: AppContext) -> list[ConflictView]:
    with ctx.uow() as uow:
        names = {s.id: s.name for s in sync_repo.peers(uow.session)}
        return [_conflict_view(c, names.get(c.from_station_id, ""))
                for c in sync_repo.open_conflicts(uow.session)]


def resolve_conflict(ctx: AppContext, conflict_id: str, *, take_incoming: bool) -> ConflictView:
    """Keep what this station has, or take the copy that arrived (same version number)."""
    with ctx.uow(write=True) as uow:
        c = sync_repo.conflict(uow.session, conflict_id)
        if c is None or c.resolved_at is not None:
            raise NotFound("sync_conflict", conflict_id, "conflict")
        if take_incoming:
            _take(uow, c)
        c.resolved_at = uow.now
        c.resolved_by = uow.actor
        c.resolution = "took_incoming" if take_incoming else "kept_local"
        uow.log("sync.conflict_resolved", c.table_name, c.row_id,
                after={"resolution": c.resolution, "version": c.row_version})
        uow.commit()
        names = {s.id: s.name for s in sync_repo.peers(uow.session)}
        return _conflict_view(c, names.get(c.from_station_id, ""))


def _take(uow: UnitOfWork, c: SyncConflict) -> None:
    from mediation_desk.sync import rows as row_codec

    current = sync_repo.rows_by_id(uow.session, c.table_name, [c.row_id]).get(c.row_id)
    if current is None or current["row_version"] != c.row_version:
        raise DomainError("sync.conflict_stale", "conflict")
    data: dict[str, Any] = dict(c.incoming_data)
    data["change_seq"] = current["change_seq"]
    item = row_codec.decode({"t": c.table_name, "d": data}, 0,
                            sender_id=c.from_station_id, seq_to=None)
    values = dict(current)
    values.update(item.values)
    sync_repo.update_rows(uow.session, c.table_name, [values])
