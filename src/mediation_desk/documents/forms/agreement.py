"""人民调解协议书 — the written agreement (人民调解法 第二十九条; domain.md §4.7, 2010 format)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Table

from mediation_desk.documents.forms.common import PartyBlock, party_blocks
from mediation_desk.documents.kit import Kit, cn_date, money_text
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper
from mediation_desk.documents.verify import QrCode, check_code, fingerprint, qr_payload
from mediation_desk.domain.money import annotate_amounts

TITLE = "人民调解协议书"
EFFECT_CLAUSE = ("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会"
                 "印章之日起生效。")


@dataclass(frozen=True)
class AgreementData:
    committee_name: str = ""
    number: str = ""
    parties: tuple[PartyBlock, ...] = ()
    facts_and_issues: str = ""
    terms: tuple[str, ...] = ()
    performance_manner: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    performance_items: tuple[str, ...] = ()
    amount_fen: int = 0
    copies: int = 0
    mediators: tuple[str, ...] = ()
    recorder: str = ""
    reached_on: date | None = None
    # Not part of the content fingerprint: which stored record and which edit of it.
    version: int = 0
    record_id: str = ""

    @property
    def blank(self) -> bool:
        return not self.parties and not self.terms and not self.number

    @property
    def copy_count(self) -> int:
        """Law Art. 29: one copy per party and one kept by the committee."""
        return self.copies or (len(self.parties) + 1 if self.parties else 0)


Data = AgreementData


def agreement_fingerprint(data: AgreementData) -> str:
    return fingerprint(data, exclude=("version", "record_id"))


def shorten(number: str, limit: int = 40) -> str:
    """The number as the check block repeats it: a real one is ~20 characters; the
    unsplittable block beside the QR code must not grow past a page."""
    return number if len(number) <= limit else number[:limit] + "…"


def check_line(data: AgreementData) -> str:
    return (f"核验码 {check_code(agreement_fingerprint(data))}　第{data.version}版　"
            f"编号 {data.number}")


def _performance(kit: Kit, d: AgreementData) -> list[Flowable]:
    out: list[Flowable] = [kit.label("履行方式、时限：")]
    if d.blank:
        return out + kit.writing_lines(3)
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
        out += kit.writing_lines(2)
    return out


def _verification(kit: Kit, d: AgreementData) -> Flowable:
    digest = agreement_fingerprint(d)
    text = kit.small
    lines = [kit.line(kit.m("核验信息：本协议书以下列核验码与人民调解委员会存档记录对应，"
                            "可扫描二维码或报核验码向乡镇（街道）司法所核对。"), style=text),
             kit.line(kit.m(f"编号：{shorten(d.number)}　版本：第{d.version}版"), style=text),
             kit.line(kit.m(f"核验码：{check_code(digest)}"), style=text)]
    qr = QrCode(qr_payload(d.number, d.version, digest, d.record_id))
    return Table([[qr, lines]], colWidths=[FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.8],
                 style=kit.table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOX", (0, 0), (-1, -1), 0.4, "grey")))


def build(kit: Kit, d: AgreementData) -> Paper:
    story: list[Flowable] = [kit.title(TITLE), kit.number_line("编号：", d.number)]
    story += party_blocks(kit, "当事人", list(d.parties), at_least=2)
    story += [kit.gap(1), kit.label("纠纷主要事实、争议事项：")]
    story += kit.paras(d.facts_and_issues, blank_lines=4)
    story += [kit.label("经调解，自愿达成如下协议：")]
    story += kit.items([annotate_amounts(t) for t in d.terms], blank_lines=4)
    story += _performance(kit, d)
    copies = kit.value(d.copy_count or "", 2)
    closing: list[Flowable] = [
        kit.line(f"本协议一式{copies}份，当事人、人民调解委员会各持一份。", style=kit.text),
        kit.para(EFFECT_CLAUSE), kit.gap(4),
        kit.signatures(
            kit.labelled("当事人（签名盖章或按指印）：", [p.name for p in d.parties], 2),
            kit.labelled("人民调解员（签名）：", list(d.mediators), 1)
            + [("记录人（签名）：", d.recorder)]),
        *kit.seal_and_date(d.reached_on),
    ]
    if not d.blank:
        closing += [kit.gap(3), _verification(kit, d)]
    story.append(kit.keep(closing))
    return Paper(code="agreement", title=TITLE, story=story, number=d.number,
                 check_line="" if d.blank else check_line(d))
