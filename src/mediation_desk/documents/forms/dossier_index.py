"""卷内目录 — the dossier's index (domain.md §4.1): the thirteen standard items in order, each
marked 必须 (required) or 按需 (as needed), with the archive pages (页号) it occupies.

Items that are not printed by the app (身份证明, 授权委托书, 证据材料, 履行凭证) are put in by
hand; their 备注 says whether the case has them, and their page cells stay free to write in."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.kit import Kit, spaced
from mediation_desk.documents.pdf import Paper

TITLE = "卷内目录"
REQUIRED, AS_NEEDED = "必须", "按需"

STANDARD_ITEMS: tuple[tuple[str, bool], ...] = (
    ("人民调解申请书或人民调解受理登记表", True),
    ("人民调解当事人权利义务告知书", True),
    ("当事人身份证明", True),
    ("授权委托书", False),
    ("人民调解调查记录", False),
    ("人民调解证据材料", False),
    ("人民调解记录", True),
    ("人民调解协议书", True),
    ("收条或汇款单等履行凭证", False),
    ("人民调解回访记录", False),
    ("司法确认有关材料", False),
    ("卷宗情况说明", False),
    ("封底", True),
)
"""(name, required) of the template's items 1–13, in index order [S-7]."""


@dataclass(frozen=True)
class IndexRow:
    seq: int
    name: str
    pages: str = ""
    """``3-4``, ``5``, or empty (not in this print, or a paper without page numbers yet)."""
    note: str = ""
    """What follows the status in 备注: ``本案无``, ``附复印件`` …"""
    required: bool = False
    present: bool = False

    @property
    def remark(self) -> str:
        status = REQUIRED if self.required else AS_NEEDED
        return f"{status}；{self.note}" if self.note else status


def standard_rows() -> tuple[IndexRow, ...]:
    return tuple(IndexRow(seq=i, name=name, required=required)
                 for i, (name, required) in enumerate(STANDARD_ITEMS, start=1))


@dataclass(frozen=True)
class DossierIndexData:
    volume_no: str = ""
    rows: tuple[IndexRow, ...] = standard_rows()


Data = DossierIndexData

ROW_PADDING = 9  # points above and below a row's text: room for a pen


def build(kit: Kit, d: DossierIndexData) -> Paper:
    rows: list[list[object]] = [[Paragraph(kit.m(h), kit.cell_center)
                                 for h in ("序号", "文书名称", "页号", "备注")]]
    rows += [[str(r.seq), r.name, r.pages, r.remark] for r in d.rows]
    table = kit.grid(rows, [9, 50, 15, 26], label_cols=(0, 2))
    # Padding, not fixed row heights: a name that wraps makes its row taller, never overflows.
    table.setStyle(kit.table_style(("TOPPADDING", (0, 1), (-1, -1), ROW_PADDING),
                                   ("BOTTOMPADDING", (0, 1), (-1, -1), ROW_PADDING)))
    table.repeatRows = 1  # a long index (many papers) keeps its header on the next sheet
    story: list[Flowable] = [Paragraph(kit.m(spaced("卷内目录", 2)), kit.title_style),
                             kit.number_line("卷号：", d.volume_no, 14), kit.gap(2), table]
    return Paper(code="dossier_index", title=TITLE, story=story, number=d.volume_no)
