"""The audit trail: the station's event log, filtered and paged for the 日志 page and the
CLI, and exported as CSV or .xlsx.

Reading the whole station's log needs ``AUDIT_VIEW``; one case's history stays open to
everyone, as in the case window's 历史 tab. Exporting needs ``DATA_EXPORT`` and is itself
logged (``audit.export``), so exporting the log shows in the log. There is no way here to
change an entry: the log is append-only and the database refuses UPDATE and DELETE on it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from mediation_desk.bootstrap import CHINA_TZ, AppContext
from mediation_desk.documents import audit_files
from mediation_desk.domain.audit_views import (
    AuditEventView,
    AuditExportView,
    AuditFilter,
    AuditPage,
    group_of,
)
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.services import authz
from mediation_desk.services.case_state import resolve_case
from mediation_desk.store import audit_repo
from mediation_desk.store.tables import EventLog, new_id
from mediation_desk.store.uow import UnitOfWork

FORMATS = ("csv", "xlsx")
MAX_PAGE = 1000
EXPORT_ACTION = "audit.export"


class EventText(Protocol):
    """How an exported line reads: the caller's words (``wording.audit_text.EventText``)."""

    title: str
    headers: Sequence[str]

    def row(self, event: AuditEventView) -> Sequence[str]: ...

    def filter_line(self, filters: AuditFilter) -> str: ...


class RawText:
    """Codes and JSON as logged, for scripts and when no wording is given."""

    title = "event_log"
    headers = ("at", "actor", "action", "entity", "entity_id", "case_no", "before", "after")

    def row(self, e: AuditEventView) -> Sequence[str]:
        import json

        return (when(e), e.actor, e.action, e.entity, e.entity_id, e.case_no,
                json.dumps(e.before, ensure_ascii=False) if e.before else "",
                json.dumps(e.after, ensure_ascii=False) if e.after else "")

    def filter_line(self, filters: AuditFilter) -> str:
        return "  ".join(f"{k}={v}" for k, v in _filter_values(filters).items())


def when(e: AuditEventView) -> str:
    """The entry's time as the village reads it (Beijing time, to the second)."""
    return e.at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")


def events(ctx: AppContext, filters: AuditFilter | None = None, offset: int = 0,
           limit: int = 100) -> AuditPage:
    """One page of entries, newest first, with how many match in all."""
    f = filters or AuditFilter()
    _require_view(ctx, f)
    limit = max(1, min(limit, MAX_PAGE))
    with ctx.uow() as uow:
        where = audit_repo.conditions(f, _case_id(uow, f))
        rows = audit_repo.page(uow.session, where, offset=max(offset, 0), limit=limit)
        return AuditPage(total=audit_repo.count(uow.session, where), offset=max(offset, 0),
                         rows=[_view(e, no) for e, no in rows])


def actors(ctx: AppContext) -> list[str]:
    """Everyone named in the log (the 操作人 choice of the viewer)."""
    authz.require(ctx, Permission.AUDIT_VIEW)
    with ctx.uow() as uow:
        return audit_repo.actors(uow.session)


def export_events(ctx: AppContext, filters: AuditFilter | None = None, fmt: str = "csv",
                  out: Path | str = "", *, text: EventText | None = None) -> AuditExportView:
    """Write every entry the filter matches to ``out`` (CSV in UTF-8 with a BOM, which Excel
    opens in Chinese, or .xlsx), atomically: a failed write leaves any older file as it was.
    The export is logged with the format, the file name, the number of lines and the filter."""
    f = filters or AuditFilter()
    authz.require(ctx, Permission.DATA_EXPORT)
    _require_view(ctx, f)
    if fmt not in FORMATS:
        raise DomainError("field.choice", "format", value=fmt, allowed=list(FORMATS))
    if not str(out):
        raise DomainError("field.required", "out")
    words = text or RawText()
    target = Path(out)
    with ctx.uow() as uow:
        where = audit_repo.conditions(f, _case_id(uow, f))
        lines = _lines(audit_repo.stream(uow.session, where), words)
        try:
            if fmt == "csv":
                count = audit_files.write_csv(target, words.headers, lines)
            else:
                count = audit_files.write_xlsx(target, words.title, words.headers, lines,
                                               subtitle=words.filter_line(f))
        except OSError as exc:
            raise DomainError("audit.export_failed", "out",
                              reason=exc.strerror or type(exc).__name__) from exc
    with ctx.uow(write=True) as uow:
        uow.log(EXPORT_ACTION, "event_log", new_id(),
                after={"format": fmt, "file": target.name, "rows": count,
                       **({"filter": _filter_values(f)} if _filter_values(f) else {})})
        uow.commit()
    return AuditExportView(path=str(target), format=fmt, rows=count)


# Helpers ------------------------------------------------------------------------------------

def _require_view(ctx: AppContext, f: AuditFilter) -> None:
    if not f.only_case():
        authz.require(ctx, Permission.AUDIT_VIEW)


def _case_id(uow: UnitOfWork, f: AuditFilter) -> str | None:
    if not f.case:
        return None
    return resolve_case(uow, f.case.strip()).id


def _view(e: EventLog, case_no: str | None) -> AuditEventView:
    return AuditEventView(
        id=e.id, at=e.at, actor=e.actor, action=e.action, group=group_of(e.action),
        entity=e.entity, entity_id=e.entity_id, case_id=e.case_id, case_no=case_no or "",
        before=e.before, after=e.after, origin_station_id=e.origin_station_id)


def _lines(rows: Iterator[tuple[EventLog, str | None]], words: EventText
           ) -> Iterator[Sequence[str]]:
    for e, no in rows:
        yield words.row(_view(e, no))


def _filter_values(f: AuditFilter) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v)
            for k, v in f.model_dump().items() if v not in (None, "")}

