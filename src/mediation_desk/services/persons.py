"""Registering and finding persons; ID numbers validated, encrypted, masked, deduplicated."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.commands import PersonInput
from mediation_desk.domain.enums import Gender, IdType
from mediation_desk.domain.errors import DomainError, DomainWarning, NotFound, ValidationErrors
from mediation_desk.domain.idnumber import age_on, mask_id_number, parse_id_number
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.phone import mask_phone, parse_phone
from mediation_desk.domain.privacy_views import OTHER_PURPOSE
from mediation_desk.domain.views import PersonView
from mediation_desk.services import authz, indexing
from mediation_desk.services.inputs import parse
from mediation_desk.store import repos
from mediation_desk.store.pii import PiiCipher
from mediation_desk.store.tables import CaseParty, MediationCase, Person
from mediation_desk.store.uow import UnitOfWork


class CheckedPerson:
    """A PersonInput after validation: normalised values ready to store."""

    def __init__(self, inp: PersonInput, *, id_number: str, birth_date: date | None,
                 gender: str, phone: str, warnings: list[DomainWarning]) -> None:
        self.inp = inp
        self.id_number = id_number
        self.birth_date = birth_date
        self.gender = gender
        self.phone = phone
        self.warnings = warnings


def check_person(inp: PersonInput, *, today: date, prefix: str = "") -> CheckedPerson:
    """Validate the ID number and phone; fill birth date and gender from the ID number."""
    pre = f"{prefix}." if prefix else ""
    errors: list[DomainError] = []
    warnings: list[DomainWarning] = []
    id_number = inp.id_number
    birth = inp.birth_date
    gender = inp.gender.value
    if id_number and inp.id_type == IdType.RESIDENT_ID:
        try:
            info = parse_id_number(
                id_number, today=today, field=f"{pre}id_number",
                entered_gender=None if inp.gender == Gender.UNKNOWN else inp.gender,
                entered_birth_date=inp.birth_date, entered_age=inp.age)
            id_number = info.number
            warnings.extend(info.warnings)
            birth = birth or info.birth_date
            if inp.gender == Gender.UNKNOWN:
                gender = info.gender.value
        except DomainError as exc:
            errors.append(exc)
    if birth and birth > today:
        errors.append(DomainError("person.birth_in_future", f"{pre}birth_date"))
    phone = ""
    if inp.phone:
        try:
            phone = parse_phone(inp.phone, field=f"{pre}phone").digits
        except DomainError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return CheckedPerson(inp, id_number=id_number, birth_date=birth, gender=gender,
                         phone=phone, warnings=warnings)


def id_fields(checked: CheckedPerson, *, cipher: PiiCipher, uow: UnitOfWork, field: str,
              own_id: str | None = None) -> tuple[str | None, str | None, str]:
    """(encrypted, lookup hash, masked) for the ID number; refuses one already registered."""
    if not checked.id_number:
        return None, None, ""
    id_hash = cipher.lookup_hash(checked.id_number)
    existing = repos.person_by_id_hash(uow.session, id_hash)
    if existing is not None and existing.id != own_id:
        raise DomainError("person.duplicate_id_number", field,
                          person_id=existing.id, name=existing.name)
    return cipher.encrypt(checked.id_number), id_hash, mask_id_number(checked.id_number)


def new_person_row(checked: CheckedPerson, *, committee_id: str, cipher: PiiCipher,
                   uow: UnitOfWork, field: str) -> Person:
    inp = checked.inp
    enc, id_hash, masked = id_fields(checked, cipher=cipher, uow=uow, field=field)
    return Person(committee_id=committee_id, name=inp.name, gender=checked.gender,
                  ethnicity=inp.ethnicity, birth_date=checked.birth_date,
                  id_type=inp.id_type.value, id_number_enc=enc, id_number_hash=id_hash,
                  id_number_masked=masked, phone=checked.phone, address=inp.address,
                  occupation=inp.occupation, household_id=inp.household_id, notes=inp.notes,
                  origin_station_id=uow.station_id)


def person_view(p: Person, today: date) -> PersonView:
    return PersonView(id=p.id, name=p.name, gender=p.gender, ethnicity=p.ethnicity,
                      birth_date=p.birth_date,
                      age=age_on(p.birth_date, today) if p.birth_date else None,
                      id_type=p.id_type, id_number_masked=p.id_number_masked,
                      phone_masked=mask_phone(p.phone) if p.phone else "", address=p.address,
                      occupation=p.occupation, household_id=p.household_id,
                      voided=p.voided_at is not None)


def add_person(ctx: AppContext, data: dict[str, Any] | PersonInput) -> PersonView:
    inp = parse(PersonInput, data)
    today = ctx.today()
    checked = check_person(inp, today=today)
    with ctx.uow(write=True) as uow:
        station = repos.local_station(uow.session)
        committee = repos.local_committee(uow.session, station.id) if station else None
        if committee is None:
            raise DomainError("station.not_initialised")
        row = new_person_row(checked, committee_id=committee.id, cipher=ctx.cipher, uow=uow,
                             field="id_number")
        uow.session.add(row)
        uow.session.flush()
        indexing.index_person(uow, row)
        uow.log("person.add", "person", row.id, after=_loggable(row))
        uow.commit()
        return person_view(row, today)


def update_person(ctx: AppContext, person_id: str,
                  data: dict[str, Any] | PersonInput) -> PersonView:
    """Correct a person's details. Case-party snapshots keep what was printed."""
    inp = parse(PersonInput, data)
    today = ctx.today()
    checked = check_person(inp, today=today)
    with ctx.uow(write=True) as uow:
        row = repos.get(uow.session, Person, person_id)
        if row is None or row.voided_at is not None:
            raise NotFound("person", person_id)
        before = _loggable(row)
        if ctx.cipher.lookup_hash(checked.id_number or "") != row.id_number_hash:
            row.id_number_enc, row.id_number_hash, row.id_number_masked = id_fields(
                checked, cipher=ctx.cipher, uow=uow, field="id_number", own_id=row.id)
        row.name, row.gender, row.ethnicity = inp.name, checked.gender, inp.ethnicity
        row.birth_date, row.id_type, row.phone = checked.birth_date, inp.id_type.value, checked.phone
        row.address, row.occupation, row.notes = inp.address, inp.occupation, inp.notes
        row.household_id = inp.household_id
        uow.session.flush()
        indexing.index_person(uow, row)
        uow.log("person.update", "person", row.id, before=before, after=_loggable(row))
        uow.commit()
        return person_view(row, today)


