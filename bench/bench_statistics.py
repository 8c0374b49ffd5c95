"""Statistics benchmark: the yearly and monthly report of a village with many cases, and the
drill-down behind its biggest figure, against the least SQL any such report needs.

Baselines, run on the same file in the same run:
- report: one ``SELECT category, status, COUNT(*) ... GROUP BY`` over the same cases (a bare
  tally by category and status, no outcome rules, no rates, no trend, no screening);
- drill-down: a bare ``SELECT`` of the first 2,000 case rows of the period;
- export: our .xlsx workbook against a bare openpyxl workbook with the same number of cells,
  and our PDF against bare reportlab setting the same figures as one plain table."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

from bench_stores import demo_store, median_ms, ratio

from mediation_desk.bootstrap import build_context
from mediation_desk.domain.statistics_views import DrillRequest
from mediation_desk.paths import paths_under
from mediation_desk.services import statistics, statistics_drill, statistics_export

_TALLY = ("SELECT category_code, status, COUNT(*) FROM mediation_case WHERE voided_at IS NULL"
          " AND received_on BETWEEN ? AND ? GROUP BY category_code, status")
_ROWS = ("SELECT * FROM mediation_case WHERE voided_at IS NULL AND received_on BETWEEN ? AND ?"
         " ORDER BY received_on LIMIT 2000")


def run(root: Path, stores: Path, *, cases: int, seed: int, repeat: int) -> dict[str, Any]:
    data = demo_store(stores, cases, seed)
    ctx = build_context(paths_under(data), actor="bench")
    db = sqlite3.connect(paths_under(data).db_path)
    out: dict[str, Any] = {"cases": cases}
    try:
        years = db.execute("SELECT year, COUNT(*) FROM mediation_case GROUP BY year "
                           "ORDER BY 2 DESC").fetchall()
        busiest = str(years[0][0])
        month = db.execute("SELECT substr(received_on, 1, 7), COUNT(*) FROM mediation_case "
                           "GROUP BY 1 ORDER BY 2 DESC").fetchone()[0]
        for label, key in (("year", busiest), ("month", month)):
            p = statistics.resolve_period(key)
            span = (p.start.isoformat(), p.end.isoformat())
            rep = statistics.report(ctx, key)
            ours = median_ms(lambda k=key: statistics.report(ctx, k), repeat)
            base = median_ms(lambda s=span: db.execute(_TALLY, s).fetchall(), repeat)
            out[f"report_{label}"] = {"period": key, "cases": rep.total.get("registered"),
                                      "ms": ours, "baseline_ms": base,
                                      "ratio": ratio(ours, base)}
        p = statistics.resolve_period(busiest)
        span = (p.start.isoformat(), p.end.isoformat())
        req = DrillRequest(period=busiest, measure="registered")
        ours = median_ms(lambda: statistics_drill.cases_behind(ctx, req), repeat)
        base = median_ms(lambda: db.execute(_ROWS, span).fetchall(), repeat)
        out["drill"] = {"ms": ours, "baseline_ms": base, "ratio": ratio(ours, base)}
        rep = statistics.report(ctx, busiest)
        out["xlsx"] = _xlsx(ctx, rep, root, repeat)
        out["pdf"] = _pdf(ctx, rep, repeat)
    finally:
        db.close()
        ctx.close()
    return out


def _xlsx(ctx: Any, rep: Any, root: Path, repeat: int) -> dict[str, Any]:
    from openpyxl import Workbook, load_workbook

    target = root / "statistics.xlsx"
    statistics_export.export(ctx, rep, "xlsx", target)
    cells = sum(ws.max_row * ws.max_column for ws in load_workbook(target).worksheets)
    width = 14

    def bare() -> None:
        wb = Workbook()
        ws = wb.active
        for n in range(cells):
            ws.cell(row=n // width + 1, column=n % width + 1, value=n)
        wb.save(io.BytesIO())

    ours = median_ms(lambda: statistics_export.export(ctx, rep, "xlsx", target), repeat)
    base = median_ms(bare, repeat)
    return {"cells": cells, "ms": ours, "baseline_ms": base, "ratio": ratio(ours, base)}


def _pdf(ctx: Any, rep: Any, repeat: int) -> dict[str, Any]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from mediation_desk.services import papers

    chain = papers.font_chain(ctx)
    pdf = statistics_export.render_pdf(ctx, rep)
    rows = [[r.label, *(str(v) for v in r.tally.counts.values())]
            for r in [*rep.by_category, *rep.by_source]]

    def bare() -> None:
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4))
        table = Table(rows)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), chain.main_name)])
        doc.build([table])

    ours = median_ms(lambda: statistics_export.render_pdf(ctx, rep), repeat)
    base = median_ms(bare, repeat)
    return {"pages": pdf.pages, "ms": ours, "baseline_ms": base, "ratio": ratio(ours, base)}


def report(r: dict[str, Any]) -> list[str]:
    lines = [f"\nstatistics — a village of {r['cases']:,} demo cases (median ms, ratio to "
             "baseline)"]
    for key in ("report_year", "report_month"):
        x = r[key]
        lines.append(f"  report {x['period']:<8} {x['cases']:>7,} cases  {x['ms']:>9.1f} ms  "
                     f"vs GROUP BY {x['baseline_ms']:.1f} ms  = {x['ratio']}×")
    for key, base in (("drill", "bare SELECT of 2,000 rows"), ("xlsx", "bare openpyxl"),
                      ("pdf", "bare reportlab table")):
        x = r[key]
        lines.append(f"  {key:<16} {x['ms']:>9.1f} ms  vs {base} {x['baseline_ms']:.1f} ms  "
                     f"= {x['ratio']}×")
    return lines
