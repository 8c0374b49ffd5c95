"""Commands for family ties and conflict-of-interest checks (issue 5):

    relative add --person ID --relative ID --relation REL [--note T]
    relative list PERSON_ID
    relative remove RELATION_ID --reason T
    conflicts CASE [--mediator ID]"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.output import Output
from mediation_desk.domain.enums import Relation
from mediation_desk.domain.relation_views import ConflictView, RelativeView
from mediation_desk.services import conflicts, relations
from mediation_desk.wording.conflict_text import conflict_sentence, relation_label
from mediation_desk.wording.messages import message

Handler = Callable[[AppContext, argparse.Namespace, Output], int]

RELATIONS = [r.value for r in Relation]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds this module's top-level commands to the parser."""
    rel = sub.add_parser("relative", parents=[common],
                         help="family ties between registered persons (for recusal checks)")
    rs = rel.add_subparsers(dest="relative_command", metavar="RELATIVE_COMMAND", required=True)
    add = rs.add_parser("add", parents=[common],
                        help="record that --relative is --person's --relation")
    add.add_argument("--person", required=True, help="person id")
    add.add_argument("--relative", required=True, help="the relative's person id")
    add.add_argument("--relation", required=True, choices=RELATIONS,
                     help="what the relative is to the person: " + ", ".join(RELATIONS))
    add.add_argument("--note")
    lst = rs.add_parser("list", parents=[common], help="a person's recorded relatives")
    lst.add_argument("person_id")
    rm = rs.add_parser("remove", parents=[common], help="void a tie (kept in the records)")
    rm.add_argument("relation_id")
    rm.add_argument("--reason", required=True)
    con = sub.add_parser("conflicts", parents=[common],
                         help="conflict-of-interest warnings for a case's mediators")
    con.add_argument("case", help="case number or id")
    con.add_argument("--mediator", help="check this mediator (assigned or not) instead")


def _relatives_text(rows: list[RelativeView], lang: str) -> str:
    if not rows:
        return "没有登记亲属关系" if lang == "zh" else "No relatives recorded"
    lines = []
    for r in rows:
        label = relation_label(r.relation, r.gender, lang)
        extra = ("（同户）" if lang == "zh" else " (same household)") if r.same_household else ""
        note = f"　{r.note}" if r.note else ""
        lines.append(f"{r.id}　{r.name}　{label}{extra}　{r.id_number_masked}{note}")
    return "\n".join(lines)


def _conflicts_text(rows: list[ConflictView], lang: str) -> str:
    if not rows:
        return "未发现需要回避提示的情形" if lang == "zh" else "No conflict of interest found"
    lines = [f"- {conflict_sentence(c, lang)}" for c in rows]
    lines.append(message("conflict.right", {}, lang))
    return "\n".join(lines)


def cmd_relative(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.relative_command == "add":
        view = relations.add_relation(ctx, {
            "person_id": args.person, "relative_id": args.relative,
            "relation": args.relation, "note": args.note or ""})
        out.data(view, _relatives_text([view], out.lang))
    elif args.relative_command == "list":
        rows = relations.relatives_of(ctx, args.person_id)
        out.data(rows, _relatives_text(rows, out.lang))
    else:
        relations.remove_relation(ctx, args.relation_id, {"reason": args.reason})
        out.data({"ok": True, "removed": args.relation_id},
                 "已删除（记录保留备查）" if out.lang == "zh" else "Removed (kept on record)")
    return 0


def cmd_conflicts(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.mediator:
        rows = conflicts.mediator_conflicts(ctx, args.case, args.mediator)
    else:
        rows = conflicts.case_conflicts(ctx, args.case)
    out.data(rows, _conflicts_text(rows, out.lang))
    return 0


HANDLERS: dict[str, Handler] = {"relative": cmd_relative, "conflicts": cmd_conflicts}
