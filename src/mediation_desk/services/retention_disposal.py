"""Disposing of a dossier whose retention period has run out: its personal data is
anonymised, what the statistics count is kept (个人信息保护法 第十九条, 第四十七条).

Kept: the case number, category, source, dates, status and outcome, amounts, codes, and who
mediated. Removed: party names (they become 当事人甲, 当事人乙 …), ID numbers, phones,
addresses, birth dates, occupations, agents, and the free texts that tell the story (facts,
requests, records' contents, agreement terms, notes). The title keeps its words with the
names replaced. A person registered only for this case is anonymised too; one who is in
another case not disposed of, or in another register (mediators, households, groups,
incident reports), is left as is.

Changes go through the ORM so that they are stamped and travel to the township with the
next bundle, which then holds the anonymised case too. The event log, being append-only,
keeps what it logged (names in some entries; ID numbers and phones only masked)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mediation_desk.domain.retention import pseudonym, replace_names
from mediation_desk.services import indexing
from mediation_desk.store import privacy_repo, repos
from mediation_desk.store.tables import (
    Agreement,
    CaseParty,
    Escalation,
    FollowUpVisit,
    InvestigationRecord,
    JudicialConfirmation,
    MediationCase,
    MediationSession,
    PerformanceItem,
    PerformanceReminder,
    Person,
    RecusalRequest,
    RightsNotice,
    ScreeningFinding,
)
from mediation_desk.store.uow import UnitOfWork

DISPOSED_TEXT = "（保管期限届满，已处置）"
ANONYMOUS_PERSON = "（已匿名化）"

# Free texts of a case's records that may name or describe people: emptied. Lists become [].
_CLEARED: tuple[tuple[type, tuple[str, ...]], ...] = (
    (RecusalRequest, ("reason",)),
    (InvestigationRecord, ("place", "interviewee_name", "interviewee_relation", "present",
                           "content")),
    (MediationSession, ("place", "matter", "participants", "parties_present", "content")),
    (Agreement, ("facts_and_issues", "terms", "performance_manner", "performance_place")),
    (PerformanceReminder, ("note",)),
    (FollowUpVisit, ("litigation_note", "measures", "note")),
    (JudicialConfirmation, ("notes",)),
    (Escalation, ("summary", "result")),
)
_CASE_TEXTS = ("consent_note", "declined_note", "privacy_note", "extension_note",
               "terminated_note", "close_note")


@dataclass(frozen=True)
class Disposal:
    parties: int
    persons: int


def dispose(uow: UnitOfWork, case: MediationCase) -> Disposal:
    s = uow.session
    parties = list(repos.children(s, CaseParty, "case_id", case.id, include_voided=True,
                                  order_by="order_no"))
    names = {p.snapshot_name: pseudonym(i) for i, p in enumerate(parties) if p.snapshot_name}
    for i, p in enumerate(parties):
        _anonymise_party(p, pseudonym(i))
    case.title = replace_names(case.title, names)
    case.facts = DISPOSED_TEXT
    case.requests = []
    for name in _CASE_TEXTS:
        setattr(case, name, "")
    for model, fields in _CLEARED:
        for row in repos.children(s, model, "case_id", case.id, include_voided=True):
            _clear(row, fields)
    for item in repos.children(s, PerformanceItem, "case_id", case.id, include_voided=True):
        item.description = DISPOSED_TEXT
    for notice in repos.children(s, RightsNotice, "case_id", case.id, include_voided=True):
        notice.extra = None
    for finding in repos.children(s, ScreeningFinding, "case_id", case.id,
                                  include_voided=True):
        finding.parties_text = replace_names(finding.parties_text, names)
    persons = _anonymise_persons(uow, case.id, [p.person_id for p in parties if p.person_id])
    s.flush()
    agreements = repos.children(s, Agreement, "case_id", case.id)
    indexing.index_case(uow, case, [p for p in parties if p.voided_at is None], agreements)
    return Disposal(parties=len(parties), persons=persons)


def _anonymise_party(p: CaseParty, name: str) -> None:
    p.snapshot_name = name
    p.org_representative = ""
    p.snapshot_ethnicity = ""
    p.snapshot_birth_date = None
    p.snapshot_occupation = ""
    p.snapshot_phone = ""
    p.snapshot_address = ""
    p.snapshot_id_number_enc = None
    p.snapshot_id_number_masked = ""
    p.agent_name = ""
    p.agent_phone = ""


def _clear(row: Any, fields: tuple[str, ...]) -> None:
    for name in fields:
        setattr(row, name, [] if isinstance(getattr(row, name), list) else "")


def _anonymise_persons(uow: UnitOfWork, case_id: str, person_ids: list[str]) -> int:
    kept = privacy_repo.persons_kept_elsewhere(uow.session, person_ids, case_id)
    done = 0
    for person in privacy_repo.persons(uow.session, [i for i in person_ids if i not in kept]):
        _anonymise_person(person)
        uow.session.flush()
        indexing.index_person(uow, person)
        done += 1
    return done


def _anonymise_person(p: Person) -> None:
    p.name = ANONYMOUS_PERSON
    p.ethnicity = ""
    p.birth_date = None
    p.id_number_enc = None
    p.id_number_hash = None
    p.id_number_masked = ""
    p.phone = ""
    p.address = ""
    p.occupation = ""
    p.notes = ""
