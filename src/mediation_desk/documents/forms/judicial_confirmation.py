"""司法确认申请书 — the parties' joint application to a court to confirm their agreement
(人民调解法 第三十三条; 民事诉讼法 第二百零五条; 最高人民法院《关于人民调解协议司法确认程序的
若干规定》; domain.md §4.11).

Every party applies, so every party is an applicant with the identity number and the service
address the court asks for (规定 第三条)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table

from mediation_desk.documents.forms.common import PartyBlock
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper
from mediation_desk.domain.money import annotate_amounts

TITLE = "司法确认申请书"
BASIS = ("《中华人民共和国人民调解法》第三十三条、《中华人民共和国民事诉讼法》第二百零五条及"
         "最高人民法院《关于人民调解协议司法确认程序的若干规定》")
DECLARATION = ("申请人声明：申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；"
               "如因虚假陈述或者协议内容造成他人合法权益受损，申请人愿意承担相应的法律责任。")
TIME_LIMIT = ("注：双方当事人应当自调解协议生效之日起三十日内共同向人民法院申请司法确认"
              "（《中华人民共和国人民调解法》第三十三条）。")


@dataclass(frozen=True)
class JudicialConfirmationData:
    court_name: str = ""
    committee_name: str = ""
    number: str = ""
    applicants: tuple[PartyBlock, ...] = ()
    dispute: str = ""
    reached_on: date | None = None
    effective_on: date | None = None
    terms: tuple[str, ...] = ()
    performance_items: tuple[str, ...] = ()
    copies: int = 0
    deadline: date | None = None
    """The last day to apply: effective date + 30 days."""
    applied_on: date | None = None

    @property
    def blank(self) -> bool:
        return not self.applicants and not self.number


Data = JudicialConfirmationData


def _applicant(kit: Kit, p: PartyBlock) -> Flowable:
    """The 申请人 block as a court reads it: identity number, residence, service address."""
    if p.is_organisation:
        lines = [kit.line(kit.field("名称", p.name, 16)),
                 kit.line(kit.field("法定代表人或负责人", p.representative, 6)),
                 kit.line(kit.field("住所", p.address, 20))]
    else:
        lines = [kit.line(kit.field("姓名", p.name, 5), kit.field("性别", p.gender, 2),
                          kit.field("民族", p.ethnicity, 3), kit.field("年龄", p.age, 2)),
                 kit.line(kit.field("公民身份号码", p.id_number, 12)),
                 kit.line(kit.field("住址", p.address, 20))]
    # The service address is the party's to confirm (送达地址确认书); the residence is the
    # usual answer, so it is printed and the party strikes it out if it is wrong.
    lines.append(kit.line(kit.field("送达地址", p.address, 20)))
    lines.append(kit.line(kit.field("联系电话", p.phone, 8)))
    if p.agent_name:
        lines.append(kit.line(kit.field("委托代理人", p.agent_name, 5),
                              kit.field("联系电话", p.agent_phone, 8)))
    head = Paragraph(kit.m("申请人"), kit.body)
    return Table([[head, lines]], colWidths=[FRAME_WIDTH * 0.14, FRAME_WIDTH * 0.86],
                 splitInRow=1,
                 style=kit.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6)))


def _date_or_blank(kit: Kit, d: date | None) -> str:
    return kit.value(cn_date(d)) if d else "____年__月__日"


def _request(kit: Kit, d: JudicialConfirmationData) -> Paragraph:
    committee = kit.value(d.committee_name) if d.committee_name else "________人民调解委员会"
    return kit.line(f"请求确认申请人于{_date_or_blank(kit, d.reached_on)}经{committee}"
                    + kit.m("主持调解达成的人民调解协议有效。"), style=kit.text)


def _facts(kit: Kit, d: JudicialConfirmationData) -> list[Flowable]:
    if d.blank:
        return kit.writing_lines(6)
    number = f"（编号：{d.number}）" if d.number else ""
    out: list[Flowable] = [kit.para(
        f"申请人之间因{d.dispute or '纠纷'}，于{cn_date(d.reached_on)}经{d.committee_name}"
        f"主持调解，自愿达成人民调解协议{number}。该协议自{cn_date(d.effective_on)}起生效，"
        "主要内容如下：")]
    out += kit.items([annotate_amounts(t) for t in d.terms], blank_lines=2)
    if d.performance_items:
        out.append(kit.para("协议约定的履行事项如下："))
        out += kit.items([annotate_amounts(i) for i in d.performance_items], blank_lines=0)
    out.append(kit.para(f"该协议是申请人真实意思表示，内容不违反法律、行政法规的强制性规定，"
                        f"不损害国家利益、社会公共利益和他人合法权益。申请人依照{BASIS}的规定，"
                        "在调解协议生效之日起三十日内共同申请司法确认。"))
    return out


ENCLOSURES = ("当事人身份证明（居民身份证复印件或者营业执照、法定代表人身份证明）；",
              "与调解协议相关的财产权利证明；",
              "送达地址确认书；",
              "授权委托书（委托他人代为申请的）。")


def _enclosures(kit: Kit, d: JudicialConfirmationData) -> list[Flowable]:
    """规定 第三条: what goes to the court with the application."""
    copies = kit.value(d.copies or "", 2)
    first = Paragraph(f"1、{kit.m('人民调解协议书')}{copies}{kit.m('份；')}", kit.item)
    return [kit.label("附："), first,
            *(Paragraph(f"{i}、{kit.m(e)}", kit.item) for i, e in enumerate(ENCLOSURES, 2))]


def build(kit: Kit, d: JudicialConfirmationData) -> Paper:
    story: list[Flowable] = [kit.title(TITLE)]
    for p in (list(d.applicants) or [PartyBlock(), PartyBlock()]):
        story.append(_applicant(kit, p))
    story += [kit.gap(1), kit.label("请求事项："), _request(kit, d),
              kit.label("事实和理由：")]
    story += _facts(kit, d)
    story += [kit.para(DECLARATION), kit.gap(2)]
    court = (kit.value(d.court_name) if d.court_name else "________人民法院")
    names = [p.name for p in d.applicants]
    story.append(kit.keep([
        kit.line(kit.m("此致"), style=kit.text), kit.line(court), kit.gap(4),
        kit.signatures(kit.labelled("申请人（签名或者盖章、按指印）：", names[0::2], 1),
                       kit.labelled("申请人（签名或者盖章、按指印）：", names[1::2], 1)),
        *kit.seal_and_date(d.applied_on, seal="")]))
    limit = TIME_LIMIT
    if d.deadline:
        limit += f"本协议申请司法确认的最后一日为{cn_date(d.deadline)}。"
    closing: list[Flowable] = [kit.gap(3), *_enclosures(kit, d), kit.gap(2),
                               Paragraph(kit.m(limit), kit.small)]
    story.append(kit.keep(closing))
    return Paper(code="judicial_confirmation", title=TITLE, story=story, number=d.number)
