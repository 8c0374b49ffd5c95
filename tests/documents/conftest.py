"""Cases in every state that prints something, made through the real services, and readers
for the PDFs (text as pypdf extracts it, fonts as the file embeds them)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import agreements, case_actions, case_records
from mediation_desk.services.case_register import register_case
from tests.services.helpers import case_data, mediator

RARE_NAMES = ("王𠮷", "李䶮堃")  # Ext-B, Ext-A and a common-but-uncommon character

WRITTEN = {
    "kind": "written",
    "facts_and_issues": "王𠮷与李䶮堃因宅基地边界发生争执，双方对界桩位置各执一词。",
    "terms": ["李䶮堃于2026年12月31日前一次性赔偿王𠮷损失12000元。",
              "双方以2026年11月10日村委会重新确认的界桩为准，互不侵占。"],
    "performance_manner": "现金支付，当面点清。", "performance_place": "青石村村委会",
    "performance_deadline": "2026-12-31", "reached_on": "2026-11-10",
    "all_parties_signed": True, "mediator_signed": True, "sealed": True,
    "recorder_name": "赵记录", "amount_fen": 1_200_000,
}


def do(ctx: AppContext, case_id: str, action: str, **data: Any) -> Any:
    return case_actions.perform_action(ctx, case_id, action, data)


def rare_case_data() -> dict[str, Any]:
    return case_data(
        facts="王𠮷与李䶮堃因宅基地边界发生争执。",
        requests=["请求确认界桩位置", "请求赔偿损失12000元"],
        parties=[
            {"role": "applicant", "consented": True,
             "person": {"name": RARE_NAMES[0], "gender": "male", "ethnicity": "汉族",
                        "id_number": "11010519491231002X", "phone": "13812345678",
                        "address": "青石村三组12号", "occupation": "农民"}},
            {"role": "respondent", "consented": True,
             "person": {"name": RARE_NAMES[1], "gender": "female", "ethnicity": "回族",
                        "birth_date": "1980-01-01", "phone": "13987654321",
                        "address": "青石村三组14号", "occupation": "个体经营"}},
        ])


class CaseMaker:
    """``make("agreed")`` → case id of a case that has got that far."""

    STATES = ("registered", "declined", "mediating", "terminated", "agreed", "oral",
              "closed", "major")

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.mediator_id = mediator(ctx, "张调解")
        self.recorder_id = mediator(ctx, "赵记录")

    def __call__(self, state: str) -> str:
        ctx = self.ctx
        case_id = register_case(ctx, rare_case_data()).summary.id
        if state == "registered":
            return case_id
        if state == "declined":
            do(ctx, case_id, "decline", reason="already_handled", note="已由法院受理")
            return case_id
        do(ctx, case_id, "accept", host_mediator_id=self.mediator_id, on_date="2026-11-03")
        do(ctx, case_id, "start_mediation", notice_given_to_all=True, on_date="2026-11-03")
        case_records.add_investigation(ctx, case_id, {
            "held_on": "2026-11-04", "place": "青石村三组", "interviewee_name": "孙邻居",
            "interviewee_relation": "邻居", "investigator_ids": [self.mediator_id],
            "recorder_id": self.recorder_id,
            "content": "问：你知道界桩原来在哪里吗？\n答：老界桩在水沟东边一米处。"})
        case_records.add_session(ctx, case_id, {
            "held_on": "2026-11-05", "place": "青石村调解室", "matter": "宅基地边界纠纷",
            "participants": ["孙邻居"], "mediator_ids": [self.mediator_id],
            "recorder_id": self.recorder_id, "result": "continue",
            "content": "告知双方权利义务。王𠮷陈述：界桩被移动。李䶮堃陈述：界桩未动。"})
        if state == "major":
            case_records.flag_major(ctx, case_id, {"criteria": ["ownership_land_forest"],
                                                   "flagged_on": "2026-11-05"})
            case_records.report_upward(ctx, case_id, {
                "kind": "major_report", "to_body": "青龙镇司法所", "reported_on": "2026-11-06",
                "summary": "涉及宅基地权属，双方亲属多人聚集，有激化苗头。"})
            return case_id
        if state == "mediating":
            return case_id
        if state == "terminated":
            do(ctx, case_id, "terminate", reason="mediation_failed",
               advised_routes=["litigation"], on_date="2026-11-08")
            return case_id
        case_records.add_session(ctx, case_id, {
            "held_on": "2026-11-10", "place": "青石村调解室", "matter": "宅基地边界纠纷",
            "mediator_ids": [self.mediator_id], "recorder_id": self.recorder_id,
            "result": "agreement", "content": "经调解双方达成协议。"})
        if state == "oral":
            agreements.record_agreement(ctx, case_id, {
                "kind": "oral", "facts_and_issues": "院墙滴水纠纷。",
                "terms": ["李䶮堃于2026年11月15日前改造屋檐排水。"],
                "reached_on": "2026-11-10", "recorder_name": "赵记录"})
            do(ctx, case_id, "reach_agreement", on_date="2026-11-10")
            return case_id
        d = agreements.record_agreement(ctx, case_id, {**WRITTEN, "items": [
            {"description": "赔偿损失", "due_on": "2026-12-31", "amount_fen": 1_200_000}]})
        do(ctx, case_id, "reach_agreement", on_date="2026-11-10")
        agreements.apply_confirmation(ctx, case_id, {"applied_on": "2026-11-12",
                                                     "court_name": "成华县人民法院"})
        if state == "agreed":
            return case_id
        do(ctx, case_id, "start_performance", on_date="2026-11-10")
        item = d.agreements[0].items[0]
        agreements.mark_item_done(ctx, case_id, {"item_id": item.id, "done_on": "2026-11-18"})
        do(ctx, case_id, "complete_performance", on_date="2026-11-18")
        agreements.add_followup(ctx, case_id, {
            "visited_on": "2026-11-20", "performance_status": "已全部履行",
            "satisfaction": "双方满意", "visitor_mediator_id": self.mediator_id})
        do(ctx, case_id, "close", on_date="2026-11-20")
        return case_id


@pytest.fixture
def make_case(village: AppContext) -> CaseMaker:
    return CaseMaker(village)


def pdf_text(data: bytes) -> str:
    """All pages' text as a reader extracts it (what search and copy-paste see)."""
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Text without the line breaks (and indents) wrapping put in: CJK lines wrap anywhere,
    so a phrase can straddle two lines."""
    return re.sub(r"[ \u3000]*\n[ \u3000]*", "", text)


def pdf_pages(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def pdf_fonts(data: bytes) -> set[str]:
    """Base names of the fonts embedded in the file (``ABCDEF+Name`` when subset)."""
    reader = PdfReader(io.BytesIO(data))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font.get("/BaseFont")))
            for desc in font.get("/DescendantFonts", []) or []:
                names.add(str(desc.get_object().get("/BaseFont")))
    return names


Extract = Callable[[bytes], str]
