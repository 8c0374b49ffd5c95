"""Builds papers into one A4 PDF: page furniture, per-paper "第X页 共Y页", dossier page numbers.

A PDF may hold one paper (a printed form) or many (the dossier, in index order). Each paper
counts its own pages; continuation pages repeat the paper's title and number so a loose sheet
can be put back, and an agreement's check line is on every sheet so one cannot be swapped in.
In a dossier every sheet also gets its archive page number (页号) in the top right corner."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.markup import clean

PAGE_WIDTH, PAGE_HEIGHT = A4
# GB/T 9704 page margins (top 37 mm is for a red-header official document; forms use less).
MARGIN_TOP = 28 * mm
MARGIN_BOTTOM = 26 * mm
MARGIN_LEFT = 28 * mm  # binding side
MARGIN_RIGHT = 26 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
GREY = Color(0.35, 0.35, 0.35)


@dataclass
class Paper:
    """One printed document: its story and what every one of its pages must carry."""

    code: str
    title: str
    story: list[Flowable]
    number: str = ""
    check_line: str = ""


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    paper_pages: tuple[tuple[int, int], ...]
    """First and last page (1-based, in the whole PDF) of each paper, in order."""


@dataclass
class _Layout:
    papers: list[Paper]
    chain: FontChain
    dossier_numbers: bool
    page_papers: list[int] = field(default_factory=list)


class _PaperStart(Flowable):
    """Zero-size mark that tells the canvas which paper the current page belongs to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._md_paper = self.index  # type: ignore[attr-defined]


def _canvas_class(layout: _Layout) -> type[Canvas]:
    class PaperCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._md_paper = 0
            self._md_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._md_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = self._md_pages
            totals: dict[int, int] = {}
            for state in pages:
                totals[state["_md_paper"]] = totals.get(state["_md_paper"], 0) + 1
            seen: dict[int, int] = {}
            for number, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                paper = state["_md_paper"]
                seen[paper] = seen.get(paper, 0) + 1
                layout.page_papers.append(paper)
                _decorate(self, layout, layout.papers[paper], seen[paper], totals[paper],
                          number)
                Canvas.showPage(self)
            Canvas.save(self)

    return PaperCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (header and footer lines are one line
    each; a long number must not run off the sheet)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = clean(text).replace("\n", " ")
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-max(1, len(text) // 10)]
    return text + "…"


def _decorate(c: Canvas, layout: _Layout, paper: Paper, page: int, total: int,
              sheet: int) -> None:
    font = layout.chain.main_name
    c.saveState()
    c.setFont(font, 10.5)
    c.drawCentredString(PAGE_WIDTH / 2, 14 * mm, f"第{page}页 共{total}页")
    c.setFillColor(GREY)
    if paper.check_line:
        c.setFont(font, 8)
        c.drawCentredString(PAGE_WIDTH / 2, 19.5 * mm,
                            _fit(paper.check_line, font, 8, FRAME_WIDTH))
    if page > 1:
        c.setFont(font, 9)
        head = f"{paper.title}（续）" + (f"　{paper.number}" if paper.number else "")
        c.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - 17 * mm,
                          _fit(head, font, 9, FRAME_WIDTH))
    if layout.dossier_numbers:
        c.setFillColor(Color(0, 0, 0))
        c.setFont(font, 12)
        c.drawRightString(PAGE_WIDTH - 14 * mm, PAGE_HEIGHT - 14 * mm, str(sheet))
    c.restoreState()


def build_pdf(papers: list[Paper], chain: FontChain, *, title: str, author: str = "",
              dossier_numbers: bool = False) -> RenderedPdf:
    """Lay the papers out, each starting on a new sheet. Header and footer strings are built
    from our own titles and numbers, which went through the same glyph check as the body."""
    if not papers:
        raise ValueError("no papers to build")
    layout = _Layout(papers=papers, chain=chain, dossier_numbers=dossier_numbers)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=clean(title),
        author=clean(author), creator="调解工作台 Mediation Desk", subject=clean(title),
        lang="zh-CN", initialFontName=chain.main_name)
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH,
                  PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="paper", frames=[frame])])
    story: list[Flowable] = []
    for i, paper in enumerate(papers):
        if i:
            story.append(PageBreak())
        story.append(_PaperStart(i))
        story.extend(paper.story)
    doc.build(story, canvasmaker=_canvas_class(layout))
    ranges: list[tuple[int, int]] = []
    for i in range(len(papers)):
        sheets = [n for n, p in enumerate(layout.page_papers, start=1) if p == i]
        ranges.append((sheets[0], sheets[-1]) if sheets else (0, 0))
    return RenderedPdf(data=buf.getvalue(), pages=len(layout.page_papers),
                       paper_pages=tuple(ranges))
