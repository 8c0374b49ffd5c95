"""What each record contributes to the search index, and running searches on it."""

from __future__ import annotations

from collections.abc import Sequence

from mediation_desk.store import search_index
from mediation_desk.store.tables import Agreement, CaseParty, MediationCase, Person
from mediation_desk.store.uow import UnitOfWork

CASE = "case"
PERSON = "person"


def case_document(case: MediationCase, parties: Sequence[CaseParty],
                  agreements: Sequence[Agreement] = ()) -> search_index.SearchDocument:
    texts = [case.case_no, case.title, case.facts, *case.requests]
    for a in agreements:
        if a.voided_at is None:
            texts.extend([a.facts_and_issues, *a.terms, a.performance_manner])
    names = [p.snapshot_name for p in parties if p.voided_at is None]
    names += [p.agent_name for p in parties if p.agent_name]
    return search_index.SearchDocument(kind=CASE, entity_id=case.id,
                                       texts=tuple(t for t in texts if t),
                                       names=tuple(names))


def person_document(p: Person) -> search_index.SearchDocument:
    return search_index.SearchDocument(kind=PERSON, entity_id=p.id,
                                       texts=tuple(t for t in (p.address, p.occupation) if t),
                                       names=(p.name,))


def index_case(uow: UnitOfWork, case: MediationCase, parties: Sequence[CaseParty],
               agreements: Sequence[Agreement] = ()) -> None:
    search_index.index_document(uow.session.connection(),
                                case_document(case, parties, agreements))


def index_person(uow: UnitOfWork, person: Person) -> None:
    search_index.index_document(uow.session.connection(), person_document(person))


def search_ids(uow: UnitOfWork, query: str, *, kind: str, limit: int = 50,
               offset: int = 0) -> list[str]:
    hits = search_index.search(uow.session.connection(), query, kinds={kind}, limit=limit,
                               offset=offset)
    return [h.entity_id for h in hits]


def count(uow: UnitOfWork, query: str, *, kind: str) -> int:
    return search_index.count(uow.session.connection(), query, kinds={kind})
