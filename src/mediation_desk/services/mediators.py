"""The mediator roster as far as cases need it: adding and listing mediators.

Terms, certificates, training and status changes in depth are in ``roster`` (reading),
``roster_changes`` and ``roster_export``."""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.commands import MediatorInput
from mediation_desk.domain.deadlines import add_months
from mediation_desk.domain.enums import CodeTable, MediatorRole
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.idnumber import age_on
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.roster_commands import MediatorAddInput
from mediation_desk.domain.views import MediatorView
from mediation_desk.services import authz, code_tables, indexing
from mediation_desk.services.inputs import parse
from mediation_desk.services.persons import check_person, new_person_row
from mediation_desk.store import repos
from mediation_desk.store.tables import Mediator, Person

TERM_MONTHS = 36  # Law Art. 9: committee members serve three-year terms


def add_mediator(ctx: AppContext, data: dict[str, Any] | MediatorInput) -> MediatorView:
    """A new mediator: a new person or one already registered (``person_id``)."""
    authz.require(ctx, Permission.ROSTER_WRITE)
    if isinstance(data, MediatorInput) and not isinstance(data, MediatorAddInput):
        data = data.model_dump(exclude_unset=True)
    cmd = parse(MediatorAddInput, data)
    today = ctx.today()
    if (cmd.person_id is None) == (cmd.person is None):
        raise DomainError("party.person_or_id", "person")
    checked = check_person(cmd.person, today=today, prefix="person") if cmd.person else None
    with ctx.uow(write=True) as uow:
        station = repos.local_station(uow.session)
        committee = repos.local_committee(uow.session, station.id) if station else None
        if committee is None:
            raise DomainError("station.not_initialised")
        code_tables.require_all(uow, CodeTable.MEDIATOR_SPECIALTY, list(cmd.specialties),
                                "specialties")
        if checked is not None:
            person = new_person_row(checked, committee_id=committee.id, cipher=ctx.cipher,
                                    uow=uow, field="person.id_number")
            uow.session.add(person)
            uow.session.flush()
            indexing.index_person(uow, person)
        else:
            found = repos.get(uow.session, Person, cmd.person_id or "")
            if found is None:
                raise NotFound("person", cmd.person_id or "", "person_id")
            person = found
        appointed = cmd.appointed_on or today
        # Law Art. 14: a mediator is an adult citizen.
        if person.birth_date and age_on(person.birth_date, appointed) < 18:
            raise DomainError("mediator.under_18", "person.birth_date")
        term_end = cmd.term_end
        if term_end is None and cmd.role != MediatorRole.HIRED:
            term_end = add_months(appointed, TERM_MONTHS)
        m = Mediator(person_id=person.id, committee_id=committee.id, role=cmd.role.value,
                     appointment_method=cmd.appointment_method.value,
                     employment=cmd.employment.value, appointed_on=appointed,
                     term_end=term_end, certificate_no=cmd.certificate_no,
                     certificate_issued_on=cmd.certificate_issued_on,
                     work_cert_no=cmd.work_cert_no, specialties=list(cmd.specialties),
                     level=cmd.level, is_chief=cmd.is_chief,
                     honours=[h.strip() for h in cmd.honours if h.strip()],
                     origin_station_id=uow.station_id)
        uow.session.add(m)
        uow.session.flush()
        uow.log("mediator.add", "mediator", m.id, after={"name": person.name, "role": m.role})
        uow.commit()
        return mediator_view(m, person)


def list_mediators(ctx: AppContext, *, active_only: bool = False) -> list[MediatorView]:
    with ctx.uow() as uow:
        rows = repos.mediators_with_names(uow.session)
        return [mediator_view(m, p) for m, p in rows if not active_only or m.status == "active"]


def mediator_view(m: Mediator, p: Person) -> MediatorView:
    return MediatorView(id=m.id, person_id=p.id, name=p.name, gender=p.gender, role=m.role,
                        employment=m.employment, appointed_on=m.appointed_on,
                        term_end=m.term_end, certificate_no=m.certificate_no,
                        specialties=list(m.specialties), is_chief=m.is_chief, status=m.status)

