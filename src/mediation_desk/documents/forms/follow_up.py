"""人民调解回访记录 — one follow-up visit after an agreement (人民调解法 第三十一条;
domain.md §4.9)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import Paper

TITLE = "人民调解回访记录"
RISK_CHOICES = (("yes", "有"), ("no", "无"))


@dataclass(frozen=True)
class FollowUpData:
    committee_name: str = ""
    parties: str = ""
    """The visited party's name, or every party's names when the visit was to all."""
    agreement_number: str = ""
    reason: str = ""
    performance_status: str = ""
    satisfaction: str = ""
    litigation_note: str = ""
    risk_found: bool | None = None
    """None on the blank paper: neither box ticked."""
    measures: str = ""
    note: str = ""
    visitor: str = ""
    visited_on: date | None = None


Data = FollowUpData


def _situation(kit: Kit, d: FollowUpData) -> list[Flowable]:
    """回访情况: each point the instructions ask about, labelled, with room to write when the
    stored visit says nothing about it."""
    # The blank sheet gives each point room to write; a printed visit only where it is silent.
    blank = "<br/>" * (5 if d.visited_on is None and not d.parties else 3)
    risk = None if d.risk_found is None else ("yes" if d.risk_found else "no")

    def point(n: int, label: str, text: str) -> Paragraph:
        body = kit.m(text) if text.strip() else blank
        return Paragraph(f"{n}、{kit.m(label)}{body}", kit.cell)

    return [
        point(1, "调解协议履行情况：", d.performance_status),
        point(2, "当事人对调解结果的满意程度：", d.satisfaction),
        point(3, "是否起诉及判决情况：", d.litigation_note),
        Paragraph("4、" + kit.m("是否发现调解不当、纠纷激化或其他隐患：")
                  + kit.choice(RISK_CHOICES, risk), kit.cell),
        point(5, "采取的措施：", d.measures),
        point(6, "其他情况：", d.note),
    ]


def build(kit: Kit, d: FollowUpData) -> Paper:
    rows = [
        ["当事人", kit.cell_text(d.parties, 1), "", ""],
        ["调解协议编号", kit.cell_text(d.agreement_number, 1), "", ""],
        ["回访事由", kit.cell_text(d.reason, 1), "", ""],
        ["回访情况", _situation(kit, d), "", ""],
        # The printed name is not the signature: room below it to sign.
        ["回访人（签名）", Paragraph(kit.m(d.visitor) + "<br/>" * 2, kit.cell), "回访时间",
         kit.cell_text(cn_date(d.visited_on), 1)],
    ]
    grid = kit.grid(rows, [1.45, 2.35, 1.0, 2.2], label_cols=(0, 2),
                    spans=[((1, r), (3, r)) for r in range(4)])
    story: list[Flowable] = [kit.title(TITLE),
                             kit.line(kit.field("人民调解委员会：", d.committee_name, 12)),
                             kit.gap(2), grid]
    return Paper(code="follow_up", title=TITLE, story=story, number=d.agreement_number)
