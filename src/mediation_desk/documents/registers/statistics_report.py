"""人民调解工作统计表: the committee's (or township's) statistics for a period as a PDF.

Landscape A4 like the other registers (the MoJ table has a dozen figure columns). In the
order the township reads it: cases by category and by source, the rates with their
definitions, prevented escalations, screening, joint defence and judicial confirmation,
环比／同比, then charts; at a township, a table of the villages and each village's own
pages (compact: key figures, then its categories). Every figure comes from the read model
as it is; nothing is counted here."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table

from mediation_desk.documents import charts
from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import RenderedPdf
from mediation_desk.documents.registers import statistics_tables as tables
from mediation_desk.documents.registers.landscape import FRAME_WIDTH, build_landscape
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.statistics_views import StatisticsReport

WIDTH_MM = FRAME_WIDTH / mm
NUMERALS = "一二三四五六七八九十"


def numeral(n: int) -> str:
    """一 … 十, 十一 … 九十九: section and village numbers (a township has dozens)."""
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 100:
        tens, ones = divmod(n, 10)
        return (NUMERALS[tens - 1] if tens > 1 else "") + "十" + (NUMERALS[ones - 1] if ones else "")
    return str(n)


def title_of(report: StatisticsReport) -> str:
    return f"{report.unit_name}人民调解工作统计表"


def render_statistics_pdf(report: StatisticsReport, chain: FontChain, *,
                          author: str = "") -> RenderedPdf:
    """The report as a PDF; DomainError("document.missing_glyph") before any page is
    drawn if a name or label has a character no font of ``chain`` can draw."""
    kit = Kit(chain)
    story = _Story(kit, report).build()
    return build_landscape(kit, story, f"{title_of(report)}（{report.period.label}）",
                           author=author)


class _Story:
    def __init__(self, kit: Kit, report: StatisticsReport) -> None:
        self.kit = kit
        self.rep = report
        self.cells = tables.Cells(kit)
        self.compact = tables.Cells(kit, size=8.5)
        font = kit.chain.main_name
        self.heading = ParagraphStyle("st-heading", fontName=font, fontSize=12.5, leading=19,
                                      wordWrap="CJK", spaceBefore=3 * mm, spaceAfter=1.5 * mm)
        self.line = ParagraphStyle("st-line", fontName=font, fontSize=10.5, leading=16,
                                   wordWrap="CJK")
        self.right = ParagraphStyle("st-line-r", parent=self.line, alignment=TA_RIGHT)
        self.small = ParagraphStyle("st-small", parent=self.line, fontSize=8.5, leading=13)
        self.caption = ParagraphStyle("st-caption", parent=self.line, alignment=TA_CENTER,
                                      spaceBefore=2 * mm, keepWithNext=1)
        self.sections = 0

    def build(self) -> list[Any]:
        rep = self.rep
        story = self._head()
        story += self._body(rep, self.cells)
        story += self._comparisons()
        story += self._charts()
        if rep.scope == "township":
            story += self._by_village()
            story += self._villages()
        return story

    # -- the parts ----------------------------------------------------------------------

    def _section(self, text: str, keep: Any = None) -> list[Any]:
        """A numbered heading, moved to the next page when its table would not start under
        it (keepWithNext would carry a long table's heading over with the whole table);
        ``keep`` is a block that cannot split, kept with its heading."""
        self.sections += 1
        heading = Paragraph(self.kit.m(f"{numeral(self.sections)}、{text}"), self.heading)
        if keep is not None:
            return [KeepTogether([heading, *(keep if isinstance(keep, list) else [keep])])]
        return [CondPageBreak(35 * mm), heading]

    def _head(self) -> list[Any]:
        rep, kit = self.rep, self.kit
        p = rep.period
        left = f"填报单位：{rep.unit_name}"
        right = (f"统计期间：{cn_date(p.start)}至{cn_date(p.end)}　　"
                 f"统计截至{cn_date(rep.as_of)}")
        story: list[Any] = [kit.title(title_of(rep)), kit.subtitle(f"（{p.label}）"),
                            Spacer(1, 2 * mm),
                            Table([[Paragraph(kit.m(left), self.line),
                                    Paragraph(kit.m(right), self.right)]],
                                  colWidths=[FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6],
                                  style=kit.table_style(
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("VALIGN", (0, 0), (-1, -1), "BOTTOM")))]
        if rep.scope == "township" and rep.by_village:
            names = "、".join(r.label for r in rep.by_village)
            story.append(Paragraph(kit.m(f"汇总范围：{names}"), self.line))
        story.append(Paragraph(kit.m(f"统计口径：{rep.counting_rule}"), self.small))
        return story

    def _body(self, rep: StatisticsReport, c: tables.Cells) -> list[Any]:
        """The unit's own tables, sections 一 to 四."""
        return [
            *self._section("纠纷类别（单位：件；金额：元）"),
            tables.tally_table(c, "纠纷类别", rep.by_category, rep.total, WIDTH_MM),
            *self._section("纠纷来源（单位：件；金额：元）"),
            tables.tally_table(c, "纠纷来源", rep.by_source, rep.total, WIDTH_MM),
            *self._section("主要比率"),
            tables.rates_table(c, rep.rates, WIDTH_MM),
            *self._section("防止纠纷激化、排查、联户联防和司法确认", keep=self._figures(rep, c)),
        ]

    def _figures(self, rep: StatisticsReport, c: tables.Cells) -> Table:
        gap = 5
        w = [62, 62, 56, WIDTH_MM - 3 * gap - 180]  # the longest labels get the room
        return tables.side_by_side(c, [
            ("（一）防止纠纷激化", tables.prevented_table(c, rep.prevented, w[0]), w[0]),
            ("（二）矛盾纠纷排查", tables.figures_table(c, tables.screening_rows(rep), w[1]),
             w[1]),
            ("（三）联户联防",
             tables.figures_table(c, tables.joint_defence_rows(rep), w[2]), w[2]),
            ("（四）司法确认和重大纠纷",
             tables.figures_table(c, tables.confirmation_rows(rep), w[3]), w[3]),
        ], gap_mm=gap)

    def _comparisons(self) -> list[Any]:
        if not self.rep.comparisons:
            return []
        return self._section("环比与同比（单位：件）",
                             keep=tables.comparisons_table(self.cells, self.rep, WIDTH_MM))

    def _charts(self) -> list[Any]:
        rep, kit = self.rep, self.kit
        months = f"（{rep.trend[0].label}至{rep.trend[-1].label}）" if rep.trend else ""

        def figure(caption: str, drawing: Any) -> list[Any]:
            return [Paragraph(kit.m(caption), self.caption), drawing]

        first = figure(f"图1　每月登记纠纷和调解成功件数{months}",
                       charts.monthly_cases(kit, rep.trend, FRAME_WIDTH))
        return [
            *self._section("图表", keep=first),
            KeepTogether(figure(f"图2　每月调解成功率{months}",
                                charts.success_rate(kit, rep.trend, FRAME_WIDTH))),
            KeepTogether(figure(f"图3　各类纠纷件数（{rep.period.label}）",
                                charts.cases_by_category(kit, rep.by_category, FRAME_WIDTH))),
        ]

    def _by_village(self) -> list[Any]:
        return [*self._section("分村统计（单位：件；金额：元）"),
                tables.tally_table(self.cells, "村（调委会）", self.rep.by_village,
                                   self.rep.total, WIDTH_MM, with_rate=True)]

    def _villages(self) -> list[Any]:
        story: list[Any] = []
        heading = self._section("各村情况")
        for i, v in enumerate(self.rep.villages, start=1):
            story.append(PageBreak())
            if i == 1:
                story += heading
            story += self._village(i, v)
        return story

    def _village(self, i: int, v: StatisticsReport) -> list[Any]:
        """One village, compact: its key figures and small tables, then its categories."""
        kit, c = self.kit, self.compact
        t = v.total
        rate = (f"调解成功率{tables.share(t.get('success'), t.get('accepted'))}"
                if t.get("accepted") else "没有受理的案件，不计调解成功率")
        summary = (f"登记纠纷{t.get('registered')}件，受理{t.get('accepted')}件，"
                   f"调解成功{t.get('success')}件（书面协议{t.get('written')}件，"
                   f"口头协议{t.get('oral')}件），{rate}，协议金额{format_yuan(t.amount_fen)}元。")
        gap = 3
        w = [66, 36, 54, 45, 54]  # 255 mm: no label wraps but the long 防止… ones
        return [
            Paragraph(kit.m(f"（{numeral(i)}）{v.unit_name}"), self.heading),
            Paragraph(kit.m(summary), self.line), Spacer(1, 1.5 * mm),
            tables.side_by_side(c, [
                ("主要比率", tables.rates_table(c, v.rates, w[0], definitions=False), w[0]),
                ("防止纠纷激化", tables.prevented_table(c, v.prevented, w[1]), w[1]),
                ("矛盾纠纷排查", tables.figures_table(c, tables.screening_rows(v), w[2], 10),
                 w[2]),
                ("联户联防", tables.figures_table(c, tables.joint_defence_rows(v), w[3], 10),
                 w[3]),
                ("司法确认和重大纠纷",
                 tables.figures_table(c, tables.confirmation_rows(v), w[4], 10), w[4]),
            ], gap_mm=gap),
            Spacer(1, 3 * mm),
            # The village's name is in the heading cell, which repeats on every page.
            tables.tally_table(c, f"纠纷类别（{v.unit_name}）", v.by_category, v.total,
                               WIDTH_MM),
        ]
