"""Commands for the mediator roster: mediator add/list/show/change/status/renew/training/
check/roster (issue 5). A mediator is named by its id or its exact name."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli import render
from mediation_desk.cli.commands_io import read_json
from mediation_desk.cli.output import Output
from mediation_desk.domain.enums import MediatorStatus
from mediation_desk.domain.roster_views import CommitteeCheck, RosterEntry, WarningView
from mediation_desk.services import mediators, roster, roster_changes, roster_export
from mediation_desk.wording.messages import message, value_label

Handler = Callable[[AppContext, argparse.Namespace, Output], int]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds this module's top-level commands to the parser."""
    med = sub.add_parser("mediator", parents=[common], help="mediator roster")
    ms = med.add_subparsers(dest="mediator_command", metavar="MEDIATOR_COMMAND", required=True)
    madd = ms.add_parser("add", parents=[common], help="add a mediator (MediatorInput JSON)")
    madd.add_argument("--file", required=True)
    mlist = ms.add_parser("list", parents=[common], help="every mediator, serving ones first")
    mlist.add_argument("--active", action="store_true", help="serving mediators only")
    show = ms.add_parser("show", parents=[common], help="one mediator in full")
    show.add_argument("mediator")
    change = ms.add_parser("change", parents=[common],
                           help="change fields (MediatorChangeInput JSON)")
    change.add_argument("mediator")
    change.add_argument("--file", required=True)
    status = ms.add_parser("status", parents=[common],
                           help="record a status change: resigned, recalled (Art. 15) …")
    status.add_argument("mediator")
    status.add_argument("--to", required=True, dest="to_status",
                        choices=[s.value for s in MediatorStatus])
    status.add_argument("--reason", required=True,
                        help="a misconduct code for recalled/dismissed, else a StatusReason")
    status.add_argument("--text", default="")
    status.add_argument("--on", default=None, help="YYYY-MM-DD (default today)")
    renew = ms.add_parser("renew", parents=[common], help="re-election / re-appointment")
    renew.add_argument("mediator")
    renew.add_argument("--on", default=None)
    renew.add_argument("--text", default="")
    training = ms.add_parser("training", parents=[common],
                             help="add a training record (TrainingInput JSON)")
    training.add_argument("mediator")
    training.add_argument("--file", required=True)
    ms.add_parser("check", parents=[common], help="committee checks (Law Arts. 8, 14)")
    out = ms.add_parser("roster", parents=[common], help="print the roster to PDF or .xlsx")
    out.add_argument("--out", required=True, help="FILE.pdf or FILE.xlsx")
    out.add_argument("--all", action="store_true", help="former mediators too")


def cmd_mediator(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    command = args.mediator_command
    if command == "add":
        view = mediators.add_mediator(ctx, read_json(args.file))
        out.data(view, render.mediators([view], out.lang))
    elif command == "list":
        rows = roster.roster(ctx, include_former=not args.active)
        out.data(rows, entries_text(rows, out.lang))
    elif command == "check":
        check = roster.committee_check(ctx)
        out.data(check, check_text(check, out.lang))
    elif command == "roster":
        target = args.out
        if str(target).lower().endswith(".xlsx"):
            path = roster_export.export_roster_xlsx(ctx, target, include_former=args.all)
        else:
            path = roster_export.save_roster_pdf(ctx, target, include_former=args.all)
        out.data({"file": str(path)}, ("名册已保存：" if out.lang == "zh"
                                       else "Roster written: ") + str(path))
    else:
        mid = roster.resolve_mediator(ctx, args.mediator)
        entry = _change(ctx, command, mid, args)
        out.data(entry, entry_text(entry, out.lang))
    return 0


def _change(ctx: AppContext, command: str, mid: str, args: argparse.Namespace) -> RosterEntry:
    if command == "change":
        return roster_changes.update_mediator(ctx, mid, read_json(args.file))
    if command == "status":
        data = {"to_status": args.to_status, "reason": args.reason, "note": args.text}
        if args.on:
            data["on_date"] = args.on
        return roster_changes.change_status(ctx, mid, data)
    if command == "renew":
        return roster_changes.renew_term(ctx, mid, {"note": args.text, **(
            {"on_date": args.on} if args.on else {})})
    if command == "training":
        return roster_changes.add_training(ctx, mid, read_json(args.file))
    return roster.mediator_detail(ctx, mid)


def _warnings(ws: list[WarningView], lang: str) -> list[str]:
    return ["⚠ " + message(w.code, w.params, lang) for w in ws]


def entries_text(rows: list[RosterEntry], lang: str) -> str:
    if not rows:
        return "还没有调解员。" if lang == "zh" else "No mediators yet."
    lines = []
    for e in rows:
        chief = ("（首席）" if lang == "zh" else " (chief)") if e.is_chief else ""
        lines.append(f"{e.id}  {e.name}  {value_label(e.role, lang)}{chief}  "
                     f"{value_label(e.status, lang)}  {e.term_end or ''}")
        lines += ["    " + w for w in _warnings(e.warnings, lang)]
    return "\n".join(lines)


def entry_text(e: RosterEntry, lang: str) -> str:
    zh = lang == "zh"
    lines = [entries_text([e], lang)]
    pairs = [("聘书编号" if zh else "certificate", e.certificate_no),
             ("上岗证" if zh else "work card", e.work_cert_no),
             ("专长" if zh else "specialties", "、".join(e.specialty_labels)),
             ("荣誉" if zh else "honours", "、".join(e.honours))]
    lines += [f"  {k}：{v}" for k, v in pairs if v]
    for t in e.trainings:
        lines.append(f"  {'培训' if zh else 'training'} {t.held_on} {t.organiser} {t.topic} "
                     f"{t.hours:g}{'学时' if zh else 'h'}")
    for h in e.history:
        lines.append(f"  {h.changed_on} {value_label(h.from_status, lang)} → "
                     f"{value_label(h.to_status, lang)} {h.reason_code} {h.reason_text}")
    return "\n".join(lines)


def check_text(c: CommitteeCheck, lang: str) -> str:
    zh = lang == "zh"
    head = (f"{c.committee_name}：委员 {c.member_count} 人（女 {c.women_count} 人），"
            f"聘任调解员 {c.hired_count} 人" if zh else
            f"{c.committee_name}: {c.member_count} members ({c.women_count} women), "
            f"{c.hired_count} hired")
    ok = "组成符合要求。" if zh else "Composition is in order."
    return "\n".join([head, *(_warnings(c.warnings, lang) or [ok])])


HANDLERS: dict[str, Handler] = {"mediator": cmd_mediator}
