"""The statistics report as a PDF (人民调解工作统计表): the figures of a hand-built report land
in the right rows and columns, rates print with one decimal or — without a denominator, the
charts are drawn in the CJK font, long and rare labels wrap inside their column, empty and
township reports render, and a character no font has refuses the report."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent, LTPage
from pypdf import PdfReader

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.registers.landscape import MARGIN_X, PAGE_WIDTH
from mediation_desk.documents.registers.statistics_report import numeral, render_statistics_pdf
from mediation_desk.domain.codes import DEFAULT_CODES
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.stat_defs import COUNTING_RULE_ZH, RATE_DEFS, SOURCE_BUCKETS
from mediation_desk.domain.stat_rules import TALLY_MEASURES
from mediation_desk.domain.statistics_views import (
    CaseTally,
    Comparison,
    JointDefenceTally,
    MonthPoint,
    PreventedRow,
    RateView,
    ScreeningTally,
    StatisticsReport,
    StatPeriodView,
    StatRow,
)
from mediation_desk.services import statistics, statistics_export
from mediation_desk.services.case_register import register_case
from tests.documents.conftest import flat, pdf_fonts, pdf_pages, pdf_text
from tests.services.helpers import case_data, person
from tests.services.helpers import report as carry_to_township

LONG_SUB = ("王𠮷与李䶮堃两家因祖传老宅后院共用排水沟的清淤、改道以及由此引起的墙基渗水损失分担"
            "问题长期争执不下的纠纷")
CATEGORIES = DEFAULT_CODES[CodeTable.DISPUTE_CATEGORY]
PERIOD = StatPeriodView(kind="yearly", key="2026", label="2026年", start=date(2026, 1, 1),
                        end=date(2026, 12, 31))


def tally(fen: int = 0, **counts: int) -> CaseTally:
    return CaseTally(counts={**dict.fromkeys(TALLY_MEASURES, 0), **counts}, amount_fen=fen)


TOTAL = tally(1_234_567, registered=12, accepted=10, success=8, written=6, oral=2,
              terminated=1, declined=1, transferred=0, in_progress=1, awaiting=1,
              confirmation_applied=3, confirmation_confirmed=2, major=2, major_timely=1)
# numerator, denominator per rate, chosen by hand; 回访率 has no denominator.
RATE_FIGURES = {"success_rate": (8, 10), "handling_rate": (10, 12), "follow_up_rate": (0, 0),
                "performance_rate": (3, 8), "within_month_rate": (7, 9),
                "major_timely_rate": (1, 2)}


def category_rows() -> list[StatRow]:
    rows: list[StatRow] = []
    for c in CATEGORIES:
        if c.code == "marriage_family":
            rows.append(StatRow(key=c.code, label=c.label_zh, category=c.code,
                                tally=tally(1_200_000, registered=7, accepted=6, success=5,
                                            written=4, oral=1)))
            rows.append(StatRow(key=f"{c.code}/赡养", label="赡养", level=1, category=c.code,
                                sub_category="赡养",
                                tally=tally(registered=3, accepted=3, success=2, written=2)))
            rows.append(StatRow(key=f"{c.code}/{LONG_SUB}", label=LONG_SUB, level=1,
                                category=c.code, sub_category=LONG_SUB,
                                tally=tally(1_200_000, registered=4, accepted=3, success=3,
                                            written=2, oral=1)))
        elif c.code == "neighbour":
            rows.append(StatRow(key=c.code, label=c.label_zh, category=c.code,
                                tally=tally(34_567, registered=5, accepted=4, success=3,
                                            written=2, oral=1)))
        else:
            rows.append(StatRow(key=c.code, label=c.label_zh, category=c.code, tally=tally()))
    return rows


def trend() -> list[MonthPoint]:
    points = []
    for m in range(1, 13):
        accepted = {2: 4, 3: 0, 4: 2}.get(m, 1)
        success = {2: 3, 4: 1}.get(m, 1 if accepted else 0)
        points.append(MonthPoint(key=f"2026-{m:02d}", label=f"2026年{m}月" if m == 1 else f"{m}月",
                                 registered=accepted + 1, accepted=accepted, success=success,
                                 success_rate=success / accepted if accepted else None))
    return points


def sample(**over: Any) -> StatisticsReport:
    values: dict[str, Any] = dict(
        period=PERIOD, as_of=date(2026, 11, 21), scope="village", unit_name="青石村",
        station_id=None, total=TOTAL, by_category=category_rows(),
        by_source=[StatRow(key=b.key, label=b.label_zh, source=b.key,
                           tally=tally(registered=n, accepted=n))
                   for b, n in zip(SOURCE_BUCKETS, (3, 7, 2), strict=True)],
        by_village=[],
        rates=[RateView(key=r.key, label=r.label_zh, numerator=RATE_FIGURES[r.key][0],
                        denominator=RATE_FIGURES[r.key][1],
                        value=(RATE_FIGURES[r.key][0] / RATE_FIGURES[r.key][1]
                               if RATE_FIGURES[r.key][1] else None),
                        definition=r.definition_zh, numerator_measure=r.numerator,
                        denominator_measure=r.denominator) for r in RATE_DEFS],
        prevented=[PreventedRow(code="civil_to_criminal", label="防止民间纠纷转化为刑事案件",
                                cases=2, persons=5),
                   PreventedRow(code="mass_petition", label="防止群体性上访", cases=0, persons=0),
                   PreventedRow(code="suicide", label="防止可能引起的自杀", cases=1, persons=3),
                   PreventedRow(code="group_fight", label="制止群体性械斗", cases=0, persons=0)],
        screening=ScreeningTally(rounds=11, zero_reports=4, findings=9, findings_to_cases=6,
                                 major_findings=2, major_findings_reported=1),
        joint_defence=JointDefenceTally(groups=9, households=120, households_covered=96,
                                        shifts=300, shifts_done=271, shifts_missed=13,
                                        patrol_logs=268, incidents=17, incidents_to_cases=4),
        trend=trend(),
        comparisons=[Comparison(label="上年", period=StatPeriodView(
            kind="yearly", key="2025", label="2025年", start=date(2025, 1, 1),
            end=date(2025, 12, 31)), registered=10, accepted=8, success=6, success_rate=0.75)],
        counting_rule=COUNTING_RULE_ZH)
    values.update(over)
    return StatisticsReport(**values)


@pytest.fixture(scope="module")
def chain() -> FontChain:
    return FontChain()


@pytest.fixture(scope="module")
def sample_pdf(chain: FontChain) -> bytes:
    return render_statistics_pdf(sample(), chain, author="青石村").data


def cells_after(text: str, label: str, n: int, nth: int = 0) -> list[str]:
    """The ``n`` cells after the ``nth`` cell reading exactly ``label`` (each table cell is
    one line of the extracted text, in the order the row draws them)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    at = [i for i, ln in enumerate(lines) if ln == label][nth]
    return lines[at + 1:at + 1 + n]


