"""人民调解调查记录 — one investigation: who was asked what, where and when (domain.md §4.5).
The questions and answers print as typed, line by line, over as many sheets as they need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from mediation_desk.documents.kit import BODY_SIZE, Kit, cn_date
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper

TITLE = "人民调解调查记录"
CONFIRMATION = "以上记录已阅（已向我宣读），与我所说相符。"
# Paragraphs collapse runs of whitespace, U+3000 included; no-break spaces keep their width.
GAP = "&nbsp;" * 8


def fields_line(kit: Kit, *fields: tuple[str, str]) -> Flowable:
    """Labelled values sharing one line; on a blank paper each blank is sized to fill its
    share of the line, so the lines end together and none wraps."""
    font, size = kit.chain.main_name, BODY_SIZE
    slack = 4  # rounding: a line a hair too long would wrap
    share = (FRAME_WIDTH - slack - stringWidth("\u00a0" * 8, font, size) * (len(fields) - 1)
             ) / len(fields)
    underscore = stringWidth("_", font, size)
    pieces = []
    for label, value in fields:
        if value.strip():
            pieces.append(kit.field(label, value))
        else:
            room = share - stringWidth(label, font, size)
            pieces.append(kit.m(label) + "_" * max(6, int(room // underscore)))
    return kit.line(GAP.join(pieces))


@dataclass(frozen=True)
class InvestigationData:
    number: str = ""
    held_on: date | None = None
    place: str = ""
    investigators: tuple[str, ...] = ()
    recorder: str = ""
    interviewee: str = ""
    relation: str = ""
    present: str = ""
    content: str = ""


Data = InvestigationData


def _header(kit: Kit, d: InvestigationData) -> list[Flowable]:
    when = cn_date(d.held_on) if d.held_on else ""
    return [
        fields_line(kit, ("时间：", when), ("地点：", d.place)),
        fields_line(kit, ("调查人：", "、".join(d.investigators)), ("记录人：", d.recorder)),
        fields_line(kit, ("被调查人：", d.interviewee), ("与当事人关系：", d.relation)),
        fields_line(kit, ("在场人：", d.present)),
    ]


def build(kit: Kit, d: InvestigationData) -> Paper:
    story: list[Flowable] = [kit.title(TITLE), kit.number_line("编号：", d.number)]
    story += _header(kit, d)
    story += [kit.gap(2), kit.label("调查内容：")]
    story += kit.paras(d.content, blank_lines=16)
    story.append(kit.keep([
        kit.gap(4), kit.para(CONFIRMATION, indent=False), kit.gap(2),
        kit.signatures(kit.labelled("被调查人（签名）：", [d.interviewee], 1),
                       kit.labelled("调查人（签名）：", list(d.investigators), 1)
                       + [("记录人（签名）：", d.recorder)]),
    ]))
    return Paper(code="investigation", title=TITLE, story=story, number=d.number)
