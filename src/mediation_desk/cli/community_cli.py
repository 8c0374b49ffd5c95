"""Commands for households, joint-defence groups (联户联防) and incident reports (issue 5):
``household add/list/show``, ``group add/list/show/join/leave/head``, ``incident add/list``."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.commands_io import read_json
from mediation_desk.cli.output import Output
from mediation_desk.domain.community_views import (
    GroupDetail,
    GroupView,
    HouseholdView,
    IncidentView,
)
from mediation_desk.services import groups, households, incidents
from mediation_desk.services.incidents import IncidentFilter, local_date
from mediation_desk.wording import messages
from mediation_desk.wording.catalog_community import INCIDENT_KINDS, INCIDENT_ROUTES

Handler = Callable[[AppContext, argparse.Namespace, Output], int]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds this module's top-level commands to the parser."""
    hh = sub.add_parser("household", parents=[common], help="households (户) and their members")
    hs = hh.add_subparsers(dest="household_command", metavar="HOUSEHOLD_COMMAND", required=True)
    hs.add_parser("add", parents=[common]).add_argument("--file", required=True)
    hs.add_parser("list", parents=[common]).add_argument(
        "--search", default="", help="address, villager group or a member's name")
    hs.add_parser("show", parents=[common]).add_argument("household")

    grp = sub.add_parser("group", parents=[common], help="joint-defence groups (联户联防)")
    gs = grp.add_subparsers(dest="group_command", metavar="GROUP_COMMAND", required=True)
    gs.add_parser("add", parents=[common]).add_argument("--file", required=True)
    gs.add_parser("list", parents=[common])
    gs.add_parser("show", parents=[common]).add_argument("group")
    for name in ("join", "leave"):
        p = gs.add_parser(name, parents=[common])
        p.add_argument("group")
        p.add_argument("household")
        p.add_argument("--on", help="date (YYYY-MM-DD), default today")
    head = gs.add_parser("head", parents=[common], help="re-election: a new head")
    head.add_argument("group")
    head.add_argument("--person", required=True, help="the new head's person id")
    head.add_argument("--on", help="date elected (YYYY-MM-DD), default today")
    head.add_argument("--method", default="公推公选", help="公推公选 or 推荐+认定")

    inc = sub.add_parser("incident", parents=[common], help="group heads' incident reports")
    ins = inc.add_subparsers(dest="incident_command", metavar="INCIDENT_COMMAND", required=True)
    iadd = ins.add_parser("add", parents=[common],
                          help="routed_to mediation_committee needs \"case\" in the file")
    iadd.add_argument("group")
    iadd.add_argument("--file", required=True)
    ins.add_parser("list", parents=[common]).add_argument("--group")


def cmd_household(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.household_command == "add":
        view = households.add_household(ctx, read_json(args.file))
        out.data(view, _household_text(view, out.lang))
    elif args.household_command == "show":
        view = households.get_household(ctx, args.household)
        out.data(view, _household_text(view, out.lang))
    else:
        rows = households.list_households(ctx, search=args.search)
        out.data(rows, "\n".join(_household_line(h) for h in rows)
                 or _zh(out.lang, "没有找到农户。", "No households."))
    return 0


def cmd_group(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    c = args.group_command
    if c == "add":
        view = groups.add_group(ctx, read_json(args.file))
        out.data(view, _group_line(view, out.lang))
    elif c == "list":
        rows = groups.list_groups(ctx)
        out.data(rows, "\n".join(_group_line(g, out.lang) for g in rows)
                 or _zh(out.lang, "还没有联防组。", "No groups yet."))
    elif c == "head":
        view = groups.change_head(ctx, args.group, {"person_id": args.person,
                                                    "on_date": args.on, "method": args.method})
        out.data(view, _group_line(view, out.lang))
    else:
        if c == "show":
            detail = groups.get_group(ctx, args.group)
        else:
            change = groups.join_group if c == "join" else groups.leave_group
            detail = change(ctx, args.group, {"household_id": args.household,
                                              "on_date": args.on})
        out.data(detail, _group_detail_text(detail, out.lang))
    return 0


def cmd_incident(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.incident_command == "add":
        view = incidents.report_incident(ctx, args.group, read_json(args.file))
        out.data(view, _incident_line(view, out.lang))
    else:
        rows = incidents.list_incidents(ctx, IncidentFilter(group_id=args.group))
        out.data(rows, "\n".join(_incident_line(r, out.lang) for r in rows)
                 or _zh(out.lang, "没有情况报告。", "No incident reports."))
    return 0


HANDLERS: dict[str, Handler] = {"household": cmd_household, "group": cmd_group,
                                "incident": cmd_incident}


def _zh(lang: str, zh: str, en: str) -> str:
    return en if lang.startswith("en") else zh


def _pick(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    pair = table.get(code)
    return (pair[1] if lang.startswith("en") else pair[0]) if pair else code


def _household_line(h: HouseholdView) -> str:
    return f"{h.id}  {h.villager_group}  {h.address}  {h.head_name}  ({len(h.members)})" + (
        f"  {h.group_name}" if h.group_name else "")


def _household_text(h: HouseholdView, lang: str) -> str:
    lines = [_household_line(h)]
    for m in h.members:
        mark = _zh(lang, "户主", "head") if m.is_head else ""
        lines.append(f"  {m.name}  {messages.value_label(m.gender, lang)}  "
                     f"{m.age if m.age is not None else ''}  {m.id_number_masked}  "
                     f"{m.phone_masked}  {mark}".rstrip())
    return "\n".join(lines)


def _group_line(g: GroupView, lang: str) -> str:
    head = _zh(lang, "户长", "head")
    deputy = _zh(lang, "副户长", "deputy")
    line = (f"{g.id}  {g.name}  {head}：{g.head_name}  {deputy}：{g.deputy_name or '—'}  "
            f"{g.member_count}{_zh(lang, '户', ' households')}  "
            f"{_zh(lang, '任期至', 'term to')} {g.term_end or '—'}  "
            f"{messages.value_label(g.status, lang) if g.status == 'active' else _zh(lang, '已解散', 'dissolved')}")
    warnings = messages.describe_warning([w.model_dump() for w in g.warnings], lang)
    return "\n".join([line, *(f"  ⚠ {w}" for w in warnings)])


def _group_detail_text(d: GroupDetail, lang: str) -> str:
    lines = [_group_line(d.group, lang)]
    for m in d.members:
        until = f" — {m.left_on}" if m.left_on else ""
        lines.append(f"  {m.household_id}  {m.head_name}  {m.address}  {m.joined_on}{until}")
    return "\n".join(lines)


def _incident_line(r: IncidentView, lang: str) -> str:
    case = f"  {r.case_no}" if r.case_no else ""
    return (f"{r.id}  {local_date(r.reported_at)}  {r.group_name}  "
            f"{_pick(INCIDENT_KINDS, r.kind, lang)}  {_pick(INCIDENT_ROUTES, r.routed_to, lang)}"
            f"{case}  {r.description}")
