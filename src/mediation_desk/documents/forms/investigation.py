"""人民调解调查记录 — one investigation: who was asked what, where and when (domain.md §4.5).
The questions and answers print as typed, line by line, over as many sheets as they need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from mediation_desk.documents.forms.common import fields_line
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import Paper

TITLE = "人民调解调查记录"
CONFIRMATION = "以上记录已阅（已向我宣读），与我所说相符。"
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
