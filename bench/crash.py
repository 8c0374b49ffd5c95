"""Crash-safety count: SIGKILL the writing worker many times and check the folder after each.

    .venv/bin/python bench/crash.py                   # 200 runs, seed 1
    .venv/bin/python bench/crash.py --runs 500 --seed 7 --window 3
    .venv/bin/python bench/run.py crash --runs 200    # the same through the runner

The harness is tests/crash/harness.py (its docstring says when each kind of kill lands and
tests/crash/checks.py what is checked). Prints every run, then the runs, the kills per
operation in flight, the failures and a one-line summary; exit status 1 if any run failed.
POSIX only."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # tests.crash is not part of the installed package
    sys.path.insert(0, str(REPO))

from tests.crash.harness import CrashHarness, RunRecord  # noqa: E402


def run(root: Path, *, runs: int, seed: int, window: float = 1.5,
        verbose: bool = True) -> dict[str, Any]:
    def progress(record: RunRecord) -> None:
        if verbose:
            print(record.line(), file=sys.stderr, flush=True)
            for failure in record.failures[:10]:
                print(f"    {failure}", file=sys.stderr, flush=True)

    summary = CrashHarness(root, seed=seed, window_s=window, progress=progress).run(runs)
    return {
        "runs": len(summary.records), "seed": seed, "window_s": window,
        "seconds": round(summary.seconds, 1),
        "acknowledged_writes": sum(r.acks for r in summary.records),
        "temporary_files_swept": sum(r.swept for r in summary.records),
        "kill_points": dict(summary.kill_points().most_common()),
        "modes": {m: sum(1 for r in summary.records if r.mode == m)
                  for m in sorted({r.mode for r in summary.records})},
        "failures": [{"run": r.index, "mode": r.mode, "kill_point": r.kill_point,
                      "delay_s": round(r.delay_s, 3), "problems": r.failures}
                     for r in summary.failures],
        "store": summary.store, "summary": summary.one_line(), "lines": summary.lines(),
    }


def report(results: dict[str, Any]) -> list[str]:
    return list(results["lines"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=200, help="kills (default 200)")
    ap.add_argument("--seed", type=int, default=1, help="seeds the modes, delays and writes")
    ap.add_argument("--window", type=float, default=1.5,
                    help="seconds of writing within which a 'work' kill lands (default 1.5)")
    ap.add_argument("--keep", metavar="DIR", help="run in DIR and keep it (default: a temp dir)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    if args.keep:
        results = run(Path(args.keep), runs=args.runs, seed=args.seed, window=args.window,
                      verbose=not args.json)
    else:
        with tempfile.TemporaryDirectory(prefix="md-crash-") as tmp:
            results = run(Path(tmp), runs=args.runs, seed=args.seed, window=args.window,
                          verbose=not args.json)
    if args.json:
        print(json.dumps({k: v for k, v in results.items() if k != "lines"},
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(report(results)))
    return 1 if results["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
