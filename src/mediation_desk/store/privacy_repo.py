"""Queries of the personal-data features: the persons and cases an exported bundle carried
(for a lost stick), archived dossiers past their retention period, and which persons a
disposal may anonymise (those in no other live case and in no other register).

Functions take the session and never commit. Long id lists are read in chunks (SQLite
limits the parameters of one statement)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import PurePath

from sqlalchemy import or_, select
from sqlmodel import Session

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.retention import DISPOSED
from mediation_desk.store.tables import (
    CaseParty,
    Dossier,
    IncidentReport,
    JointDefenseGroup,
    MediationCase,
    Mediator,
    Person,
    SyncExport,
)

CHUNK = 500


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for i in ids:
        batch.append(i)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


# Bundles -------------------------------------------------------------------------------------

def export_by_ref(session: Session, ref: str) -> SyncExport | None:
    """An export by its bundle id, its file name, or a path ending in its file name."""
    ref = ref.strip()
    found = session.get(SyncExport, ref)
    if found is None and ref:
        name = PurePath(ref.replace("\\", "/")).name
        found = session.scalars(select(SyncExport).where(SyncExport.file_name == name)
                                .order_by(SyncExport.seq.desc())).first()
    return found


def persons(session: Session, ids: Iterable[str]) -> list[Person]:
    out: list[Person] = []
    for batch in _chunks(ids):
        out.extend(session.scalars(select(Person).where(Person.id.in_(batch))))
    return out


def case_numbers(session: Session, ids: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for batch in _chunks(ids):
        out.update((i, no) for i, no in session.execute(
            select(MediationCase.id, MediationCase.case_no).where(MediationCase.id.in_(batch))))
    return out


def person_cases(session: Session, case_ids: Iterable[str]) -> dict[str, set[str]]:
    """person id → the ids of those cases they are a party to."""
    out: dict[str, set[str]] = defaultdict(set)
    for batch in _chunks(case_ids):
        for person_id, case_id in session.execute(
                select(CaseParty.person_id, CaseParty.case_id)
                .where(CaseParty.case_id.in_(batch), CaseParty.person_id.is_not(None))):
            out[person_id].add(case_id)
    return out


# Retention -----------------------------------------------------------------------------------

def archived_by(session: Session, station_id: str, day: date
                ) -> list[tuple[MediationCase, Dossier | None]]:
    """This station's live archived cases archived on or before ``day``, with their dossier
    row (if any), leaving out those already disposed of; oldest first."""
    stmt = (select(MediationCase, Dossier)
            .outerjoin(Dossier, Dossier.case_id == MediationCase.id)
            .where(MediationCase.status == CaseStatus.ARCHIVED.value,
                   MediationCase.voided_at.is_(None),
                   MediationCase.origin_station_id == station_id,
                   MediationCase.archived_on.is_not(None),
                   MediationCase.archived_on <= day,
                   or_(Dossier.id.is_(None), Dossier.review_decision != DISPOSED))
            .order_by(MediationCase.archived_on, MediationCase.case_no))
    return [(c, d) for c, d in session.execute(stmt).all()]


def party_names(session: Session, case_ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for batch in _chunks(case_ids):
        for case_id, name in session.execute(
                select(CaseParty.case_id, CaseParty.snapshot_name)
                .where(CaseParty.case_id.in_(batch), CaseParty.voided_at.is_(None))
                .order_by(CaseParty.case_id, CaseParty.order_no)):
            out[case_id].append(name)
    return out


def dossier_of(session: Session, case_id: str) -> Dossier | None:
    return session.scalars(select(Dossier).where(Dossier.case_id == case_id)).first()


def persons_kept_elsewhere(session: Session, person_ids: Sequence[str],
                           case_id: str) -> set[str]:
    """Of ``person_ids``, those a disposal must not anonymise: a party to another case not
    disposed of, a mediator, a joint-defence group's head or deputy, a reporter of an
    incident, or a member of a registered household."""
    if not person_ids:
        return set()
    kept: set[str] = set()
    ids = list(person_ids)
    kept.update(session.scalars(
        select(CaseParty.person_id)
        .join(MediationCase, MediationCase.id == CaseParty.case_id)
        .outerjoin(Dossier, Dossier.case_id == MediationCase.id)
        .where(CaseParty.person_id.in_(ids), CaseParty.case_id != case_id,
               MediationCase.voided_at.is_(None),
               or_(Dossier.id.is_(None), Dossier.review_decision != DISPOSED))))
    kept.update(session.scalars(select(Mediator.person_id).where(Mediator.person_id.in_(ids))))
    for column in (JointDefenseGroup.head_person_id, JointDefenseGroup.deputy_person_id):
        kept.update(session.scalars(select(column).where(column.in_(ids))))
    kept.update(session.scalars(select(IncidentReport.reporter_person_id)
                                .where(IncidentReport.reporter_person_id.in_(ids))))
    kept.update(session.scalars(select(Person.id).where(Person.id.in_(ids),
                                                        Person.household_id.is_not(None))))
    return {k for k in kept if k}
