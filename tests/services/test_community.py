"""Screening rounds and nil reports, households, joint-defence groups and incident reports
that become cases."""

from __future__ import annotations

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.services import case_queries, community, screening
from tests.services.helpers import case_data


def test_zero_report_and_round_with_findings(village: AppContext) -> None:
    zero = screening.record_screening_round(village, {
        "period_start": "2026-10-01", "period_end": "2026-10-31", "held_on": "2026-10-31",
        "is_zero_report": True, "notes": "本月未排查出矛盾纠纷"})
    assert zero.is_zero_report and zero.findings == []
    found = screening.record_screening_round(village, {
        "period_start": "2026-11-01", "period_end": "2026-11-30", "held_on": "2026-11-20",
        "findings": [{"description": "三组两户因排水沟堵塞争吵", "category": "neighbour",
                      "risk_level": "medium"}]})
    assert [f.category for f in found.findings] == ["neighbour"]
    assert [r.id for r in screening.list_screening_rounds(village, year=2026)] == [zero.id,
                                                                                   found.id]
    case_id = screening.finding_to_case(village, found.findings[0].id, case_data())
    detail = case_queries.get_case(village, case_id)
    assert detail.source == "screening"
    assert screening.list_screening_rounds(village)[1].findings[0].case_id == case_id


@pytest.mark.parametrize(("data", "code"), [
    ({"is_zero_report": True, "findings": [{"description": "x"}]},
     "screening.zero_report_with_findings"),
    ({"is_zero_report": False}, "screening.no_findings"),
    ({"is_zero_report": True, "period_end": "2026-10-01"}, "date.before"),
])
def test_screening_round_rules(village: AppContext, data: dict[str, object], code: str) -> None:
    base = {"period_start": "2026-11-01", "period_end": "2026-11-30", "held_on": "2026-11-20"}
    with pytest.raises(ValidationErrors) as exc:
        screening.record_screening_round(village, {**base, **data})
    assert code in {e.code for e in exc.value.errors}


def test_household_group_and_incident_to_case(village: AppContext) -> None:
    hh1 = community.add_household(village, {"address": "青石村三组1号", "villager_group": "三组",
                                            "new_members": [{"name": "周大山", "gender": "male"},
                                                            {"name": "吴小花"}]})
    hh2 = community.add_household(village, {"address": "青石村三组2号",
                                            "new_members": [{"name": "郑𠮷"}]})
    g = community.add_group(village, {"name": "三组第一联防组", "household_ids": [hh1.id, hh2.id],
                                      "head_person_id": hh1.head_person_id,
                                      "elected_on": "2026-01-10"})
    assert str(g.term_end) == "2029-01-10"
    with pytest.raises(DomainError) as taken:
        community.add_group(village, {"name": "重复", "household_ids": [hh2.id],
                                      "head_person_id": hh2.head_person_id})
    assert taken.value.code == "group.household_taken"
    handled = community.report_incident(village, g.id, {
        "kind": "security_hazard", "description": "晒场电线老化", "action_taken": "已通知电工"})
    assert handled.case_id is None
    with pytest.raises(DomainError) as needs:
        community.report_incident(village, g.id, {"kind": "dispute", "description": "两户争吵",
                                                  "routed_to": "mediation_committee"})
    assert needs.value.code == "incident.needs_case"
    routed = community.report_incident(village, g.id, {
        "kind": "dispute", "description": "两户因院墙滴水争吵",
        "routed_to": "mediation_committee", "case": case_data()})
    assert case_queries.get_case(village, routed.case_id or "").source == "joint_defense"


def test_group_head_must_live_in_the_group(village: AppContext) -> None:
    hh1 = community.add_household(village, {"address": "1号", "new_members": [{"name": "甲"}]})
    hh2 = community.add_household(village, {"address": "2号", "new_members": [{"name": "乙"}]})
    with pytest.raises(DomainError) as exc:
        community.add_group(village, {"name": "组", "household_ids": [hh1.id],
                                      "head_person_id": hh2.head_person_id})
    assert exc.value.code == "group.head_not_member"
