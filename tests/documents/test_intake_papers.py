"""The intake and mediation papers — application, acceptance register, rights notice,
investigation and session records — printed from stored cases and blank: the 2010 formats'
headings, the parties, the statute word for word, dates, page numbers, and the record asked for."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import case_records, papers
from mediation_desk.services.fill_intake import _clock
from tests.documents.conftest import (
    RARE_NAMES,
    CaseMaker,
    flat,
    pdf_fonts,
    pdf_pages,
    pdf_text,
)

RECEIVED = "2026年11月2日"  # tests.services.helpers.case_data
ACCEPTED = "2026年11月3日"


def assert_numbered(data: bytes) -> list[str]:
    pages = pdf_pages(data)
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页 共{len(pages)}页" in page, (n, page[-80:])
    return pages


def refs(ctx: AppContext, case_id: str, form: str) -> list[str]:
    """The records a per-record form prints from, oldest first."""
    choices = [c for c in papers.paper_choices(ctx, case_id) if c.form == form]
    return [c.ref for c in sorted(choices, key=lambda c: c.on) if c.ref]


def test_application_names_both_sides_and_the_requests(village: AppContext,
                                                       make_case: CaseMaker) -> None:
    case_id = make_case("registered")
    pdf = papers.render_paper(village, case_id, "application")
    text = flat(pdf_text(pdf.data))
    for phrase in ("青石村人民调解委员会", "人民调解申请书", f"编号：{pdf.case_no}", "申请人",
                   "被申请人", "姓名", "职业或职务农民", "单位或住址青石村三组12号",
                   "纠纷简要情况陈述：", "王𠮷与李䶮堃因宅基地边界发生争执。",
                   "当事人申请事项：", "1、请求确认界桩位置", "2、请求赔偿损失12000元",
                   "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会"
                   "进行调解。", "申请人（签名盖章或按指印）", RECEIVED):
        assert phrase in text, phrase
    for name in RARE_NAMES:
        assert name in text
    # The applicant's block comes before the respondent's.
    assert text.index("13812345678") < text.index("被申请人") < text.index("13987654321")
    assert "公民身份号码" not in text and "11010519491231002X" not in text
    assert len(assert_numbered(pdf.data)) == pdf.pages == 1


def test_acceptance_register_fills_the_opening_sentence_and_ticks_the_source(
        village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    pdf = papers.render_paper(village, case_id, "acceptance")
    text = flat(pdf_text(pdf.data))
    assert (f"{ACCEPTED}，本人民调解委员会经当事人同意，调解王𠮷、李䶮堃之间的纠纷。"
            in text)
    for phrase in ("人民调解受理登记表", f"编号：{pdf.case_no}", "纠纷类型", "邻里纠纷",
                   "案件来源", "■当事人申请", "□人民调解委员会主动调解", "□公安机关移交",
                   "纠纷简要情况", "王𠮷与李䶮堃因宅基地边界发生争执。", "当事人（签名）",
                   "登记人（签名）", "测试员", "（人民调解委员会印）",
                   "备注：此表由人民调解委员会填写"):
        assert phrase in text, phrase
    assert text.count("■") == 1
    assert_numbered(pdf.data)


def test_acceptance_before_acceptance_is_dated_the_day_received(village: AppContext,
                                                                make_case: CaseMaker) -> None:
    pdf = papers.render_paper(village, make_case("registered"), "acceptance")
    assert f"{RECEIVED}，本人民调解委员会经当事人同意" in flat(pdf_text(pdf.data))


STATUTE = (
    "人民调解委员会是依法设立的调解民间纠纷的群众性组织。",  # Art. 7
    "人民调解，是指人民调解委员会通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成"
    "调解协议，解决民间纠纷的活动。",  # Art. 2
    "（一）在当事人自愿、平等的基础上进行调解；",  # Art. 3
    "（二）不违背法律、法规和国家政策；",
    "（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护"
    "自己的权利。",
    "人民调解委员会调解民间纠纷，不收取任何费用。",  # Art. 4
    "当事人在人民调解活动中享有下列权利：",  # Art. 23
    "（一）选择或者接受人民调解员；", "（二）接受调解、拒绝调解或者要求终止调解；",
    "（三）要求调解公开进行或者不公开进行；", "（四）自主表达意愿、自愿达成调解协议。",
    "当事人在人民调解活动中履行下列义务：",  # Art. 24
    "（一）如实陈述纠纷事实；", "（二）遵守调解现场秩序，尊重人民调解员；",
    "（三）尊重对方当事人行使权利。",
    "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。",  # Art. 31
    "人民调解委员会应当对调解协议的履行情况进行监督，督促当事人履行约定的义务。",
    "当事人之间就调解协议的履行或者调解协议的内容发生争议的，一方当事人可以向人民法院"
    "提起诉讼。",  # Art. 32
    "双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认，"
    "人民法院应当及时对调解协议进行审查，依法确认调解协议的效力。",  # Art. 33
    "人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以"
    "向人民法院申请强制执行。",
    "人民法院依法确认调解协议无效的，当事人可以通过人民调解方式变更原调解协议或者达成"
    "新的调解协议，也可以向人民法院提起诉讼。",
)


def test_rights_notice_quotes_the_law_and_each_party_acknowledges(
        village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    pdf = papers.render_paper(village, case_id, "rights_notice")
    text = flat(pdf_text(pdf.data))
    assert ("根据有关法律、法规的要求，现将人民调解委员会的性质、调解原则和法律效果，以及在调解中"
            "各方当事人享有的权利和应当承担的义务告知如下：") in text
    for phrase in STATUTE:
        assert phrase in text, phrase
    for heading in ("一、人民调解委员会的性质", "二、人民调解的原则", "三、当事人享有的权利",
                    "四、当事人应当履行的义务", "五、调解协议的法律效果", "六、个人信息的处理"):
        assert heading in text, heading
    assert "委托代理人参加调解" in text
    for phrase in ("身份证件号码", "仅用于本纠纷的受理、调解", "随调解卷宗立卷归档",
                   "个人信息处理者：青石村人民调解委员会"):
        assert phrase in text, phrase
    for name in RARE_NAMES:
        # The notice was recorded as given to every party on the day mediation started.
        assert f"以上内容已告知，本人已知悉。当事人（签名或按指印）：{name}" in text
    assert text.count(f"{ACCEPTED}") >= len(RARE_NAMES)
    assert f"编号：{pdf.case_no}" in text
    pages = assert_numbered(pdf.data)
    assert len(pages) <= 2  # one leaf, printed on both sides
    assert "人民调解当事人权利义务告知书（续）" in pages[-1]


def test_investigation_prints_the_record_asked_for(village: AppContext,
                                                   make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    case_records.add_investigation(village, case_id, {
        "held_on": "2026-11-06", "place": "村委会", "interviewee_name": "周会计",
        "interviewee_relation": "村会计", "present": "村主任",
        "investigator_ids": [make_case.mediator_id],
        "content": "问：当年分宅基地有没有台账？\n答：有，台账在村委会档案柜。"})
    first, second = refs(village, case_id, "investigation")
    pdf = papers.render_paper(village, case_id, "investigation", first)
    raw = pdf_text(pdf.data)
    text = flat(raw)
    for phrase in ("人民调解调查记录", f"编号：{pdf.case_no}", "时间：2026年11月4日",
                   "地点：青石村三组", "调查人：张调解", "记录人：赵记录", "被调查人：孙邻居",
                   "与当事人关系：邻居", "在场人：", "问：你知道界桩原来在哪里吗？",
                   "答：老界桩在水沟东边一米处。", "以上记录已阅（已向我宣读），与我所说相符",
                   "被调查人（签名）", "调查人（签名）", "记录人（签名）"):
        assert phrase in text, phrase
    assert "周会计" not in text
    # Question and answer stay on lines of their own, as typed.
    assert any(line.strip().startswith("答：老界桩") for line in raw.splitlines())
    assert pdf.ref == first
    latest = flat(pdf_text(papers.render_paper(village, case_id, "investigation").data))
    assert "被调查人：周会计" in latest and "在场人：村主任" in latest
    assert "孙邻居" not in latest
    assert papers.render_paper(village, case_id, "investigation", second).ref == second


def test_session_record_prints_each_sitting_with_its_result(village: AppContext,
                                                            make_case: CaseMaker) -> None:
    case_id = make_case("agreed")
    first, second = refs(village, case_id, "session")
    pdf = papers.render_paper(village, case_id, "session", first)
    text = flat(pdf_text(pdf.data))
    for phrase in ("人民调解记录", f"编号：{pdf.case_no}", "时间：2026年11月5日",
                   "地点：青石村调解室", "事由：宅基地边界纠纷", "参加人：孙邻居",
                   "当事人：王𠮷、李䶮堃", "人民调解员：张调解", "记录人：赵记录",
                   "调解情况：", "王𠮷陈述：界桩被移动。李䶮堃陈述：界桩未动。",
                   "调解结果：□达成协议■需继续调解□调解不成", "以上记录已阅",
                   "人民调解员（签名）", "参加人（签名）", "当事人（签名或按指印）",
                   "记录人（签名）", "（人民调解委员会印）"):
        assert phrase.replace("　", "") in text.replace("　", "").replace(" ", ""), phrase
    assert "经调解双方达成协议" not in text
    later = flat(pdf_text(papers.render_paper(village, case_id, "session", second).data))
    assert "时间：2026年11月10日" in later and "■达成协议" in later
    assert "经调解双方达成协议。" in later
    assert_numbered(pdf.data)


def test_a_long_session_flows_over_numbered_pages_and_loses_nothing(
        village: AppContext, make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    stems = "甲乙丙丁戊己庚辛壬癸"
    lines = [f"第{i}段" + stems * 19 + "。" for i in range(100)]
    content = "\n".join(lines)
    content += "\n" + stems * ((20_000 - len(content) - 1) // len(stems) + 1)
    content = content[:20_000]
    assert len(content) == 20_000
    case_records.add_session(village, case_id, {
        "held_on": "2026-11-12", "place": "村委会", "matter": "宅基地边界纠纷",
        "mediator_ids": [make_case.mediator_id], "result": "failed", "content": content})
    pdf = papers.render_paper(village, case_id, "session")
    pages = assert_numbered(pdf.data)
    assert len(pages) >= 10
    text = "".join(pages)
    for ch in stems:
        assert text.count(ch) == content.count(ch), ch
    for page in pages[1:]:
        assert "人民调解记录（续）" in page and pdf.case_no in page
    assert "■调解不成" in flat(pages[-1]) and "（人民调解委员会印）" in pages[-1]
    assert "第99段" in flat(pages[-1]) or "第99段" in flat(pages[-2])


def test_session_start_time_prints_in_beijing_time() -> None:
    assert _clock(datetime(2026, 11, 5, 6, 5, tzinfo=UTC)) == "14时05分"
    assert _clock(None) == ""


BLANK_HEADINGS = {
    "application": ("人民调解委员会", "人民调解申请书", "申请人", "被申请人",
                    "纠纷简要情况陈述：", "当事人申请事项：", "1、", "3、",
                    "现自愿申请人民调解委员会进行调解。", "申请人（签名盖章或按指印）", "年"),
    "acceptance": ("人民调解受理登记表", "本人民调解委员会经当事人同意，调解", "之间的纠纷。",
                   "纠纷类型", "□当事人申请", "□人民调解委员会主动调解", "纠纷简要情况",
                   "当事人（签名）", "登记人（签名）", "（人民调解委员会印）",
                   "备注：此表由人民调解委员会填写"),
    "rights_notice": ("人民调解当事人权利义务告知书", "（四）自主表达意愿、自愿达成调解协议。",
                      "可以自调解协议生效之日起三十日内共同向人民法院申请司法确认",
                      "个人信息处理者：", "以上内容已告知，本人已知悉。当事人（签名或按指印）："),
    "investigation": ("人民调解调查记录", "时间：", "地点：", "调查人：", "记录人：",
                      "被调查人：", "与当事人关系：", "在场人：", "调查内容：",
                      "以上记录已阅（已向我宣读），与我所说相符", "被调查人（签名）"),
    "session": ("人民调解记录", "时间：", "地点：", "事由：", "参加人：", "当事人：",
                "人民调解员：", "记录人：", "调解情况：", "□达成协议", "□需继续调解",
                "□调解不成", "人民调解员（签名）", "参加人（签名）", "（人民调解委员会印）"),
}


@pytest.mark.parametrize("form", sorted(BLANK_HEADINGS))
def test_blank_paper_has_the_headings_and_room_to_write(village: AppContext,
                                                        form: str) -> None:
    pdf = papers.render_blank(village, form)
    text = flat(pdf_text(pdf.data))
    for heading in BLANK_HEADINGS[form]:
        assert heading in text, heading
    assert "编号：____" in text
    assert "None" not in text and "■" not in text
    assert not any(name in text for name in RARE_NAMES)
    pages = assert_numbered(pdf.data)
    assert len(pages) == (2 if form == "rights_notice" else 1)
    fonts = pdf_fonts(pdf.data)
    assert fonts and all(f.endswith("+MediationDeskSerifSC-Regular") for f in fonts), fonts
