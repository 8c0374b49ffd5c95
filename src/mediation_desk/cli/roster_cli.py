"""Commands for mediator roster: mediator add/list/… (issue 5)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli import render
from mediation_desk.cli.commands_io import read_json
from mediation_desk.cli.output import Output
from mediation_desk.services import mediators

Handler = Callable[[AppContext, argparse.Namespace, Output], int]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds this module's top-level commands to the parser."""
    med = sub.add_parser("mediator", parents=[common], help="mediator roster")
    ms = med.add_subparsers(dest="mediator_command", metavar="MEDIATOR_COMMAND", required=True)
    madd = ms.add_parser("add", parents=[common])
    madd.add_argument("--file", required=True)
    ms.add_parser("list", parents=[common])


def cmd_mediator(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.mediator_command == "add":
        view = mediators.add_mediator(ctx, read_json(args.file))
        out.data(view, render.mediators([view], out.lang))
    else:
        rows = mediators.list_mediators(ctx)
        out.data(rows, render.mediators(rows, out.lang))
    return 0


HANDLERS: dict[str, Handler] = {"mediator": cmd_mediator}
