"""The outcome papers printed from stored cases: the oral-agreement register, the follow-up
record, the court application for judicial confirmation, the major-dispute report and the
closing report — headings, every party, statutory wording, capitals, dates, page numbers,
and the full ID number only where the court asks for it; and each one blank."""

from __future__ import annotations

import re

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import papers
from tests.documents.conftest import (
    RARE_NAMES,
    CaseMaker,
    flat,
    pdf_fonts,
    pdf_pages,
    pdf_text,
)

FULL_ID = "11010519491231002X"
OUTCOME_FORMS = ("oral_agreement", "follow_up", "judicial_confirmation", "major_report",
                 "closing_report")


def _text(pdf: PaperPdf) -> str:
    """Flat text without spaces (choices and fields are spaced apart with full-width
    spaces), after checking every page carries its own page count."""
    pages = pdf_pages(pdf.data)
    assert len(pages) == pdf.pages
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页 共{len(pages)}页" in page
    return re.sub(r"[ \u3000]", "", flat(pdf_text(pdf.data)))


def _has(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert phrase in text, phrase


def _no_full_id(text: str) -> None:
    assert FULL_ID not in text
    assert "公民身份号码" not in text


def test_oral_agreement_register(village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("oral")
    text = _text(papers.render_paper(village, case_id, "oral_agreement"))
    _has(text, "人民调解口头协议登记表", "编号：", "纠纷简要情况：", "院墙滴水纠纷。",
         "口头协议内容：", "1、李䶮堃于2026年11月15日前改造屋檐排水。", "履行方式、时限：",
         "协议达成日期：2026年11月10日（本协议自各方当事人达成之日起生效）",
         "口头调解协议自各方当事人达成协议之日起生效（同法第三十条）",
         "人民调解法》第二十八条", "人民调解员（签名）", "张调解", "登记人/记录人（签名）",
         "赵记录", "当事人（签名，可选）", "（人民调解委员会印）", *RARE_NAMES)
    _no_full_id(text)


def test_oral_agreement_terms_get_capitals(village: AppContext, make_case: CaseMaker) -> None:
    from mediation_desk.services import agreements
    case_id = make_case("mediating")
    agreements.record_agreement(village, case_id, {
        "kind": "oral", "facts_and_issues": "借款纠纷。", "reached_on": "2026-11-10",
        "terms": ["李䶮堃于2026年11月30日前归还王𠮷借款3500元。"], "amount_fen": 350_000})
    text = _text(papers.render_paper(village, case_id, "oral_agreement"))
    _has(text, "3500元（大写：叁仟伍佰元整）",
         "本协议涉及金额共计人民币3,500.00元（大写：叁仟伍佰元整）。")


def test_follow_up_record(village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("closed")
    [choice] = [c for c in papers.paper_choices(village, case_id) if c.form == "follow_up"]
    pdf = papers.render_paper(village, case_id, "follow_up", choice.ref)
    text = _text(pdf)
    _has(text, "人民调解回访记录", "当事人", "调解协议编号", "回访事由", "回访情况",
         "调解协议履行情况：已全部履行", "当事人对调解结果的满意程度：双方满意",
         "是否起诉及判决情况：", "是否发现调解不当、纠纷激化或其他隐患：□有■无",
         "采取的措施：", "回访人（签名）", "张调解", "回访时间", "2026年11月20日",
         "、".join(RARE_NAMES))
    _no_full_id(text)


def test_judicial_confirmation_application(village: AppContext,
                                           make_case: CaseMaker) -> None:
    case_id = make_case("agreed")
    text = _text(papers.render_paper(village, case_id, "judicial_confirmation"))
    _has(text, "司法确认申请书", "申请人", "公民身份号码", FULL_ID, "送达地址", "青石村三组12号",
         "联系电话", "13812345678", "13987654321", "请求事项：",
         "请求确认申请人于2026年11月10日经青石村人民调解委员会主持调解达成的人民调解协议有效。",
         "事实和理由：", "该协议自2026年11月10日起生效",
         "12000元（大写：壹万贰仟元整）", "人民币12,000.00元（大写：壹万贰仟元整）",
         "第二百零五条", "出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为",
         "此致", "成华县人民法院", "申请人（签名或者盖章、按指印）", "2026年11月12日",
         "附：", "人民调解协议书1份", "当事人身份证明", "与调解协议相关的财产权利证明",
         "送达地址确认书", "授权委托书", "自调解协议生效之日起三十日内",
         "最后一日为2026年12月10日", *RARE_NAMES)
    assert text.count("申请人（签名或者盖章、按指印）") == 2  # one place per applicant


def test_major_dispute_report(village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("major")
    text = _text(papers.render_paper(village, case_id, "major_report"))
    _has(text, "重大疑难纠纷报告", "青龙镇司法所：", "报告单位", "青石村人民调解委员会",
         "纠纷名称", "纠纷类型", "当事人及住址", "王𠮷（住青石村三组12号）",
         "李䶮堃（住青石村三组14号）", "基本情况", "王𠮷与李䶮堃因宅基地边界发生争执。",
         "双方亲属多人聚集", "重大疑难情形", "■土地、山林权属纠纷", "□有民转刑倾向",
         "激化风险", "已采取的措施", "2026年11月4日在青石村三组开展调查",
         "2026年11月5日在青石村调解室组织调解", "建议及请求事项", "报告人（签名）",
         "张调解", "2026年11月6日", "报告单位：青石村人民调解委员会（印）",
         "人民调解法》第二十五条")
    _no_full_id(text)


def test_major_report_only_for_major_cases(village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    assert "major_report" not in {c.form for c in papers.paper_choices(village, case_id)}


def test_closing_report_after_performance(village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("closed")
    text = _text(papers.render_paper(village, case_id, "closing_report"))
    _has(text, "人民调解结案报告表", "卷号", "填表时间", "承办单位", "青石村人民调解委员会",
         "承办人", "张调解", "受案时间", "2026年11月3日", "结案时间", "2026年11月20日",
         "当事人信息", "住址青石村三组12号", "电话13812345678", "案件来源", "■当事人申请",
         "□人民调解委员会主动调解", "纠纷简要事实", "调解结果",
         "2026年11月10日达成人民调解协议书", "人民币12,000.00元（大写：壹万贰仟元整）",
         "协议履行情况", "赔偿损失", "已于2026年11月18日履行完毕", "回访情况",
         "2026年11月20日回访：已全部履行；双方满意", "结案方式", "■履行完毕并已回访",
         "承办人（签名）", "负责人（签名）", "（人民调解委员会印）", *RARE_NAMES)
    _no_full_id(text)


def test_closing_report_after_termination(village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("terminated")
    text = _text(papers.render_paper(village, case_id, "closing_report"))
    _has(text, "2026年11月8日终止调解：调解不成",
         "已告知当事人可以依法通过向人民法院提起诉讼等途径维护自己的权利",
         "结案时间2026年11月8日", "■调解终止", "□履行完毕并已回访", *RARE_NAMES)


def test_closing_report_after_decline(village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("declined")
    text = _text(papers.render_paper(village, case_id, "closing_report"))
    _has(text, "不予受理：人民法院、公安机关或其他行政机关已经受理或解决（已由法院受理）",
         "■不予受理", *RARE_NAMES)


@pytest.mark.parametrize("form", OUTCOME_FORMS)
def test_blank_papers(village: AppContext, form: str) -> None:
    text = _text(papers.render_blank(village, form))
    headings = {
        "oral_agreement": ("人民调解口头协议登记表", "纠纷简要情况：", "口头协议内容：",
                           "协议达成日期：", "登记人/记录人（签名）", "年月日"),
        "follow_up": ("人民调解回访记录", "调解协议编号", "回访事由", "回访情况",
                      "□有□无", "回访人（签名）"),
        "judicial_confirmation": (
            "司法确认申请书", "公民身份号码", "送达地址",
            "请求确认申请人于____年__月__日经________人民调解委员会主持调解达成的人民调解协议有效。",
            "________人民法院", "附：", "自调解协议生效之日起三十日内"),
        "major_report": ("重大疑难纠纷报告", "________镇（乡）司法所：", "□土地、山林权属纠纷",
                         "□低□中□高", "报告单位（印）"),
        "closing_report": ("人民调解结案报告表", "卷号", "□当事人申请", "□履行完毕并已回访",
                           "负责人（签名）"),
    }[form]
    _has(text, *headings)
    for bad in ("None", "0份", "人民币0"):
        assert bad not in text, bad
    assert not any(name in text for name in RARE_NAMES)
    # Boxes and applicant blocks are tables made here: none may fall back to Helvetica.
    fonts = pdf_fonts(papers.render_blank(village, form).data)
    assert fonts and all(f.endswith("+MediationDeskSerifSC-Regular") for f in fonts), fonts
