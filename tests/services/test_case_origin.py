"""Whose a case is: own cases at either station kind, a village's case at the township
(read-only there) with the village's name and code, and the station scope the case pages
choose their columns by."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import (
    case_origin,
)
from mediation_desk.services.case_register import register_case
from tests.services.helpers import case_data, mediator, person, report


def test_own_cases_at_a_village(village: AppContext) -> None:
    case_id = register_case(village, case_data()).summary.id
    origin = case_origin.case_origin(village, case_id)
    assert origin.is_own and origin.village_name == "青石村人民调解委员会"
    assert origin.village_code == "510100000001" and origin.short_name == "青石村"
    scope = case_origin.station_scope(village)
    assert (scope.kind, scope.is_township, scope.has_upstream) == ("village", False, False)


def test_a_villages_case_at_the_township_is_not_its_own(village: AppContext,
                                                       office: AppContext,
                                                       tmp_path: Path) -> None:
    theirs = register_case(village, case_data()).summary.id
    report(village, office, tmp_path / "stick")
    assert case_origin.station_scope(village).has_upstream
    ours = register_case(office, case_data(parties=[
        {"role": "applicant", "consented": True, "person": person("周七", gender="male")},
        {"role": "respondent", "consented": True, "person": person("吴八", gender="male")},
    ])).summary.id

    origins = case_origin.case_origins(office, [theirs, ours, "no-such-case"])
    assert set(origins) == {theirs, ours}
    village_case, own_case = origins[theirs], origins[ours]
    assert not village_case.is_own
    assert (village_case.village_name, village_case.village_code,
            village_case.short_name) == ("青石村人民调解委员会", "510100000001", "青石村")
    assert own_case.is_own and own_case.village_name == "青龙镇司法所"
    assert own_case.short_name == "青龙镇"
    assert case_origin.station_scope(office).is_township
    assert not case_origin.station_scope(office).has_upstream
    assert case_origin.case_origins(office, []) == {}


def test_owner_names_say_whose_record_a_line_is_about(village: AppContext, office: AppContext,
                                                      tmp_path: Path) -> None:
    theirs = register_case(village, case_data()).summary.id
    their_mediator = mediator(village)
    report(village, office, tmp_path / "stick")
    own_mediator = mediator(office, "周调解")
    assert case_origin.owner_names(office, "case", [theirs, "nope"]) == {theirs: "青石村"}
    assert case_origin.owner_names(office, "mediator", [their_mediator, own_mediator]) == \
        {their_mediator: "青石村", own_mediator: "青龙镇"}
    assert case_origin.owner_names(office, "screening", ["period:2026-11-01"]) == {}
    assert case_origin.owner_names(office, "no_such_subject", [theirs]) == {}
    assert case_origin.owner_names(office, "group", []) == {}


def test_an_unknown_case_is_not_found(village: AppContext) -> None:
    with pytest.raises(DomainError) as err:
        case_origin.case_origin(village, "no-such-case")
    assert err.value.code == "not_found"
