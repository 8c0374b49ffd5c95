"""Fonts never fail silently, and no typed text breaks or escapes the layout.

A character no font has stops the paper and is named; a station font fills a gap in the
bundled one; markup, control characters, direction overrides and 20,000-character texts
print as themselves, inside the page margins, over as many numbered pages as they need."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTPage

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.forms import agreement as ag
from mediation_desk.documents.forms.common import PartyBlock
from mediation_desk.documents.pdf import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH
from mediation_desk.documents.render import render
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import papers
from mediation_desk.services.case_register import register_case
from mediation_desk.wording.messages import describe
from tests.documents.conftest import flat, pdf_fonts, pdf_pages, pdf_text, rare_case_data

NO_FONT_HAS = "\U0010fffd"  # supplementary private use: no font maps it
PUA = "\ue000"


def agreement_pdf(chain: FontChain, **fields: object) -> bytes:
    values: dict[str, object] = {
        "number": "（2026）青石村人调字第001号", "reached_on": date(2026, 11, 21),
        "parties": (PartyBlock(name="王𠮷"), PartyBlock(name="李䶮堃")), "terms": ("双方和解。",),
        **fields}
    data = ag.AgreementData(**values)  # type: ignore[arg-type]
    return render(lambda kit: [ag.build(kit, data)], chain, title=ag.TITLE).data


def chars_by_page(data: bytes) -> list[tuple[LTPage, list[LTChar]]]:
    out = []
    for page in extract_pages(io.BytesIO(data)):
        chars: list[LTChar] = []
        stack = list(page)
        while stack:
            item = stack.pop()
            if isinstance(item, LTChar):
                chars.append(item)
            elif hasattr(item, "__iter__"):
                stack.extend(item)
        out.append((page, chars))
    return out


def assert_inside_margins(data: bytes) -> None:
    """Every glyph of the body lies between the left and right margins (1 pt slack), and
    on the page vertically."""
    for page, chars in chars_by_page(data):
        for ch in chars:
            if ch.get_text().isspace():
                continue  # trailing spaces of a line may hang into the margin, unseen
            assert ch.x0 >= MARGIN_LEFT - 1 and ch.x1 <= PAGE_WIDTH - MARGIN_RIGHT + 1, (
                ch.get_text(), ch.x0, ch.x1)
            assert ch.y0 >= 0 and ch.y1 <= page.height


def test_a_character_no_font_has_is_refused_and_named(village: AppContext) -> None:
    data = rare_case_data()
    data["parties"][0]["person"]["name"] = f"王{NO_FONT_HAS}明"
    case_id = register_case(village, data).summary.id
    with pytest.raises(DomainError) as refused:
        papers.render_paper(village, case_id, "application")
    err = refused.value
    assert err.code == "document.missing_glyph"
    assert "U+10FFFD" in err.params["chars"] and f"王{NO_FONT_HAS}明" in err.params["context"]
    sentence = " ".join(describe(err.to_dict(), "zh"))
    assert "U+10FFFD" in sentence and "fonts" in sentence
    assert papers.outputs(village, case_id) == []  # nothing was made, nothing logged


def test_a_station_font_fills_what_the_bundled_font_lacks(tmp_path: Path) -> None:
    bundled_only = FontChain()
    assert bundled_only.missing(PUA) == [PUA]
    fonts_dir = tmp_path / "fonts"
    fonts_dir.mkdir()
    make_font(fonts_dir / "StationExtra.ttf", PUA)
    chain = FontChain(fallbacks=[fonts_dir / "StationExtra.ttf"])
    pdf = agreement_pdf(chain, facts_and_issues=f"界桩编号{PUA}号")
    assert PUA in pdf_text(pdf)
    fonts = pdf_fonts(pdf)
    assert any(f.endswith("+StationExtra") for f in fonts), fonts
    assert any(f.endswith("+MediationDeskSerifSC-Regular") for f in fonts)


def test_markup_and_controls_print_as_text(tmp_path: Path) -> None:
    hostile = ('<b>加粗</b> &amp; <font name="Helvetica" size="80">大</font> ]]> '
               '<para>x</para> \x00\x07\x1b[31m 乙方\u202e元0001\u202c \ufeff<br/>')
    pdf = agreement_pdf(FontChain(), facts_and_issues=hostile,
                        terms=(hostile, "<img src='/etc/passwd'/>"))
    text = pdf_text(pdf)
    for literal in ("<b>加粗</b>", "&amp;", '<font name="Helvetica" size="80">大</font>',
                    "<para>x</para>", "<img src='/etc/passwd'/>", "<br/>"):
        assert literal in flat(text), literal
    for invisible in ("\x00", "\x07", "\x1b", "\u202e", "\ufeff"):
        assert invisible not in text
    assert all(f.endswith("+MediationDeskSerifSC-Regular") for f in pdf_fonts(pdf))
    assert_inside_margins(pdf)


@pytest.mark.parametrize("filler", ["甲", "abcdefghij", "𠮷乙 "])
def test_twenty_thousand_characters_flow_over_numbered_pages(filler: str) -> None:
    long = (filler * (20_000 // len(filler)))[:20_000]
    pdf = agreement_pdf(FontChain(), facts_and_issues=long,
                        terms=(long[:3000],))
    pages = pdf_pages(pdf)
    assert len(pages) > 5
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页 共{len(pages)}页" in page
    body = "".join(pages)
    typed = long + long[:3000]
    baseline = pdf_text(agreement_pdf(FontChain(), terms=("",)))
    for ch in set(filler.strip()):
        assert body.count(ch) == typed.count(ch) + baseline.count(ch), ch
    assert_inside_margins(pdf)


def test_huge_party_fields_split_instead_of_overflowing() -> None:
    big = PartyBlock(name="长" * 400, address="青石村" * 3000, occupation="x" * 500,
                     phone="1" * 300)
    data = ag.AgreementData(number="N", parties=(big, PartyBlock(name="乙")),
                            terms=("一",), reached_on=date(2026, 11, 21))
    pdf = render(lambda kit: [ag.build(kit, data)], FontChain(), title=ag.TITLE).data
    # Counted per character: a word cut by a page break has the footer between its halves.
    text = pdf_text(pdf)
    # The name prints twice: in the party block and at its signature place.
    assert text.count("村") == 3000 and text.count("长") == 800 and text.count("x") == 500
    assert_inside_margins(pdf)


def make_font(path: Path, char: str) -> None:
    """A one-glyph TrueType font (a filled square) mapping ``char``."""
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "box"])
    fb.setupCharacterMap({ord(char): "box"})
    pen = TTGlyphPen(None)
    for x, y in ((100, 0), (100, 800), (900, 800), (900, 0)):
        (pen.moveTo if x == 100 and y == 0 else pen.lineTo)((x, y))
    pen.closePath()
    box = pen.glyph()
    fb.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "box": box})
    fb.setupHorizontalMetrics({".notdef": (1000, 0), "box": (1000, 100)})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": "StationExtra", "styleName": "Regular",
                       "psName": "StationExtra"})
    fb.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    fb.save(str(path))


CODE_FIELDS = {"category", "criteria", "escalation_risk", "source", "source_code"}
# Fields the services accept up to 20,000 characters; every other text is a name or a
# short text (at most 200 characters, domain/commands.py).
LONG_FIELDS = {"facts", "facts_and_issues", "content", "summary", "measures", "suggestions",
               "terms", "performance_manner", "performance_items", "note", "notes",
               "litigation_note", "result", "requests", "satisfaction", "performance_status",
               "explanation", "remarks"}


def _hostile_values(data: object, text: str) -> object:
    """Every text field of a form's data (and of the parties in it) set to ``text``."""
    import dataclasses

    changes: dict[str, object] = {}
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        value = getattr(data, f.name)
        if f.name in CODE_FIELDS:
            # Codes come from the code tables (validated, at most 64 characters).
            changes[f.name] = (text[:64],) if isinstance(value, tuple) else text[:64]
        elif isinstance(value, tuple) and "PartyBlock" in str(f.type):
            changes[f.name] = (PartyBlock(name="王𠮷", address=text[:200],
                                          occupation=text[:50]),)
        elif isinstance(value, str) or str(f.type).startswith("tuple[str"):
            one = text if f.name in LONG_FIELDS else text[:200]
            changes[f.name] = (one, one) if isinstance(value, tuple) else one
    return dataclasses.replace(data, **changes)  # type: ignore[type-var]


@pytest.mark.parametrize("code", [f.code for f in __import__(
    "mediation_desk.documents.catalog", fromlist=["FORMS"]).FORMS])
def test_every_form_keeps_hostile_long_text_inside_the_page(code: str) -> None:
    from mediation_desk.documents.catalog import form

    spec = form(code)
    assert spec is not None
    text = ("<b>粗</b>&amp;\u202e" + "长文本" * 700 + "abc" * 300)
    data = _hostile_values(spec.blank_data(), text)
    pdf = render(lambda kit: [spec.build(kit, data)], FontChain(), title=spec.title).data
    pages = pdf_pages(pdf)
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页 共{len(pages)}页" in page
    assert "<b>粗</b>" in flat("".join(pages)) and "\u202e" not in "".join(pages)
    assert_inside_margins(pdf)
