"""Which records a case accepts in each state: the same status sets the services enforce, plus
the preconditions (pending request, open items, unsigned agreement ...)."""

from __future__ import annotations

from typing import Any

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.lifecycle import MEDIATING_STATUSES
from mediation_desk.services import agreements, case_actions, case_queries, case_records
from mediation_desk.services.case_register import register_case
from mediation_desk.services.record_kinds import (
    RECORD_STATUSES,
    RecordFacts,
    available_records,
    records_for,
)
from tests.services.helpers import case_data, mediator

WRITTEN: dict[str, Any] = {
    "kind": "written", "facts_and_issues": "屋檐滴水流入李四院内。",
    "terms": ["张三于2026年11月30日前改造屋檐排水。"],
    "performance_manner": "张三自行改造。", "reached_on": "2026-11-06",
    "items": [{"description": "改造屋檐排水", "due_on": "2026-11-30"}],
}
SIGNED = {"all_parties_signed": True, "mediator_signed": True, "sealed": True}


def do(ctx: AppContext, case_id: str, action: str, **data: Any) -> Any:
    return case_actions.perform_action(ctx, case_id, action, data)


def mediating(ctx: AppContext) -> str:
    m = mediator(ctx)
    case_id = register_case(ctx, case_data()).summary.id
    do(ctx, case_id, "accept", host_mediator_id=m, on_date="2026-11-03")
    do(ctx, case_id, "start_mediation", notice_given_to_all=True, on_date="2026-11-03")
    return case_id


def test_status_sets_are_the_services_own() -> None:
    assert RECORD_STATUSES["session"] == {s.value for s in MEDIATING_STATUSES}
    assert RECORD_STATUSES["agreement"] == {"in_mediation"}
    assert RECORD_STATUSES["notice"] == {s.value for s in case_records.NOTICE_STATUSES}
    assert RECORD_STATUSES["followup"] == {s.value for s in agreements.FOLLOWUP_STATUSES}
    assert "closed" in RECORD_STATUSES["confirmation_decision"]
    assert all("archived" not in statuses for statuses in RECORD_STATUSES.values())


def test_by_status_alone() -> None:
    assert available_records("registered") == [
        "notice", "assign_mediator", "recusal_request", "recusal_decision", "investigation",
        "major_flag", "report", "prevented"]
    assert available_records("archived") == []
    assert available_records("terminated") == ["report", "prevented", "followup"]
    assert "session" in available_records("in_mediation")


def test_preconditions() -> None:
    fresh = RecordFacts()
    assert available_records("registered", fresh) == [
        "notice", "assign_mediator", "investigation", "major_flag", "report", "prevented"]
    unsigned = RecordFacts(active_mediators=1, has_agreement=True, written_agreement=True)
    kinds = available_records("in_mediation", unsigned)
    assert "signatures" in kinds and "agreement" not in kinds
    assert "recusal_request" in kinds and "recusal_decision" not in kinds
    performing = RecordFacts(active_mediators=1, has_agreement=True, written_agreement=True,
                             agreement_effective=True, open_items=1)
    kinds = available_records("performing", performing)
    assert {"item_done", "reminder", "followup", "confirmation_apply"} <= set(kinds)
    assert "signatures" not in kinds and "confirmation_decision" not in kinds
    status_relation = RecordFacts(has_agreement=True, written_agreement=True,
                                  agreement_effective=True, status_relation=True)
    assert "confirmation_apply" not in available_records("performing", status_relation)


def test_registered_case_refuses_what_is_not_offered(village: AppContext) -> None:
    detail = register_case(village, case_data())
    kinds = records_for(detail)
    assert kinds == ["notice", "assign_mediator", "investigation", "major_flag", "report",
                     "prevented"]
    with pytest.raises(DomainError) as refused:
        case_records.add_session(village, detail.summary.id, {"content": "谈话"})
    assert refused.value.code == "case.record_not_allowed"


def test_recusal_request_then_decision(village: AppContext) -> None:
    m = mediator(village)
    detail = register_case(village, case_data())
    case_id = detail.summary.id
    do(village, case_id, "accept", host_mediator_id=m)
    assert "recusal_request" in records_for(case_queries.get_case(village, case_id))
    detail = case_records.request_recusal(village, case_id, {"mediator_id": m,
                                                             "reason": "亲属"})
    assert "recusal_decision" in records_for(detail)


def test_agreement_signatures_items_and_confirmation(village: AppContext) -> None:
    case_id = mediating(village)
    assert {"session", "agreement", "extension"} <= set(
        records_for(case_queries.get_case(village, case_id)))
    detail = agreements.record_agreement(village, case_id, WRITTEN)
    kinds = records_for(detail)
    assert "signatures" in kinds and "agreement" not in kinds
    detail = agreements.update_signatures(village, case_id, SIGNED)
    assert "signatures" not in records_for(detail)
    do(village, case_id, "reach_agreement")
    detail = do(village, case_id, "start_performance")
    kinds = records_for(detail)
    assert {"item_done", "reminder", "followup", "confirmation_apply"} <= set(kinds)
    assert "confirmation_decision" not in kinds
    detail = agreements.apply_confirmation(village, case_id, {"court_name": "成华县人民法院"})
    kinds = records_for(detail)
    assert "confirmation_decision" in kinds and "confirmation_apply" not in kinds
    item = detail.agreements[0].items[0]
    detail = agreements.mark_item_done(village, case_id, {"item_id": item.id})
    kinds = records_for(detail)
    assert "item_done" not in kinds and "reminder" not in kinds