def get_person(ctx: AppContext, person_id: str) -> PersonView:
    with ctx.uow() as uow:
        row = repos.get(uow.session, Person, person_id)
        if row is None:
            raise NotFound("person", person_id)
        return person_view(row, ctx.today())


def reveal_id_number(ctx: AppContext, person_id: str, *, purpose: str, note: str = "",
                     case_id: str | None = None) -> str:
    """The full ID number, for a document that needs it; every reveal is logged with who
    (the acting login) and why (``purpose``: a code of ``REVEAL_PURPOSES`` or words; "other"
    needs ``note``). Shown from a case, the entry goes into that case's history too."""
    authz.require(ctx, Permission.REVEAL_ID)
    why = _purpose(purpose, note)
    with ctx.uow(write=True) as uow:
        row = repos.get(uow.session, Person, person_id)
        if row is None:
            raise NotFound("person", person_id)
        if not row.id_number_enc:
            raise DomainError("person.no_id_number", "id_number")
        number = ctx.cipher.decrypt(row.id_number_enc)
        uow.log("person.reveal_id_number", "person", row.id,
                case_id=_own_case(uow, case_id),
                after={**why, "name": row.name, "id_number": row.id_number_masked})
        uow.commit()
        return number


def reveal_party_id_number(ctx: AppContext, party_id: str, *, purpose: str,
                           note: str = "") -> str:
    """The full ID number of a case's party as the case recorded it (the snapshot the
    papers print); logged like ``reveal_id_number``, into the case's history."""
    authz.require(ctx, Permission.REVEAL_ID)
    why = _purpose(purpose, note)
    with ctx.uow(write=True) as uow:
        party = repos.get(uow.session, CaseParty, party_id)
        if party is None:
            raise NotFound("party", party_id)
        if not party.snapshot_id_number_enc:
            raise DomainError("person.no_id_number", "id_number")
        number = ctx.cipher.decrypt(party.snapshot_id_number_enc)
        case_id = _own_case(uow, party.case_id)
        case = repos.get(uow.session, MediationCase, party.case_id)
        uow.log("person.reveal_id_number", "case_party", party.id, case_id=case_id,
                after={**why, "name": party.snapshot_name,
                       "id_number": party.snapshot_id_number_masked,
                       **({"case_no": case.case_no} if case is not None and not case_id
                          else {})})
        uow.commit()
        return number


def _purpose(purpose: str, note: str) -> dict[str, str]:
    purpose, note = purpose.strip(), note.strip()
    if not purpose:
        raise DomainError("field.required", "purpose")
    if purpose == OTHER_PURPOSE and not note:
        raise DomainError("field.required", "note")
    return {"purpose": purpose, **({"note": note} if note else {})}


def _own_case(uow: UnitOfWork, case_id: str | None) -> str | None:
    """The case to file the entry under: only a case of this station (a village's case at a
    township is read-only there; the entry then names the case instead)."""
    if not case_id:
        return None
    case = repos.get(uow.session, MediationCase, case_id)
    if case is None or (case.origin_station_id and case.origin_station_id != uow.station_id):
        return None
    return case.id


def search_persons(ctx: AppContext, query: str, *, limit: int = 20) -> list[PersonView]:
    today = ctx.today()
    with ctx.uow() as uow:
        ids = indexing.search_ids(uow, query, kind=indexing.PERSON, limit=limit)
        rows = {p.id: p for p in repos.persons_by_ids(uow.session, ids)}
        return [person_view(rows[i], today) for i in ids if i in rows]


def _loggable(p: Person) -> dict[str, Any]:
    # The event log must not become a second, unencrypted copy of ID numbers and phones.
    return {"name": p.name, "gender": p.gender, "birth_date": str(p.birth_date or ""),
            "id_number": p.id_number_masked, "phone": mask_phone(p.phone) if p.phone else "",
            "address": p.address}
