"""人民调解受理登记表 — the committee's register of an accepted dispute (domain.md §4.3, 2010
format), a ruled form filled by the committee, not by the parties."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.forms.common import committee_header
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper
from mediation_desk.domain.codes import codes_of
from mediation_desk.domain.enums import CodeTable

TITLE = "人民调解受理登记表"
NOTE = "备注：此表由人民调解委员会填写。"
# The blank paper offers the seeded sources; a filled one offers the station's code table.
DEFAULT_SOURCES = tuple((c.code, c.label_zh) for c in codes_of(CodeTable.CASE_SOURCE))
WIDTHS = (1, 4)
# Usable characters per line of the value column (11 pt cell text, 6 pt padding each side).
VALUE_CHARS = int((FRAME_WIDTH * WIDTHS[1] / sum(WIDTHS) - 12) // 11)


@dataclass(frozen=True)
class AcceptanceData:
    committee_name: str = ""
    number: str = ""
    on: date | None = None
    party_names: tuple[str, ...] = ()
    category: str = ""
    source_options: tuple[tuple[str, str], ...] = DEFAULT_SOURCES
    source_code: str = ""
    facts: str = ""
    registrar: str = ""


Data = AcceptanceData


def _opening(kit: Kit, d: AcceptanceData) -> str:
    """``2026年11月3日，本人民调解委员会经当事人同意，调解王某、李某之间的纠纷。``"""
    when = kit.value(cn_date(d.on)) if d.on else kit.date(None)
    names = [n for n in d.party_names if n.strip()]
    if names:
        who = "、".join(kit.value(n) for n in names)
    else:
        who = kit.value("", 5) + "、" + kit.value("", 5)
    return when + kit.m("，本人民调解委员会经当事人同意，调解") + who + kit.m("之间的纠纷。")


def _sources(kit: Kit, options: Sequence[tuple[str, str]], chosen: str) -> str:
    """The source boxes, a line break only between whole options (never inside a label)."""
    lines: list[list[tuple[str, str]]] = [[]]
    used = 0
    for code, label in options:
        width = len(label) + 2  # box and separator
        if lines[-1] and used + width > VALUE_CHARS:
            lines.append([])
            used = 0
        lines[-1].append((code, label))
        used += width
    return "<br/>".join(kit.choice(line, chosen) for line in lines)


def _signing_places(kit: Kit, names: Sequence[str], at_least: int) -> Paragraph:
    """One place per person, the printed name before it, with room for a signature."""
    shown = [n for n in names if n.strip()]
    shown += [""] * max(0, at_least - len(shown))
    lines = [(kit.m(n, keep_lines=False) + "　" if n else "") + "_" * 24 for n in shown]
    # Lines a hand's height apart, so signatures do not run into each other.
    return Paragraph("<br/>".join(lines), ParagraphStyle("md-signing", parent=kit.cell,
                                                         leading=30))


def build(kit: Kit, d: AcceptanceData) -> Paper:
    cell = kit.cell
    closing = Paragraph(kit.m("（人民调解委员会印）") + "<br/>" + kit.date(d.on),
                        kit.right)
    rows: list[list[object]] = [
        [Paragraph(_opening(kit, d), kit.body), ""],
        ["纠纷类型", Paragraph(kit.value(d.category, 12), cell)],
        ["案件来源", Paragraph(_sources(kit, d.source_options, d.source_code), cell)],
        ["纠纷简要情况", kit.cell_text(d.facts, 3)],
        ["当事人（签名）", _signing_places(kit, d.party_names, 2)],
        ["登记人（签名）", _signing_places(kit, [d.registrar], 1)],
        [closing, ""],
    ]
    last = len(rows) - 1
    grid = kit.grid(rows, WIDTHS, spans=[((0, 0), (1, 0)), ((0, last), (1, last))],
                    min_heights={3: 75 * mm, last: 32 * mm})
    # Free text reads from the top of its box; the grid centres labels vertically.
    grid.setStyle(kit.table_style(("VALIGN", (1, 3), (1, 4), "TOP")))
    story: list[Flowable] = [committee_header(kit, d.committee_name), kit.title(TITLE), kit.number_line("编号：", d.number), kit.gap(1),
                             grid, kit.gap(2), kit.label(NOTE)]
    return Paper(code="acceptance", title=TITLE, story=story, number=d.number)
