"""The case's legal life through the services, on a real store: every path of domain.md §5.2."""

from __future__ import annotations

from typing import Any

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import agreements, case_actions, case_queries, case_records
from mediation_desk.services.case_register import register_case
from tests.services.helpers import case_data, mediator

WRITTEN = {
    "kind": "written", "facts_and_issues": "屋檐滴水流入李四院内。",
    "terms": ["张三于2026年11月30日前改造屋檐排水。", "李四不再追究此前损失。"],
    "performance_manner": "张三自行改造，李四配合。", "reached_on": "2026-11-06",
    "all_parties_signed": True, "mediator_signed": True, "sealed": True,
}


def do(ctx: AppContext, case_id: str, action: str, **data: Any) -> Any:
    return case_actions.perform_action(ctx, case_id, action, data)


def mediating_case(ctx: AppContext) -> tuple[str, str]:
    m = mediator(ctx)
    c = register_case(ctx, case_data())
    do(ctx, c.summary.id, "accept", host_mediator_id=m, on_date="2026-11-03")
    do(ctx, c.summary.id, "start_mediation", notice_given_to_all=True, on_date="2026-11-03")
    return c.summary.id, m


def test_full_path_registration_to_archive(village: AppContext) -> None:
    case_id, m = mediating_case(village)
    case_records.add_session(village, case_id, {"held_on": "2026-11-05", "result": "agreement",
                                                "content": "双方同意改造屋檐。",
                                                "mediator_ids": [m]})
    d = agreements.record_agreement(village, case_id, {**WRITTEN, "items": [
        {"description": "改造屋檐排水", "due_on": "2026-11-30"}]})
    agreement = d.agreements[0]
    assert agreement.copies == 3  # two parties + the committee (Law Art. 29)
    assert str(agreement.effective_on) == "2026-11-06"
    d = do(village, case_id, "reach_agreement", on_date="2026-11-06")
    assert d.summary.status == "agreement_reached"
    kinds = {x.kind for x in d.deadlines}
    assert {"performance_item", "confirmation_window"} <= kinds
    d = do(village, case_id, "start_performance", on_date="2026-11-06")
    item = d.agreements[0].items[0]
    d = agreements.mark_item_done(village, case_id, {"item_id": item.id, "done_on": "2026-11-20"})
    d = do(village, case_id, "complete_performance", on_date="2026-11-20")
    assert d.summary.status == "performed"
    with pytest.raises(DomainError) as refused:
        do(village, case_id, "close", on_date="2026-11-20")
    assert refused.value.code == "transition.needs_followup"
    agreements.add_followup(village, case_id, {"visited_on": "2026-11-21",
                                               "performance_status": "已履行", "satisfaction": "满意"})
    d = do(village, case_id, "close", on_date="2026-11-21")
    assert d.summary.status == "closed" and d.close_reason == "followed_up"
    d = do(village, case_id, "archive", on_date="2026-11-21")
    assert d.summary.status == "archived"
    with pytest.raises(DomainError) as ro:
        case_records.add_session(village, case_id, {"content": "补充"})
    assert ro.value.code == "case.archived_read_only"
    actions = [e.action for e in d.events]
    assert actions[0] == "case.register" and actions[-1] == "case.archive"


def test_decline_needs_a_legal_reason_then_closes(village: AppContext) -> None:
    c = register_case(village, case_data())
    with pytest.raises(DomainError) as bad:
        do(village, c.summary.id, "decline", reason="not_my_business")
    assert bad.value.code == "transition.reason_not_allowed"
    d = do(village, c.summary.id, "decline", reason="already_handled", note="已由法院受理")
    assert d.summary.status == "declined" and d.declined_reason == "already_handled"
    assert do(village, c.summary.id, "close").summary.status == "closed"


def test_terminate_requires_advised_routes(village: AppContext) -> None:
    case_id, _ = mediating_case(village)
    with pytest.raises(DomainError) as refused:
        do(village, case_id, "terminate", reason="mediation_failed")
    assert refused.value.code == "transition.needs_advised_routes"
    d = do(village, case_id, "terminate", reason="mediation_failed",
           advised_routes=["litigation", "arbitration"])
    assert d.summary.status == "terminated"
    assert d.advised_routes == ["litigation", "arbitration"]
    assert [x.kind for x in d.deadlines] == ["follow_up"]


