"""Queries the services need, kept here so that services never compose SQL themselves.

Functions take the unit of work's session and return ORM rows; they never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import case, func, select
from sqlmodel import Session

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.lifecycle import MEDIATING_STATUSES
from mediation_desk.store.tables import (
    CaseMediator,
    CaseNumberCounter,
    CaseParty,
    CodeEntry,
    Committee,
    EventLog,
    GroupMember,
    MediationCase,
    Mediator,
    PaperOutput,
    Person,
    ScreeningRound,
    Station,
    SyncColumns,
)

T = TypeVar("T", bound=SyncColumns)
_MEDIATING = sorted(s.value for s in MEDIATING_STATUSES)


def get(session: Session, model: type[T], row_id: str) -> T | None:
    return session.get(model, row_id)


def children(session: Session, model: type[T], column: str, parent_id: str, *,
             include_voided: bool = False, order_by: str | None = None) -> Sequence[T]:
    stmt = select(model).where(getattr(model, column) == parent_id)
    if not include_voided:
        stmt = stmt.where(model.voided_at.is_(None))  # type: ignore[union-attr]
    if order_by:
        stmt = stmt.order_by(getattr(model, order_by))
    return session.scalars(stmt).all()


def local_station(session: Session) -> Station | None:
    return session.scalars(select(Station).where(Station.is_local)).first()


def local_committee(session: Session, station_id: str) -> Committee | None:
    return session.scalars(
        select(Committee).where(Committee.origin_station_id == station_id,
                                Committee.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(Committee.created_at)
    ).first()


def active_codes(session: Session, table: str) -> Sequence[CodeEntry]:
    """Newest active version of each code of a table."""
    rows = session.scalars(
        select(CodeEntry).where(CodeEntry.table_name == table, CodeEntry.active,
                                CodeEntry.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(CodeEntry.code, CodeEntry.version.desc())  # type: ignore[attr-defined]
    ).all()
    newest: dict[str, CodeEntry] = {}
    for row in rows:
        newest.setdefault(row.code, row)
    return sorted(newest.values(), key=lambda r: (r.sort_order, r.code))


def next_case_seq(session: Session, committee_id: str, year: int) -> int:
    """Take the next number of the year. Runs inside the writer's BEGIN IMMEDIATE
    transaction, so no other writer can interleave: numbers are unique and gap-free."""
    counter = session.get(CaseNumberCounter, (committee_id, year))
    if counter is None:
        counter = CaseNumberCounter(committee_id=committee_id, year=year, last_seq=0)
        session.add(counter)
    counter.last_seq += 1
    session.flush()
    return counter.last_seq


def case_by_no(session: Session, case_no: str) -> MediationCase | None:
    return session.scalars(select(MediationCase).where(MediationCase.case_no == case_no)).first()


def person_by_id_hash(session: Session, id_hash: str) -> Person | None:
    return session.scalars(
        select(Person).where(Person.id_number_hash == id_hash,
                             Person.voided_at.is_(None))  # type: ignore[union-attr]
    ).first()


def events_for_case(session: Session, case_id: str) -> Sequence[EventLog]:
    return session.scalars(
        select(EventLog).where(EventLog.case_id == case_id).order_by(EventLog.change_seq)
    ).all()


def mediators_with_names(session: Session, committee_id: str | None = None,
                         ) -> Sequence[tuple[Mediator, Person]]:
    stmt = select(Mediator, Person).join(Person, Person.id == Mediator.person_id)
    if committee_id:
        stmt = stmt.where(Mediator.committee_id == committee_id)
    stmt = stmt.where(Mediator.voided_at.is_(None)).order_by(Person.name)  # type: ignore[union-attr]
    return session.execute(stmt).all()


def case_mediators_with_names(session: Session, case_id: str,
                              ) -> Sequence[tuple[CaseMediator, Person]]:
    stmt = (select(CaseMediator, Person)
            .join(Mediator, Mediator.id == CaseMediator.mediator_id)
            .join(Person, Person.id == Mediator.person_id)
            .where(CaseMediator.case_id == case_id,
                   CaseMediator.voided_at.is_(None))  # type: ignore[union-attr]
            .order_by(CaseMediator.assigned_on))
    return session.execute(stmt).all()


def list_cases(session: Session, *, statuses: Sequence[str] = (), category: str | None = None,
               year: int | None = None, overdue_on: date | None = None,
               ids: Sequence[str] | None = None, sort: str = "received_desc",
               category_order: Sequence[str] = (),
               limit: int = 100, offset: int = 0) -> tuple[int, Sequence[MediationCase]]:
    """One page of cases and the total count, filtered in SQL (indexed columns only).

    ``sort`` is a name of ``services.case_queries.SORTS`` (see ``case_order``);
    ``category_order`` is the code table's display order (categories sort in that order)."""
    stmt = select(MediationCase).where(MediationCase.voided_at.is_(None))  # type: ignore[union-attr]
    if statuses:
        stmt = stmt.where(MediationCase.status.in_(statuses))  # type: ignore[attr-defined]
    if category:
        stmt = stmt.where(MediationCase.category_code == category)
    if year:
        stmt = stmt.where(MediationCase.year == year)
    if overdue_on is not None:
        stmt = stmt.where(MediationCase.next_deadline_on < overdue_on)  # type: ignore[operator]
    if ids is not None:
        stmt = stmt.where(MediationCase.id.in_(ids))  # type: ignore[attr-defined]
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    order = case_order(sort, category_order=category_order)
    # Sort ids only, then load the page's rows: a sort without an index copies every
    # candidate row into SQLite's sorter, and whole case rows (facts ...) are wide.
    page_ids = session.scalars(stmt.with_only_columns(MediationCase.id)
                               .order_by(*order).limit(limit).offset(offset)).all()
    if not page_ids:
        return int(total), []
    by_id = {r.id: r for r in session.scalars(
        select(MediationCase).where(MediationCase.id.in_(page_ids))).all()}  # type: ignore[attr-defined]
    return int(total), [by_id[i] for i in page_ids]


