"""A committee register printed as one wide table on landscape A4 (名册, 值班表 …).

The forms in ``documents/forms`` are portrait papers; a register has a dozen columns and
needs the long side. Like every paper: the title on the first page, a continuation line and
the repeated column headings on the next ones, "第X页 共Y页" on each, and a refusal before any
page is drawn if a character has no glyph in any font."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.kit import Kit
from mediation_desk.documents.markup import clean
from mediation_desk.documents.pdf import RenderedPdf
from mediation_desk.domain.errors import DomainError

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CELL_SIZE = 9.5  # twelve columns of Chinese text on 267 mm
GREY = Color(0.35, 0.35, 0.35)
HEAD_FILL = Color(0.9, 0.9, 0.9)


@dataclass(frozen=True)
class Register:
    """What a register prints: headings, one row of texts per entry, relative widths."""

    title: str
    lines: Sequence[str]  # under the title: committee, date … (left and right halves)
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    notes: Sequence[str] = field(default_factory=tuple)
    centred: Sequence[int] = field(default_factory=tuple)  # columns set centred


def render_register(reg: Register, chain: FontChain, *, author: str = "") -> RenderedPdf:
    kit = Kit(chain)
    return build_landscape(kit, _story(kit, reg), reg.title, author=author)


def build_landscape(kit: Kit, story: list[Any], title: str, *,
                    author: str = "") -> RenderedPdf:
    """Lay out any story made with ``kit`` as a landscape register (furniture as above);
    refuses, before any page, if ``kit`` met a character no font has."""
    chain = kit.chain
    if kit.m.missing:
        raise DomainError("document.missing_glyph", None, chars=kit.m.missing.names(),
                          context=kit.m.missing.contexts(), fonts="、".join(chain.describe()))
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=landscape(A4), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=clean(title),
        author=clean(author), creator="调解工作台 Mediation Desk", subject=clean(title),
        lang="zh-CN", initialFontName=chain.main_name)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH,
                  PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="register", frames=[frame])])
    counter: list[int] = []
    doc.build(story, canvasmaker=_canvas_class(chain.main_name, title, counter))
    return RenderedPdf(data=buf.getvalue(), pages=counter[0] if counter else 0,
                       paper_pages=((1, counter[0] if counter else 0),))


def _story(kit: Kit, reg: Register) -> list[Any]:
    font = kit.chain.main_name
    cell = ParagraphStyle("reg-cell", fontName=font, fontSize=CELL_SIZE,
                          leading=CELL_SIZE * 1.45, wordWrap="CJK", alignment=TA_LEFT)
    centre = ParagraphStyle("reg-cell-c", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("reg-head", parent=centre, fontSize=CELL_SIZE + 0.5)
    line = ParagraphStyle("reg-line", fontName=font, fontSize=11, leading=18,
                          wordWrap="CJK")
    note = ParagraphStyle("reg-note", parent=line, fontSize=9, leading=14)
    story: list[Any] = [kit.title(reg.title)]
    if reg.lines:
        halves = [Paragraph(kit.m(t), line) for t in reg.lines]
        row = [halves[0], Paragraph(kit.m("　".join(reg.lines[1:])),
                                    ParagraphStyle("reg-line-r", parent=line,
                                                   alignment=2))] \
            if len(halves) > 1 else [halves[0], ""]
        story += [Table([row], colWidths=[FRAME_WIDTH / 2] * 2,
                        style=kit.table_style(("LEFTPADDING", (0, 0), (-1, -1), 0),
                                              ("RIGHTPADDING", (0, 0), (-1, -1), 0))),
                  Spacer(1, 2 * mm)]
    total = sum(reg.widths)
    widths = [FRAME_WIDTH * w / total for w in reg.widths]
    data = [[Paragraph(kit.m(h), head) for h in reg.headers]]
    for r in reg.rows:
        data.append([Paragraph(kit.m(v or ""), centre if c in reg.centred else cell)
                     for c, v in enumerate(r)])
    if not reg.rows:
        data.append([Paragraph(kit.m("（无）"), centre)] + [""] * (len(reg.headers) - 1))
    story.append(Table(data, colWidths=widths, repeatRows=1, splitInRow=1, style=kit.table_style(
        ("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3))))
    if reg.notes:
        story.append(Spacer(1, 3 * mm))
        story += [Paragraph(kit.m(n), note) for n in reg.notes]
    return story


def _canvas_class(font: str, title: str, counter: list[int]) -> type[Canvas]:
    """Pages are held back until the end, so each can say how many there are."""

    class RegisterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._reg_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._reg_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._reg_pages)
            counter.append(total)
            for number, state in enumerate(self._reg_pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(font, 10.5)
                self.drawCentredString(PAGE_WIDTH / 2, 9 * mm, f"第{number}页 共{total}页")
                if number > 1:
                    self.setFillColor(GREY)
                    self.setFont(font, 9)
                    self.drawRightString(PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 12 * mm,
                                         f"{clean(title)}（续）")
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return RegisterCanvas