def test_escalate_then_return_or_close_elsewhere(village: AppContext) -> None:
    case_id, _ = mediating_case(village)
    d = do(village, case_id, "escalate", to_body="青龙镇司法所", note="跨村纠纷")
    assert d.summary.status == "escalated"
    assert d.deadlines == [] or all(x.kind != "mediation_due" for x in d.deadlines)
    d = do(village, case_id, "return_from_escalation", result_text="退回本村调解")
    assert d.summary.status == "in_mediation"
    do(village, case_id, "escalate", to_body="青龙镇司法所")
    with pytest.raises(DomainError) as refused:
        do(village, case_id, "close", reason="handled_elsewhere")
    assert refused.value.code == "transition.needs_result"
    d = do(village, case_id, "close", reason="handled_elsewhere", result_text="镇调委会调解成功")
    assert d.summary.status == "closed"


def test_written_agreement_unsigned_is_not_effective(village: AppContext) -> None:
    case_id, _ = mediating_case(village)
    agreements.record_agreement(village, case_id, {**WRITTEN, "sealed": False})
    with pytest.raises(DomainError) as refused:
        do(village, case_id, "reach_agreement")
    assert refused.value.code == "transition.needs_effective_agreement"
    d = agreements.update_signatures(village, case_id, {"sealed": True, "signed_on": "2026-11-07"})
    assert str(d.agreements[0].effective_on) == "2026-11-07"
    assert do(village, case_id, "reach_agreement").summary.status == "agreement_reached"


def test_oral_agreement_effective_when_reached(village: AppContext) -> None:
    case_id, _ = mediating_case(village)
    d = agreements.record_agreement(village, case_id, {
        "kind": "oral", "terms": ["张三当场赔礼道歉。"], "reached_on": "2026-11-04"})
    assert str(d.agreements[0].effective_on) == "2026-11-04"
    d = do(village, case_id, "reach_agreement")
    # Oral agreements are not sent for judicial confirmation: no 30-day window.
    assert "confirmation_window" not in {x.kind for x in d.deadlines}
    assert do(village, case_id, "complete_performance").summary.status == "performed"


def test_non_performance_then_close_after_suit(village: AppContext) -> None:
    case_id, _ = mediating_case(village)
    agreements.record_agreement(village, case_id, {**WRITTEN, "items": [
        {"description": "支付补偿款", "due_on": "2026-11-10", "amount_fen": 500000}]})
    do(village, case_id, "reach_agreement")
    d = do(village, case_id, "start_performance")
    assert d.agreements[0].amount_fen == 500000
    d = do(village, case_id, "mark_non_performance")
    assert d.summary.status == "non_performance"
    assert d.agreements[0].items[0].status == "overdue"
    d = do(village, case_id, "close", reason="party_sued", note="李四已向法院起诉")
    assert d.summary.status == "closed"


def test_remediation_voids_the_agreement(village: AppContext) -> None:
    case_id, _ = mediating_case(village)
    agreements.record_agreement(village, case_id, {**WRITTEN, "items": [
        {"description": "改造屋檐", "due_on": "2026-11-30"}]})
    do(village, case_id, "reach_agreement")
    do(village, case_id, "start_performance")
    with pytest.raises(DomainError) as refused:
        do(village, case_id, "remediate", reason="显失公平")
    assert refused.value.code == "transition.needs_all_party_consent"
    d = do(village, case_id, "remediate", reason="显失公平", consent_of_all_parties=True)
    assert d.summary.status == "in_mediation"
    assert [a.voided for a in d.agreements] == [True]
    d = agreements.record_agreement(village, case_id, {**WRITTEN, "reached_on": "2026-11-08"})
    assert [a.voided for a in d.agreements] == [True, False]