def case_order(sort: str, *, category_order: Sequence[str] = ()) -> list[Any]:
    """ORDER BY terms for ``<column>_asc`` / ``<column>_desc`` (case_no, title, category,
    status, received, due) or the older ``deadline`` and ``case_no``. Every order ends in a
    unique key, so pages never overlap or skip rows when many cases share a value."""
    c = MediationCase
    newest = [c.year.desc(), c.seq.desc(), c.id]  # type: ignore[attr-defined]
    if sort == "deadline":  # soonest deadline of any kind first (the CLI's order)
        return [c.next_deadline_on.is_(None), c.next_deadline_on, *newest]  # type: ignore[union-attr]
    column, _, direction = ("case_no_desc" if sort == "case_no" else sort).rpartition("_")
    if direction not in ("asc", "desc"):
        raise ValueError(f"unknown case sort {sort!r}")
    descending = direction == "desc"
    if column in ("case_no", "received"):
        # Number order, not text order: 第10号 after 第9号; indexed (year, received_on).
        keys = [c.year, c.seq] if column == "case_no" else [c.received_on, c.seq]
        return [k.desc() if descending else k for k in keys] + [c.year.desc(), c.id]  # type: ignore[attr-defined]
    if column == "due":
        # What the list shows as the time limit: the mediation limit while mediating;
        # blanks last in both directions, as a spreadsheet does, and among them the cases
        # with an overdue deadline (marked in the list) first.
        due = case((c.status.in_(_MEDIATING), func.coalesce(c.extended_due_on, c.due_on)),  # type: ignore[attr-defined]
                   else_=None)
        return [due.is_(None), due.desc() if descending else due,
                c.next_deadline_on.is_(None), c.next_deadline_on, *newest]  # type: ignore[union-attr]
    keys_by_column: dict[str, list[Any]] = {
        "title": [c.title],
        # Codes no longer in the table go last, among themselves by code.
        "category": [_position(c.category_code, category_order), c.category_code],
        "status": [_position(c.status, [s.value for s in CaseStatus])],
    }
    if column not in keys_by_column:
        raise ValueError(f"unknown case sort {sort!r}")
    return [k.desc() if descending else k for k in keys_by_column[column]] + newest


