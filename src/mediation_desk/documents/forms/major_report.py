"""重大疑难纠纷报告 — the committee's written report of a major or difficult dispute to the
township justice office (重大疑难纠纷报告制度; domain.md §6.2, §6.3).

The criteria are local, so the paper lists whichever criteria the station's code table holds
and ticks the ones the case was flagged with; the blank paper lists the default scheme."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.forms.common import tick_boxes
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import FRAME_WIDTH, Paper
from mediation_desk.domain.codes import codes_of
from mediation_desk.domain.enums import CodeTable

TITLE = "重大疑难纠纷报告"
RISK_LEVELS = (("low", "低"), ("medium", "中"), ("high", "高"))
TIME_NOTE = ("注：发现重大疑难纠纷，应当及时（一般于2日内）书面报告乡镇（街道）司法所；"
             "可能引发治安案件、刑事案件的，同时报告当地公安机关（《中华人民共和国人民调解法》"
             "第二十五条）。")


def _default_criteria() -> tuple[tuple[str, str], ...]:
    return tuple((c.code, c.label_zh) for c in codes_of(CodeTable.MAJOR_CRITERION))


@dataclass(frozen=True)
class MajorReportData:
    to_body: str = ""
    committee_name: str = ""
    case_no: str = ""
    title: str = ""
    category: str = ""
    parties: tuple[str, ...] = ()
    """``王某（住青石村三组12号）``, one per party."""
    facts: str = ""
    summary: str = ""
    criteria_options: tuple[tuple[str, str], ...] = field(default_factory=_default_criteria)
    criteria: tuple[str, ...] = ()
    escalation_risk: str = ""
    measures: tuple[str, ...] = ()
    suggestions: str = ""
    reporter: str = ""
    reported_on: date | None = None


Data = MajorReportData


def _basic(kit: Kit, d: MajorReportData) -> list[Flowable]:
    text = "\n".join(t for t in (d.facts, d.summary) if t.strip())
    return [kit.cell_text(text, 4)]


def build(kit: Kit, d: MajorReportData) -> Paper:
    parties = "\n".join(d.parties)
    risk = Paragraph(kit.choice(RISK_LEVELS, d.escalation_risk or None), kit.cell)
    measures = (kit.cell_text("\n".join(f"{i}、{m}" for i, m in enumerate(d.measures, 1)))
                if d.measures else kit.cell_text("", 3))
    widths = [1.5, 2.4, 1.0, 2.1]
    inner = FRAME_WIDTH * sum(widths[1:]) / sum(widths) - 12  # the cell's own padding
    signer = Paragraph(kit.m(d.reporter) + "<br/>" * 2, kit.cell)  # room to sign
    rows = [
        ["报告单位", kit.cell_text(d.committee_name, 1), "", ""],
        ["纠纷名称", kit.cell_text(d.title, 1), "纠纷类型", kit.cell_text(d.category, 1)],
        ["当事人及住址", kit.cell_text(parties, 2), "", ""],
        ["基本情况", _basic(kit, d), "", ""],
        ["重大疑难情形", tick_boxes(kit, d.criteria_options, d.criteria, inner), "", ""],
        ["激化风险", risk, "", ""],
        ["已采取的措施", measures, "", ""],
        ["建议及请求事项", kit.cell_text(d.suggestions, 3), "", ""],
        ["报告人（签名）", signer, "报告时间", kit.cell_text(cn_date(d.reported_on), 1)],
    ]
    wide = [((1, r), (3, r)) for r in (0, *range(2, 8))]
    grid = kit.grid(rows, widths, label_cols=(0, 2), spans=wide)
    to_body = kit.value(d.to_body) if d.to_body else "________镇（乡）司法所"
    story: list[Flowable] = [
        kit.title(TITLE),
        kit.number_line("编号：", d.case_no),
        kit.line(to_body + kit.m("：")),
        kit.line(kit.m("现将本委员会受理（发现）的重大疑难纠纷报告如下，请予指导。"),
                 style=kit.text),
        kit.gap(2), grid, kit.gap(3),
        kit.keep([*kit.seal_and_date(d.reported_on, seal=f"报告单位：{d.committee_name}（印）"
                                     if d.committee_name else "报告单位（印）"), kit.gap(3),
                  Paragraph(kit.m(TIME_NOTE), kit.small)]),
    ]
    return Paper(code="major_report", title=TITLE, story=story, number=d.case_no)
