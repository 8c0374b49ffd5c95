"""人民调解口头协议登记表 — the mediator's record of an oral agreement (人民调解法 第二十八条,
第三十条; domain.md §4.8: "参照人民调解协议书填写")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.forms.common import PartyBlock, party_blocks
from mediation_desk.documents.kit import Kit, cn_date, money_text
from mediation_desk.documents.pdf import Paper
from mediation_desk.domain.money import annotate_amounts

TITLE = "人民调解口头协议登记表"
EFFECT_CLAUSE = "（本协议自各方当事人达成之日起生效）"
# Why the committee keeps this sheet at all, and where the effect rule comes from.
LAW_NOTE = ("注：当事人认为无需制作调解协议书的，可以采取口头协议方式，人民调解员应当记录协议内容"
            "（《中华人民共和国人民调解法》第二十八条）；口头调解协议自各方当事人达成协议之日起生效"
            "（同法第三十条）。")


@dataclass(frozen=True)
class OralAgreementData:
    committee_name: str = ""
    number: str = ""
    parties: tuple[PartyBlock, ...] = ()
    summary: str = ""
    terms: tuple[str, ...] = ()
    performance_manner: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    performance_items: tuple[str, ...] = ()
    amount_fen: int = 0
    reached_on: date | None = None
    mediators: tuple[str, ...] = ()
    recorder: str = ""

    @property
    def blank(self) -> bool:
        return not self.parties and not self.terms and not self.number


Data = OralAgreementData


def _performance(kit: Kit, d: OralAgreementData) -> list[Flowable]:
    out: list[Flowable] = [kit.label("履行方式、时限：")]
    out += kit.paras(annotate_amounts(d.performance_manner), blank_lines=0)
    out += kit.items([annotate_amounts(i) for i in d.performance_items], blank_lines=0)
    details = []
    if d.performance_place:
        details.append(kit.field("履行地点：", d.performance_place))
    if d.performance_deadline:
        details.append(kit.field("履行期限：", cn_date(d.performance_deadline) + "前"))
    if details:
        out.append(kit.line(*details, style=kit.text))
    if d.amount_fen:
        out.append(kit.para("本协议涉及金额共计" + money_text(d.amount_fen) + "。"))
    if len(out) == 1:
        out += kit.writing_lines(2 if d.blank else 1)
    return out


def build(kit: Kit, d: OralAgreementData) -> Paper:
    story: list[Flowable] = [kit.title(TITLE), kit.number_line("编号：", d.number)]
    story += party_blocks(kit, "当事人", list(d.parties), at_least=2)
    story += [kit.gap(1), kit.label("纠纷简要情况：")]
    story += kit.paras(d.summary, blank_lines=3)
    story += [kit.label("口头协议内容：")]
    story += kit.items([annotate_amounts(t) for t in d.terms], blank_lines=3)
    story += _performance(kit, d)
    reached = cn_date(d.reached_on) if d.reached_on else ""
    story += [kit.line(kit.field("协议达成日期：", reached) + kit.m(EFFECT_CLAUSE)),
              kit.gap(1), Paragraph(kit.m(LAW_NOTE), kit.small)]
    closing: list[Flowable] = [
        kit.gap(3),
        kit.signatures(
            kit.labelled("当事人（签名，可选）：", [p.name for p in d.parties], 2),
            kit.labelled("人民调解员（签名）：", list(d.mediators), 1)
            + [("登记人/记录人（签名）：", d.recorder)]),
        *kit.seal_and_date(d.reached_on),
    ]
    story.append(kit.keep(closing))
    return Paper(code="oral_agreement", title=TITLE, story=story, number=d.number)
