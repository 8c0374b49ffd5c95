"""Blocks several forms share: the party block, the committee line, a line of labelled
fields, tick boxes two to a line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from mediation_desk.documents.kit import BODY_SIZE, CHECKED, UNCHECKED, Kit
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


def committee_header(kit: Kit, name: str) -> Flowable:
    """The committee the paper is addressed to; a line to write its name on when blank."""
    if name.strip():
        return kit.subtitle(name)
    return kit.line(kit.value("", 8) + kit.m("人民调解委员会"), style=kit.sub_style)


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


def tick_boxes(kit: Kit, options: Sequence[tuple[str, str]], chosen: Sequence[str],
               width: float) -> Table:
    """Boxes two to a line, so no label is broken across lines; several may be ticked
    (kit.choice ticks one)."""
    known = {code for code, _ in options}
    # A criterion since retired from the code table still shows, ticked.
    shown = list(options) + [(c, c) for c in chosen if c and c not in known]
    cells = [Paragraph(f"{CHECKED if code in chosen else UNCHECKED}{kit.m(label)}", kit.cell)
             for code, label in shown]
    if len(cells) % 2:
        cells.append(Paragraph("", kit.cell))
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    return Table(rows, colWidths=[width / 2] * 2,
                 style=kit.table_style(("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
