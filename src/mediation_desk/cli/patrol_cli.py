"""Commands for patrol rotas, swaps, missed shifts and patrol logs (issue 5)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.output import Output

Handler = Callable[[AppContext, argparse.Namespace, Output], int]
HANDLERS: dict[str, Handler] = {}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds this module's top-level commands to the parser."""
