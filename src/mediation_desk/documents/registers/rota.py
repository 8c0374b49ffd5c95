"""联防组轮户值日表: a joint-defence group's patrol rota, to pin up and sign on duty.

One row per shift: date, weekday, time window, the households on duty (by the head's name),
the area, an empty 签到 cell each household signs when it has patrolled, and a remark
(已调换 / 缺勤). The column headings repeat on every page; each page says 第X页 共Y页."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper

CODE = "patrol_rota"
TITLE = "联防组轮户值日表"
HEADERS = ("日期", "星期", "时段", "值日户（户主姓名）", "巡逻区域", "签到", "备注")
WIDTHS = (22, 10, 23, 34, 24, 26, 17)  # mm on the 156 mm frame; 签到 is room to sign
CELL_SIZE = 10
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class RotaRow:
    on: date
    window: str
    households: Sequence[str]  # the heads' names
    area: str = ""
    remark: str = ""


@dataclass(frozen=True)
class RotaPaperData:
    group_name: str
    villager_group: str
    head_name: str
    starts_on: date
    ends_on: date
    weekdays: Sequence[int]
    per_shift: int
    area: str
    rows: Sequence[RotaRow]
    made_on: date
    committee_name: str = ""
    note: str = ""
    households: Sequence[str] = field(default_factory=tuple)


def weekday_text(d: date) -> str:
    return "周" + WEEKDAYS[d.weekday()]


def days_text(weekdays: Sequence[int]) -> str:
    """``每天`` or ``每周一、三、五``."""
    days = sorted(set(weekdays))
    if len(days) == 7:
        return "每天"
    return "每周" + "、".join(WEEKDAYS[d] for d in days)


def _date_cell(d: date, with_year: bool) -> str:
    return cn_date(d) if with_year else f"{d.month}月{d.day}日"


def build(kit: Kit, data: RotaPaperData) -> list[Paper]:
    story: list[Flowable] = [kit.title(TITLE), kit.subtitle(data.group_name), kit.gap(2)]
    story.append(kit.line(kit.field("村民组：", data.villager_group, 4),
                          kit.field("中心户长：", data.head_name, 4),
                          kit.field("值日时间：", days_text(data.weekdays), 4)))
    story.append(kit.line(kit.field("期间：", f"{cn_date(data.starts_on)}至"
                                             f"{cn_date(data.ends_on)}", 12),
                          kit.field("每班：", f"{data.per_shift}户", 2)))
    if data.area:
        story.append(kit.line(kit.field("巡逻区域：", data.area, 12)))
    if data.note:
        story.append(kit.line(kit.field("说明：", data.note, 12)))
    story.append(kit.gap(2))
    story.append(_table(kit, data))
    story.append(kit.gap(3))
    story.append(Paragraph(kit.m(
        "注：值日户按时巡逻，巡逻后在签到栏签名；当班不能值日的，请提前与其他户调换并告知中心户长。"),
        kit.small))
    story.append(kit.gap(4))
    story.append(kit.line(kit.field("中心户长（签名）：", "", 8),
                          kit.field("制表日期：", cn_date(data.made_on), 8)))
    return [Paper(code=CODE, title=TITLE, story=story, number=data.group_name)]


def _table(kit: Kit, data: RotaPaperData) -> Table:
    with_year = data.starts_on.year != data.ends_on.year
    left = ParagraphStyle("rota-cell", parent=kit.cell, fontSize=CELL_SIZE,
                          leading=CELL_SIZE * 1.4)
    centre = ParagraphStyle("rota-cell-c", parent=left, alignment=TA_CENTER)
    head = [Paragraph(kit.m(h), centre) for h in HEADERS]
    cells: list[list[object]] = [head]
    for r in data.rows:
        cells.append([
            Paragraph(kit.m(_date_cell(r.on, with_year)), centre),
            Paragraph(kit.m(weekday_text(r.on)), centre),
            Paragraph(kit.m(r.window), centre),
            Paragraph(kit.m("、".join(r.households)), left),
            Paragraph(kit.m(r.area), left),
            # Room to sign: one line per household on duty (the row grows for long text).
            Spacer(1, max(7 * mm, 5 * mm * len(r.households))),
            Paragraph(kit.m(r.remark), left),
        ])
    if not data.rows:
        cells.append([Paragraph(kit.m("（本期没有班次）"), left), *[""] * 6])
    total = sum(WIDTHS)
    widths = [FRAME_WIDTH * w / total for w in WIDTHS]
    style = [("GRID", (0, 0), (-1, -1), 0.6, "black"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    if not data.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    # Rows are a few lines at most: never split one, or a page can end on the repeated
    # headings over an empty sliver of a row.
    return Table(cells, colWidths=widths, repeatRows=1, splitInRow=0,
                 style=kit.table_style(*style))
