"""The dossier (调解卷宗, domain.md §4.1): cover, index, every paper in index order, back; the
index's page ranges are where the papers really are, and every sheet has its archive number."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents import catalog
from mediation_desk.documents.forms.dossier_index import STANDARD_ITEMS
from mediation_desk.documents.pdf import RenderedPdf
from mediation_desk.services import case_records, fill_dossier, papers
from mediation_desk.services.paper_source import load_source
from tests.documents.conftest import RARE_NAMES, CaseMaker, pdf_fonts, pdf_pages, pdf_text

PAGES = re.compile(r"\d+(?:-\d+)?")
STATUS = ("必须", "按需")


def squash(text: str) -> str:
    """Text without any blanks (letter-spaced titles, ideographic spaces, line breaks)."""
    return re.sub(r"[ \u3000\xa0\n]", "", text)


def index_table(text: str) -> dict[str, tuple[str, str]]:
    """文书名称 → (页号, 备注) as the index page prints them: the reader gives one cell a line,
    a long name or remark possibly over several lines."""
    cells = [ln.strip() for ln in text.split("备注", 1)[1].splitlines() if ln.strip()]
    rows: dict[str, tuple[str, str]] = {}
    i, seq = 0, 1
    while i < len(cells) and cells[i] == str(seq):
        i += 1
        name = ""
        while not PAGES.fullmatch(cells[i]) and not cells[i].startswith(STATUS):
            name += cells[i]
            i += 1
        pages = cells[i] if PAGES.fullmatch(cells[i]) else ""
        i += bool(pages)
        remark = ""
        while i < len(cells) and cells[i] != str(seq + 1) and not cells[i].startswith("第"):
            remark += cells[i]
            i += 1
        rows[squash(name)] = (pages, remark)
        seq += 1
    return rows


@dataclass
class Dossier:
    pdf: RenderedPdf
    titles: list[str]
    """The printed title of each paper between index and back, in order."""
    pages: list[str]

    def starts_with_title(self, page: int, title: str) -> bool:
        """The title is one of the sheet's first lines (some forms put the committee above)."""
        head = [squash(ln) for ln in self.pages[page - 1].splitlines() if ln.strip()][:3]
        return squash(title) in head

    @property
    def index_text(self) -> str:
        first, last = self.pdf.paper_pages[1]
        return "\n".join(self.pages[first - 1:last])

    def index_ranges(self) -> dict[str, tuple[int, int]]:
        """文书名称 → (first, last) for the rows that give pages."""
        out = {}
        for name, (pages, _) in index_table(self.index_text).items():
            if pages:
                a, _, b = pages.partition("-")
                out[name] = (int(a), int(b or a))
        return out


def render(ctx: AppContext, case_id: str) -> Dossier:
    with ctx.uow() as uow:
        src = load_source(ctx, uow, case_id)
        entries = papers.dossier_entries(src)
        pdf = fill_dossier.render_dossier(src, papers.font_chain(ctx), entries)
        titles = [spec.forms_module().TITLE for spec, _, _ in entries]
    return Dossier(pdf=pdf, titles=titles, pages=pdf_pages(pdf.data))


def check_dossier(d: Dossier) -> None:
    pdf, pages = d.pdf, d.pages
    assert len(pages) == pdf.pages
    fonts = pdf_fonts(pdf.data)
    assert fonts and all(f.endswith("+MediationDeskSerifSC-Regular") for f in fonts), fonts
    assert len(pdf.paper_pages) == len(d.titles) + 3
    # Every sheet carries its archive number (页号) and its paper's own 第X页 共Y页.
    for first, last in pdf.paper_pages:
        for n in range(first, last + 1):
            lines = [ln.strip() for ln in pages[n - 1].splitlines() if ln.strip()]
            assert lines[-1] == str(n), (n, lines[-3:])  # stamped last, top right
            assert f"第{n - first + 1}页 共{last - first + 1}页" in pages[n - 1], n
    # Each paper starts on its first sheet with its title, in index order.
    for title, (first, _) in zip(d.titles, pdf.paper_pages[2:-1], strict=True):
        assert d.starts_with_title(first, title), (title, first)
    assert squash(pages[0]).startswith("青石村人民调解委员会调解卷宗")
    assert d.starts_with_title(pdf.paper_pages[1][0], "卷内目录")
    assert len(index_table(d.index_text)) == len(STANDARD_ITEMS)
    back = squash(pages[-1])
    assert back.startswith("卷内备考表")
    assert f"本卷共有文件材料{len(d.titles)}件，共{pdf.pages}页" in back
    # The index gives the pages where each paper really is.
    # Each row's range is exactly the span of the papers filed under it.
    ranges = d.index_ranges()
    spans: dict[str, tuple[int, int]] = {}
    for title, (first, last) in zip(d.titles, pdf.paper_pages[2:-1], strict=True):
        name = next((n for n in ranges if squash(title) in n), None)
        assert name is not None, (title, ranges)
        low, high = spans.get(name, (first, last))
        spans[name] = (min(low, first), max(high, last))
    spans["封底"] = (pdf.pages, pdf.pages)
    assert ranges == spans


