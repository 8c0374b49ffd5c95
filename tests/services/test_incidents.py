"""Incident reports by group heads and each routing: only the mediation committee gets a case,
registered with the report as its origin and prefilled from it."""

from __future__ import annotations

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import case_queries, groups, households, incidents
from mediation_desk.services.incidents import IncidentFilter
from tests.services.helpers import case_data


@pytest.fixture
def group_id(village: AppContext) -> str:
    hh = households.add_household(village, {"address": "青石村三组1号", "new_members": [
        {"name": "周大山", "gender": "male", "phone": "13812345678"}]})
    return groups.add_group(village, {"name": "三组第一联防组", "household_ids": [hh.id],
                                      "head_person_id": hh.head_person_id}).id


@pytest.mark.parametrize("route", ["self_handled", "security_committee", "police"])
def test_routes_without_a_case(village: AppContext, group_id: str, route: str) -> None:
    r = incidents.report_incident(village, group_id, {
        "kind": "suspicious_person", "description": "两名陌生男子打听独居老人情况",
        "action_taken": "记录车牌号", "routed_to": route})
    assert r.case_id is None and r.routed_to == route and r.group_name == "三组第一联防组"
    assert case_queries.list_cases(village).total == 0


def test_committee_route_registers_a_linked_prefilled_case(village: AppContext,
                                                           group_id: str) -> None:
    with pytest.raises(DomainError) as needs:
        incidents.report_incident(village, group_id, {
            "kind": "dispute", "description": "两户争吵", "routed_to": "mediation_committee"})
    assert needs.value.code == "incident.needs_case"
    case = case_data()
    del case["facts"], case["received_on"]
    r = incidents.report_incident(village, group_id, {
        "kind": "dispute", "description": "两户因院墙滴水争吵", "routed_to": "mediation_committee",
        "reported_at": "2026-11-20T19:30:00+08:00", "case": case})
    assert r.case_id and r.case_no.startswith("（2026）")
    detail = case_queries.get_case(village, r.case_id)
    assert detail.source == "joint_defense"
    assert detail.facts == "两户因院墙滴水争吵"  # the description, when the case gives none
    assert detail.referred_by == "三组第一联防组"
    assert str(detail.summary.received_on) == "2026-11-20"
    with village.uow() as uow:
        from mediation_desk.store.tables import MediationCase
        row = uow.session.get(MediationCase, r.case_id)
        assert row is not None and (row.origin_kind, row.origin_id) == ("incident_report", r.id)


def test_report_to_case_for_the_new_case_form(village: AppContext, group_id: str) -> None:
    detail = incidents.report_incident_to_case(
        village, group_id, {"kind": "dispute", "description": "排水纠纷", "routed_to": "police"},
        case_data(facts="排水纠纷，已持续半年。"))
    assert detail.source == "joint_defense" and detail.facts == "排水纠纷，已持续半年。"
    [r] = incidents.list_incidents(village)
    assert (r.routed_to, r.case_id, r.case_no) == ("mediation_committee", detail.summary.id,
                                                   detail.summary.case_no)


def test_list_filters_and_follow_up(village: AppContext, group_id: str) -> None:
    for kind, route, at in (("fire", "self_handled", "2026-10-01T20:00:00+08:00"),
                            ("welfare", "security_committee", "2026-11-10T08:00:00+08:00"),
                            ("fire", "police", "2026-11-21T00:30:00+08:00")):
        incidents.report_incident(village, group_id, {"kind": kind, "description": kind,
                                                      "routed_to": route, "reported_at": at})
    assert [r.routed_to for r in incidents.list_incidents(village)] == [
        "police", "security_committee", "self_handled"]
    assert len(incidents.list_incidents(village, IncidentFilter(kind="fire"))) == 2
    assert len(incidents.list_incidents(village, IncidentFilter(routed_to="police"))) == 1
    assert len(incidents.list_incidents(village, IncidentFilter(group_id=group_id))) == 3
    from datetime import date
    in_nov = incidents.list_incidents(village, IncidentFilter(date_from=date(2026, 11, 1),
                                                              date_to=date(2026, 11, 21)))
    assert [r.kind for r in in_nov] == ["fire", "welfare"]
    r = incidents.update_follow_up(village, in_nov[1].id, {"follow_up": "已联系其子女"})
    assert incidents.get_incident(village, r.id).follow_up == "已联系其子女"


def test_no_reports_for_a_dissolved_group_or_from_the_future(village: AppContext,
                                                             group_id: str) -> None:
    with pytest.raises(DomainError) as future:
        incidents.report_incident(village, group_id, {
            "kind": "fire", "description": "x", "reported_at": "2027-01-01T08:00:00+08:00"})
    assert future.value.code == "date.in_future"
    groups.dissolve_group(village, group_id, {})
    with pytest.raises(DomainError) as gone:
        incidents.report_incident(village, group_id, {"kind": "fire", "description": "x"})
    assert gone.value.code == "group.dissolved"