def test_title_period_as_of_and_counting_rule(sample_pdf: bytes) -> None:
    first = flat(pdf_pages(sample_pdf)[0])
    for expected in ("青石村人民调解工作统计表", "（2026年）", "填报单位：青石村",
                     "统计期间：2026年1月1日至2026年12月31日", "统计截至2026年11月21日",
                     "统计口径：" + COUNTING_RULE_ZH, "一、纠纷类别（单位：件；金额：元）"):
        assert expected in first, expected
    info = PdfReader(io.BytesIO(sample_pdf)).metadata
    assert info.title == "青石村人民调解工作统计表（2026年）" and info.author == "青石村"


def test_category_table_has_all_15_categories_and_the_total_line(sample_pdf: bytes) -> None:
    text = pdf_text(sample_pdf)
    for c in CATEGORIES:
        assert c.label_zh in text, c.label_zh
    for heading in ("登记纠纷", "受理", "调解成功", "小计", "书面协议", "口头协议", "调解不成",
                    "不予受理", "移交上报", "在调", "待受理", "协议金额（元）"):
        assert heading in text, heading
    # 合计: registered … awaiting, then the amount in yuan with separators and two decimals.
    assert cells_after(text, "合计", 11) == ["12", "10", "8", "6", "2", "1", "1", "0", "1", "1",
                                            "12,345.67"]
    assert cells_after(text, "婚姻家庭纠纷", 11)[-1] == "12,000.00"
    assert cells_after(text, "物业纠纷", 11) == ["0"] * 10 + ["0.00"]