def test_closed_case_dossier_has_every_paper_in_order(village: AppContext,
                                                      make_case: CaseMaker) -> None:
    d = render(village, make_case("closed"))
    check_dossier(d)
    for title in ("人民调解申请书", "人民调解受理登记表", "人民调解当事人权利义务告知书",
                  "人民调解调查记录", "人民调解记录", "人民调解协议书", "人民调解回访记录",
                  "司法确认申请书", "人民调解结案报告表"):
        assert title in d.titles, title
    assert d.titles.count("人民调解记录") == 2
    ranges = d.index_ranges()
    # Both 调解记录 are one index row with the joint range.
    sessions = [p for t, p in zip(d.titles, d.pdf.paper_pages[2:-1], strict=True)
                if t == "人民调解记录"]
    assert ranges["人民调解记录"] == (sessions[0][0], sessions[-1][1])
    # The agreement's title page lies inside the index's range for the agreement.
    agreement_page = next(n for n in range(1, len(d.pages) + 1)
                          if d.starts_with_title(n, "人民调解协议书"))
    low, high = ranges["人民调解协议书"]
    assert low <= agreement_page <= high
    table = index_table(d.index_text)
    assert table["人民调解申请书、人民调解受理登记表"] == (f"{d.pdf.paper_pages[2][0]}-"
                                                  f"{d.pdf.paper_pages[3][1]}", "必须；共2份")
    # Papers filed by hand: no page in this print, the remark says whether the case has them.
    assert table["当事人身份证明"] == ("", "必须；附复印件")
    assert table["授权委托书"] == ("", "按需；本案无")
    assert table["人民调解证据材料"] == ("", "按需；本案无")
    assert table["收条或汇款单等履行凭证"] == ("", "按需；附原件/复印件")  # performed
    assert table["人民调解记录"][1] == "必须；共2份"
    assert table["司法确认有关材料（司法确认申请书）"][1] == "按需"
    cover = squash(d.pages[0])
    for text in (f"卷名：{RARE_NAMES[0]}与{RARE_NAMES[1]}邻里纠纷",
                 "卷号：（2026）青石村人调字第001号", "人民调解员：张调解",
                 "调解日期：2026年11月3日至2026年11月20日", "立卷人：张调解",
                 "立卷日期：2026年11月21日", "保管期限：长期"):
        assert text in cover, text


def test_agreed_case_dossier(village: AppContext, make_case: CaseMaker) -> None:
    d = render(village, make_case("agreed"))
    check_dossier(d)
    assert "人民调解结案报告表" not in d.titles  # the case has not ended
    assert "人民调解回访记录" not in d.titles
    table = index_table(d.index_text)
    assert table["人民调解回访记录"] == ("", "按需；本案无")
    assert table["收条或汇款单等履行凭证"] == ("", "按需；本案无")  # nothing paid yet
    assert table["卷宗情况说明"] == ("", "按需；本案无")
    cover = squash(d.pages[0])
    # Still open: the end of mediation and the filing date are left to write in.
    assert "调解日期：2026年11月3日至年月日" in cover
    assert "立卷日期：年月日" in cover


def test_dossier_through_the_service_is_the_same_pdf(village: AppContext,
                                                     make_case: CaseMaker) -> None:
    case_id = make_case("oral")
    pdf = papers.render_dossier(village, case_id)
    assert pdf.form == "dossier" and pdf.file_name.endswith("调解卷宗.pdf")
    pages = pdf_pages(pdf.data)
    assert pdf.pages == len(pages)
    assert f"共{pdf.pages}页" in squash(pages[-1])
    table = index_table(pages[1])
    assert table["人民调解口头协议登记表"][1] == "必须"  # item 8 names the oral agreement


