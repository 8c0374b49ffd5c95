"""A child process for the write-failure tests: real limits, no mocks.

    python tests/store/write_failure_child.py SCENARIO DATA_DIR TARGET [--limit N] [--nobody]

``--limit N`` sets RLIMIT_FSIZE (soft) to N bytes with SIGXFSZ ignored, so writing past N
bytes into any file fails with EFBIG, as on a full disk. ``--nobody`` (when run as root)
drops to uid/gid 65534 after the work was done once as root: the interpreter's own files are
not readable by nobody on every machine, so everything the scenario imports is loaded first.

Scenarios (the error is printed as one JSON line: code, exception, errno):
  paper   save a blank agreement PDF to TARGET (sized so the limit cuts it in half)
  backup  ``maintenance.backup`` into the folder TARGET
  bundle  a full sync export into the folder TARGET (the village must be enrolled)
  open    ``build_context`` on DATA_DIR
  fill    register cases in DATA_DIR until the disk is full, check the store, delete the
          file TARGET (made first, --limit bytes) to free space and register once more
  cli     run the command line with the arguments after ``--`` (``OUT`` stands for TARGET)
          and exit with its status; with --nobody it runs first as root on --warm-data and
          --warm-out"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.cli import main as cli_main
from mediation_desk.paths import paths_under
from mediation_desk.services import maintenance, papers, sync_export
from mediation_desk.services.case_register import register_case
from mediation_desk.store.write_errors import classify

NOW = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
NOBODY = 65534


def limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills us at the limit
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))


def drop_privileges() -> None:
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)


def report(run: Callable[[], Any]) -> int:
    try:
        run()
    except Exception as exc:  # noqa: BLE001 - the finding is printed for the test
        errno_ = next((e.errno for e in (exc, exc.__cause__) if isinstance(e, OSError)), None)
        print(json.dumps({"ok": False, "code": classify(exc), "exc": type(exc).__name__,
                          "errno": errno_, "message": str(exc)}, ensure_ascii=False))
        return 1
    print(json.dumps({"ok": True}))
    return 0


def fill(ctx: AppContext, filler: Path, size: int) -> int:
    """On a small real file system: register until it is full; nothing may be half-written,
    and once space is freed writing goes on."""
    from tests.store.support import plain_case

    filler.write_bytes(b"\0" * size)
    done, failure = 0, None
    while failure is None and done < 5000:
        try:
            register_case(ctx, plain_case(done))
            done += 1
        except Exception as exc:  # noqa: BLE001 - the finding
            failure = exc
    report = maintenance.check(ctx)
    cases = maintenance.check(ctx).counts["cases"]
    filler.unlink()
    after = register_case(ctx, plain_case(done)).summary.case_no
    print(json.dumps({"registered": done, "code": classify(failure) if failure else None,
                      "exc": type(failure).__name__, "check_ok": report.ok, "cases": cases,
                      "after": after, "check_after": maintenance.check(ctx).ok},
                     ensure_ascii=False))
    return 0


def main() -> int:
    argv = sys.argv[1:]
    extra: list[str] = []
    if "--" in argv:
        argv, extra = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    ap = argparse.ArgumentParser()
    ap.add_argument("scenario", choices=("paper", "backup", "bundle", "open", "fill", "cli"))
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("target", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--nobody", action="store_true")
    ap.add_argument("--warm-data", type=Path, help="--nobody: data folder of the warm-up")
    ap.add_argument("--warm-out", type=Path, help="cli --nobody: OUT of the warm-up")
    args = ap.parse_args(argv)
    if args.scenario == "cli":
        def command(data: Path, out: Path) -> list[str]:
            return ["--data-dir", str(data), *(str(out) if a == "OUT" else a for a in extra)]

        if args.nobody:
            # The same command once as root on scratch copies: loads every module it needs
            # while the interpreter's own files are still readable.
            cli_main(command(args.warm_data or args.data_dir, args.warm_out or args.target))
            drop_privileges()
        return cli_main(command(args.data_dir, args.target))
    if args.scenario == "open":
        if args.nobody:
            build_context(paths_under(args.warm_data or args.data_dir), actor="warm").close()
            drop_privileges()
        return report(lambda: build_context(paths_under(args.data_dir), actor="x",
                                            clock=lambda: NOW))
    ctx = build_context(paths_under(args.data_dir), actor="x", clock=lambda: NOW)
    if args.scenario == "fill":
        return fill(ctx, args.target, args.limit or 65536)
    if args.scenario == "paper":
        pdf = papers.render_blank(ctx, "agreement")
        limit_file_size(args.limit or len(pdf.data) // 2)
        return report(lambda: papers.save_pdf(ctx, pdf, args.target))
    if args.scenario == "backup":
        if args.limit:
            limit_file_size(args.limit)
        return report(lambda: maintenance.backup(ctx, args.target))
    if args.limit:
        limit_file_size(args.limit)
    return report(lambda: sync_export.export_bundle(ctx, args.target, full=True))


if __name__ == "__main__":
    sys.exit(main())
