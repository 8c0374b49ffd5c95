"""Benchmarks with an in-run baseline; prints medians and ratios (never asserted in tests).

    .venv/bin/python bench/run.py                 # core, full: 100,000 demo cases
    .venv/bin/python bench/run.py --cases 2000    # core, quick
    .venv/bin/python bench/run.py ui              # start-up (10,000) and case list (100,000)
    .venv/bin/python bench/run.py papers          # agreement and a 40-page dossier
    .venv/bin/python bench/run.py sync            # 100 bundles × 1,000 cases; export of 10,000
    .venv/bin/python bench/run.py sync --bundles 5 --bundle-cases 200 --export-cases 2000
    .venv/bin/python bench/run.py statistics      # reports over 100,000 cases (--cases)
    .venv/bin/python bench/run.py crash --runs 200   # SIGKILL harness (bench/crash.py)
    .venv/bin/python bench/run.py backup          # verified backups (300 and --cases)
    .venv/bin/python bench/run.py passwords       # the password hash paid at each sign-in
    .venv/bin/python bench/run.py all             # all seven

core:
1. demo generation (`mediation-desk demo --cases N`) against raw sqlite3 executemany inserts
   of the same number of case and party rows;
2. case search through the service (1-, 2-, 4-character queries, pinyin initials) against a
   raw FTS5 MATCH on the same index.
ui (bench_startup.py, bench_case_list.py):
3. start-up to the main window with its first case page, against a bare PySide6 window with
   a QTableView, each in fresh offscreen processes;
4. the case list's first rows, filters and column sorts (service and the real page) against
   a bare SQL `SELECT ... LIMIT 200` on the same file.
papers (bench_papers.py):
5. an agreement (our layout, and through the service) and a 40-page dossier, against bare
   reportlab building the same text with the same font.
sync (bench_sync.py; its docstring has the details):
6. a township importing 100 village bundles of 1,000 demo cases each (`import_bundles`: verify,
   decrypt, check, apply, index, receipts), against raw sqlite3 executemany of the same
   decrypted rows into a copy of the same empty township file, one transaction per bundle;
   rows/s, ratio, per-bundle median, and the first against the last tenth of the bundles
   (does a bundle cost more as the township grows?);
7. export of a 10,000-case village: the first (full) bundle, and an incremental one after the
   receipt came back and a tenth of the cases changed through a real service, each against a
   bare SELECT of the same rows + json.dumps + zlib.compress.
   Sizes: --bundles, --bundle-cases, --export-cases, --touch; --sync-repeat runs (default 3).
   Generating the 100 villages takes a few minutes; --store-cache DIR keeps them.
statistics (bench_statistics.py):
8. the yearly and the monthly report of a village with --cases demo cases against a bare
   GROUP BY category, status on the same file; the drill-down behind the year's biggest
   figure against a bare SELECT of 2,000 rows; the .xlsx and PDF of the year against bare
   openpyxl and bare reportlab with the same cells.
crash (crash.py; tests/crash/harness.py):
9. --runs SIGKILLs of a process writing through the services (cases, records, agreements,
   persons, backups; start-up and migrations), each followed by reopening and checking the
   folder: runs, kills per operation in flight, failures. Not timed against a baseline.
backup (bench_backup.py):
10. our verified backup (online backup, fsync, integrity_check of the copy, rename) against a
   bare sqlite3 .backup() of the same file, and quick_check / integrity_check at open, on the
   300-case demo village and on --cases.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import case_queries
from mediation_desk.services.demo.generate import generate
from mediation_desk.store.search_index import fts_query

QUERIES = (("1 char", "王"), ("2 chars", "赡养"), ("4 chars", "宅基地边"), ("pinyin initials", "zs"))


def median_time(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm caches
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def raw_inserts(path: Path, cases: int) -> float:
    """The floor: one transaction of executemany into tables as wide as ours."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE c (id TEXT PRIMARY KEY, case_no TEXT, title TEXT, facts TEXT, "
                "status TEXT, received_on TEXT, category TEXT, extra TEXT)")
    con.execute("CREATE TABLE p (id TEXT PRIMARY KEY, case_id TEXT, name TEXT, phone TEXT, "
                "address TEXT, extra TEXT)")
    facts = "张三与李四因宅基地边界发生争执，双方各执一词，经村调委会多次调解。" * 3
    t = time.perf_counter()
    with con:
        con.executemany("INSERT INTO c VALUES (?,?,?,?,?,?,?,?)",
                        ((f"c{i}", f"（2026）青石村人调字第{i}号", "甲与乙邻里纠纷", facts, "closed",
                          "2026-01-01", "neighbour", "{}") for i in range(cases)))
        con.executemany("INSERT INTO p VALUES (?,?,?,?,?,?)",
                        ((f"p{i}", f"c{i // 2}", "张三", "13800000000", "青石村三组", "{}")
                         for i in range(cases * 2)))
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def run_core(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    results: dict[str, Any] = {}
    raw = raw_inserts(root / "raw.sqlite3", args.cases)
    ctx = build_context(paths_under(root / "store"), actor="bench")
    t = time.perf_counter()
    report = generate(ctx, cases=args.cases, seed=args.seed)
    demo = time.perf_counter() - t
    results["demo"] = {"seconds": round(demo, 3), "raw_executemany_seconds": round(raw, 3),
                       "ratio": round(demo / raw, 1), "persons": report.persons}
    rows = []
    for label, query in QUERIES:
        match = fts_query(query)

        def ours(q: str = query) -> Any:
            return case_queries.search_cases(ctx, q, limit=50)

        def bare(m: str | None = match) -> Any:
            with ctx.engine.connect() as conn:
                return conn.exec_driver_sql(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 50",
                    (m,)).fetchall()

        hits = len(ours())
        a = median_time(ours, args.repeat)
        b = median_time(bare, args.repeat)
        rows.append({"query": label, "text": query, "hits": hits,
                     "service_ms": round(a * 1000, 2), "raw_fts_ms": round(b * 1000, 2),
                     "ratio": round(a / b, 1) if b else None})
    results["search"] = rows
    ctx.close()
    return results


def print_core(results: dict[str, Any]) -> None:
    d = results["demo"]
    print(f"demo generation: {d['seconds']:.2f} s vs raw executemany {d['raw_executemany_seconds']:.2f} s"
          f"  → ratio {d['ratio']}×  ({d['persons']} persons)")
    print(f"{'search':<18}{'hits':>6}{'service ms':>12}{'raw FTS ms':>12}{'ratio':>8}")
    for r in results["search"]:
        print(f"{r['query'] + ' ' + r['text']:<18}{r['hits']:>6}{r['service_ms']:>12}"
              f"{r['raw_fts_ms']:>12}{r['ratio']:>8}")


def run_ui(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    # Qt is loaded only for these benchmarks (offscreen, as in the tests).
    import bench_case_list
    import bench_startup
    from bench_stores import demo_store

    stores = Path(args.store_cache) if args.store_cache else root / "stores"
    startup_store = demo_store(stores, args.startup_cases, args.seed)
    startup = bench_startup.run(startup_store, cases=args.startup_cases,
                                repeat=args.startup_repeat)
    list_store = demo_store(stores, args.cases, args.seed)
    case_list = bench_case_list.run(list_store, cases=args.cases, repeat=args.repeat)
    return {"startup": startup, "case_list": case_list}


def print_ui(results: dict[str, Any]) -> None:
    import bench_case_list
    import bench_startup

    print("\n".join(bench_startup.report(results["startup"])))
    print("\n".join(bench_case_list.report(results["case_list"])))


def run_papers(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    import bench_papers

    return {"papers": bench_papers.run(root, repeat=args.repeat,
                                       dossier_sessions=args.dossier_sessions)}


def run_sync(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    import bench_sync

    stores = Path(args.store_cache) if args.store_cache else root / "stores"
    touch = args.export_cases // 10 if args.touch is None else args.touch
    return {"sync": bench_sync.run(root, stores, bundles=args.bundles,
                                   bundle_cases=args.bundle_cases,
                                   export_cases=args.export_cases, touch=max(1, touch),
                                   seed=args.seed, repeat=args.sync_repeat)}


def run_statistics(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    import bench_statistics

    stores = Path(args.store_cache) if args.store_cache else root / "stores"
    return {"statistics": bench_statistics.run(root, stores, cases=args.cases, seed=args.seed,
                                               repeat=args.repeat)}


def run_crash(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    import crash

    return {"crash": crash.run(root / "crash", runs=args.runs, seed=args.seed,
                               verbose=not args.json)}


def run_passwords(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    import bench_passwords

    return {"passwords": bench_passwords.run(root, repeat=max(5, min(args.repeat, 15)))}


def run_backup(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    import bench_backup

    stores = Path(args.store_cache) if args.store_cache else root / "stores"
    return {"backup": bench_backup.run(root, stores, cases=sorted({300, args.cases}),
                                       seed=args.seed, repeat=args.repeat)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suite", nargs="?", default="core",
                    choices=("core", "ui", "papers", "sync", "statistics", "crash", "backup",
                             "passwords", "all"),
                    help="core: demo generation and search (default); ui: start-up and the "
                         "case list; papers: printed papers; sync: USB bundle import and "
                         "export; statistics: reports; crash: SIGKILL harness; backup: verified "
                         "backups and the checks at open (300 and --cases); all: every suite")
    ap.add_argument("--cases", type=int, default=100_000,
                    help="demo cases for core and for the case list (default 100,000)")
    ap.add_argument("--startup-cases", type=int, default=10_000,
                    help="demo cases in the store the start-up benchmark opens")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--startup-repeat", type=int, default=7,
                    help="start-ups of each kind (each a fresh process)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--store-cache", metavar="DIR",
                    help="keep the ui suite's demo stores here and reuse them next time")
    ap.add_argument("--dossier-sessions", type=int, default=15,
                    help="session records in the dossier case (15 give about 40 pages)")
    ap.add_argument("--bundles", type=int, default=100,
                    help="sync: village bundles the township imports (default 100)")
    ap.add_argument("--bundle-cases", type=int, default=1000,
                    help="sync: demo cases in each village bundle (default 1,000)")
    ap.add_argument("--export-cases", type=int, default=10_000,
                    help="sync: demo cases in the exporting village (default 10,000)")
    ap.add_argument("--touch", type=int,
                    help="sync: cases changed before the incremental export (default a tenth)")
    ap.add_argument("--sync-repeat", type=int, default=3,
                    help="sync: runs of each import and export (median; default 3)")
    ap.add_argument("--runs", type=int, default=200, help="crash: kills (default 200)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    results: dict[str, Any] = {"cases": args.cases, "python_sqlite": sqlite3.sqlite_version,
                               "at": datetime.now(UTC).isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        root = Path(tmp)
        if args.suite in ("core", "all"):
            results.update(run_core(args, root))
        if args.suite in ("ui", "all"):
            results.update(run_ui(args, root))
        if args.suite in ("papers", "all"):
            results.update(run_papers(args, root))
        if args.suite in ("sync", "all"):
            results.update(run_sync(args, root))
        if args.suite in ("statistics", "all"):
            results.update(run_statistics(args, root))
        if args.suite in ("crash", "all"):
            results.update(run_crash(args, root))
        if args.suite in ("backup", "all"):
            results.update(run_backup(args, root))
        if args.suite in ("passwords", "all"):
            results.update(run_passwords(args, root))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    print(f"Mediation Desk benchmarks — {args.cases} cases, SQLite {sqlite3.sqlite_version}, "
          f"median of {args.repeat}")
    if "demo" in results:
        print_core(results)
    if "startup" in results:
        print_ui(results)
    if "papers" in results:
        import bench_papers

        print("\n".join(bench_papers.report(results["papers"])))
    if "sync" in results:
        import bench_sync

        print("\n".join(bench_sync.report(results["sync"])))
    if "statistics" in results:
        import bench_statistics

        print("\n".join(bench_statistics.report(results["statistics"])))
    if "crash" in results:
        import crash

        print("\n".join(crash.report(results["crash"])))
    if "backup" in results:
        import bench_backup

        print("\n".join(bench_backup.report(results["backup"])))
    if "passwords" in results:
        import bench_passwords

        print("\n".join(bench_passwords.report(results["passwords"])))
    return 1 if results.get("crash", {}).get("failures") else 0


if __name__ == "__main__":
    sys.exit(main())
