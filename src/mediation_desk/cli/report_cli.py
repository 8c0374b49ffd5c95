"""Statistics reports from the command line:

    report monthly|quarterly|yearly|custom --period P [--format json|xlsx|pdf] [--out FILE]
    report drill --period P --measure M [--category C] [--source S] [--village STATION_ID]

Without ``--out`` the report is printed (as JSON with ``--json`` or ``--format json``)."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Callable

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.output import Output, to_jsonable
from mediation_desk.domain import stat_periods
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.stat_defs import measure_label
from mediation_desk.domain.stat_rules import MEASURES
from mediation_desk.domain.statistics_views import (
    DrillRequest,
    StatisticsReport,
    SubmittedReport,
)
from mediation_desk.services import (
    statistics,
    statistics_drill,
    statistics_export,
    statistics_reports,
)
from mediation_desk.wording.statistics_text import rate_text

Handler = Callable[[AppContext, argparse.Namespace, Output], int]
KINDS = ("monthly", "quarterly", "yearly", "custom")
COLUMNS = ("registered", "accepted", "success", "terminated", "declined", "transferred",
           "in_progress")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    rep = sub.add_parser("report", parents=[common], help="statistics reports")
    rs = rep.add_subparsers(dest="report_command", metavar="REPORT_COMMAND", required=True)
    for kind in KINDS:
        p = rs.add_parser(kind, parents=[common], help=f"{kind} statistics")
        p.add_argument("--period", default=None,
                       help="2026-11 | 2026-Q4 | 2026 | 2025-12-01..2026-01-31 "
                            "(default: the current one)")
        p.add_argument("--format", choices=statistics_export.FORMATS, default=None,
                       help="file format (default: from --out's extension, else text)")
        p.add_argument("--out", default=None, help="write the report to FILE")
    sub_ = rs.add_parser("submit", parents=[common],
                         help="make this month's (or --period's) monthly report to send")
    sub_.add_argument("--period", default=None, help="YYYY-MM (default: the current month)")
    got = rs.add_parser("received", parents=[common],
                        help="monthly reports made here or received from the villages")
    got.add_argument("--period", default=None, help="YYYY-MM")
    drill = rs.add_parser("drill", parents=[common], help="the cases behind one figure")
    drill.add_argument("--period", required=True)
    drill.add_argument("--measure", required=True, choices=sorted(MEASURES))
    drill.add_argument("--category", default=None)
    drill.add_argument("--sub-category", dest="sub_category", default=None)
    drill.add_argument("--source", default=None, choices=["self", "applied", "referred"])
    drill.add_argument("--village", dest="station_id", default=None, help="a station id")
    drill.add_argument("--month", default=None, help="YYYY-MM instead of the whole period")
    drill.add_argument("--prevented", default=None, help="a prevented-outcome code")


def cmd_report(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.report_command == "drill":
        return _drill(ctx, args, out)
    if args.report_command == "submit":
        view = statistics_reports.submit_month(
            ctx, args.period or stat_periods.containing("monthly", ctx.today()))
        out.data(view, submitted_text([view], out.lang))
        return 0
    if args.report_command == "received":
        views = statistics_reports.submitted(ctx, args.period)
        out.data(views, submitted_text(views, out.lang))
        return 0
    kind = args.report_command
    if args.period is None and kind == "custom":
        raise DomainError("statistics.bad_period", "period", value="")
    period = (stat_periods.parse(args.period, kind) if args.period
              else stat_periods.containing(kind, ctx.today()))
    rep = statistics.report(ctx, period)
    fmt = args.format or _format_of(args.out)
    if args.out is None:
        if fmt not in (None, "json"):
            raise DomainError("field.required", "out")
        if fmt == "json":
            out.stdout.write(json.dumps(to_jsonable(rep), ensure_ascii=False, indent=1) + "\n")
        else:
            out.data(rep, report_text(rep, out.lang))
        return 0
    path = statistics_export.export(ctx, rep, fmt or "json", args.out)
    out.data({"file": str(path), "period": rep.period.key, "format": fmt or "json"},
             ("统计报表已保存：" if out.lang == "zh" else "Report written: ") + str(path))
    return 0


def _format_of(path: str | None) -> str | None:
    if path is None:
        return None
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return suffix if suffix in statistics_export.FORMATS else "json"


def _drill(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    req = DrillRequest(period=args.period, measure=args.measure, category=args.category,
                       sub_category=args.sub_category, source=args.source,
                       station_id=args.station_id, month=args.month,
                       prevented=args.prevented)
    result = statistics_drill.cases_behind(ctx, req)
    lines = [f"{measure_label(args.measure, out.lang)}：{result.total}"
             + (" 件" if out.lang == "zh" else "")]
    lines += [f"  {c.case_no}  {c.received_on.isoformat()}  {c.title}" for c in result.cases]
    out.data(result, "\n".join(lines))
    return 0


def report_text(rep: StatisticsReport, lang: str) -> str:
    """The report as a few plain lines for a terminal."""
    lines = [f"{rep.unit_name}  {rep.period.label}（{rep.period.start}～{rep.period.end}）"
             f"  统计截至 {rep.as_of}" if lang == "zh" else
             f"{rep.unit_name}  {rep.period.key} ({rep.period.start}..{rep.period.end})  "
             f"as of {rep.as_of}"]
    heads = [measure_label(c, lang) for c in COLUMNS]
    widths = [max(6, _width(h)) for h in heads]

    def line(label: str, values: list[str]) -> str:
        return _pad(label, 16) + "  ".join(_pad(v, w, right=True)
                                           for v, w in zip(values, widths, strict=True))

    total = "合计" if lang == "zh" else "Total"
    sections = [[r for r in rep.by_category if r.level == 0 and r.tally.get("registered")]]
    if rep.by_village:
        sections.append(list(rep.by_village))
    for rows in sections:
        lines.append(line("", heads))
        lines += [line(r.label, [str(r.tally.get(c)) for c in COLUMNS]) for r in rows]
        lines.append(line(total, [str(rep.total.get(c)) for c in COLUMNS]))
    lines.append(("协议金额：" if lang == "zh" else "Agreed amounts: ")
                 + format_yuan(rep.total.amount_fen))
    lines += [f"{x.label}：{rate_text(x.value)}（{x.numerator}/{x.denominator}）"
              for x in rep.rates]
    return "\n".join(lines)


def submitted_text(views: list[SubmittedReport], lang: str) -> str:
    if not views:
        return "还没有月报" if lang == "zh" else "No monthly reports"
    lines = []
    for v in views:
        zero = ("  零报告" if lang == "zh" else "  nil report") if v.is_zero_report else ""
        lines.append(f"{v.period_label}  {_pad(v.unit_name, 12)}  "
                     + (f"登记 {v.registered}  受理 {v.accepted}  调解成功 {v.success}  "
                        f"统计截至 {v.as_of}" if lang == "zh" else
                        f"registered {v.registered}  accepted {v.accepted}  "
                        f"settled {v.success}  as of {v.as_of}") + zero)
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


HANDLERS: dict[str, Handler] = {"report": cmd_report}