def _position(column: Any, order: Sequence[str]) -> Any:
    """A code's place in a display order; codes not in it sort after all that are."""
    if not order:
        return column
    return case({code: i for i, code in enumerate(order)}, value=column, else_=len(order))


def case_years(session: Session) -> list[int]:
    """The years that have (non-voided) cases, newest first.

    The distinct years come from the covering year index; each is then checked for one
    non-voided case. Filtering on voided_at first would read every row (100 ms at 100,000
    cases against 3 ms)."""
    years = select(MediationCase.year).distinct().subquery()
    live = (select(MediationCase.id)
            .where(MediationCase.year == years.c.year,
                   MediationCase.voided_at.is_(None))  # type: ignore[union-attr]
            .exists())
    return [int(y) for y in session.scalars(
        select(years.c.year).where(live).order_by(years.c.year.desc())).all()]


def parties_of_cases(session: Session, case_ids: Sequence[str]) -> Sequence[CaseParty]:
    if not case_ids:
        return []
    return session.scalars(
        select(CaseParty).where(CaseParty.case_id.in_(case_ids),  # type: ignore[attr-defined]
                                CaseParty.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(CaseParty.case_id, CaseParty.order_no)
    ).all()


def host_names(session: Session, mediator_ids: Sequence[str]) -> dict[str, str]:
    if not mediator_ids:
        return {}
    rows = session.execute(
        select(Mediator.id, Person.name).join(Person, Person.id == Mediator.person_id)
        .where(Mediator.id.in_(mediator_ids))  # type: ignore[attr-defined]
    ).all()
    return {r[0]: r[1] for r in rows}


def persons_by_ids(session: Session, ids: Sequence[str]) -> Sequence[Person]:
    if not ids:
        return []
    return session.scalars(select(Person).where(Person.id.in_(ids))).all()  # type: ignore[attr-defined]


def count_rows(session: Session, model: type[SyncColumns]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def cases_with_deadline_before(session: Session, before: date, *, limit: int) -> list[str]:
    return list(session.scalars(
        select(MediationCase.id).where(MediationCase.next_deadline_on <= before,  # type: ignore[operator]
                                       MediationCase.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(MediationCase.next_deadline_on).limit(limit)).all())


def cases_in_status(session: Session, statuses: Sequence[str], *, limit: int) -> list[str]:
    return list(session.scalars(
        select(MediationCase.id).where(MediationCase.status.in_(statuses),  # type: ignore[attr-defined]
                                       MediationCase.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(MediationCase.received_on.desc()).limit(limit)).all())  # type: ignore[attr-defined]


def screening_rounds(session: Session, *, year: int | None = None) -> list[Any]:
    stmt = select(ScreeningRound).where(ScreeningRound.voided_at.is_(None))  # type: ignore[union-attr]
    if year:
        stmt = stmt.where(ScreeningRound.period_start >= date(year, 1, 1),
                          ScreeningRound.period_start <= date(year, 12, 31))
    return list(session.scalars(stmt.order_by(ScreeningRound.period_start)).all())


def active_group_of(session: Session, household_id: str) -> str | None:
    return session.scalars(
        select(GroupMember.group_id).where(GroupMember.household_id == household_id,
                                           GroupMember.left_on.is_(None),  # type: ignore[union-attr]
                                           GroupMember.voided_at.is_(None))).first()  # type: ignore[union-attr]


def paper_outputs(session: Session, case_id: str) -> Sequence[PaperOutput]:
    return session.scalars(
        select(PaperOutput).where(PaperOutput.case_id == case_id,
                                  PaperOutput.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(PaperOutput.output_at)
    ).all()