@pytest.mark.parametrize("form", ["dossier_cover", "dossier_index", "dossier_back"])
def test_standalone_and_blank_cover_index_back(village: AppContext, make_case: CaseMaker,
                                               form: str) -> None:
    case_id = make_case("closed")
    one = papers.render_paper(village, case_id, form)
    text = pdf_text(one.data)
    assert one.pages == 1 and "第1页 共1页" in text
    blank = pdf_text(papers.render_blank(village, form).data)
    assert "None" not in blank and "None" not in text
    text, blank = squash(text), squash(blank)
    if form == "dossier_cover":
        assert text.startswith("青石村人民调解委员会调解卷宗")
        assert re.match(r"_{12,}人民调解委员会调解卷宗", blank)
        for label in ("卷名：", "卷号：", "人民调解员：", "调解日期：", "立卷人：",
                      "立卷日期：", "保管期限：", "备注："):
            assert label in blank and label in text, label
        assert "卷号：（）人调字第号" in blank
        assert "调解日期：年月日至年月日" in blank
    elif form == "dossier_index":
        rows, empty = index_table(pdf_text(one.data)), index_table(pdf_text(
            papers.render_blank(village, form).data))
        assert list(empty) == [squash(name) for name, _ in STANDARD_ITEMS]
        assert all(pages == "" for pages, _ in empty.values())  # to write in by hand
        assert [r for _, r in empty.values()] == [
            "必须" if required else "按需" for _, required in STANDARD_ITEMS]
        assert len(rows) == len(STANDARD_ITEMS)
        assert all(pages == "" for pages, _ in rows.values())  # printed alone: no pages
        assert rows["当事人身份证明"] == ("", "必须；附复印件")
        assert rows["人民调解记录"] == ("", "必须；共2份")
    else:
        assert text.startswith("卷内备考表")
        assert re.search(r"本卷共有文件材料\d+件，共_+页", text)
        assert "本卷共有文件材料______件，共______页" in blank
        for label in ("说明：", "立卷人：", "检查人：", "立卷时间：年月日"):
            assert label in blank, label


def test_every_printed_form_is_filed_under_an_index_item() -> None:
    for spec in catalog.FORMS:
        if spec.code not in ("dossier_cover", "dossier_index"):
            assert spec.code in fill_dossier.ITEM_OF, spec.code


def test_a_forty_page_dossier_keeps_its_index_right(village: AppContext,
                                                     make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    talk = ("王𠮷陈述：界桩原在水沟东侧一米处，二〇一九年修路时被挪动，此后李䶮堃家院墙"
            "向东延伸约半米，占用了我家宅基地。李䶮堃陈述：院墙系按原址重建，未曾外扩。") * 20
    for day in range(6, 18):
        case_records.add_session(village, case_id, {
            "held_on": f"2026-11-{day:02d}", "place": "青石村调解室",
            "matter": "宅基地边界纠纷", "mediator_ids": [make_case.mediator_id],
            "recorder_id": make_case.recorder_id, "result": "continue",
            "content": talk[:2500]})
    d = render(village, case_id)
    assert d.pdf.pages >= 40
    check_dossier(d)
    ranges = d.index_ranges()
    sessions = [p for t, p in zip(d.titles, d.pdf.paper_pages[2:-1], strict=True)
                if t == "人民调解记录"]
    assert len(sessions) == 13
    assert ranges["人民调解记录"] == (sessions[0][0], sessions[-1][1])


def test_an_index_that_grows_a_sheet_is_laid_out_again(village: AppContext,
                                                        make_case: CaseMaker,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    """Once the pages are known the index is longer here (long remarks), so it takes a second
    sheet and every later paper moves by one: the pages printed must be the moved ones."""
    real = fill_dossier.index_rows
    printed: list[tuple] = []

    def long_once_numbered(src, placed):  # type: ignore[no-untyped-def]
        rows = real(src, placed)
        if any(p for _, p in placed):
            rows = tuple(replace(r, note="说明文字" * 12) for r in rows)
        printed.append(rows)
        return rows

    monkeypatch.setattr(fill_dossier, "index_rows", long_once_numbered)
    d = render(village, make_case("closed"))
    assert len(printed) == 3
    first, last = d.pdf.paper_pages[1]
    assert last > first  # the index did take more sheets
    by_name = {r.name: r.pages for r in printed[-1]}
    for title, (a, b) in zip(d.titles, d.pdf.paper_pages[2:-1], strict=True):
        pages = next(p for name, p in by_name.items() if title in name)
        low, _, high = pages.partition("-")
        assert int(low) <= a and b <= int(high or low), (title, pages, a, b)
    assert by_name["封底"] == str(d.pdf.pages)
    assert f"共{d.pdf.pages}页" in squash(d.pages[-1])
