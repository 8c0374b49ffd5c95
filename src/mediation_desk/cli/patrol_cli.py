"""Commands for patrol rotas (轮户值日), swaps, missed shifts and patrol logs (issue 5).

    rota generate GROUP --from D --to D [--weekdays 0,2,4] [--window 20:00-22:00 ...]
                  [--per-shift N] [--area T] [--note T] [--replace]
    rota list GROUP
    rota shifts GROUP [--from D --to D]
    rota swap SHIFT_A HOUSEHOLD_A SHIFT_B HOUSEHOLD_B [--note T]
    rota missed SHIFT [--reason T]
    rota print ROTA --out F.pdf
    patrol log SHIFT --file F.json
    patrol logs GROUP [--from D --to D]

GROUP is a group's id or its name. SHIFT and ROTA may be given by the first characters of
their ids (as the lists print them); a HOUSEHOLD by its id or the head's name."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.commands_io import read_json
from mediation_desk.cli.output import Output
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.patrol_views import (
    FairnessLine,
    PatrolLogView,
    RotaView,
    ShiftView,
)
from mediation_desk.services import patrol_papers, patrols

Handler = Callable[[AppContext, argparse.Namespace, Output], int]

ID_SHOWN = 8
WEEKDAYS_ZH = "一二三四五六日"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
STATUS = {"planned": ("待值日", "planned"), "done": ("已巡逻", "done"),
          "missed": ("缺勤", "missed"), "swapped": ("已调换", "swapped")}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds this module's top-level commands to the parser."""
    p = sub.add_parser("rota", parents=[common], help="patrol rotas of a group (轮户值日)")
    rs = p.add_subparsers(dest="rota_command", metavar="ROTA_COMMAND", required=True)
    gen = rs.add_parser("generate", parents=[common], help="make a fair rota")
    gen.add_argument("group")
    gen.add_argument("--from", dest="start", required=True)
    gen.add_argument("--to", dest="end", required=True)
    gen.add_argument("--weekdays", help="0 = Monday … 6 = Sunday, e.g. 0,2,4 (default: every day)")
    gen.add_argument("--window", action="append", default=[], metavar="HH:MM-HH:MM",
                     help="time window, may repeat (default 20:00-22:00)")
    gen.add_argument("--per-shift", type=int, default=1)
    gen.add_argument("--area", default="")
    gen.add_argument("--note", default="")
    gen.add_argument("--replace", action="store_true",
                     help="void the planned shifts of an overlapping older rota")
    lst = rs.add_parser("list", parents=[common], help="a group's rotas")
    lst.add_argument("group")
    sh = rs.add_parser("shifts", parents=[common], help="a group's shifts")
    sh.add_argument("group")
    sh.add_argument("--from", dest="start")
    sh.add_argument("--to", dest="end")
    sw = rs.add_parser("swap", parents=[common], help="two households exchange turns")
    for name in ("shift_a", "household_a", "shift_b", "household_b"):
        sw.add_argument(name)
    sw.add_argument("--note", default="")
    mi = rs.add_parser("missed", parents=[common], help="nobody patrolled the shift")
    mi.add_argument("shift")
    mi.add_argument("--reason", default="")
    pr = rs.add_parser("print", parents=[common], help="the rota as a PDF to print")
    pr.add_argument("rota")
    pr.add_argument("--out", required=True)

    q = sub.add_parser("patrol", parents=[common], help="patrol logs (巡逻记录)")
    ps = q.add_subparsers(dest="patrol_command", metavar="PATROL_COMMAND", required=True)
    log = ps.add_parser("log", parents=[common], help="record a shift's patrol log")
    log.add_argument("shift")
    log.add_argument("--file", required=True)
    logs = ps.add_parser("logs", parents=[common], help="a group's patrol logs")
    logs.add_argument("group")
    logs.add_argument("--from", dest="start")
    logs.add_argument("--to", dest="end")


def _day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError("field.date_format", field) from None


def _weekdays(text: str | None) -> list[int] | None:
    if not text:
        return None
    try:
        return [int(p) for p in text.replace("，", ",").split(",") if p.strip()]
    except ValueError:
        raise DomainError("field.integer", "weekdays") from None


def _names(s: ShiftView) -> str:
    return "、".join(h.head_name for h in s.households)


def shift_text(s: ShiftView, zh: bool) -> str:
    day = f"周{WEEKDAYS_ZH[s.weekday]}" if zh else WEEKDAYS_EN[s.weekday]
    status = STATUS.get(s.status, (s.status, s.status))[0 if zh else 1]
    marks = [status]
    if s.swapped:
        marks.append("已调换" if zh else "swapped")
    if s.has_log:
        marks.append("有记录" if zh else "logged")
    line = f"[{s.id[:ID_SHOWN]}] {s.shift_date} {day} {s.window}  {_names(s)}  {' '.join(marks)}"
    return line + (f"  {s.note}" if s.note else "")


