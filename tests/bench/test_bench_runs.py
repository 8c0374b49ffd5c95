"""The benchmark runner keeps working (tiny size). Times are printed, never asserted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

RUNNER = Path(__file__).resolve().parents[2] / "bench" / "run.py"


def test_bench_runner_produces_all_measurements() -> None:
    result = subprocess.run([sys.executable, str(RUNNER), "--cases", "60", "--repeat", "1",
                             "--json"], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["demo"]["seconds"] > 0 and data["demo"]["raw_executemany_seconds"] > 0
    assert [r["query"] for r in data["search"]] == ["1 char", "2 chars", "4 chars",
                                                    "pinyin initials"]


@pytest.mark.slow
def test_ui_benchmarks_produce_all_measurements() -> None:
    # Start-up in fresh offscreen processes, and the case list on a small store.
    result = subprocess.run([sys.executable, str(RUNNER), "ui", "--cases", "120",
                             "--startup-cases", "40", "--repeat", "1", "--startup-repeat", "1",
                             "--json"], capture_output=True, text=True, timeout=600,
                            check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    startup = data["startup"]
    assert startup["cases"] == 40
    assert startup["app_ms"] > 0 and startup["bare_ms"] > 0 and startup["ratio"] > 0
    rows = {r["scenario"]: r for r in data["case_list"]["rows"]}
    assert list(rows)[:5] == ["first page (F5)", "status + type", "overdue only",
                              "search 王", "search 宅基地"]
    assert {f"sort {c}_asc" for c in ("case_no", "title", "category", "status", "received",
                                      "due")} <= set(rows)
    first = rows["first page (F5)"]
    assert first["total"] == 120 and first["rows"] == first["bare_rows"] == 120
    for row in rows.values():
        assert row["service_ms"] > 0 and row["page_ms"] > 0 and row["bare_sql_ms"] > 0
        # Our filter and the bare SQL find the same first page size.
        assert row["rows"] == row["bare_rows"]


def test_papers_benchmark_produces_its_ratios() -> None:
    result = subprocess.run([sys.executable, str(RUNNER), "papers", "--repeat", "1",
                             "--dossier-sessions", "1", "--json"], capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    papers = json.loads(result.stdout)["papers"]
    assert papers["agreement"]["pages"] >= 1 and papers["agreement"]["ratio"] > 0
    assert papers["dossier"]["pages"] > papers["agreement"]["pages"]
    assert papers["dossier"]["bare_reportlab_ms"] > 0


def test_sync_benchmark_prints_its_ratios() -> None:
    # Three tiny villages imported at a township; a 50-case village exported in full and
    # after a receipt and a few changes. Ratios printed; times never asserted.
    result = subprocess.run([sys.executable, str(RUNNER), "sync", "--bundles", "3",
                             "--bundle-cases", "20", "--export-cases", "50", "--touch", "3",
                             "--sync-repeat", "1"], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "sync import: 3 bundles × 20 cases" in out
    assert "→ import ratio" in out and "rows/s" in out
    assert "→ full export ratio" in out and "→ incremental export ratio" in out
    assert "3 cases touched" in out
    # The baselines handle exactly the rows our code does.
    pairs = re.findall(r"(\d+) rows / raw (\d+)", out)
    assert len(pairs) == 2 and all(a == b for a, b in pairs)


def test_statistics_benchmark_prints_its_ratios() -> None:
    result = subprocess.run([sys.executable, str(RUNNER), "statistics", "--cases", "80",
                             "--repeat", "1", "--json"], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    s = json.loads(result.stdout)["statistics"]
    assert s["report_year"]["cases"] > 0 and s["report_year"]["ratio"] > 0
    assert s["report_month"]["cases"] <= s["report_year"]["cases"]
    assert s["drill"]["baseline_ms"] > 0 and s["xlsx"]["cells"] > 0 and s["pdf"]["pages"] >= 1
