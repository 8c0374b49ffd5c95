"""Registering a dispute (登记): parties, category, facts; numbering; search index."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.caseno import format_case_no
from mediation_desk.domain.commands import CaseCreate, PartyInput
from mediation_desk.domain.enums import CaseStatus, CodeTable
from mediation_desk.domain.errors import DomainError, NotFound, ValidationErrors
from mediation_desk.domain.idnumber import age_on
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import case_queries, case_state, code_tables, indexing
from mediation_desk.services.inputs import parse
from mediation_desk.services.persons import CheckedPerson, check_person, new_person_row
from mediation_desk.store import repos
from mediation_desk.store.tables import CaseParty, MediationCase, Person
from mediation_desk.store.uow import UnitOfWork


def check_date(value: date, *, field: str, today: date, not_before: date | None = None) -> None:
    if value > today:
        raise DomainError("date.in_future", field, date=value.isoformat())
    if not_before and value < not_before:
        raise DomainError("date.before", field, date=value.isoformat(),
                          earliest=not_before.isoformat())


def _check_parties(cmd: CaseCreate, today: date) -> list[CheckedPerson | None]:
    errors: list[DomainError] = []
    checked: list[CheckedPerson | None] = []
    for i, p in enumerate(cmd.parties):
        prefix = f"parties[{i}]"
        if (p.person_id is None) == (p.person is None):
            errors.append(DomainError("party.person_or_id", prefix))
            checked.append(None)
            continue
        if p.person is not None:
            try:
                checked.append(check_person(p.person, today=today, prefix=f"{prefix}.person"))
            except ValidationErrors as exc:
                errors.extend(exc.errors)
                checked.append(None)
        else:
            checked.append(None)
    if errors:
        raise ValidationErrors(errors)
    return checked


def _party_row(uow: UnitOfWork, ctx: AppContext, *, case: MediationCase, order: int,
               p: PartyInput, checked: CheckedPerson | None, committee_id: str,
               received: date) -> tuple[CaseParty, Person]:
    field = f"parties[{order}]"
    if checked is not None:
        person = new_person_row(checked, committee_id=committee_id, cipher=ctx.cipher, uow=uow,
                                field=f"{field}.person.id_number")
        uow.session.add(person)
        uow.session.flush()
        indexing.index_person(uow, person)
    else:
        found = repos.get(uow.session, Person, p.person_id or "")
        if found is None or found.voided_at is not None:
            raise NotFound("person", p.person_id or "", f"{field}.person_id")
        person = found
    return CaseParty(
        case_id=case.id, person_id=person.id, order_no=order, role=p.role.value,
        is_organisation=p.is_organisation, org_representative=p.org_representative,
        snapshot_name=person.name, snapshot_gender=person.gender,
        snapshot_ethnicity=person.ethnicity, snapshot_birth_date=person.birth_date,
        snapshot_age=age_on(person.birth_date, received) if person.birth_date else
        (checked.inp.age if checked else None),
        snapshot_occupation=person.occupation, snapshot_phone=person.phone,
        snapshot_address=person.address, snapshot_id_type=person.id_type,
        snapshot_id_number_enc=person.id_number_enc,
        snapshot_id_number_masked=person.id_number_masked, agent_type=p.agent_type.value,
        agent_name=p.agent_name, agent_phone=p.agent_phone, consented=p.consented,
        origin_station_id=uow.station_id), person


def register_case(ctx: AppContext, data: dict[str, Any] | CaseCreate) -> CaseDetail:
    cmd = parse(CaseCreate, data)
    today = ctx.today()
    received = cmd.received_on or today
    check_date(received, field="received_on", today=today)
    checked = _check_parties(cmd, today)
    with ctx.uow(write=True) as uow:
        station = repos.local_station(uow.session)
        committee = repos.local_committee(uow.session, station.id) if station else None
        if committee is None:
            raise DomainError("station.not_initialised")
        code_tables.require(uow, CodeTable.DISPUTE_CATEGORY, cmd.category, "category")
        code_tables.require(uow, CodeTable.CASE_SOURCE, cmd.source, "source")
        code_tables.require_all(uow, CodeTable.MAJOR_CRITERION, cmd.major_criteria,
                                "major_criteria")
        seq = repos.next_case_seq(uow.session, committee.id, received.year)
        case = MediationCase(
            committee_id=committee.id, year=received.year, seq=seq,
            case_no=format_case_no(received.year, committee.short_name, seq), title="",
            category_code=cmd.category, sub_category=cmd.sub_category, source_code=cmd.source,
            referred_by=cmd.referred_by, application_channel=cmd.application_channel.value,
            received_on=received, received_by=cmd.received_by or uow.actor, facts=cmd.facts,
            requests=list(cmd.requests), status=CaseStatus.REGISTERED.value,
            last_event_on=received, is_public=cmd.is_public, privacy_note=cmd.privacy_note,
            consent_note=cmd.consent_note, amount_fen=cmd.amount_fen,
            is_major=cmd.is_major or bool(cmd.major_criteria),
            major_criteria=list(cmd.major_criteria),
            major_flagged_on=received if (cmd.is_major or cmd.major_criteria) else None,
            origin_kind=cmd.origin_kind, origin_id=cmd.origin_id,
            origin_station_id=uow.station_id)
        uow.session.add(case)
        uow.session.flush()
        parties = []
        for i, (p, chk) in enumerate(zip(cmd.parties, checked, strict=True)):
            row, _person = _party_row(uow, ctx, case=case, order=i, p=p, checked=chk,
                                      committee_id=committee.id, received=received)
            uow.session.add(row)
            parties.append(row)
        case.consent_recorded = all(p.consented for p in parties)
        category = code_tables.labels(uow, CodeTable.DISPUTE_CATEGORY)[cmd.category]
        case.title = cmd.title or default_title([p.snapshot_name for p in parties], category)
        uow.session.flush()
        agg = case_state.load(uow, case.id)
        case_state.refresh_deadlines(agg)
        indexing.index_case(uow, case, parties)
        uow.log("case.register", "mediation_case", case.id, case_id=case.id,
                after={"case_no": case.case_no, "category": case.category_code,
                       "parties": [p.snapshot_name for p in parties]})
        uow.commit()
        return case_queries.case_detail(uow, case.id, today)


def default_title(names: list[str], category_label: str) -> str:
    """张三与李四邻里纠纷 — the way register books name a dispute."""
    shown = names[:3]
    who = "、".join(shown[:-1]) + "与" + shown[-1] if len(shown) > 1 else "".join(shown)
    if len(names) > 3:
        who += "等"
    return f"{who}{category_label}"
