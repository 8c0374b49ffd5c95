"""人民调解申请书 — a party's application for mediation (人民调解法 第十七条; domain.md §4.2,
2010 format). The standard party block has no ID number: identity proof is filed separately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from mediation_desk.documents.forms.common import PartyBlock, committee_header, party_blocks
from mediation_desk.documents.kit import Kit
from mediation_desk.documents.pdf import Paper

TITLE = "人民调解申请书"
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
        *kit.seal_and_date(d.received_on, seal="", write_in=True),
    ]))
    return Paper(code="application", title=TITLE, story=story, number=d.number)