def test_sources_rates_and_small_tables(sample_pdf: bytes) -> None:
    text = pdf_text(sample_pdf)
    assert cells_after(text, "申请调解", 2) == ["7", "7"]
    assert cells_after(text, "接受委托移送调解", 2) == ["2", "2"]
    assert cells_after(text, "调解成功率", 3) == ["8", "10", "80.0%"]
    assert cells_after(text, "回访率", 3) == ["0", "0", "—"]  # no denominator: no rate
    assert cells_after(text, "协议履行率", 3) == ["3", "8", "37.5%"]
    assert "调解成功件数（书面协议＋口头协议）÷ 受理件数" in flat(text)
    assert cells_after(text, "防止可能引起的自杀", 2) == ["1", "3"]
    assert cells_after(text, "排查次数", 2) == ["次", "11"]
    assert cells_after(text, "其中：零报告", 2) == ["次", "4"]
    assert cells_after(text, "户数覆盖率", 2) == ["%", "80.0"]
    assert cells_after(text, "其中：缺勤", 2) == ["班", "13"]
    assert cells_after(text, "申请司法确认", 2) == ["件", "3"]
    assert cells_after(text, "司法确认有效", 2) == ["件", "2"]


def test_comparison_with_last_year(sample_pdf: bytes) -> None:
    text = pdf_text(sample_pdf)
    assert cells_after(text, "上年", 5) == ["2025年", "10", "8", "6", "75.0%"]
    assert cells_after(text, "比上年增减", 5) == ["同比", "+2（+20.0%）", "+2（+25.0%）",
                                              "+2（+33.3%）", "+5.0个百分点"]


def test_charts_are_labelled_in_the_cjk_font(sample_pdf: bytes) -> None:
    text = flat(pdf_text(sample_pdf))
    for expected in ("图1", "图2", "图3", "登记纠纷", "调解成功", "无受理",
                     "7件（58.3%）", "5件（41.7%）"):
        assert expected in text, expected
    # The month after the gap (March: nothing accepted) keeps its own rate.
    assert "50.0%" in text and "75.0%" in text
    # Categories without cases are left out of the category chart.
    chart_page = next(p for p in pdf_pages(sample_pdf) if "图3" in p)
    assert "物业纠纷" not in chart_page
    assert not any("Helvetica" in f for f in pdf_fonts(sample_pdf))


def _chars(data: bytes) -> list[tuple[int, LTChar]]:
    out: list[tuple[int, LTChar]] = []

    def walk(n: int, node: LTComponent) -> None:
        if isinstance(node, LTChar):
            out.append((n, node))
        for child in getattr(node, "_objs", []) or []:
            walk(n, child)

    for n, page in enumerate(extract_pages(io.BytesIO(data))):
        assert isinstance(page, LTPage)
        walk(n, page)
    return out


def test_long_rare_sub_category_wraps_inside_its_column(sample_pdf: bytes) -> None:
    assert LONG_SUB in flat(pdf_text(sample_pdf))
    chars = _chars(sample_pdf)
    for _, ch in chars:  # nothing runs off the sheet
        assert ch.x0 >= MARGIN_X - 1 and ch.x1 <= PAGE_WIDTH - MARGIN_X + 1, ch.get_text()
    first_page = [ch for n, ch in chars if n == 0]
    # The figure columns start where the heading 登记纠纷 does.
    column = min(ch.x0 for ch in first_page if ch.get_text() == "登")
    rare = [ch for ch in first_page if ch.get_text() in ("𠮷", "䶮")]
    assert rare and all(ch.x1 < column for ch in rare)
    long_line = [ch for ch in first_page if ch.get_text() == "纠"
                 and ch.x1 < column and ch.y0 < min(r.y0 for r in rare) - 5]
    assert long_line, "the 60-character label wraps onto further lines"


def test_landscape_pages_with_footer(chain: FontChain) -> None:
    pdf = render_statistics_pdf(sample(), chain)
    reader = PdfReader(io.BytesIO(pdf.data))
    assert len(reader.pages) == pdf.pages and 3 <= pdf.pages <= 8
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    pages = [flat(p) for p in pdf_pages(pdf.data)]
    assert f"第1页 共{pdf.pages}页" in pages[0]
    assert f"第{pdf.pages}页 共{pdf.pages}页" in pages[-1]
    assert "青石村人民调解工作统计表（2026年）（续）" in pages[1]