def test_pending_recusal_blocks_mediation_and_host_needs_replacement(
        village: AppContext) -> None:
    m1 = mediator(village, "王调解")
    m2 = mediator(village, "赵调解")
    c = register_case(village, case_data())
    case_id = c.summary.id
    do(village, case_id, "accept", host_mediator_id=m1)
    d = case_records.request_recusal(village, case_id, {
        "mediator_id": m1, "requested_by_party_id": c.parties[1].id, "reason": "与申请人系亲属"})
    start = next(a for a in d.actions if a.action == "start_mediation")
    assert not start.allowed and start.refusal_code == "transition.recusal_pending"
    rec = next(r for r in d.records if r.kind == "recusal")
    with pytest.raises(DomainError) as needs:
        case_records.decide_recusal(village, case_id, {"recusal_id": rec.id, "result": "granted"})
    assert needs.value.code == "recusal.host_needs_replacement"
    d = case_records.decide_recusal(village, case_id, {
        "recusal_id": rec.id, "result": "granted", "replacement_mediator_id": m2})
    assert d.summary.host_mediator_name == "赵调解"
    assert do(village, case_id, "start_mediation", notice_given_to_all=True).summary.status \
        == "in_mediation"


def test_overdue_case_is_listed_and_extension_needs_consent(village: AppContext) -> None:
    m = mediator(village)
    c = register_case(village, case_data(received_on="2026-09-01"))
    do(village, c.summary.id, "accept", host_mediator_id=m, on_date="2026-09-02")
    page = case_queries.list_cases(village, case_queries.CaseFilter(overdue=True))
    assert [r.id for r in page.rows] == [c.summary.id] and page.rows[0].overdue
    with pytest.raises(DomainError) as refused:
        case_records.extend_deadline(village, c.summary.id, {
            "new_due_on": "2026-12-31", "consent_recorded": False})
    assert refused.value.code == "extension.needs_consent"
    case_records.extend_deadline(village, c.summary.id, {
        "new_due_on": "2026-12-31", "consent_recorded": True, "note": "双方同意延长"})
    assert case_queries.list_cases(village, case_queries.CaseFilter(overdue=True)).total == 0


def test_major_dispute_report_deadline(village: AppContext) -> None:
    c = register_case(village, case_data(received_on="2026-11-18",
                                         major_criteria=["group_10_plus"]))
    d = case_queries.get_case(village, c.summary.id)
    major = next(x for x in d.deadlines if x.kind == "major_report")
    assert str(major.due_on) == "2026-11-20" and major.state == "overdue"
    d = case_records.report_upward(village, c.summary.id, {
        "kind": "major_report", "to_body": "青龙镇司法所", "reported_on": "2026-11-19"})
    assert "major_report" not in {x.kind for x in d.deadlines}


def test_judicial_confirmation_window(village: AppContext, clock: Any) -> None:
    case_id, _ = mediating_case(village)
    agreements.record_agreement(village, case_id, WRITTEN)
    do(village, case_id, "reach_agreement")
    d = agreements.apply_confirmation(village, case_id, {"court_name": "成华县人民法院"})
    assert "confirmation_window" not in {x.kind for x in d.deadlines}
    d = agreements.decide_confirmation(village, case_id, {"result": "confirmed"})
    assert any(r.kind == "judicial_confirmation" and r.summary == "confirmed" for r in d.records)


def test_judicial_confirmation_refused_after_30_days(village: AppContext, clock: Any) -> None:
    case_id, _ = mediating_case(village)
    agreements.record_agreement(village, case_id, WRITTEN)
    do(village, case_id, "reach_agreement")
    clock.advance(20)  # today 2026-12-11; effective 2026-11-06, last day 2026-12-06
    with pytest.raises(DomainError) as late:
        agreements.apply_confirmation(village, case_id, {"court_name": "成华县人民法院"})
    assert late.value.code == "confirmation.window_closed"
    assert late.value.params["last_day"] == "2026-12-06"


def test_status_relation_agreements_cannot_be_confirmed(village: AppContext) -> None:
    case_id, _ = mediating_case(village)
    agreements.record_agreement(village, case_id, {**WRITTEN, "subject_is_status_relation": True})
    do(village, case_id, "reach_agreement")
    with pytest.raises(DomainError) as refused:
        agreements.apply_confirmation(village, case_id, {})
    assert refused.value.code == "confirmation.status_relation"


def test_action_in_the_future_is_refused(village: AppContext) -> None:
    c = register_case(village, case_data())
    with pytest.raises(DomainError) as refused:
        do(village, c.summary.id, "decline", reason="party_refuses", on_date="2027-01-01")
    assert refused.value.code == "date.in_future" and refused.value.field == "on_date"
