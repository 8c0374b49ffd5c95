"""Who is in this bundle: the persons whose data an exported bundle carried, from the export
log, so that a lost or stolen stick can be reported person by person (个人信息保护法
第五十七条; domain.md §12 consequence 4).

Listing needs ``SYNC_EXPORT`` (the people who can export are those who answer for the
stick) and is not logged; printing or exporting the list is (``sync.people_export``).
Exports made before schema 0006 recorded only their counts: the view says so."""

from __future__ import annotations

from pathlib import Path

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents import bundle_people as paper
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.phone import mask_phone
from mediation_desk.domain.privacy_views import BundlePeopleView, BundlePersonView
from mediation_desk.services import authz
from mediation_desk.store import privacy_repo, sync_repo
from mediation_desk.store.tables import SyncExport

FORMATS = ("csv", "xlsx")
EXPORT_ACTION = "sync.people_export"


def bundle_people(ctx: AppContext, bundle: str) -> BundlePeopleView:
    """``bundle``: a bundle id, its file name, or the path of the file."""
    authz.require(ctx, Permission.SYNC_EXPORT)
    with ctx.uow() as uow:
        row = privacy_repo.export_by_ref(uow.session, bundle)
        if row is None:
            raise NotFound("sync_export", bundle, "bundle")
        return _view(uow.session, row)


def export_people(ctx: AppContext, bundle: str, out: Path | str, fmt: str = "csv"
                  ) -> Path:
    """Write the list (CSV or .xlsx, atomically) for an incident report; logged."""
    if fmt not in FORMATS:
        raise DomainError("field.choice", "format", value=fmt, allowed=list(FORMATS))
    view = bundle_people(ctx, bundle)
    target = Path(out)
    try:
        paper.write_list(view, target, fmt)
    except OSError as exc:
        raise DomainError("audit.export_failed", "out",
                          reason=exc.strerror or type(exc).__name__) from exc
    with ctx.uow(write=True) as uow:
        uow.log(EXPORT_ACTION, "sync_export", view.bundle_id,
                after={"bundle": view.file_name, "file": target.name, "format": fmt,
                       "persons": len(view.persons) if view.recorded else view.person_count})
        uow.commit()
    return target


def _view(session: object, row: SyncExport) -> BundlePeopleView:
    contents = row.contents or {}
    person_ids = [str(p) for p in contents.get("persons", [])]
    case_ids = [str(c) for c in contents.get("cases", [])]
    recorded = "persons" in contents
    numbers = privacy_repo.case_numbers(session, case_ids)  # type: ignore[arg-type]
    in_cases = privacy_repo.person_cases(session, case_ids)  # type: ignore[arg-type]
    people = sorted(privacy_repo.persons(session, person_ids),  # type: ignore[arg-type]
                    key=lambda p: (p.name, p.id))
    persons = [BundlePersonView(
        person_id=p.id, name=p.name, id_number_masked=p.id_number_masked,
        phone_masked=mask_phone(p.phone) if p.phone else "",
        case_nos=sorted(numbers[c] for c in in_cases.get(p.id, ()) if c in numbers))
        for p in people]
    to = {s.id: (s.name, s.code) for s in sync_repo.peers(session)}  # type: ignore[arg-type]
    to_name, to_code = to.get(row.to_station_id, ("", ""))
    return BundlePeopleView(
        bundle_id=row.id, bundle_seq=row.seq, file_name=row.file_name,
        created_at=row.created_at, actor=row.actor, export_level=row.export_level,
        to_name=to_name, to_code=to_code, person_count=row.person_count,
        case_count=row.case_count, recorded=recorded, persons=persons,
        anonymous_parties=int(contents.get("anonymous_parties", 0) or 0),
        case_nos=sorted(numbers.values()))
