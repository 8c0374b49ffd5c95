"""调解卷宗封面 — the dossier cover (domain.md §4.1, 调解卷宗 template).

Laid out as a cover, not a form: the committee and the title high on the sheet, the file
particulars in a centred block of ruled lines below, everything kept on one sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table

from mediation_desk.documents.kit import Kit, cn_date, spaced
from mediation_desk.documents.pdf import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT, Paper

TITLE = "调解卷宗"
COMMITTEE_SUFFIX = "人民调解委员会"
BLANK_NUMBER = "（　　　　）人调字第　　　　号"
FIELD_SIZE = 15
BLOCK_WIDTH = 140 * mm


def _date(kit: Kit, on: date | None) -> str:
    """The date, or its blank: a little narrower than :func:`cn_date`'s, so that a span of
    two blank dates fits the cover's line."""
    if on is None:
        return "\xa0" * 6 + "年" + "\xa0" * 5 + "月" + "\xa0" * 5 + "日"
    return kit.m(cn_date(on))


@dataclass(frozen=True)
class DossierCoverData:
    committee_name: str = ""
    volume_title: str = ""
    """卷名, e.g. 王某与李某邻里纠纷."""
    volume_no: str = ""
    """卷号: the case number ``（2026）青石人调字第001号``."""
    mediators: tuple[str, ...] = ()
    mediated_from: date | None = None
    mediated_to: date | None = None
    compiled_by: str = ""
    compiled_on: date | None = None
    retention: str = ""
    """保管期限 as it prints (长期 …)."""
    remarks: str = ""


Data = DossierCoverData


def _committee(kit: Kit, name: str, style: ParagraphStyle) -> Paragraph:
    """``青石村人民调解委员会``; a blank to write the committee's name before the suffix."""
    name = name.strip()
    if not name:
        return Paragraph("_" * 20 + kit.m(COMMITTEE_SUFFIX), style)
    if not name.endswith(COMMITTEE_SUFFIX):
        name += COMMITTEE_SUFFIX
    return Paragraph(kit.m(name), style)


def _date_span(kit: Kit, d: DossierCoverData) -> str:
    return _date(kit, d.mediated_from) + "\xa0\xa0至\xa0\xa0" + _date(kit, d.mediated_to)


def _particulars(kit: Kit, d: DossierCoverData) -> Table:
    """Label and value on a ruled line each; the rule is the line to write on when blank."""
    label = ParagraphStyle("md-cover-label", parent=kit.body, fontSize=FIELD_SIZE,
                           leading=FIELD_SIZE * 1.5)
    value = ParagraphStyle("md-cover-value", parent=label, alignment=TA_CENTER)
    text = kit.m
    rows = [
        ("卷　　名", text(d.volume_title)),
        ("卷　　号", text(d.volume_no or BLANK_NUMBER)),
        ("人民调解员", text("、".join(n for n in d.mediators if n))),
        ("调解日期", _date_span(kit, d)),
        ("立\xa0\xa0卷\xa0\xa0人", text(d.compiled_by)),  # half-em gaps: as wide as 卷　　名
        ("立卷日期", _date(kit, d.compiled_on)),
        ("保管期限", text(d.retention)),
        ("备　　注", text(d.remarks)),
    ]
    cells = [[Paragraph(kit.m(f"{name}："), label), Paragraph(v, value)]
             for name, v in rows]
    return Table(cells, colWidths=[BLOCK_WIDTH * 0.26, BLOCK_WIDTH * 0.74],
                 hAlign="CENTER",
                 style=kit.table_style(("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                       ("LINEBELOW", (1, 0), (1, -1), 0.6, "black"),
                                       ("LEFTPADDING", (0, 0), (0, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 15),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))


def build(kit: Kit, d: DossierCoverData) -> Paper:
    committee = ParagraphStyle("md-cover-committee", parent=kit.body, fontSize=20, leading=30,
                               alignment=TA_CENTER)
    title = ParagraphStyle("md-cover-title", parent=committee, fontSize=40, leading=56)
    story: list[Flowable] = [
        kit.gap(22), _committee(kit, d.committee_name, committee), kit.gap(16),
        Paragraph(kit.m(spaced("调解卷宗", 3)), title), kit.gap(34), _particulars(kit, d),
    ]
    # A very long 卷名 or list of mediators shrinks the cover rather than spill to a 2nd sheet.
    frame_height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 2 * mm
    cover = KeepInFrame(FRAME_WIDTH, frame_height, story, mode="shrink")
    return Paper(code="dossier_cover", title=TITLE, story=[cover], number=d.volume_no)
