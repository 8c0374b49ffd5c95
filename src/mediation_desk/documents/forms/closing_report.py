"""人民调解结案报告表 — the one-sheet summary filed when a case closes (domain.md §4.10).

The source and the way the case closed are printed as boxes with the chosen one ticked, so
the same sheet serves for handwriting; the lists come from the station's code tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.forms.common import tick_boxes
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper
from mediation_desk.domain.codes import codes_of
from mediation_desk.domain.enums import CodeTable

TITLE = "人民调解结案报告表"


def _defaults(table: CodeTable) -> tuple[tuple[str, str], ...]:
    return tuple((c.code, c.label_zh) for c in codes_of(table))


@dataclass(frozen=True)
class ClosingParty:
    name: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ClosingReportData:
    case_no: str = ""
    filled_on: date | None = None
    committee_name: str = ""
    host: str = ""
    accepted_on: date | None = None
    closed_on: date | None = None
    parties: tuple[ClosingParty, ...] = ()
    source_options: tuple[tuple[str, str], ...] = field(
        default_factory=lambda: _defaults(CodeTable.CASE_SOURCE))
    source: str = ""
    facts: str = ""
    result: str = ""
    performance: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    close_options: tuple[tuple[str, str], ...] = field(
        default_factory=lambda: _defaults(CodeTable.CLOSE_REASON))
    close_reason: str = ""
    close_note: str = ""

    @property
    def blank(self) -> bool:
        return not self.case_no and not self.parties


Data = ClosingReportData


def _parties(kit: Kit, d: ClosingReportData) -> list[Flowable]:
    shown = list(d.parties) or [ClosingParty(), ClosingParty()]
    return [Paragraph("　".join([kit.field("姓名", p.name, 4), kit.field("住址", p.address, 9),
                                 kit.field("电话", p.phone, 6)]), kit.cell) for p in shown]


def _listed(kit: Kit, entries: tuple[str, ...], blank_lines: int) -> Paragraph:
    if not entries:
        return kit.cell_text("", blank_lines)
    if len(entries) == 1:
        return kit.cell_text(entries[0])
    return kit.cell_text("\n".join(f"{i}、{e}" for i, e in enumerate(entries, 1)))


def _close(kit: Kit, d: ClosingReportData, width: float) -> list[Flowable]:
    out: list[Flowable] = [tick_boxes(kit, d.close_options, [d.close_reason], width)]
    if d.close_note.strip():
        out.append(kit.cell_text("说明：" + d.close_note))
    return out


def build(kit: Kit, d: ClosingReportData) -> Paper:
    def date_cell(on: date | None) -> Paragraph:
        return kit.cell_text(cn_date(on))

    widths = [1.5, 2.7, 1.25, 1.55]
    inner = FRAME_WIDTH * sum(widths[1:]) / sum(widths) - 12  # the cell's own padding
    rows = [
        ["卷号", kit.cell_text(d.case_no, 1), "填表时间", date_cell(d.filled_on)],
        ["承办单位", kit.cell_text(d.committee_name, 1), "承办人", kit.cell_text(d.host, 1)],
        ["受案时间", date_cell(d.accepted_on), "结案时间", date_cell(d.closed_on)],
        ["当事人信息", _parties(kit, d), "", ""],
        ["案件来源", tick_boxes(kit, d.source_options, [d.source], inner), "", ""],
        ["纠纷简要事实", kit.cell_text(d.facts, 4), "", ""],
        ["调解结果", kit.cell_text(d.result, 2), "", ""],
        ["协议履行情况", _listed(kit, d.performance, 2), "", ""],
        ["回访情况", _listed(kit, d.follow_ups, 2), "", ""],
        ["结案方式", _close(kit, d, inner), "", ""],
        ["承办人（签名）", kit.cell_text("", 3), "负责人（签名）", kit.cell_text("", 3)],
    ]
    wide = [((1, r), (3, r)) for r in range(3, 10)]
    grid = kit.grid(rows, widths, label_cols=(0, 2), spans=wide)
    story: list[Flowable] = [
        kit.title(TITLE), grid, kit.gap(6),
        kit.keep(kit.seal_and_date(d.filled_on)),
    ]
    return Paper(code="closing_report", title=TITLE, story=story, number=d.case_no)
