"""The mediator roster (调解员名册) as read: entries with certificates, training and status
history, and the committee's composition check.

Changes (fields, status, renewal, training) are in ``roster_changes``; exports in
``roster_export``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import roster_checks as checks
from mediation_desk.domain.enums import CodeTable, Gender, MediatorRole, MediatorStatus
from mediation_desk.domain.errors import DomainWarning, NotFound
from mediation_desk.domain.idnumber import age_on
from mediation_desk.domain.roster_views import (
    CommitteeCheck,
    RosterEntry,
    StatusChangeView,
    TrainingView,
    WarningView,
)
from mediation_desk.services import code_tables
from mediation_desk.services.community import local_committee_id
from mediation_desk.store import repos, roster_repo
from mediation_desk.store.tables import (
    Committee,
    Mediator,
    Person,
)
from mediation_desk.store.uow import UnitOfWork

# The roster lists the chair first, then vice-chairs, members and hired mediators.
_ROLE_ORDER = {r.value: i for i, r in enumerate(MediatorRole)}


def roster(ctx: AppContext, *, include_former: bool = False) -> list[RosterEntry]:
    """Serving mediators (all, former ones after them, with ``include_former``)."""
    with ctx.uow() as uow:
        return load_entries(uow, ctx.today(), include_former=include_former)


def mediator_detail(ctx: AppContext, mediator_id: str) -> RosterEntry:
    with ctx.uow() as uow:
        return entry_of(uow, mediator_id, ctx.today())


def resolve_mediator(ctx: AppContext, ref: str) -> str:
    """A mediator's id from its id or its person's exact name (the CLI takes either; a
    name two mediators share must be given as the id)."""
    with ctx.uow() as uow:
        m = repos.get(uow.session, Mediator, ref)
        if m is not None and m.voided_at is None:
            return m.id
        found = [m.id for m, p in repos.mediators_with_names(uow.session) if p.name == ref]
    if len(found) != 1:
        raise NotFound("mediator", ref, "mediator_id")
    return found[0]


def committee_check(ctx: AppContext) -> CommitteeCheck:
    with ctx.uow() as uow:
        return check_committee(uow, ctx.today())


# -- used by the other roster services ---------------------------------------------------

def entry_of(uow: UnitOfWork, mediator_id: str, today: date) -> RosterEntry:
    m = repos.get(uow.session, Mediator, mediator_id)
    if m is None or m.voided_at is not None:
        raise NotFound("mediator", mediator_id, "mediator_id")
    p = repos.get(uow.session, Person, m.person_id)
    if p is None:
        raise NotFound("person", m.person_id, "person_id")
    return _entries(uow, [(m, p)], today)[0]


def load_entries(uow: UnitOfWork, today: date, *, include_former: bool = False
                 ) -> list[RosterEntry]:
    rows = [(m, p) for m, p in repos.mediators_with_names(uow.session, local_committee_id(uow))
            if include_former or m.status == MediatorStatus.ACTIVE.value]
    entries = _entries(uow, rows, today)
    return sorted(entries, key=sort_key)


def sort_key(e: RosterEntry) -> tuple:
    return (e.status != MediatorStatus.ACTIVE.value, _ROLE_ORDER.get(e.role, 9),
            not e.is_chief, e.appointed_on or date.max, e.name)


def facts(m: Mediator, p: Person) -> checks.MediatorFacts:
    return checks.MediatorFacts(mediator_id=m.id, name=p.name, role=m.role, status=m.status,
                                gender=p.gender, birth_date=p.birth_date, term_end=m.term_end)


def check_committee(uow: UnitOfWork, today: date) -> CommitteeCheck:
    committee = repos.get(uow.session, Committee, local_committee_id(uow))
    rows = repos.mediators_with_names(uow.session, committee.id if committee else None)
    all_facts = [facts(m, p) for m, p in rows]
    members = [f for f in all_facts if checks.is_member(f)]
    return CommitteeCheck(
        committee_name=committee.name if committee else "",
        checked_on=today, member_count=len(members),
        hired_count=sum(1 for f in all_facts if checks.is_active(f)
                        and f.role == MediatorRole.HIRED.value),
        women_count=sum(1 for f in members if f.gender == Gender.FEMALE.value),
        chair_count=sum(1 for f in members if f.role == MediatorRole.CHAIR.value),
        warnings=warning_views(checks.committee_warnings(all_facts, today)))


def warning_views(found: Sequence[DomainWarning]) -> list[WarningView]:
    return [WarningView(code=w.code, field=w.field, params=dict(w.params)) for w in found]


def _entries(uow: UnitOfWork, rows: Sequence[tuple[Mediator, Person]], today: date
             ) -> list[RosterEntry]:
    ids = [m.id for m, _ in rows]
    trainings: dict[str, list[TrainingView]] = {i: [] for i in ids}
    history: dict[str, list[StatusChangeView]] = {i: [] for i in ids}
    for t in roster_repo.trainings_of(uow.session, ids):
        trainings[t.mediator_id].append(TrainingView(
            id=t.id, held_on=t.held_on, organiser=t.organiser, topic=t.topic,
            hours=t.hours, exam_passed=t.exam_passed))
    for c in roster_repo.status_changes_of(uow.session, ids):
        history[c.mediator_id].append(StatusChangeView(
            id=c.id, changed_on=c.changed_on, from_status=c.from_status,
            to_status=c.to_status, reason_code=c.reason_code, reason_text=c.reason_text,
            new_term_end=c.new_term_end))
    specialty = code_tables.labels(uow, CodeTable.MEDIATOR_SPECIALTY)
    return [RosterEntry(
        id=m.id, person_id=p.id, name=p.name, gender=p.gender,
        age=age_on(p.birth_date, today) if p.birth_date else None, role=m.role,
        employment=m.employment, appointment_method=m.appointment_method,
        appointed_on=m.appointed_on, term_start=_term_start(m, history[m.id]),
        term_end=m.term_end, certificate_no=m.certificate_no,
        certificate_issued_on=m.certificate_issued_on, work_cert_no=m.work_cert_no,
        specialties=list(m.specialties),
        specialty_labels=[specialty.get(s, s) for s in m.specialties], level=m.level,
        honours=list(m.honours or []), is_chief=m.is_chief, status=m.status,
        status_reason_code=m.status_reason_code, status_reason_text=m.status_reason_text,
        status_changed_on=m.status_changed_on, trainings=trainings[m.id],
        history=history[m.id],
        warnings=warning_views(checks.mediator_warnings(facts(m, p), today)))
        for m, p in rows]


def _term_start(m: Mediator, history: list[StatusChangeView]) -> date | None:
    renewals = [h.changed_on for h in history if h.new_term_end is not None]
    return renewals[-1] if renewals else m.appointed_on
