"""Showing a full ID number: masked everywhere by default; a reveal needs REVEAL_ID and a
purpose ("other" needs words), and is logged with who and why, in the case's history when
shown from a case, never with the number in clear."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import ROLE_PERMISSIONS, Principal, Role
from mediation_desk.services import case_queries, persons
from mediation_desk.services.case_register import register_case
from mediation_desk.wording import audit_text
from tests.services.helpers import case_data

ID_NUMBER = "11010519491231002X"  # 李四's, in case_data()
MASKED = "110105********002X"


@pytest.fixture
def case(village: AppContext) -> str:
    return register_case(village, case_data()).summary.id


def _party(ctx: AppContext, case_id: str) -> tuple[str, str]:
    d = case_queries.get_case(ctx, case_id)
    p = next(p for p in d.parties if p.name == "李四")
    assert p.person_id is not None
    return p.id, p.person_id


def test_masked_by_default(village: AppContext, case: str) -> None:
    d = case_queries.get_case(village, case)
    assert [p.id_number_masked for p in d.parties] == [MASKED, ""]
    _, person_id = _party(village, case)
    assert persons.get_person(village, person_id).id_number_masked == MASKED
    assert ID_NUMBER not in d.model_dump_json()


def test_reveal_from_a_case_is_in_its_history(village: AppContext, case: str) -> None:
    party_id, _ = _party(village, case)
    village.act_as(Principal(login="lisi", display_name="李调解", role=Role.MEDIATOR,
                             user_id="u1"))
    assert persons.reveal_party_id_number(
        village, party_id, purpose="judicial_confirmation") == ID_NUMBER
    event = case_queries.get_case(village, case).events[-1]
    assert (event.action, event.actor, event.entity) == \
        ("person.reveal_id_number", "lisi", "case_party")
    assert event.after == {"purpose": "judicial_confirmation", "name": "李四",
                           "id_number": MASKED}
    assert audit_text.summary(event.model_dump()) == \
        "用途：打印司法确认申请材料；姓名：李四；身份证号：110105********002X"


def test_reveal_of_a_person_with_other_purpose_needs_words(village: AppContext,
                                                           case: str) -> None:
    _, person_id = _party(village, case)
    for purpose, note, field in (("", "", "purpose"), ("  ", "", "purpose"),
                                 ("other", " ", "note")):
        with pytest.raises(DomainError) as refused:
            persons.reveal_id_number(village, person_id, purpose=purpose, note=note)
        assert (refused.value.code, refused.value.field) == ("field.required", field)
    number = persons.reveal_id_number(village, person_id, purpose="other",
                                      note="派出所来函核查", case_id=case)
    assert number == ID_NUMBER
    event = case_queries.get_case(village, case).events[-1]
    assert event.after == {"purpose": "other", "note": "派出所来函核查", "name": "李四",
                           "id_number": MASKED}
    assert event.actor == "测试员"


def test_no_id_number_in_clear_in_the_log(village: AppContext, case: str) -> None:
    party_id, person_id = _party(village, case)
    persons.reveal_party_id_number(village, party_id, purpose="verify_identity")
    persons.reveal_id_number(village, person_id, purpose="own_access")
    with village.engine.connect() as conn:
        logged = "\n".join(str(tuple(r)) for r in conn.execute(
            text("SELECT * FROM event_log")))
    assert logged.count("person.reveal_id_number") == 2
    assert ID_NUMBER not in logged and ID_NUMBER[:17] not in logged


def test_without_the_permission_nothing_is_shown_or_logged(
        village: AppContext, case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    party_id, person_id = _party(village, case)
    # Every role may reveal today; a role without it (or a signed-out screen) may not.
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.MEDIATOR, frozenset())
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    events = len(case_queries.get_case(village, case).events)
    for call in (lambda: persons.reveal_id_number(village, person_id, purpose="x"),
                 lambda: persons.reveal_party_id_number(village, party_id, purpose="x")):
        with pytest.raises(DomainError) as refused:
            call()
        assert refused.value.code == "auth.forbidden"
    assert len(case_queries.get_case(village, case).events) == events


def test_a_party_without_id_number(village: AppContext, case: str) -> None:
    d = case_queries.get_case(village, case)
    zhang = next(p for p in d.parties if p.name == "张三")
    with pytest.raises(DomainError) as none:
        persons.reveal_party_id_number(village, zhang.id, purpose="verify_identity")
    assert none.value.code == "person.no_id_number"
