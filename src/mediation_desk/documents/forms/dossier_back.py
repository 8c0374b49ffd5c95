"""卷宗封底 as 卷内备考表 (domain.md §4.1 item 13): how many papers and pages the volume holds,
notes on it, and who made it up and checked it, in one ruled box."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from mediation_desk.documents.kit import BODY_LEADING, Kit, cn_date, spaced
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper

TITLE = "卷内备考表"
NOTE_LINES = 10
PAD = 6 * mm
BOX_HEIGHT = 200 * mm  # what is left of the sheet under the title and 卷号


@dataclass(frozen=True)
class DossierBackData:
    volume_no: str = ""
    papers: int = 0
    """Documents (文件材料) in the volume; 0 leaves the count to write in."""
    pages: int = 0
    note: str = ""
    """说明: what a reader of the volume should know; ruled lines when empty."""
    compiled_by: str = ""
    checked_by: str = ""
    compiled_on: date | None = None


Data = DossierBackData


def _ruled(kit: Kit, n: int, width: float) -> Table:
    """``n`` lines to write on, exactly ``width`` wide (the box's inside, not the page)."""
    return Table([[""]] * n, colWidths=[width], rowHeights=[BODY_LEADING + 4] * n,
                 style=kit.table_style(("LINEBELOW", (0, 0), (-1, -1), 0.5, "black")))


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, BOX_HEIGHT)[1] for f in flowables)


def build(kit: Kit, d: DossierBackData) -> Paper:
    inner = FRAME_WIDTH - 2 * PAD
    count = kit.line(kit.m("本卷共有文件材料") + kit.value(d.papers or "", 3)
                     + kit.m("件，共") + kit.value(d.pages or "", 3) + kit.m("页。"),
                     style=kit.text)
    top: list[Flowable] = [count, kit.gap(4), kit.label("说明：")]
    lines = [ln for ln in d.note.split("\n") if ln.strip()]
    top += [kit.para(ln) for ln in lines] if lines else [_ruled(kit, NOTE_LINES, inner)]
    signed = [Paragraph(kit.field("立卷人：", d.compiled_by, 6), kit.right),
              kit.gap(3),
              Paragraph(kit.field("检查人：", d.checked_by, 6), kit.right),
              kit.gap(3),
              Paragraph(kit.m("立卷时间：") + kit.m(cn_date(d.compiled_on)), kit.right)]
    # The box fills the sheet as the printed form does, signatures at its foot; a long
    # 说明 just makes it longer (it may then run on to a second sheet).
    room = BOX_HEIGHT - 2 * PAD - _height(top, inner) - _height(signed, inner)
    body = [*top, Spacer(1, max(room, 10 * mm)), *signed]
    box = Table([[body]], colWidths=[FRAME_WIDTH], splitInRow=1,
                style=kit.table_style(("BOX", (0, 0), (-1, -1), 0.8, "black"),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      *[(side, (0, 0), (-1, -1), PAD) for side in
                                        ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING",
                                         "BOTTOMPADDING")]))
    story: list[Flowable] = [Paragraph(kit.m(spaced("卷内备考表", 2)), kit.title_style),
                             kit.number_line("卷号：", d.volume_no, 14), kit.gap(2), box]
    return Paper(code="dossier_back", title=TITLE, story=story, number=d.volume_no)
