"""`mediation-desk demo`: fills the store with a realistic village's worth of data.

Writes in chunks through the bulk path (one transaction per chunk, sync columns stamped),
then indexes everything for search. Deterministic for a given seed and today's date."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from random import Random
from typing import Any

from pydantic import BaseModel

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.caseno import format_case_no
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.idnumber import mask_id_number
from mediation_desk.services import station as station_service
from mediation_desk.services.demo import community_rows, relation_rows, roster_rows
from mediation_desk.services.demo.casebuilder import CaseBuilder, Party
from mediation_desk.services.demo.people import PersonSpec, make_household
from mediation_desk.services.demo.places import DEFAULT_VILLAGE, VillageSpec
from mediation_desk.services.demo.stories import make_parties, make_story, pick_category
from mediation_desk.services.indexing import case_document_of, person_document_of
from mediation_desk.store import bulk, repos, search_index
from mediation_desk.store.tables import (
    CaseNumberCounter,
    CaseParty,
    EventLog,
    Household,
    MediationCase,
    Person,
)
from mediation_desk.store.uow import UnitOfWork

S = CaseStatus
CHUNK = 2000
# Each status appears at least once; beyond that the mix depends on how old a case is.
ALL_TARGETS = tuple(S)
RECENT = ((S.REGISTERED, 12), (S.ACCEPTED, 8), (S.IN_MEDIATION, 25), (S.ESCALATED, 4),
          (S.AGREEMENT_REACHED, 6), (S.PERFORMING, 15), (S.DECLINED, 4), (S.TERMINATED, 6),
          (S.PERFORMED, 8), (S.NON_PERFORMANCE, 2), (S.CLOSED, 10))
OLD = ((S.ARCHIVED, 50), (S.CLOSED, 44), (S.PERFORMING, 1.5), (S.NON_PERFORMANCE, 1),
       (S.TERMINATED, 1), (S.DECLINED, 1), (S.PERFORMED, 1), (S.IN_MEDIATION, 0.5))


class DemoReport(BaseModel):
    station: str
    cases: int
    persons: int
    mediators: int
    households: int
    groups: int
    screening_rounds: int
    seed: int


def generate(ctx: AppContext, *, cases: int, seed: int,
             village: VillageSpec = DEFAULT_VILLAGE) -> DemoReport:
    rng = Random(seed)
    today = ctx.today()
    if station_service.get_station(ctx) is None:
        station_service.init_station(
            ctx, kind="village", code=village.region_code, name=village.committee_name,
            short_name=village.short_name, township_name=village.township_name,
            county_name=village.county_name, village_name=village.village_name)
    used_ids: set[str] = set()
    with ctx.uow(write=True) as uow:
        w = _Writer(ctx, uow)
        population = _population(rng, village, today, used_ids, households=min(
            400, max(25, cases // 3)))
        hh_count = w.households(population)
        mediators = w.mediators(rng, population, today)
        case_count = w.cases(rng, village, today, used_ids, population, mediators, cases)
        groups, rounds = community_rows.write(w, rng, village, today, population, mediators)
        relation_rows.write(w, rng, population, today)  # last: it reads the cases and groups
        uow.log("demo.generate", "station", uow.station_id,
                after={"cases": cases, "seed": seed})
        uow.commit()
        return DemoReport(station=village.committee_name, cases=case_count,
                          persons=w.person_count, mediators=len(mediators),
                          households=hh_count, groups=groups, screening_rounds=rounds, seed=seed)


def _population(rng: Random, village: VillageSpec, today: date, used_ids: set[str], *,
                households: int) -> list[list[PersonSpec]]:
    return [make_household(rng, village, today=today, used_ids=used_ids)
            for _ in range(households)]


class _Writer:
    """Holds the unit of work and turns specs into stamped bulk rows."""

    def __init__(self, ctx: AppContext, uow: UnitOfWork) -> None:
        self.ctx = ctx
        self.uow = uow
        self.committee = repos.local_committee(uow.session, uow.station_id)
        assert self.committee is not None
        self.person_ids: dict[str, tuple[str, str]] = {}  # id_number → (person id, token)
        self.person_count = 0
        self.household_of: dict[str, str] = {}  # id_number → household id
        # Seeded ids: the same seed gives the same ids, and it is cheaper than uuid4().
        self._id_rng = Random(f"ids-{ctx.paths.db_path}-{uow.now.isoformat()}")

    def new_id(self) -> str:
        return str(uuid.UUID(int=self._id_rng.getrandbits(128), version=4))

    def insert(self, model: type, rows: list[dict[str, Any]]) -> None:
        bulk.bulk_insert(self.uow.session, model, rows, station_id=self.uow.station_id,
                         actor="demo", now=self.uow.now)

    def person_row(self, p: PersonSpec, household_id: str | None = None) -> dict[str, Any]:
        cipher = self.ctx.cipher
        pid = self.new_id()
        token = cipher.encrypt(p.id_number)
        self.person_ids[p.id_number] = (pid, token)
        return {"id": pid, "committee_id": self.committee.id, "name": p.name,
                "gender": p.gender, "ethnicity": p.ethnicity, "birth_date": p.birth_date,
                "id_type": "resident_id", "id_number_enc": token,
                "id_number_hash": cipher.lookup_hash(p.id_number),
                "id_number_masked": mask_id_number(p.id_number), "phone": p.phone,
                "address": p.address, "occupation": p.occupation, "household_id": household_id}

    def persons(self, rows: list[dict[str, Any]]) -> None:
        self.insert(Person, rows)
        self.person_count += len(rows)
        search_index.bulk_index(self.uow.session.connection(),
                                (person_document_of(r["id"], r["name"], r["address"],
                                                    r["occupation"]) for r in rows))

    def households(self, population: list[list[PersonSpec]]) -> int:
        hh_rows, person_rows = [], []
        for members in population:
            hid = self.new_id()
            rows = [self.person_row(p, hid) for p in members]
            self.household_of.update((p.id_number, hid) for p in members)
            hh_rows.append({"id": hid, "committee_id": self.committee.id,
                            "head_person_id": rows[0]["id"], "address": members[0].address,
                            "villager_group": members[0].villager_group})
            person_rows += rows
        self.insert(Household, hh_rows)
        self.persons(person_rows)
        return len(hh_rows)

    def mediators(self, rng: Random, population: list[list[PersonSpec]],
                  today: date) -> list[str]:
        return roster_rows.write_mediators(self, rng, population, today)

    def cases(self, rng: Random, village: VillageSpec, today: date, used_ids: set[str],
              population: list[list[PersonSpec]], mediators: list[str], count: int) -> int:
        builder = CaseBuilder(rng, today, mediators, self.new_id)
        adults = [p for hh in population for p in hh if p.age_on(today) >= 18]
        seqs: dict[int, int] = {}
        done = 0
        for chunk in _chunks(count, CHUNK):
            person_rows: list[dict[str, Any]] = []
            tables: dict[type, list[dict[str, Any]]] = {}
            docs = []
            for n in chunk:
                target = ALL_TARGETS[n] if n < len(ALL_TARGETS) else None
                built, parties = self._one_case(rng, builder, village, today, used_ids, adults,
                                                seqs, target, person_rows)
                for model, rows in built.rows.items():
                    tables.setdefault(model, []).extend(rows)
                docs.append((built.rows[MediationCase][0], parties))
            self.persons(person_rows)
            for model, rows in tables.items():
                self.insert(model, rows)
            self.insert(EventLog, [{"at": self.uow.now, "actor": "demo", "action":
                                    "case.register", "entity": "mediation_case",
                                    "entity_id": c["id"], "case_id": c["id"],
                                    "after": {"case_no": c["case_no"], "demo": True}}
                                   for c, _ in docs])
            search_index.bulk_index(self.uow.session.connection(), (
                case_document_of(c["id"], [c["case_no"], c["title"], c["facts"], *c["requests"]],
                                 [p["snapshot_name"] for p in parties])
                for c, parties in docs))
            done += len(chunk)
        self._counters(seqs)
        return done

    def _one_case(self, rng: Random, builder: CaseBuilder, village: VillageSpec, today: date,
                  used_ids: set[str], adults: list[PersonSpec], seqs: dict[int, int],
                  target: CaseStatus | None,
                  person_rows: list[dict[str, Any]]) -> tuple[Any, list[dict[str, Any]]]:
        old = target is None and rng.random() < 0.7
        if target is None:
            mix = OLD if old else RECENT
            target = rng.choices([t for t, _ in mix], weights=[w for _, w in mix])[0]
        category = pick_category(rng)
        if rng.random() < 0.3 and len(adults) > 2:
            applicant, respondent = rng.sample(adults, 2)
        else:
            applicant, respondent = make_parties(rng, category, village, today=today,
                                                 used_ids=used_ids)
        span = builder.span_days(target)
        back = span + (rng.randint(0, 3 * 365 - span) if old or target in (S.CLOSED, S.ARCHIVED)
                       else rng.randint(0, 12))
        received = today - timedelta(days=back)
        agreed = received + timedelta(days=10)
        story = make_story(rng, category, applicant, respondent, village, agreed_on=agreed)
        if target in (S.PERFORMING, S.NON_PERFORMANCE) and not story.performance_items:
            target = S.AGREEMENT_REACHED
        if received.year not in seqs:
            seqs[received.year] = self._start_seq(received.year)
        seq = seqs[received.year] + 1
        seqs[received.year] = seq
        parties = []
        for p in (applicant, respondent):
            pid, token = self._person(p, person_rows)
            parties.append(Party(person_id=pid, snapshot={
                **_snapshot(p, received), "snapshot_id_number_enc": token}))
        case = {"committee_id": self.committee.id, "year": received.year, "seq": seq,
                "case_no": format_case_no(received.year, self.committee.short_name, seq),
                "source_code": rng.choice(("party_application",) * 6 + (
                    "self_initiated", "referred_police", "screening")),
                "application_channel": rng.choice(("oral", "written")), "received_by": "demo"}
        built = builder.build(target=target, case=case, parties=parties, story=story,
                              received=received)
        return built, built.rows[CaseParty]

    def _person(self, p: PersonSpec, person_rows: list[dict[str, Any]]) -> tuple[str, str]:
        if p.id_number not in self.person_ids:
            person_rows.append(self.person_row(p))
        return self.person_ids[p.id_number]

    def _start_seq(self, year: int) -> int:
        counter = self.uow.session.get(CaseNumberCounter, (self.committee.id, year))
        return counter.last_seq if counter else 0

    def _counters(self, seqs: dict[int, int]) -> None:
        for year, last in seqs.items():
            counter = self.uow.session.get(CaseNumberCounter, (self.committee.id, year))
            if counter is None:
                self.uow.session.add(CaseNumberCounter(committee_id=self.committee.id,
                                                       year=year, last_seq=last))
            else:
                counter.last_seq = last
        self.uow.session.flush()


def _snapshot(p: PersonSpec, received: date) -> dict[str, Any]:
    return {"snapshot_name": p.name, "snapshot_gender": p.gender,
            "snapshot_ethnicity": p.ethnicity, "snapshot_birth_date": p.birth_date,
            "snapshot_age": p.age_on(received), "snapshot_occupation": p.occupation,
            "snapshot_phone": p.phone, "snapshot_address": p.address,
            "snapshot_id_number_masked": mask_id_number(p.id_number)}


def _chunks(total: int, size: int) -> Iterator[range]:
    for start in range(0, total, size):
        yield range(start, min(start + size, total))
