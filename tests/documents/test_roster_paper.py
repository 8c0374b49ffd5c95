"""The printed mediator roster (调解员名册): landscape, every column, headings repeated on
each page with 第X页 共Y页, hostile text printed as text, no personal numbers, and a refusal
when no font has a character."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.registers import roster
from mediation_desk.documents.registers.landscape import render_register
from mediation_desk.domain.errors import DomainError
from tests.documents.conftest import flat, pdf_text


def line(name: str, **over: object) -> roster.RosterLine:
    values: dict[str, object] = dict(
        name=name, gender="female", age=52, role="member", is_chief=False,
        employment="part_time", appointment_method="elected", term_start=date(2024, 3, 1),
        term_end=date(2027, 3, 1), certificate_no="调聘2024001", specialties=("婚姻家庭", "赡养"),
        trainings=2, training_hours=10.5, status="active")
    values.update(over)
    return roster.RosterLine(**values)  # type: ignore[arg-type]


def data(*lines: roster.RosterLine) -> roster.RosterData:
    return roster.RosterData(committee_name="青石村人民调解委员会", on=date(2026, 11, 21),
                             lines=lines, member_count=3, hired_count=1)


@pytest.fixture(scope="module")
def chain() -> FontChain:
    return FontChain()


def test_one_page_roster_has_every_column(chain: FontChain) -> None:
    pdf = render_register(roster.build(data(
        line("王𠮷", role="chair", is_chief=True, employment="full_time"),
        line("李䶮堃", role="hired", appointment_method="appointed", term_end=None,
             trainings=0, training_hours=0, gender="male", status="resigned"))), chain)
    page = PdfReader(io.BytesIO(pdf.data)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = flat(pdf_text(pdf.data))
    for expected in ("青石村人民调解委员会调解员名册", "填报日期：2026年11月21日", *roster.HEADERS,
                     "王𠮷", "主任（首席调解员）", "专职", "推选", "2024.03.01—2027.03.01",
                     "调聘2024001", "婚姻家庭、赡养", "2次/10.5学时", "聘任调解员", "2024.03.01起",
                     "辞职", "第1页 共1页"):
        assert expected in text, expected
    assert pdf.pages == 1


def test_long_roster_repeats_headings_and_counts_pages(chain: FontChain) -> None:
    lines = [line(f"调解员{n:02d}") for n in range(1, 41)]
    pdf = render_register(roster.build(data(*lines)), chain)
    assert pdf.pages >= 2
    reader = PdfReader(io.BytesIO(pdf.data))
    last = flat(reader.pages[-1].extract_text())
    assert "聘书编号" in last and f"第{pdf.pages}页 共{pdf.pages}页" in last
    assert "调解员名册（续）" in last
    assert "调解员40" in last


def test_user_text_is_text_not_markup(chain: FontChain) -> None:
    pdf = render_register(roster.build(data(line("<b>张&amp;三</b>",
                                                  certificate_no="调聘<i>1</i>"))), chain)
    text = flat(pdf_text(pdf.data))
    assert "<b>张&amp;三</b>" in text and "调聘<i>1</i>" in text


def test_empty_roster_prints_none_line(chain: FontChain) -> None:
    text = flat(pdf_text(render_register(roster.build(data()), chain).data))
    assert "（无）" in text


def test_a_character_no_font_has_is_refused(chain: FontChain) -> None:
    with pytest.raises(DomainError) as refused:
        render_register(roster.build(data(line("王\U0010fffd明"))), chain)
    assert refused.value.code == "document.missing_glyph"
