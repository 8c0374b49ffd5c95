"""Commands for screening rounds (排查) and nil reports (issue 5).

    screening frequency [daily|weekly|monthly]     show or set how often rounds are due
    screening add --file ROUND.json                a round with its findings (or a nil report)
    screening nil --from D --to D [--held-on D] [--by NAME ...] [--note T]
    screening list [--year Y] [--nil] [--open]
    screening due                                  periods missing a round
    screening to-case FINDING --file CASE.json     a finding becomes a registered case
    screening reported FINDING [--on D]            a major finding's written report was sent
    screening major FINDING [--undo]               mark a finding as a major dispute

A FINDING may be given by the first characters of its id (as ``list`` prints them)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.commands_io import read_json
from mediation_desk.cli.output import Output
from mediation_desk.domain.errors import NotFound
from mediation_desk.domain.screening_views import (
    FindingView,
    ScreeningRoundView,
    ScreeningStatusView,
)
from mediation_desk.services import screening

Handler = Callable[[AppContext, argparse.Namespace, Output], int]

FREQUENCIES = {"daily": ("每日", "daily"), "weekly": ("每周", "weekly"),
               "monthly": ("每月", "monthly")}
ID_SHOWN = 8  # characters of a finding id printed by `list`; enough to name it


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds this module's top-level commands to the parser."""
    p = sub.add_parser("screening", parents=[common], help="dispute screening rounds (排查)")
    ss = p.add_subparsers(dest="screening_command", metavar="SCREENING_COMMAND", required=True)
    freq = ss.add_parser("frequency", parents=[common], help="show or set the frequency")
    freq.add_argument("frequency", nargs="?", choices=sorted(FREQUENCIES))
    add = ss.add_parser("add", parents=[common], help="record a round from a JSON file")
    add.add_argument("--file", required=True)
    nil = ss.add_parser("nil", parents=[common], help="record a nil report (零报告)")
    nil.add_argument("--from", dest="start", required=True)
    nil.add_argument("--to", dest="end")
    nil.add_argument("--held-on")
    nil.add_argument("--by", action="append", default=[], metavar="NAME")
    nil.add_argument("--scope", default="")
    nil.add_argument("--note", default="")
    nil.add_argument("--custom", action="store_true",
                     help="a period that is not one period of the frequency")
    lst = ss.add_parser("list", parents=[common], help="list rounds")
    lst.add_argument("--year", type=int)
    lst.add_argument("--nil", action="store_true", help="nil reports only")
    lst.add_argument("--open", action="store_true", help="rounds with findings not yet cases")
    ss.add_parser("due", parents=[common], help="periods missing a round")
    tc = ss.add_parser("to-case", parents=[common], help="register a finding as a case")
    tc.add_argument("finding")
    tc.add_argument("--file", required=True)
    rep = ss.add_parser("reported", parents=[common], help="a major finding was reported")
    rep.add_argument("finding")
    rep.add_argument("--on")
    maj = ss.add_parser("major", parents=[common], help="mark a finding as a major dispute")
    maj.add_argument("finding")
    maj.add_argument("--undo", action="store_true")


def _zh(out: Output) -> bool:
    return out.lang == "zh"


def _finding_id(ctx: AppContext, given: str) -> str:
    ids = [f.id for r in screening.list_screening_rounds(ctx) for f in r.findings]
    if given in ids:
        return given
    found = [i for i in ids if i.startswith(given)] if len(given) >= 4 else []
    if len(found) != 1:
        raise NotFound("screening_finding", given, "finding")
    return found[0]


def _round_text(r: ScreeningRoundView, zh: bool) -> str:
    who = "、".join(r.performed_by_names) or "—"
    if r.is_zero_report:
        what = "零报告" if zh else "nil report"
    else:
        what = f"{len(r.findings)} 条发现" if zh else f"{len(r.findings)} finding(s)"
    head = (f"{r.label}  {r.held_on}  {who}  {r.scope or ''}  {what}" if zh else
            f"{r.label}  held {r.held_on}  by {who}  {r.scope}  {what}")
    return "\n".join([head.rstrip(), *(_finding_text(f, zh) for f in r.findings)])


def _finding_text(f: FindingView, zh: bool) -> str:
    marks = []
    if f.is_major:
        marks.append("重大" if zh else "MAJOR")
    if f.case_no:
        marks.append(f"→ {f.case_no}")
    elif f.reported_on:
        marks.append(f"已报告 {f.reported_on}" if zh else f"reported {f.reported_on}")
    elif f.report_due:
        marks.append(f"书面报告截止 {f.report_due}" if zh else f"report due {f.report_due}")
    return f"    [{f.id[:ID_SHOWN]}] {f.description}  {f.category_label}  {' '.join(marks)}"


def _status_text(s: ScreeningStatusView, zh: bool) -> str:
    freq = FREQUENCIES[s.frequency][0 if zh else 1]
    lines = [f"排查频次：{freq}" if zh else f"Screening frequency: {freq}"]
    if not s.missing:
        lines.append(f"{s.current.label}排查已登记" if zh else
                     f"{s.current.label}: round recorded")
    for p in s.missing:
        if zh:
            state = "已逾期" if p.overdue else "尚未登记"
            lines.append(f"{p.label}  {state}，截止 {p.due_on}")
        else:
            state = "overdue" if p.overdue else "not recorded yet"
            lines.append(f"{p.label}  {state}, due {p.due_on}")
    return "\n".join(lines)


def cmd_screening(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    zh = _zh(out)
    command = args.screening_command
    if command == "frequency":
        status = (screening.set_screening_frequency(ctx, args.frequency) if args.frequency
                  else screening.screening_status(ctx))
        out.data(status, _status_text(status, zh))
    elif command in ("add", "nil"):
        data = read_json(args.file) if command == "add" else {
            "period_start": args.start, "period_end": args.end, "held_on": args.held_on,
            "performed_by": args.by, "scope": args.scope, "notes": args.note,
            "custom_period": args.custom, "is_zero_report": True}
        view = screening.record_screening_round(ctx, data)
        out.data(view, _round_text(view, zh))
    elif command == "list":
        rows = screening.list_screening_rounds(ctx, year=args.year, zero_only=args.nil,
                                               open_findings=args.open)
        empty = "没有排查记录" if zh else "no screening rounds"
        out.data(rows, "\n".join(_round_text(r, zh) for r in rows) or empty)
    elif command == "due":
        status = screening.screening_status(ctx)
        out.data(status, _status_text(status, zh))
    elif command == "to-case":
        detail = screening.finding_to_case(ctx, _finding_id(ctx, args.finding),
                                           read_json(args.file))
        out.data(detail, f"{detail.summary.case_no}  {detail.summary.title}")
    elif command == "reported":
        view = screening.record_finding_report(ctx, _finding_id(ctx, args.finding),
                                               {"reported_on": args.on})
        out.data(view, _finding_text(view, zh))
    else:  # "major" (argparse refuses any other word)
        view = screening.mark_finding_major(ctx, _finding_id(ctx, args.finding),
                                            not args.undo)
        out.data(view, _finding_text(view, zh))
    return 0


HANDLERS: dict[str, Handler] = {"screening": cmd_screening}
