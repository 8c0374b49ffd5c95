"""What each record contributes to the search index, and running searches on it."""

from __future__ import annotations

from collections.abc import Sequence

from mediation_desk.store import search_index
from mediation_desk.store.tables import Agreement, CaseParty, MediationCase, Person
from mediation_desk.store.uow import UnitOfWork

CASE = "case"
PERSON = "person"


def case_document_of(case_id: str, texts: Sequence[str],
                     names: Sequence[str]) -> search_index.SearchDocument:
    """What a case is found by: number, title, facts, requests, agreement text; party names
    (by characters and pinyin)."""
    return search_index.SearchDocument(kind=CASE, entity_id=case_id,
                                       texts=tuple(t for t in texts if t), names=tuple(names))


def case_document(case: MediationCase, parties: Sequence[CaseParty],
                  agreements: Sequence[Agreement] = ()) -> search_index.SearchDocument:
    texts = [case.case_no, case.title, case.facts, *case.requests]
    for a in agreements:
        if a.voided_at is None:
            texts.extend([a.facts_and_issues, *a.terms, a.performance_manner])
    names = [p.snapshot_name for p in parties if p.voided_at is None]
    names += [p.agent_name for p in parties if p.agent_name]
    return case_document_of(case.id, texts, names)


def person_document_of(person_id: str, name: str, address: str,
                       occupation: str) -> search_index.SearchDocument:
    return search_index.SearchDocument(kind=PERSON, entity_id=person_id,
                                       texts=tuple(t for t in (address, occupation) if t),
                                       names=(name,))


def person_document(p: Person) -> search_index.SearchDocument:
    return person_document_of(p.id, p.name, p.address, p.occupation)


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
