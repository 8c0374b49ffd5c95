"""Keeping the store healthy: integrity check and backups."""

from __future__ import annotations

from pathlib import Path

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import IntegrityProblem, IntegrityReport
from mediation_desk.services.backups import backup_now
from mediation_desk.store import integrity, repos
from mediation_desk.store.tables import CaseParty, EventLog, MediationCase, Person


def check(ctx: AppContext, *, full: bool = True) -> IntegrityReport:
    """SQLite integrity, foreign keys, search index, and the case rules that must hold.
    ``full=False``: SQLite's quick_check instead of integrity_check (seconds less on a big
    store; it does not compare indexes with their tables)."""
    problems: list[IntegrityProblem] = []
    with ctx.uow() as uow:
        s = uow.session
        sqlite_ok = integrity.sqlite_integrity(s, quick=not full)
        fk = integrity.foreign_key_violations(s)
        index_ok = integrity.search_index_ok(s)
        for code, entity, entity_id, params in integrity.rule_violations(s):
            problems.append(IntegrityProblem(code=code, entity=entity, entity_id=entity_id,
                                             params=params))
        counts = {"cases": repos.count_rows(s, MediationCase),
                  "persons": repos.count_rows(s, Person),
                  "parties": repos.count_rows(s, CaseParty),
                  "events": repos.count_rows(s, EventLog)}
    ok = sqlite_ok == "ok" and fk == 0 and index_ok and not problems
    return IntegrityReport(ok=ok, sqlite_integrity=sqlite_ok, foreign_key_violations=fk,
                           search_index_ok=index_ok, problems=problems, counts=counts)


def backup(ctx: AppContext, dest_dir: Path | None = None) -> Path:
    """A verified copy of the database (online backup API + integrity check of the copy),
    logged; see ``services/backups.backup_now``."""
    return Path(backup_now(ctx, kind="manual", dest_dir=dest_dir).path)
