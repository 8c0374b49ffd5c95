"""The written agreement, printed from a stored case: the 2010 format's headings, every party,
the clauses with amounts in capitals, the copy count, the check, page numbers and fonts."""

from __future__ import annotations

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.verify import check_code
from mediation_desk.services import agreements, papers
from tests.documents.conftest import (
    RARE_NAMES,
    WRITTEN,
    CaseMaker,
    flat,
    pdf_fonts,
    pdf_pages,
    pdf_text,
)


def test_agreement_has_the_format_the_parties_and_the_check(village: AppContext,
                                                            make_case: CaseMaker) -> None:
    case_id = make_case("agreed")
    pdf = papers.render_paper(village, case_id, "agreement")
    text = flat(pdf_text(pdf.data))
    for heading in ("人民调解协议书", "编号：", "当事人", "纠纷主要事实、争议事项：",
                    "经调解，自愿达成如下协议：", "履行方式、时限：",
                    "当事人（签名盖章或按指印）", "人民调解员（签名）", "记录人（签名）",
                    "（人民调解委员会印）", "2026年11月10日"):
        assert heading in text, heading
    for name in RARE_NAMES:
        assert name in text
    assert "13812345678" in text  # the paper carries the contact the form asks for
    assert "本协议一式3份，当事人、人民调解委员会各持一份。" in text
    assert "12000元（大写：壹万贰仟元整）" in text
    assert "人民币12,000.00元（大写：壹万贰仟元整）" in text
    assert f"核验码 {check_code(pdf.digest)}" in text
    pages = pdf_pages(pdf.data)
    assert len(pages) == pdf.pages
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页 共{len(pages)}页" in page
    fonts = pdf_fonts(pdf.data)
    # Only our font, only as embedded subsets (AAAAAA+...): no viewer substitutes anything.
    assert fonts and all(f.endswith("+MediationDeskSerifSC-Regular") for f in fonts), fonts


def test_signing_changes_the_version_not_the_digest(village: AppContext,
                                                   make_case: CaseMaker) -> None:
    case_id = make_case("mediating")
    agreements.record_agreement(village, case_id, {**WRITTEN, "sealed": False})
    first = papers.render_paper(village, case_id, "agreement")
    again = papers.render_paper(village, case_id, "agreement")
    assert (again.version, again.digest) == (first.version, first.digest)
    agreements.update_signatures(village, case_id, {"sealed": True, "signed_on": "2026-11-11"})
    signed = papers.render_paper(village, case_id, "agreement")
    assert signed.version > first.version
    assert signed.digest == first.digest  # seal and signatures are ink, not printed content


def test_printing_is_recorded_with_version_and_copies(village: AppContext,
                                                      make_case: CaseMaker) -> None:
    case_id = make_case("agreed")
    pdf = papers.render_paper(village, case_id, "agreement")
    papers.record_output(village, pdf, target="printer", destination="HP", copies=3)
    [out] = papers.outputs(village, case_id)
    assert (out.form, out.version, out.copies, out.digest) == ("agreement", pdf.version, 3,
                                                               pdf.digest)
    choice = next(c for c in papers.paper_choices(village, case_id) if c.form == "agreement")
    assert choice.outputs == 1 and choice.printed_version == pdf.version
    with pytest.raises(Exception) as bad:
        papers.record_output(village, pdf, target="printer", copies=0)
    assert getattr(bad.value, "code", "") == "paper.copies"
