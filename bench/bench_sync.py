"""USB sync: a township importing many village bundles, and a large village exporting.

    .venv/bin/python bench/run.py sync                       # 100 × 1,000 cases; 10,000 cases
    .venv/bin/python bench/run.py sync --bundles 5 --bundle-cases 200 --export-cases 2000

Import. ``--bundles`` real villages, each a station of its own (own id, keys, committee,
code 51010000NNNN) filled with ``generate(cases=--bundle-cases, seed=seed+i)``, enrolled
with one township and exported once (standard level: the village's first bundle, so all of
it). Every village is generated for real rather than cloned and re-keyed with SQL: a copy
would carry the same demo data under new ids, and a re-keying script would be a second,
untested writer of our sync columns. Building 100 villages takes a few minutes; with
``--store-cache DIR`` the township and its bundles are kept and reused. Timed:

* ours — ``sync_import.import_bundles`` of all files into a fresh township (a copy of the
  same enrolled-nowhere township the bundles are addressed to): verify, decrypt, check every
  row, apply in one transaction per bundle, search index, ledger, signed receipt written;
  first-contact villages confirmed by the callback;
* baseline — the same decrypted payload rows (every column as it travels; JSON columns as
  text) inserted with the standard ``sqlite3`` module's ``executemany`` into a copy of the
  same migrated, empty township file, one transaction per bundle, with our engine's pragmas
  (WAL, ``synchronous=FULL``, foreign keys, checked at commit). Decrypting and parsing the
  payload for the baseline is not timed.

Export. A village of ``--export-cases`` demo cases (the ui suite's cached demo store when
``--store-cache`` is given), enrolled with the township:

* full — ``sync_export.export_bundle`` with nothing acknowledged yet (every row it holds);
* incremental — after the township imported that bundle and the village imported the
  receipt, ``--touch`` cases (default a tenth) get an investigation record through
  ``case_records.add_investigation`` (a real service: a new record, the case row's new
  version, an event), then ``export_bundle`` carries only what changed since;
* baseline for both — the same rows (same partition and change range) read with a bare
  ``SELECT *`` through ``sqlite3``, one ``json.dumps`` line per row, ``zlib.compress`` level
  6 — what the export does minus our code (no signature, encryption, file write and
  read-back, set digest or export log).

Medians of ``--sync-repeat`` runs (default 3; no warm-up run, a 100-bundle import takes
minutes). Per-bundle import times also show whether a bundle costs more as the township
grows: compare the median of the first and the last tenth.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import time
import zlib
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from bench_stores import demo_store, ratio

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import case_records, sync_export, sync_import, sync_keys
from mediation_desk.services.case_queries import MAX_PAGE, CaseFilter, list_cases
from mediation_desk.services.demo.generate import generate
from mediation_desk.services.station import init_station
from mediation_desk.services.sync_receipts import import_receipt
from mediation_desk.store.sync_repo import TABLES
from mediation_desk.sync import envelope
from mediation_desk.sync import keys as station_keys

TOWNSHIP = {"kind": "township", "code": "510100000000", "name": "青龙镇司法所",
            "county_name": "演示县"}
# Statuses in which add_investigation accepts a record (case_records.BEFORE_AGREEMENT).
OPEN = ("registered", "accepted", "in_mediation", "escalated")
_DONE = "bench-sync-complete"


def _open(root: Path) -> AppContext:
    return build_context(paths_under(root), actor="bench")


def _copy(src: Path, dst: Path) -> Path:
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    return dst


# --- fixture: a township and one bundle per village --------------------------------------------

def build_bundles(parent: Path, *, bundles: int, cases: int, seed: int) -> Path:
    """``parent/sync-…/``: ``township/`` (no village known yet), ``township.mzid`` and
    ``bundles/*.mzb`` addressed to it; reused when complete."""
    root = parent / f"sync-{bundles}x{cases}-seed-{seed}"
    if (root / _DONE).exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    ctx = _open(root / "township")
    try:
        init_station(ctx, **TOWNSHIP)
        sync_keys.export_identity(ctx, root / "township.mzid")
    finally:
        ctx.close()
    identity = sync_keys.read_identity(root / "township.mzid")
    (root / "bundles").mkdir()
    for i in range(bundles):
        village = root / "village"
        ctx = _open(village)
        try:
            init_station(ctx, kind="village", code=f"51010000{i + 1:04d}",
                         name=f"试点{i + 1:03d}村人民调解委员会",
                         township_name="青龙镇", county_name="演示县")
            generate(ctx, cases=cases, seed=seed + i)
            sync_keys.enroll(ctx, identity)
            sync_export.export_bundle(ctx, root / "bundles")
        finally:
            ctx.close()
        shutil.rmtree(village)  # 15 MB each; only the bundle is needed
    (root / _DONE).write_text("ok\n", encoding="utf-8")
    return root


# --- import: ours -----------------------------------------------------------------------------

def _import_ours(fixture: Path, files: list[Path], work: Path) -> dict[str, Any]:
    ctx = _open(_copy(fixture / "township", work / "township"))
    (work / "receipts").mkdir()
    marks: list[float] = []
    try:
        t = time.perf_counter()
        views = sync_import.import_bundles(
            ctx, files, confirm=lambda _identity: True, receipts_dir=work / "receipts",
            progress=lambda _done, _total: marks.append(time.perf_counter()))
        total = time.perf_counter() - t
    finally:
        ctx.close()
    bad = [v for v in views if v.status != "imported" or v.digest != "match"
           or not v.receipt_path]
    if bad:
        raise RuntimeError(f"import did not apply cleanly: {bad[0]!r}")
    shutil.rmtree(work)
    return {"seconds": total, "per_bundle": [b - a for a, b in pairwise(marks)],
            "rows": sum(v.rows.get("inserted", 0) for v in views)}


# --- import: the raw sqlite3 floor ------------------------------------------------------------

def _payload_groups(path: Path, keys: station_keys.StationKeys) -> list[tuple[str, list[tuple]]]:
    """The decrypted rows of a bundle as (INSERT statement, parameter rows), in file order
    (parents first) with consecutive rows of one table and column set grouped."""
    plain = envelope.open_payload(envelope.read(path), keys)
    groups: list[tuple[str, list[tuple]]] = []
    for line in plain.split(b"\n"):
        row = json.loads(line)
        data: dict[str, Any] = row["d"]
        columns = ", ".join(f'"{c}"' for c in data)
        sql = f'INSERT INTO "{row["t"]}" ({columns}) VALUES ({", ".join("?" * len(data))})'
        values = tuple(json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                       for v in data.values())
        if groups and groups[-1][0] == sql:
            groups[-1][1].append(values)
        else:
            groups.append((sql, [values]))
    return groups


def _import_raw(fixture: Path, files: list[Path], work: Path) -> dict[str, Any]:
    keys = station_keys.load_keys(fixture / "township" / "keys")
    db = _copy(fixture / "township", work / "raw") / "mediation-desk.sqlite3"
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        con.execute(f"PRAGMA {pragma}")
    per_bundle, rows = [], 0
    try:
        for path in files:
            groups = _payload_groups(path, keys)  # untimed: decrypt and parse
            t = time.perf_counter()
            con.execute("BEGIN")
            con.execute("PRAGMA defer_foreign_keys=ON")  # parents may follow (cycles)
            for sql, params in groups:
                con.executemany(sql, params)
            con.execute("COMMIT")
            per_bundle.append(time.perf_counter() - t)
            rows += sum(len(p) for _, p in groups)
    finally:
        con.close()
    shutil.rmtree(work)
    return {"seconds": sum(per_bundle), "per_bundle": per_bundle, "rows": rows}


def run_import(fixture: Path, work: Path, repeat: int) -> dict[str, Any]:
    files = sorted((fixture / "bundles").glob(f"*{sync_export.BUNDLE_SUFFIX}"))
    ours, raw = [], []
    for n in range(repeat):  # alternating, so a busy spell on the machine hits both
        ours.append(_import_ours(fixture, files, work / f"ours-{n}"))
        raw.append(_import_raw(fixture, files, work / f"raw-{n}"))
    a = statistics.median(r["seconds"] for r in ours)
    b = statistics.median(r["seconds"] for r in raw)
    def per_bundle(runs: list[dict[str, Any]]) -> list[float]:
        """Each bundle's median over the runs, in import order."""
        return [statistics.median(t) for t in zip(*(r["per_bundle"] for r in runs), strict=True)]

    per, raw_per = per_bundle(ours), per_bundle(raw)
    tenth = max(1, len(per) // 10)
    return {"bundles": len(files), "rows": ours[0]["rows"], "raw_rows": raw[0]["rows"],
            "repeat": repeat, "seconds": round(a, 2), "raw_seconds": round(b, 3),
            "rows_per_s": round(ours[0]["rows"] / a), "raw_rows_per_s": round(raw[0]["rows"] / b),
            "bundle_ms": round(statistics.median(x for r in ours for x in r["per_bundle"]) * 1000),
            "raw_bundle_ms": round(
                statistics.median(x for r in raw for x in r["per_bundle"]) * 1000, 1),
            "first_tenth_ms": round(statistics.median(per[:tenth]) * 1000),
            "last_tenth_ms": round(statistics.median(per[-tenth:]) * 1000),
            "raw_first_tenth_ms": round(statistics.median(raw_per[:tenth]) * 1000, 1),
            "raw_last_tenth_ms": round(statistics.median(raw_per[-tenth:]) * 1000, 1),
            "ratio": ratio(a, b)}


# --- export -----------------------------------------------------------------------------------

def _raw_export(db: Path, after: int, upto: int) -> int:
    """The floor: the same partition rows by change range, one JSON line each, zlib."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        origin = con.execute("SELECT id FROM station WHERE is_local").fetchone()[0]
        lines: list[bytes] = []
        for table in TABLES:
            cur = con.execute(f'SELECT * FROM "{table}" WHERE origin_station_id = ? AND '
                              "change_seq > ? AND change_seq <= ? ORDER BY change_seq",
                              (origin, after, upto))
            names = [d[0] for d in cur.description]
            lines.extend(json.dumps({"t": table, "d": dict(zip(names, row, strict=True))},
                                    ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                         for row in cur)
        zlib.compress(b"\n".join(lines), 6)
        return len(lines)
    finally:
        con.close()


def _timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def _touch(ctx: AppContext, count: int) -> int:
    """Give up to ``count`` open cases an investigation record through the real service."""
    done = 0
    while done < count:
        page = list_cases(ctx, CaseFilter(statuses=OPEN, limit=min(MAX_PAGE, count - done),
                                          offset=done))
        if not page.rows:
            break
        for case in page.rows:
            case_records.add_investigation(ctx, case.id, {
                "place": "村委会", "interviewee_name": "王某", "content": "回访核实：双方情绪平稳。"})
            done += 1
    return done


def _export_pair(ctx: AppContext, out: Path, db: Path, repeat: int) -> dict[str, Any]:
    n = iter(range(repeat))
    ours, view = _timed(lambda: sync_export.export_bundle(ctx, out / f"x{next(n)}"), repeat)
    base, rows = _timed(lambda: _raw_export(db, view.seq_from - 1, view.seq_to), repeat)
    return {"seconds": round(ours, 3), "raw_seconds": round(base, 3), "ratio": ratio(ours, base),
            "rows": view.row_count, "raw_rows": rows, "cases": view.case_count,
            "bytes": Path(view.file_path).stat().st_size, "view": view}


def run_export(fixture: Path, stores: Path, work: Path, *, cases: int, touch: int, seed: int,
               repeat: int) -> dict[str, Any]:
    village = _copy(demo_store(stores, cases, seed), work / "village")
    db = paths_under(village).db_path
    ctx = _open(village)
    tctx = _open(_copy(fixture / "township", work / "township"))
    try:
        sync_keys.enroll(ctx, sync_keys.read_identity(fixture / "township.mzid"))
        full = _export_pair(ctx, work / "full", db, repeat)
        # Acknowledge it: the township imports the bundle, the village the receipt.
        (work / "receipts").mkdir()
        t = time.perf_counter()
        got = sync_import.import_bundle(tctx, Path(full["view"].file_path),
                                        confirm=lambda _identity: True,
                                        receipts_dir=work / "receipts")
        township_import = time.perf_counter() - t
        ack = import_receipt(ctx, Path(got.receipt_path)) if got.receipt_path else None
        if got.status != "imported" or ack is None or ack.status != "imported":
            raise RuntimeError(f"acknowledgement failed: {got!r} {ack!r}")
        touched = _touch(ctx, touch)
        incremental = _export_pair(ctx, work / "incremental", db, repeat)
    finally:
        ctx.close()
        tctx.close()
    shutil.rmtree(work)
    for r in (full, incremental):
        del r["view"]
    return {"cases": cases, "repeat": repeat, "full": full,
            "incremental": {**incremental, "touched": touched},
            "township_import_s": round(township_import, 2)}


def run(root: Path, stores: Path, *, bundles: int, bundle_cases: int, export_cases: int,
        touch: int, seed: int, repeat: int) -> dict[str, Any]:
    t = time.perf_counter()
    fixture = build_bundles(stores, bundles=bundles, cases=bundle_cases, seed=seed)
    built = time.perf_counter() - t
    out = {"import": {**run_import(fixture, root / "sync-import", repeat),
                      "cases_per_bundle": bundle_cases, "build_s": round(built, 1)}}
    out["export"] = run_export(fixture, stores, root / "sync-export", cases=export_cases,
                               touch=touch, seed=seed, repeat=repeat)
    return out


def report(r: dict[str, Any]) -> list[str]:
    i, e = r["import"], r["export"]
    lines = [
        f"sync import: {i['bundles']} bundles × {i['cases_per_bundle']} cases, {i['rows']} rows "
        f"(fixture ready in {i['build_s']} s), median of {i['repeat']}:",
        f"  import_bundles   {i['seconds']:>10.2f} s {i['rows_per_s']:>9} rows/s   "
        f"per bundle {i['bundle_ms']} ms (first tenth {i['first_tenth_ms']} ms, "
        f"last tenth {i['last_tenth_ms']} ms)",
        f"  raw executemany  {i['raw_seconds']:>10.2f} s {i['raw_rows_per_s']:>9} rows/s   "
        f"per bundle {i['raw_bundle_ms']} ms (first tenth {i['raw_first_tenth_ms']} ms, "
        f"last tenth {i['raw_last_tenth_ms']} ms; {i['raw_rows']} rows)",
        f"  → import ratio {i['ratio']}×",
        f"sync export: {e['cases']} demo cases, median of {e['repeat']} "
        f"(township import of the full bundle, for the receipt: {e['township_import_s']} s):"]
    for name, x in (("full", e["full"]), ("incremental", e["incremental"])):
        what = (f"{x['touched']} cases touched, " if name == "incremental" else "")
        lines.append(
            f"  {name:<12} export_bundle {x['seconds'] * 1000:>9.1f} ms vs SELECT+json+zlib "
            f"{x['raw_seconds'] * 1000:>8.1f} ms  → {name} export ratio {x['ratio']}×  "
            f"({what}{x['cases']} cases, {x['rows']} rows / raw {x['raw_rows']}, "
            f"{x['bytes'] // 1024} KiB)")
    return lines
