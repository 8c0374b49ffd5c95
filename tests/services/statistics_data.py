"""A small village year built through the real services, for the statistics tests. Every
expected number in those tests is counted by hand from the list below, not by the code.

    A 2025-12-10 邻里 申请   accepted 12-10, written agreement 12-20 (1,000.00 元), performed
                             12-28, follow-up 2026-01-05, confirmation applied and confirmed
    B 2025-12-28 婚姻家庭/赡养 主动  accepted 12-29, oral agreement 2026-01-03 (0 元)
    C 2025-12-30 房屋宅基地/宅基地边界 公安移交  accepted 2026-01-02, terminated 2026-02-15
    D 2025-12-31 邻里 申请   declined 2026-01-04
    E 2026-01-05 邻里 申请   registered twice by mistake: voided
    F 2026-01-06 合同 申请   written agreement 01-10 (5,000.00 元), performing, re-mediated
                             02-20 (the agreement voided), oral agreement 03-01 (3,000.00 元),
                             performed 03-05
    G 2026-01-15 损害赔偿 法院委托  accepted, transferred to the township 01-20
    H 2026-01-20 邻里 主动   registered only
    I 2026-01-25 邻里 申请   major (registered so), accepted, written report 01-26; prevented
                             a mass petition of 12 persons; still in mediation
    J 2026-01-28 山林土地 申请  major, written report only on 02-05 (late); not yet accepted
    K 2026-02-02 邻里 申请   accepted, transferred 02-03, returned 02-05, written agreement 02-10
"""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import agreements, case_actions, case_marks, case_records
from mediation_desk.services.case_register import register_case
from tests.services.helpers import case_data, mediator, person


def do(ctx: AppContext, case_id: str, action: str, on: str, **data: Any) -> None:
    case_actions.perform_action(ctx, case_id, action, {"on_date": on, **data})


def register(ctx: AppContext, on: str, category: str, source: str, **extra: Any) -> str:
    n = on.replace("-", "")
    parties = [{"role": "applicant", "consented": True, "person": person(f"甲{n}")},
               {"role": "respondent", "consented": True, "person": person(f"乙{n}")}]
    return register_case(ctx, case_data(received_on=on, category=category, source=source,
                                        parties=parties, **extra)).summary.id


def accept(ctx: AppContext, case_id: str, on: str, host: str) -> None:
    do(ctx, case_id, "accept", on, host_mediator_id=host, consent_of_all_parties=True)
    do(ctx, case_id, "start_mediation", on, notice_given_to_all=True)


def agree(ctx: AppContext, case_id: str, on: str, *, kind: str = "written", fen: int = 0,
          items: list[dict[str, Any]] | None = None) -> None:
    agreements.record_agreement(ctx, case_id, {
        "kind": kind, "terms": ["双方和解。"], "reached_on": on, "amount_fen": fen,
        "facts_and_issues": "双方因琐事发生争执。", "performance_manner": "按约定履行。",
        "all_parties_signed": True, "mediator_signed": True, "sealed": True,
        "items": items or []})
    do(ctx, case_id, "reach_agreement", on)


def perform(ctx: AppContext, case_id: str, on: str) -> None:
    detail = case_actions.perform_action(ctx, case_id, "start_performance", {"on_date": on})
    live = [a for a in detail.agreements if not a.voided]
    for item in live[-1].items:
        agreements.mark_item_done(ctx, case_id, {"item_id": item.id, "done_on": on})
    do(ctx, case_id, "complete_performance", on)


def build_village_year(ctx: AppContext) -> dict[str, str]:
    m = mediator(ctx)
    ids: dict[str, str] = {}
    ids["A"] = a = register(ctx, "2025-12-10", "neighbour", "party_application")
    accept(ctx, a, "2025-12-10", m)
    agree(ctx, a, "2025-12-20", fen=100_000, items=[{"description": "赔偿", "due_on": "2025-12-28"}])
    agreements.apply_confirmation(ctx, a, {"applied_on": "2025-12-22", "court_name": "成华县人民法院"})
    agreements.decide_confirmation(ctx, a, {"result": "confirmed", "decided_on": "2025-12-27"})
    perform(ctx, a, "2025-12-28")
    agreements.add_followup(ctx, a, {"visited_on": "2026-01-05", "performance_status": "已履行"})

    ids["B"] = b = register(ctx, "2025-12-28", "marriage_family", "self_initiated",
                            sub_category="赡养")
    accept(ctx, b, "2025-12-29", m)
    agree(ctx, b, "2026-01-03", kind="oral")

    ids["C"] = c = register(ctx, "2025-12-30", "housing_homestead", "referred_police",
                            sub_category="宅基地边界")
    accept(ctx, c, "2026-01-02", m)
    do(ctx, c, "terminate", "2026-02-15", reason="mediation_failed",
       advised_routes=["litigation"])

    ids["D"] = d = register(ctx, "2025-12-31", "neighbour", "party_application")
    do(ctx, d, "decline", "2026-01-04", reason="already_handled")

    ids["E"] = e = register(ctx, "2026-01-05", "neighbour", "party_application")
    case_marks.void_case(ctx, e, {"reason": "与（2025）号重复登记"})

    ids["F"] = f = register(ctx, "2026-01-06", "contract", "party_application")
    accept(ctx, f, "2026-01-06", m)
    agree(ctx, f, "2026-01-10", fen=500_000, items=[{"description": "付款", "due_on": "2026-02-10"}])
    do(ctx, f, "start_performance", "2026-01-10")
    do(ctx, f, "remediate", "2026-02-20", reason="协议内容需变更", consent_of_all_parties=True)
    agree(ctx, f, "2026-03-01", kind="oral", fen=300_000,
          items=[{"description": "付款", "due_on": "2026-03-05"}])
    perform(ctx, f, "2026-03-05")

    ids["G"] = g = register(ctx, "2026-01-15", "damages", "referred_court")
    accept(ctx, g, "2026-01-15", m)
    do(ctx, g, "escalate", "2026-01-20", to_body="青龙镇司法所", escalation_kind="transfer")

    ids["H"] = register(ctx, "2026-01-20", "neighbour", "self_initiated")

    ids["I"] = i = register(ctx, "2026-01-25", "neighbour", "party_application",
                            major_criteria=["group_10_plus"])
    accept(ctx, i, "2026-01-25", m)
    case_records.report_upward(ctx, i, {"kind": "major_report", "to_body": "青龙镇司法所",
                                        "reported_on": "2026-01-26"})
    case_marks.record_prevented(ctx, i, {"outcome": "mass_petition", "persons": 12})

    ids["J"] = j = register(ctx, "2026-01-28", "forest_land", "party_application",
                            major_criteria=["ownership_land_forest"])
    case_records.report_upward(ctx, j, {"kind": "major_report", "to_body": "青龙镇司法所",
                                        "reported_on": "2026-02-05"})

    ids["K"] = k = register(ctx, "2026-02-02", "neighbour", "party_application")
    accept(ctx, k, "2026-02-02", m)
    do(ctx, k, "escalate", "2026-02-03", to_body="青龙镇司法所", escalation_kind="transfer")
    do(ctx, k, "return_from_escalation", "2026-02-05", result_text="退回本村调解")
    agree(ctx, k, "2026-02-10", fen=20_050)
    return ids
