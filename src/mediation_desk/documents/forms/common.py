"""Blocks several forms share: the party block, the committee line."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Table

from mediation_desk.documents.kit import Kit
from mediation_desk.documents.pdf import FRAME_WIDTH


@dataclass(frozen=True)
class PartyBlock:
    """A party as a paper prints it (labels already in Chinese: 男, 汉族 ...)."""

    name: str = ""
    gender: str = ""
    ethnicity: str = ""
    age: str = ""
    occupation: str = ""
    phone: str = ""
    address: str = ""
    is_organisation: bool = False
    representative: str = ""
    agent_name: str = ""
    agent_phone: str = ""
    id_number: str = ""


def party_block(kit: Kit, role: str, p: PartyBlock, *, with_id: bool = False) -> Flowable:
    """``当事人  姓名__ 性别__ 民族__ 年龄__ / 职业或职务__ 联系方式__ / 单位或住址__``
    (the 2010 format's three lines), or the organisation's lines for a legal person."""
    if p.is_organisation:
        lines = [
            kit.line(kit.field("名称", p.name, 16)),
            kit.line(kit.field("法定代表人或负责人", p.representative, 6),
                     kit.field("联系方式", p.phone, 8)),
            kit.line(kit.field("住所", p.address, 20)),
        ]
    else:
        lines = [
            kit.line(kit.field("姓名", p.name, 5), kit.field("性别", p.gender, 2),
                     kit.field("民族", p.ethnicity, 3), kit.field("年龄", p.age, 2)),
            kit.line(kit.field("职业或职务", p.occupation, 6),
                     kit.field("联系方式", p.phone, 8)),
        ]
        if with_id:
            lines.append(kit.line(kit.field("公民身份号码", p.id_number, 12)))
        lines.append(kit.line(kit.field("单位或住址", p.address, 18)))
    if p.agent_name:
        lines.append(kit.line(kit.field("委托代理人", p.agent_name, 5),
                              kit.field("联系方式", p.agent_phone, 8)))
    head = Paragraph(kit.m(role), kit.body)
    return Table([[head, lines]], colWidths=[FRAME_WIDTH * 0.16, FRAME_WIDTH * 0.84],
                 splitInRow=1,
                 style=kit.table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)))


def party_blocks(kit: Kit, role: str, parties: list[PartyBlock], *, at_least: int = 1,
                 with_id: bool = False) -> list[Flowable]:
    """One block per party; blank blocks to write in when there are fewer than ``at_least``."""
    shown = list(parties) + [PartyBlock()] * max(0, at_least - len(parties))
    return [party_block(kit, role, p, with_id=with_id) for p in shown]
