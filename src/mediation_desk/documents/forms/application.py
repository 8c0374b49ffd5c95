"""人民调解申请书 — a party's application for mediation (人民调解法 第十七条; domain.md §4.2,
2010 format). The standard party block has no ID number: identity proof is filed separately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.forms.common import PartyBlock, party_blocks
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import Paper

TITLE = "人民调解申请书"
COMMITTEE = "人民调解委员会"
DECLARATION = ("人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会"
               "进行调解。")


@dataclass(frozen=True)
class ApplicationData:
    committee_name: str = ""
    number: str = ""
    applicants: tuple[PartyBlock, ...] = ()
    respondents: tuple[PartyBlock, ...] = ()
    facts: str = ""
    requests: tuple[str, ...] = ()
    received_on: date | None = None


Data = ApplicationData


def committee_header(kit: Kit, name: str) -> Flowable:
    """The committee the paper is addressed to; a line to write its name on when blank."""
    if name.strip():
        return kit.subtitle(name)
    return kit.line(kit.value("", 8) + kit.m(COMMITTEE), style=kit.sub_style)


def date_markup(kit: Kit, on: date | None) -> str:
    """The date, or underlined gaps to write it in (paragraphs collapse the full-width spaces
    of a blank ``cn_date``, which would leave "年 月 日" with no room)."""
    if on is None:
        return "_" * 8 + kit.m("年") + "_" * 4 + kit.m("月") + "_" * 4 + kit.m("日")
    return kit.m(cn_date(on))


def seal_and_date(kit: Kit, on: date | None, seal: str = "（人民调解委员会印）"
                  ) -> list[Flowable]:
    """Right-aligned seal place and date, the date writable by hand when blank."""
    out: list[Flowable] = [Paragraph(kit.m(seal), kit.right)] if seal else []
    return out + [Paragraph(date_markup(kit, on), kit.right)]


def build(kit: Kit, d: ApplicationData) -> Paper:
    story: list[Flowable] = [committee_header(kit, d.committee_name), kit.title(TITLE),
                             kit.number_line("编号：", d.number)]
    story += party_blocks(kit, "申请人", list(d.applicants), at_least=1)
    story += party_blocks(kit, "被申请人", list(d.respondents), at_least=1)
    story += [kit.gap(1), kit.label("纠纷简要情况陈述：")]
    story += kit.paras(d.facts, blank_lines=6)
    story += [kit.label("当事人申请事项：")]
    story += kit.items(d.requests, blank_lines=3)
    names = [p.name for p in d.applicants]
    story.append(kit.keep([
        kit.gap(2), kit.para(DECLARATION), kit.gap(4),
        kit.signatures([], kit.labelled("申请人（签名盖章或按指印）：", names, 1)),
        *seal_and_date(kit, d.received_on, seal=""),
    ]))
    return Paper(code="application", title=TITLE, story=story, number=d.number)
