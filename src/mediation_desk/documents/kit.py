"""The pieces every form is built from: title, number line, labelled fields, body text,
handwriting lines, grids, signature places, seal and date.

Every string goes through :class:`Markup` (escaped, font-checked), so a form module never
writes reportlab markup from user text itself. A value left empty prints as a blank line to
write on, which is how the same form module also gives the blank paper for handwriting."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.markup import Markup
from mediation_desk.documents.pdf import FRAME_WIDTH
from mediation_desk.domain.money import format_yuan, to_chinese_capital

BODY_SIZE = 12  # 小四
BODY_LEADING = 22
TITLE_SIZE = 22  # 二号
CHECKED, UNCHECKED = "■", "□"
# Numbering people type themselves ("1、", "2.", "（3）", "四、"): the paper numbers the
# entries, so a typed number would print twice ("1、1、…").
_TYPED_NUMBER = re.compile(r"^\s*(?:[（(]\s*[0-9一二三四五六七八九十]+\s*[）)]|"
                           r"(?:[0-9]+|[一二三四五六七八九十]+)\s*[、.．:：)）])\s*")


def cn_date(d: date | None) -> str:
    """``2026年11月21日``; a blank date to fill in by hand when there is none."""
    if d is None:
        return "　　　　年　　月　　日"
    return f"{d.year}年{d.month}月{d.day}日"


def spaced(text: str, quarters: int) -> str:
    """A title letter-spaced by ``quarters`` quarter-ems (no-break spaces, which reportlab
    keeps, unlike runs of ordinary or ideographic spaces)."""
    return ("\xa0" * quarters).join(text)


def money_text(fen: int) -> str:
    """``人民币12,000.00元（大写：壹万贰仟元整）``."""
    return f"人民币{format_yuan(fen)}元（大写：{to_chinese_capital(fen).removeprefix('人民币')}）"


class Kit:
    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self.m = Markup(chain)
        font = chain.main_name
        self.body = ParagraphStyle("md-body", fontName=font, fontSize=BODY_SIZE,
                                   leading=BODY_LEADING, wordWrap="CJK", alignment=TA_JUSTIFY)
        self.text = ParagraphStyle("md-text", parent=self.body, firstLineIndent=2 * BODY_SIZE)
        self.item = ParagraphStyle("md-item", parent=self.body, leftIndent=2 * BODY_SIZE,
                                   firstLineIndent=-BODY_SIZE)
        self.title_style = ParagraphStyle("md-title", fontName=font, fontSize=TITLE_SIZE,
                                          leading=TITLE_SIZE * 1.5, alignment=TA_CENTER,
                                          wordWrap="CJK", spaceAfter=4 * mm)
        self.sub_style = ParagraphStyle("md-sub", parent=self.body, alignment=TA_CENTER,
                                        fontSize=14, leading=22)
        self.right = ParagraphStyle("md-right", parent=self.body, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("md-cell", parent=self.body, fontSize=11, leading=18,
                                   alignment=TA_LEFT)
        self.cell_center = ParagraphStyle("md-cell-c", parent=self.cell, alignment=TA_CENTER)
        self.small = ParagraphStyle("md-small", parent=self.body, fontSize=9, leading=14)

    def table_style(self, *commands: tuple) -> TableStyle:
        """A table style whose cells, even empty ones, use our font (reportlab's default is
        Helvetica, which would be one more, unembedded, font in the file)."""
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.chain.main_name), *commands])

    # -- inline pieces (markup strings) -------------------------------------------------

    def value(self, v: object, blank: int = 8) -> str:
        """A filled-in value, underlined; or a blank of ``blank`` full-width characters."""
        text = "" if v is None else str(v).strip()
        if not text:
            return "_" * (2 * blank)
        return f"<u>{self.m(text, keep_lines=False)}</u>"

    def field(self, label: str, v: object, blank: int = 8) -> str:
        return f"{self.m(label)}{self.value(v, blank)}"

    def choice(self, options: Sequence[tuple[str, str]], chosen: str | None) -> str:
        """``■当事人申请　□人民调解委员会主动调解`` (chosen by code)."""
        return "　".join(f"{CHECKED if code == chosen else UNCHECKED}{self.m(label)}"
                        for code, label in options)

    # -- flowables ----------------------------------------------------------------------

    def title(self, text: str) -> Paragraph:
        return Paragraph(self.m(text), self.title_style)

    def subtitle(self, text: str) -> Paragraph:
        return Paragraph(self.m(text), self.sub_style)

    def number_line(self, label: str, number: str, blank: int = 14) -> Paragraph:
        return Paragraph(self.field(label, number, blank), self.right)

    def line(self, *pieces: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A line of already-made inline pieces (from :meth:`field`, :meth:`value` ...)."""
        return Paragraph("　".join(p for p in pieces if p), style or self.body)

    def label(self, text: str) -> Paragraph:
        return Paragraph(self.m(text), self.body)

    def para(self, text: str, *, indent: bool = True) -> Paragraph:
        return Paragraph(self.m(text), self.text if indent else self.body)

    def paras(self, text: str, *, blank_lines: int = 3) -> list[Flowable]:
        """Free text as indented paragraphs, one per typed line; handwriting lines if empty."""
        lines = [ln for ln in (text or "").split("\n") if ln.strip()]
        if not lines:
            return self.writing_lines(blank_lines)
        return [self.para(ln) for ln in lines]

    def items(self, entries: Sequence[str], *, blank_lines: int = 3,
              numbered: bool = True) -> list[Flowable]:
        """``1、…`` ``2、…``: numbered entries with a hanging indent."""
        shown = [e for e in entries if e and e.strip()]
        if not shown:
            return [Paragraph(f"{i}、" + "_" * 60, self.item) if numbered else
                    Paragraph("_" * 64, self.body) for i in range(1, blank_lines + 1)]
        if numbered:
            shown = [_TYPED_NUMBER.sub("", e, count=1) or e for e in shown]
        return [Paragraph((f"{i}、" if numbered else "") + self.m(e), self.item)
                for i, e in enumerate(shown, start=1)]

    def writing_lines(self, n: int) -> list[Flowable]:
        return [_Rule(FRAME_WIDTH, BODY_LEADING) for _ in range(n)]

    def gap(self, height_mm: float = 3) -> Spacer:
        return Spacer(1, height_mm * mm)

    def grid(self, rows: Sequence[Sequence[object]], widths: Sequence[float], *,
             label_cols: Sequence[int] = (0,), spans: Sequence[tuple] = (),
             min_heights: dict[int, float] | None = None) -> Table:
        """A ruled table. Strings become cell paragraphs (label columns centred); a row
        taller than a page splits inside the row, so no text is ever cut off."""
        cells: list[list[object]] = []
        for row in rows:
            out: list[object] = []
            for c, v in enumerate(row):
                if isinstance(v, str):
                    style = self.cell_center if c in label_cols else self.cell
                    out.append(Paragraph(self.m(v), style))
                else:
                    out.append(v)
            cells.append(out)
        total = sum(widths)
        col_widths = [FRAME_WIDTH * w / total for w in widths]
        for i, min_height in (min_heights or {}).items():
            self._at_least(cells[i], col_widths, min_height)
        # Top-aligned: reportlab misplaces middle-aligned content of a row split over pages.
        style: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.6, "black"),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        style += [("SPAN", *s) for s in spans]
        return Table(cells, colWidths=col_widths, splitInRow=1,
                     repeatRows=0, style=self.table_style(*style))

    @staticmethod
    def _at_least(row: list[object], col_widths: Sequence[float], height: float) -> None:
        """Make a row at least ``height`` tall (room to write by hand) while letting longer
        text grow the row and split over pages; reportlab's rowHeights would fix the height
        and let long text run off the page."""
        padding = 8  # top + bottom cell padding of grid()
        needed = 0.0
        for c, cell in enumerate(row):
            if isinstance(cell, Flowable):
                needed = max(needed, cell.wrap(col_widths[c] - 12, 10**6)[1])
        deficit = height - padding - needed
        last = len(row) - 1
        if deficit > 0 and isinstance(row[last], Flowable):
            row[last] = [row[last], Spacer(1, deficit)]

    def cell_text(self, text: str, blank_lines: int = 0) -> Paragraph:
        """A cell's free text (line breaks kept), or room to write by hand."""
        if not (text or "").strip():
            return Paragraph("<br/>" * blank_lines or "&nbsp;", self.cell)
        return Paragraph(self.m(text), self.cell)

    def signatures(self, left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]]
                   ) -> Table:
        """Two columns of signature places: (label, printed name) pairs; a name prints before
        the line so each person signs in their own place."""
        def column(entries: Sequence[tuple[str, str]]) -> list[Paragraph]:
            out = []
            for label, name in entries:
                text = self.m(label) if label else ""
                if name:
                    text += ("<br/>" if text else "") + "　" + self.m(name, keep_lines=False)
                out.append(Paragraph(text + "<br/>　" + "_" * 22, self.body))
            return out

        lcol, rcol = column(left), column(right)
        n = max(len(lcol), len(rcol))
        rows = [[lcol[i] if i < len(lcol) else "", rcol[i] if i < len(rcol) else ""]
                for i in range(n)]
        return Table(rows, colWidths=[FRAME_WIDTH / 2] * 2, splitInRow=1,
                     style=self.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                            ("BOTTOMPADDING", (0, 0), (-1, -1), 8)))

    @staticmethod
    def labelled(label: str, names: Sequence[str], at_least: int) -> list[tuple[str, str]]:
        """Signature entries under one label: the label on the first place, one place per
        name, and blank places up to ``at_least``."""
        shown = list(names) + [""] * max(0, at_least - len(names))
        return [(label if i == 0 else "", n) for i, n in enumerate(shown)]

    def date(self, on: date | None) -> str:
        """The date, or underlined gaps to write it in by hand."""
        if on is None:
            return "_" * 8 + self.m("年") + "_" * 4 + self.m("月") + "_" * 4 + self.m("日")
        return self.m(cn_date(on))

    def seal_and_date(self, on: date | None, seal: str = "（人民调解委员会印）", *,
                      write_in: bool = False) -> list[Flowable]:
        """Right-aligned seal place and date; ``write_in`` gives a blank date underlined
        gaps (:meth:`date`) instead of spaced ones."""
        if write_in:
            out: list[Flowable] = [Paragraph(self.m(seal), self.right)] if seal else []
            return out + [Paragraph(self.date(on), self.right)]
        out = []
        if seal:
            out.append(Paragraph(self.m(seal) + "　　　", self.right))
        out.append(Paragraph(self.m(cn_date(on)) + "　　　", self.right))
        return out

    def keep(self, flowables: Sequence[Flowable]) -> KeepTogether:
        return KeepTogether(list(flowables))


class _Rule(Flowable):
    """One ruled line to write on."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self._drawn_width = width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        # Inside a table cell the available width is the cell's, not the page's.
        self._drawn_width = min(self.width, aw)
        return self._drawn_width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 3, self._drawn_width, 3)