def rota_text(r: RotaView, zh: bool) -> str:
    if zh:
        days = "、".join(WEEKDAYS_ZH[d] for d in r.weekdays)
        return (f"[{r.id[:ID_SHOWN]}] {r.starts_on} 至 {r.ends_on}  每周{days}  "
                f"{'、'.join(r.windows)}  每班{r.per_shift}户  {r.shifts}班  {r.area}").rstrip()
    days = ",".join(WEEKDAYS_EN[d] for d in r.weekdays)
    return (f"[{r.id[:ID_SHOWN]}] {r.starts_on} to {r.ends_on}  {days}  {', '.join(r.windows)}"
            f"  {r.per_shift} per shift  {r.shifts} shifts  {r.area}").rstrip()


def fairness_text(lines: list[FairnessLine], zh: bool) -> str:
    head = "户主　轮值　已巡逻　缺勤" if zh else "head  turns  done  missed"
    return "\n".join([head, *(f"{f.head_name}　{f.planned}　{f.done}　{f.missed}"
                              for f in lines)])


def log_text(g: PatrolLogView, zh: bool) -> str:
    who = "、".join(g.participants)
    when = ""
    if g.actual_start is not None:
        when = f"{g.actual_start:%H:%M}" + (f"-{g.actual_end:%H:%M}" if g.actual_end else "")
    hazards = (f"  隐患：{g.hazards}" if zh else f"  hazards: {g.hazards}") if g.hazards else ""
    return f"{g.shift_date} {when or g.window}  {who}  {g.observations}{hazards}"


def _household(s: ShiftView, given: str, field: str) -> str:
    for h in s.households:
        if given in (h.id, h.head_name) or (len(given) >= 4 and h.id.startswith(given)):
            return h.id
    raise NotFound("household", given, field)


def cmd_rota(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    zh = out.lang == "zh"
    command = args.rota_command
    if command == "generate":
        data: dict[str, Any] = {"starts_on": args.start, "ends_on": args.end,
                                "per_shift": args.per_shift, "area": args.area,
                                "note": args.note, "replace": args.replace}
        weekdays = _weekdays(args.weekdays)
        if weekdays is not None:
            data["weekdays"] = weekdays
        if args.window:
            data["windows"] = args.window
        detail = patrols.generate_rota(ctx, args.group, data)
        out.data(detail, "\n".join([rota_text(detail.rota, zh),
                                    *(shift_text(s, zh) for s in detail.shifts),
                                    fairness_text(detail.fairness, zh)]))
    elif command == "list":
        rows = patrols.list_rotas(ctx, args.group)
        out.data(rows, "\n".join(rota_text(r, zh) for r in rows) or
                 ("没有轮值表" if zh else "no rotas"))
    elif command == "shifts":
        rows = patrols.shifts(ctx, args.group, from_date=_day(args.start, "from"),
                              to_date=_day(args.end, "to"))
        out.data(rows, "\n".join(shift_text(s, zh) for s in rows) or
                 ("没有班次" if zh else "no shifts"))
    elif command == "swap":
        a = patrols.get_shift(ctx, args.shift_a)
        b = patrols.get_shift(ctx, args.shift_b)
        rows = patrols.swap_shifts(ctx, {
            "shift_a": a.id, "household_a": _household(a, args.household_a, "household_a"),
            "shift_b": b.id, "household_b": _household(b, args.household_b, "household_b"),
            "note": args.note})
        out.data(rows, "\n".join(shift_text(s, zh) for s in rows))
    elif command == "missed":
        s = patrols.mark_missed(ctx, patrols.get_shift(ctx, args.shift).id,
                                {"reason": args.reason})
        out.data(s, shift_text(s, zh))
    else:  # "print"
        pdf, path = patrol_papers.save_rota(ctx, patrols.find_rota_id(ctx, args.rota), args.out)
        result = {"file": str(path), "pages": pdf.pages, "title": pdf.title}
        out.data(result, f"已保存 {path}（共{pdf.pages}页）" if zh else
                 f"saved {path} ({pdf.pages} pages)")
    return 0


def cmd_patrol(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    zh = out.lang == "zh"
    if args.patrol_command == "log":
        shift = patrols.get_shift(ctx, args.shift)
        view = patrols.record_log(ctx, shift.id, read_json(args.file))
        out.data(view, log_text(view, zh))
    else:  # "logs"
        rows = patrols.list_logs(ctx, args.group, from_date=_day(args.start, "from"),
                                 to_date=_day(args.end, "to"))
        out.data(rows, "\n".join(log_text(g, zh) for g in rows) or
                 ("没有巡逻记录" if zh else "no patrol logs"))
    return 0


HANDLERS: dict[str, Handler] = {"rota": cmd_rota, "patrol": cmd_patrol}
