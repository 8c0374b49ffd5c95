"""The retention review: archived dossiers past their period are listed; keeping one sets a
new date, disposing of it anonymises the case's personal data and keeps what the statistics
count; refusals for cases not archived, not due, kept permanently or disposed of already."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlmodel import Session

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.domain.retention import add_years, due_on, pseudonym, replace_names
from mediation_desk.services import case_actions, case_queries, persons, retention
from mediation_desk.services.case_register import register_case
from mediation_desk.store.tables import CaseParty, Dossier, EventLog, MediationCase, Person
from tests.conftest import FakeClock
from tests.services.helpers import case_data
from tests.ui.conftest import other_case

ID_NUMBER = "11010519491231002X"


def archived_case(ctx: AppContext, **overrides: object) -> str:
    case_id = register_case(ctx, case_data(**overrides)).summary.id
    for action, data in (("decline", {"reason": "already_handled"}), ("close", {}),
                         ("archive", {})):
        case_actions.perform_action(ctx, case_id, action, data)
    return case_id


def years_later(clock: FakeClock, years: int) -> None:
    clock.now = clock.now.replace(year=clock.now.year + years)


def test_periods_run_from_the_archiving_day() -> None:
    archived = date(2016, 2, 29)
    assert add_years(archived, 10) == date(2026, 2, 28)
    assert due_on(archived, "short") == date(2026, 2, 28)
    assert due_on(archived, "long") == date(2046, 2, 28)
    assert due_on(archived, "permanent") is None
    assert due_on(archived, "short", date(2030, 1, 1), "keep") == date(2030, 1, 1)
    assert due_on(archived, "short", None, "disposed") is None
    assert due_on(None, "short") is None
    assert [pseudonym(i) for i in (0, 1, 9, 10)] == ["当事人甲", "当事人乙", "当事人癸",
                                                    "当事人11"]
    assert replace_names("张三与张三丰纠纷", {"张三": "当事人甲", "张三丰": "当事人乙"}) == \
        "当事人甲与当事人乙纠纷"


def test_an_archived_case_is_due_after_thirty_years(village: AppContext,
                                                    clock: FakeClock) -> None:
    case_id = archived_case(village)
    assert retention.due_for_review(village) == []
    years_later(clock, 30)
    clock.advance(-1)
    assert retention.due_for_review(village) == []
    clock.advance(1)
    [due] = retention.due_for_review(village)
    assert due.case_id == case_id and due.retention == "long"
    assert due.archived_on == date(2026, 11, 21) and due.due_on == date(2056, 11, 21)
    assert due.parties == ["李四", "张三"]


def test_keeping_sets_a_new_date_and_is_logged(village: AppContext, clock: FakeClock) -> None:
    case_id = archived_case(village)
    years_later(clock, 31)
    with pytest.raises(DomainError) as past:
        retention.decide(village, case_id, "keep", keep_until=village.today())
    assert past.value.code == "retention.keep_until_past" and past.value.field == "keep_until"
    with pytest.raises(DomainError) as missing:
        retention.decide(village, case_id, "keep")
    assert missing.value.code == "field.required"
    view = retention.decide(village, case_id, "keep", keep_until=date(2060, 1, 1),
                            note="涉及未结清的赔偿")
    assert view.decision == "keep" and view.reviewed_by == "测试员"
    assert retention.due_for_review(village) == []
    with Session(village.engine) as s:
        d = s.scalars(select(Dossier).where(Dossier.case_id == case_id)).one()
        assert (d.review_decision, d.keep_until, d.reviewed_by) == \
            ("keep", date(2060, 1, 1), "测试员")
        event = s.scalars(select(EventLog).where(EventLog.action == "retention.review")).one()
    assert event.case_id == case_id
    assert event.after == {"decision": "keep", "keep_until": "2060-01-01",
                           "note": "涉及未结清的赔偿", "retention": "long"}
    clock.now = clock.now.replace(year=2060, month=1, day=1)
    assert [d.case_id for d in retention.due_for_review(village)] == [case_id]


def test_disposal_anonymises_and_keeps_the_statistics(village: AppContext,
                                                      clock: FakeClock) -> None:
    case_id = archived_case(village, amount_fen=120000)
    kept_case = register_case(village, case_data(**other_case())).summary.id
    before = case_queries.get_case(village, case_id)
    years_later(clock, 31)
    view = retention.decide(village, case_id, "disposed", note="保管期限届满")
    assert (view.decision, view.parties_anonymised, view.persons_anonymised) == \
        ("disposed", 2, 2)
    after = case_queries.get_case(village, case_id)
    assert [p.name for p in after.parties] == ["当事人甲", "当事人乙"]
    assert all(not p.id_number_masked and not p.phone_masked and not p.address
               for p in after.parties)
    assert "李四" not in after.summary.title and "张三" not in after.summary.title
    # What the statistics count stays.
    s0, s1 = before.summary, after.summary
    assert (s1.case_no, s1.category, s1.status, s1.received_on) == \
        (s0.case_no, s0.category, s0.status, s0.received_on)
    with Session(village.engine) as s:
        case = s.get(MediationCase, case_id)
        assert case is not None and case.amount_fen == 120000
        assert case.declined_reason_code == "already_handled" and case.archived_on
        parties = s.scalars(select(CaseParty).where(CaseParty.case_id == case_id)).all()
        assert all(p.snapshot_id_number_enc is None for p in parties)
        people = s.scalars(select(Person).where(Person.id.in_(
            [p.person_id for p in parties]))).all()
        assert {p.name for p in people} == {"（已匿名化）"}
        assert all(p.id_number_enc is None and p.id_number_hash is None and not p.phone
                   for p in people)
        d = s.scalars(select(Dossier).where(Dossier.case_id == case_id)).one()
        assert d.review_decision == "disposed" and d.reviewed_on == village.today()
    # The case is no longer found by the parties' names; the other case still is.
    found = case_queries.search_cases(village, "李四")
    assert case_id not in [c.id for c in found] and kept_case not in [c.id for c in found]
    assert kept_case in [c.id for c in case_queries.search_cases(village, "王五")]
    # The ID number can be registered again for someone new: its hash is gone.
    persons.add_person(village, {"name": "李四", "id_number": ID_NUMBER})
    with pytest.raises(DomainError) as again:
        retention.decide(village, case_id, "keep", keep_until=date(2099, 1, 1))
    assert again.value.code == "retention.disposed"


def test_a_person_in_another_live_case_is_not_anonymised(village: AppContext,
                                                          clock: FakeClock) -> None:
    case_id = archived_case(village)
    detail = case_queries.get_case(village, case_id)
    li_si = next(p.person_id for p in detail.parties if p.name == "李四")
    register_case(village, case_data(parties=[
        {"role": "applicant", "consented": True, "person_id": li_si},
        {"role": "respondent", "consented": True, "person": {"name": "赵六"}}]))
    years_later(clock, 31)
    view = retention.decide(village, case_id, "disposed")
    assert view.persons_anonymised == 1
    assert persons.get_person(village, li_si).name == "李四"


def test_refusals(village: AppContext, clock: FakeClock) -> None:
    open_case = register_case(village, case_data()).summary.id
    with pytest.raises(DomainError) as open_refused:
        retention.decide(village, open_case, "disposed")
    assert open_refused.value.code == "retention.not_archived"
    case_id = archived_case(village, **other_case())
    years_later(clock, 10)
    with pytest.raises(DomainError) as early:
        retention.decide(village, case_id, "disposed")
    assert early.value.code == "retention.not_due"
    assert early.value.params["due_on"] == "2056-11-21"
    with Session(village.engine) as s, s.begin():
        s.execute(text("INSERT INTO dossier (id, origin_station_id, row_version, change_seq,"
                       " created_at, updated_at, created_by, case_id, volume_no, title,"
                       " compiled_by, retention, locked, review_decision, reviewed_by)"
                       " SELECT 'd1', origin_station_id, 1, 0, created_at, updated_at, 'x',"
                       " id, '', '', '', 'permanent', 0, '', '' FROM mediation_case"
                       " WHERE id = :id"), {"id": case_id})
    years_later(clock, 40)
    with pytest.raises(DomainError) as permanent:
        retention.decide(village, case_id, "disposed")
    assert permanent.value.code == "retention.permanent"
    with pytest.raises(DomainError) as bad:
        retention.decide(village, case_id, "shred")
    assert bad.value.code == "retention.bad_decision"


def test_a_mediator_may_not_review(village: AppContext, clock: FakeClock) -> None:
    case_id = archived_case(village)
    years_later(clock, 31)
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    for call in (lambda: retention.due_for_review(village),
                 lambda: retention.decide(village, case_id, "disposed")):
        with pytest.raises(DomainError) as refused:
            call()
        assert refused.value.code == "auth.forbidden"


def test_due_reviews_are_a_line_of_todays_agenda(village: AppContext,
                                                 clock: FakeClock) -> None:
    from mediation_desk.services.agenda import agenda

    case_id = archived_case(village)
    years_later(clock, 31)
    [line] = [a for a in agenda(village) if a.subject == "retention"]
    assert (line.kind, line.subject_id, line.case_id, line.state) == \
        ("retention_review", case_id, None, "overdue")
    assert line.due_on == date(2056, 11, 21)
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    assert [a for a in agenda(village) if a.subject == "retention"] == []
