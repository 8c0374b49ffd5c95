"""Command line interface ``mediation-desk``. Never imports Qt: with no command (or ``gui``)
it hands over to the desktop app by module name, so the core stays importable headless."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from mediation_desk.cli.parser import build_parser

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2

log = logging.getLogger("mediation_desk.cli")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    lang = args.lang or os.environ.get("MEDIATION_DESK_LANG", "zh")
    if args.command in (None, "gui"):
        return _start_gui(args)
    if args.command == "screenshots":
        return _take_screenshots(args)
    from mediation_desk.cli import commands, output
    from mediation_desk.domain.errors import DomainError
    from mediation_desk.wording.write_failures import plain_failure

    out = output.Output(json_mode=args.json, lang=lang)
    try:
        return commands.dispatch(args, out)
    except DomainError as exc:
        # An export that failed because the disk is full or the folder read-only: say that.
        disk = plain_failure(exc)
        out.error((disk or exc).to_dict())
        return EXIT_INVALID if disk is None else EXIT_FAILED
    except commands.InputFileError as exc:
        out.error({"code": exc.code, "field": "file", "params": exc.params})
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: never show a traceback
        where = commands.log_failure(args, exc)
        disk = plain_failure(exc)  # disk full, read-only folder, locked, I/O: said plainly
        if disk is not None:
            out.error(disk.to_dict())
            return EXIT_FAILED
        out.error({"code": "internal.unexpected", "field": None,
                   "params": {"kind": type(exc).__name__, "log": str(where or "")}})
        return EXIT_FAILED


def _start_gui(args: Any) -> int:
    try:
        app = importlib.import_module("mediation_desk.ui.app")
    except ImportError as exc:
        sys.stderr.write(f"无法启动图形界面：{exc}\n")
        return EXIT_FAILED
    forwarded: list[str] = []
    if args.data_dir:
        forwarded += ["--data-dir", args.data_dir]
    if args.lang:
        forwarded += ["--lang", args.lang]
    return int(app.main(forwarded) or 0)


def _take_screenshots(args: Any) -> int:
    try:
        shots = importlib.import_module("mediation_desk.ui.screenshots")
    except ImportError as exc:
        sys.stderr.write(f"无法加载图形界面：{exc}\n")
        return EXIT_FAILED
    forwarded = ["--out", args.out]
    if args.township:
        forwarded.append("--township")
    for option, value in (("--data-dir", args.data_dir), ("--lang", args.lang),
                          ("--text-size", args.text_size), ("--demo-cases", args.demo_cases)):
        if value is not None:
            forwarded += [option, str(value)]
    return int(shots.main(forwarded) or 0)
