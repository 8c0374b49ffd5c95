"""Registering disputes and finding them again: validation with field names, numbering,
party snapshots, Chinese and pinyin search."""

from __future__ import annotations

from typing import Any

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.services import case_queries, persons
from mediation_desk.services.case_register import register_case
from tests.services.helpers import case_data, person


def two_parties(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"role": "applicant", "person": a}, {"role": "respondent", "person": b}]


def test_case_number_title_and_snapshot(village: AppContext) -> None:
    d = register_case(village, case_data())
    assert d.summary.case_no == "（2026）青石村人调字第001号"
    assert d.summary.title == "李四与张三邻里纠纷"
    assert d.summary.status == "registered"
    li = d.parties[0]
    assert li.id_number_masked == "110105********002X"
    assert li.phone_masked == "138****5678"
    assert li.gender == "male" and li.age == 76  # born 1949-12-31, received 2026-11-02
    assert d.consent_recorded
    second = register_case(village, case_data(parties=two_parties(person("甲"), person("乙"))))
    assert second.summary.case_no == "（2026）青石村人调字第002号"


def test_invalid_fields_are_all_reported_with_their_paths(village: AppContext) -> None:
    bad = case_data(parties=two_parties(
        person("李四", id_number="110105194912310021"),
        person("张三", phone="12345")))
    with pytest.raises(ValidationErrors) as exc:
        register_case(village, bad)
    found = {(e.field, e.code) for e in exc.value.errors}
    assert found == {("parties[0].person.id_number", "id_number.checksum"),
                     ("parties[1].person.phone", "phone.mobile_length")}
    assert register_case  # nothing was written:
    assert case_queries.list_cases(village).total == 0


@pytest.mark.parametrize(("overrides", "field", "code"), [
    ({"facts": ""}, "facts", "field.empty"),
    ({"facts": "字" * 20_001}, "facts", "field.too_long"),
    ({"category": "no_such"}, "category", "code.unknown"),
    ({"received_on": "2027-01-01"}, "received_on", "date.in_future"),
    ({"received_on": "2026-13-01"}, "received_on", "field.date_format"),
    ({"parties": []}, "parties", "field.too_few"),
    ({"surprise": 1}, "surprise", "field.unknown"),
])
def test_bad_input_names_field_and_problem(village: AppContext, overrides: dict[str, Any],
                                           field: str, code: str) -> None:
    with pytest.raises(DomainError) as exc:
        register_case(village, case_data(**overrides))
    errors = exc.value.errors if isinstance(exc.value, ValidationErrors) else [exc.value]
    assert (field, code) in {(e.field, e.code) for e in errors}


def test_same_id_number_twice_points_to_the_existing_person(village: AppContext) -> None:
    first = register_case(village, case_data())
    with pytest.raises(DomainError) as exc:
        register_case(village, case_data())
    assert exc.value.code == "person.duplicate_id_number"
    assert exc.value.params["person_id"] == first.parties[0].person_id
    again = case_data(parties=[{"role": "applicant", "person_id": first.parties[0].person_id},
                               {"role": "respondent", "person": person("王五")}])
    assert register_case(village, again).parties[0].name == "李四"


def test_editing_a_person_later_does_not_change_the_case_snapshot(village: AppContext) -> None:
    d = register_case(village, case_data())
    pid = d.parties[0].person_id
    persons.update_person(village, pid, {"name": "李四", "address": "青石村五组1号",
                                         "id_number": "11010519491231002X"})
    after = case_queries.get_case(village, d.summary.id)
    assert after.parties[0].address == "青石村三组12号"
    assert persons.get_person(village, pid).address == "青石村五组1号"


def test_rare_characters_are_kept_and_found(village: AppContext) -> None:
    d = register_case(village, case_data(parties=two_parties(
        person("王𠮷"), person("刘䶮", gender="male"))))
    assert d.parties[0].name == "王𠮷"
    assert [r.id for r in case_queries.search_cases(village, "𠮷")] == [d.summary.id]
    assert [r.id for r in case_queries.search_cases(village, "刘䶮")] == [d.summary.id]


@pytest.mark.parametrize("query", ["张三", "张", "zhangsan", "zs", "zhangs", "滴水", "屋檐雨水",
                                   "（2026）青石村人调字第001号"])
def test_search_by_substring_and_pinyin(village: AppContext, query: str) -> None:
    d = register_case(village, case_data())
    register_case(village, case_data(facts="赵六与钱七因宅基地边界发生争执。",
                                     parties=two_parties(person("赵六"), person("钱七"))))
    assert d.summary.id in [r.id for r in case_queries.search_cases(village, query)]


def test_surname_reading_and_person_search(village: AppContext) -> None:
    register_case(village, case_data(parties=two_parties(person("单雄信"), person("曾国藩"))))
    assert [p.name for p in persons.search_persons(village, "sxx")] == ["单雄信"]
    assert [p.name for p in persons.search_persons(village, "zengguofan")] == ["曾国藩"]


def test_list_filters_and_text(village: AppContext) -> None:
    register_case(village, case_data())
    register_case(village, case_data(category="marriage_family", facts="赡养老人问题",
                                     parties=two_parties(person("甲"), person("乙"))))
    f = case_queries.CaseFilter
    assert case_queries.list_cases(village, f(category="marriage_family")).total == 1
    assert case_queries.list_cases(village, f(statuses=("registered",))).total == 2
    assert case_queries.list_cases(village, f(statuses=("closed",))).total == 0
    assert case_queries.list_cases(village, f(year=2025)).total == 0
    assert case_queries.list_cases(village, f(text="赡养")).total == 1
    with pytest.raises(DomainError):
        case_queries.list_cases(village, f(statuses=("nope",)))


def test_station_must_exist_first(ctx: AppContext) -> None:
    with pytest.raises(DomainError) as exc:
        register_case(ctx, case_data())
    assert exc.value.code == "station.not_initialised"
