"""Reading cases: one case in full, a filtered page of the list, search, today's deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CaseStatus, CodeTable
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.views import CasePage, CaseSummary, EventView
from mediation_desk.services import case_state, case_views, code_tables, indexing
from mediation_desk.store import repos
from mediation_desk.store.tables import MediationCase
from mediation_desk.store.uow import UnitOfWork

# Each sortable column of the case list, by the ``CaseSummary`` field it shows, and the
# stem of its sort names: ``<stem>_asc`` / ``<stem>_desc``.
SORT_FIELDS: dict[str, str] = {
    "case_no": "case_no", "title": "title", "category": "category", "status": "status",
    "received_on": "received", "due_on": "due",
}
# The older names first (the CLI offers them): "deadline" is the soonest deadline of any
# kind, "case_no" the newest number first.
SORTS = ("received_desc", "received_asc", "deadline", "case_no",
         *(f"{stem}_{way}" for stem in SORT_FIELDS.values() for way in ("asc", "desc")
           if stem != "received"))
MAX_PAGE = 1000
# A text filter narrows the list to at most this many matches (SQLite bound parameters).
TEXT_FILTER_CAP = 20_000


@dataclass(frozen=True, slots=True)
class CaseFilter:
    statuses: tuple[str, ...] = ()
    category: str | None = None
    year: int | None = None
    overdue: bool = False
    text: str = ""
    sort: str = "received_desc"
    limit: int = 100
    offset: int = 0


def sort_name(field: str, *, descending: bool) -> str:
    """The sort name for a ``CaseSummary`` field (a column of the list) and a direction."""
    return f"{SORT_FIELDS[field]}_{'desc' if descending else 'asc'}"


def sort_field(sort: str) -> tuple[str, bool] | None:
    """(``CaseSummary`` field, descending) of a sort name; None for "deadline", which no
    single column shows."""
    sort = "case_no_desc" if sort == "case_no" else sort
    stem, _, way = sort.rpartition("_")
    field = next((f for f, s in SORT_FIELDS.items() if s == stem), None)
    return (field, way == "desc") if field and way in ("asc", "desc") else None


def case_years(ctx: AppContext) -> list[int]:
    """The years that have cases, newest first (the choices of the list's year filter)."""
    with ctx.uow() as uow:
        return repos.case_years(uow.session)


def get_case(ctx: AppContext, ref: str) -> case_views.CaseDetail:
    with ctx.uow() as uow:
        return case_detail(uow, ref, ctx.today())


def case_detail(uow: UnitOfWork, ref: str, today: date) -> case_views.CaseDetail:
    agg = case_state.load(uow, ref)
    labels = {CodeTable.DISPUTE_CATEGORY.value: code_tables.labels(uow, CodeTable.DISPUTE_CATEGORY),
              CodeTable.CASE_SOURCE.value: code_tables.labels(uow, CodeTable.CASE_SOURCE)}
    ids = {m.mediator_id for m in agg.mediators}
    if agg.case.host_mediator_id:
        ids.add(agg.case.host_mediator_id)
    names = repos.host_names(uow.session, sorted(ids))
    events = [EventView(at=e.at, actor=e.actor, action=e.action, entity=e.entity,
                        entity_id=e.entity_id, before=e.before, after=e.after)
              for e in repos.events_for_case(uow.session, agg.case.id)]
    return case_views.detail(agg, labels=labels, mediator_names=names, events=events,
                             today=today)


def _validate(f: CaseFilter) -> None:
    known = {s.value for s in CaseStatus}
    for i, s in enumerate(f.statuses):
        if s not in known:
            raise DomainError("field.choice", f"status[{i}]", value=s, allowed=sorted(known))
    if f.sort not in SORTS:
        raise DomainError("field.choice", "sort", value=f.sort, allowed=list(SORTS))
    if not 1 <= f.limit <= MAX_PAGE:
        raise DomainError("field.too_large", "limit", le=MAX_PAGE)
    if f.offset < 0:
        raise DomainError("field.too_small", "offset", ge=0)


def list_cases(ctx: AppContext, f: CaseFilter = CaseFilter()) -> CasePage:
    """A page of the case list. With ``text``, only cases the search index finds."""
    _validate(f)
    today = ctx.today()
    with ctx.uow() as uow:
        if f.category:
            code_tables.require(uow, CodeTable.DISPUTE_CATEGORY, f.category, "category")
        ids = None
        if f.text.strip():
            # The index returns matches newest first; filters then apply to that set.
            ids = indexing.search_ids(uow, f.text, kind=indexing.CASE, limit=TEXT_FILTER_CAP)
        total, rows = repos.list_cases(
            uow.session, statuses=f.statuses, category=f.category, year=f.year,
            overdue_on=today if f.overdue else None, ids=ids, sort=f.sort,
            category_order=_category_order(uow) if f.sort.startswith("category_") else (),
            limit=f.limit, offset=f.offset)
        return CasePage(total=total, offset=f.offset, rows=summaries(uow, rows, today))


def _category_order(uow: UnitOfWork) -> list[str]:
    return list(code_tables.labels(uow, CodeTable.DISPUTE_CATEGORY))


def search_cases(ctx: AppContext, text: str, *, limit: int = 50) -> list[CaseSummary]:
    """Cases matching ``text`` (any substring of names, facts, agreement; pinyin), best first."""
    today = ctx.today()
    with ctx.uow() as uow:
        ids = indexing.search_ids(uow, text, kind=indexing.CASE, limit=limit)
        _, rows = repos.list_cases(uow.session, ids=ids, limit=max(limit, 1))
        by_id = {r.id: r for r in rows}
        ordered = [by_id[i] for i in ids if i in by_id]
        return summaries(uow, ordered, today)


def summaries(uow: UnitOfWork, rows: Sequence[MediationCase], today: date) -> list[CaseSummary]:
    cats = code_tables.labels(uow, CodeTable.DISPUTE_CATEGORY)
    parties: dict[str, list[str]] = {}
    for p in repos.parties_of_cases(uow.session, [r.id for r in rows]):
        parties.setdefault(p.case_id, []).append(p.snapshot_name)
    hosts = repos.host_names(uow.session, [r.host_mediator_id for r in rows
                                           if r.host_mediator_id])
    return [case_views.summary(r, parties=parties.get(r.id, []),
                               category_label=cats.get(r.category_code, r.category_code),
                               host_name=hosts.get(r.host_mediator_id or ""),
                               today=today)
            for r in rows]