@pytest.mark.parametrize("over", [
    {"unit_name": "青石\U0010fffd村"},
    # A chart-only string (a month label) is checked like the tables' text.
    {"trend": [*trend()[:5], trend()[5].model_copy(update={"label": "六\U0010fffd月"}),
               *trend()[6:]]},
])
def test_a_character_no_font_has_refuses_the_report(chain: FontChain, over: dict) -> None:
    with pytest.raises(DomainError) as refused:
        render_statistics_pdf(sample(**over), chain)
    assert refused.value.code == "document.missing_glyph"


def test_a_report_with_nothing_in_it_still_renders(chain: FontChain) -> None:
    empty = sample(total=tally(), by_category=[], by_source=[], rates=[], prevented=[],
                   trend=[], comparisons=[],
                   screening=ScreeningTally(rounds=0, zero_reports=0, findings=0,
                                            findings_to_cases=0, major_findings=0,
                                            major_findings_reported=0),
                   joint_defence=JointDefenceTally(groups=0, households=0,
                                                   households_covered=0, shifts=0,
                                                   shifts_done=0, shifts_missed=0,
                                                   patrol_logs=0, incidents=0,
                                                   incidents_to_cases=0))
    pdf = render_statistics_pdf(empty, chain)
    text = flat(pdf_text(pdf.data))
    assert pdf.pages >= 2 and "（无）" in text and "本期没有登记的纠纷" in text
    assert "户数覆盖率%—" in text


def test_a_new_committees_month_renders_all_zero(village: AppContext, chain: FontChain
                                                 ) -> None:
    rep = statistics.report(village, "2026-11")
    text = pdf_text(render_statistics_pdf(rep, chain).data)
    assert all(c.label_zh in text for c in CATEGORIES)
    assert cells_after(text, "合计", 11) == ["0"] * 10 + ["0.00"]
    assert cells_after(text, "调解成功率", 3) == ["0", "0", "—"]
    assert "本期没有登记的纠纷，不作图。" in flat(text)


def test_township_report_has_the_villages_and_their_sections(
        village: AppContext, office: AppContext, tmp_path: Path, chain: FontChain) -> None:
    for n, category in enumerate(("neighbour", "neighbour", "neighbour", "contract")):
        register_case(village, case_data(category=category, parties=[
            {"role": "applicant", "consented": True, "person": person(f"申请人{n}")},
            {"role": "respondent", "consented": True, "person": person(f"被申请人{n}")}]))
    carry_to_township(village, office, tmp_path / "stick")
    rep = statistics.report(office, "2026-11")
    assert rep.scope == "township" and rep.villages
    pdf = render_statistics_pdf(rep, chain)
    text = pdf_text(pdf.data)
    flat_text = flat(text)
    assert "分村统计（单位：件；金额：元）" in flat_text and "各村情况" in flat_text
    name = next(v.label for v in rep.by_village if v.tally.get("registered") == 4)
    assert cells_after(text, name, 2) == ["4", "0"]
    assert f"（一）{rep.villages[0].unit_name}" in flat_text
    assert f"纠纷类别（{rep.villages[0].unit_name}）" in flat_text
    # After the township's own pages, each village starts on a page of its own.
    village_pages = [n for n, p in enumerate(pdf_pages(pdf.data))
                     if any(f"（{num}）{v.unit_name}" in flat(p)
                            for num, v in zip("一二三四五", rep.villages, strict=False))]
    assert len(village_pages) == len(rep.villages)


def test_the_export_service_renders_it(village: AppContext) -> None:
    register_case(village, case_data())
    paper = statistics_export.render_pdf(village, "2026-11")
    assert paper.pages >= 2 and paper.data.startswith(b"%PDF")
    assert "人民调解工作统计表" in flat(pdf_text(paper.data))


def test_sections_and_villages_are_numbered_in_chinese() -> None:
    assert [numeral(n) for n in (1, 10, 11, 20, 23, 99)] == ["一", "十", "十一", "二十",
                                                             "二十三", "九十九"]
