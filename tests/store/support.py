"""Shared builders for the store tests: service-level data without ID numbers (so that many
registrations do not trip the duplicate-ID rule), raw table reads, and child processes that
open the same data folder as the test."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlmodel import Session

from mediation_desk.store.tables import SYNCED_TABLES, Station
from tests.services.helpers import case_data

ROOT = Path(__file__).resolve().parents[2]

# A child process cannot share the test's FakeClock; this fixed "now" (2026-11-21 10:00 in
# Beijing, as in tests/conftest.py) keeps `received_on` dates valid in the child too.
CHILD_PRELUDE = textwrap.dedent("""\
    import sys
    from datetime import UTC, datetime
    from pathlib import Path

    from mediation_desk.bootstrap import build_context
    from mediation_desk.paths import paths_under

    def fixed_clock():
        return datetime(2026, 11, 21, 2, 0, tzinfo=UTC)

    def open_ctx(actor="子进程"):
        return build_context(paths_under(Path(sys.argv[1])), actor=actor, clock=fixed_clock)
    """)


def plain_case(n: int, **overrides: Any) -> dict[str, Any]:
    """A valid case whose parties carry no ID number or phone: registrable any number of times."""
    parties = [
        {"role": "applicant", "consented": True,
         "person": {"name": f"赵{n}", "gender": "male", "address": "青石村一组"}},
        {"role": "respondent", "consented": True,
         "person": {"name": f"钱{n}", "gender": "female", "address": "青石村二组"}},
    ]
    return case_data(parties=parties, facts=f"第{n}起纠纷：宅基地边界争议。", **overrides)


def child(code: str, *args: str | Path) -> subprocess.Popen[str]:
    """Start ``python -c CHILD_PRELUDE + code`` with the repo root as working directory, so
    ``tests.*`` helpers import in the child as they do here."""
    return subprocess.Popen(
        [sys.executable, "-c", CHILD_PRELUDE + textwrap.dedent(code), *map(str, args)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen[str], timeout: float = 60) -> str:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"child failed ({proc.returncode}):\n{err}"
    return out


def last_change_seq(engine: Engine) -> int:
    with Session(engine) as s:
        return int(s.scalars(select(Station.last_change_seq).where(Station.is_local)).one())


def row_counts(engine: Engine) -> dict[str, int]:
    """Row count of every synced table (plus the counter and search tables)."""
    with Session(engine) as s:
        counts = {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
                  for m in SYNCED_TABLES}
        for table in ("case_number_counter", "search_doc"):
            counts[table] = int(s.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
    return counts
