"""What must hold after a kill: the folder opens, SQLite and the app's own checks pass, every
acknowledged write is there and whole, no record is half-written, no temporary file remains,
every backup opens, and the station takes a new write.

Checks read the database with plain SQL (not the read models) so that a bug in the services
cannot hide a bug in what they stored."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.idnumber import check_digit
from mediation_desk.paths import paths_under
from mediation_desk.services import maintenance
from mediation_desk.services.case_register import register_case
from mediation_desk.services.mediators import add_mediator
from mediation_desk.services.station import get_station, init_station

NOW = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
# Names a temporary file gets while it is written (store.files.write_atomically: .md-*.part;
# SQLite's rollback journal of a non-WAL copy). None may survive the next open.
TEMP_SUFFIXES = (".part", ".tmp", "-journal")
TEMP_PREFIXES = (".md-",)


@dataclass
class Ledger:
    """Everything the worker acknowledged in one folder, over all runs so far."""

    cases: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    accepted: set[str] = field(default_factory=set)
    started: set[str] = field(default_factory=set)
    reached: set[str] = field(default_factory=set)
    sessions: Counter[str] = field(default_factory=Counter)
    investigations: Counter[str] = field(default_factory=Counter)
    agreements: dict[str, str] = field(default_factory=dict)
    persons: dict[str, str] = field(default_factory=dict)
    backups: list[str] = field(default_factory=list)
    probes: int = 0  # cases the checker itself registered

    def take(self, kind: str, words: list[str]) -> None:
        """One ``ACK <kind> <words…>`` line of the worker."""
        if kind == "case":
            info = dict(w.split("=", 1) for w in words[1:] if "=" in w)
            names = tuple(info.get("names", "").split(","))
            self.cases[words[0]] = (int(info["parties"]), names)
        elif kind == "accept":
            self.accepted.add(words[0])
        elif kind == "mediate":
            self.started.add(words[0])
        elif kind == "reach":
            self.reached.add(words[0])
        elif kind == "record":
            (self.sessions if words[1] == "session" else self.investigations)[words[0]] += 1
        elif kind == "agreement":
            self.agreements[words[1]] = words[0]
        elif kind == "person":
            self.persons[words[0]] = words[1].removeprefix("name=")
        elif kind == "backup":
            self.backups.append(words[0])


def temp_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.is_file() and (p.name.endswith(TEMP_SUFFIXES)
                                      or p.name.startswith(TEMP_PREFIXES)))


def sqlite_file_ok(path: Path) -> str:
    """integrity_check of a copy, opened read-only; 'ok' or what is wrong."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"{type(exc).__name__}: {exc}"
    return "ok" if rows == ["ok"] else "; ".join(map(str, rows[:5]))


def _ids(con: sqlite3.Connection, sql: str, *args: object) -> set[str]:
    return {r[0] for r in con.execute(sql, args)}


def acknowledged_missing(con: sqlite3.Connection, ledger: Ledger) -> Iterator[str]:
    """Every acknowledged write is there, whole."""
    parties: dict[str, list[str]] = {}
    for case_id, name in con.execute(
            "SELECT case_id, snapshot_name FROM case_party ORDER BY case_id, order_no"):
        parties.setdefault(case_id, []).append(name)
    registered = _ids(con, "SELECT entity_id FROM event_log WHERE action = 'case.register'")
    for case_id, (count, names) in ledger.cases.items():
        got = parties.get(case_id, [])
        if case_id not in registered:
            yield f"acknowledged case {case_id} has no case.register event"
        if len(got) != count or (names != ("",) and tuple(got) != names):
            yield f"acknowledged case {case_id}: parties {got}, expected {count} {names}"
    cases = {r[0]: r[1:] for r in con.execute(
        "SELECT id, status, accepted_on FROM mediation_case")}
    for case_id in ledger.cases.keys() - cases.keys():
        yield f"acknowledged case {case_id} is missing"
    events = Counter(con.execute("SELECT case_id, action FROM event_log "
                                 "WHERE case_id IS NOT NULL").fetchall())
    for ids, action in ((ledger.accepted, "case.accept"),
                        (ledger.started, "case.start_mediation"),
                        (ledger.reached, "case.reach_agreement")):
        for case_id in ids:
            if not events[(case_id, action)]:
                yield f"acknowledged {action} of {case_id} is missing"
    for case_id in ledger.accepted:
        if case_id in cases and cases[case_id][1] is None:
            yield f"acknowledged accept of {case_id}: no accepted_on"
    for case_id in ledger.reached:
        if case_id in cases and cases[case_id][0] != "agreement_reached":
            yield f"case {case_id} acknowledged as agreed is {cases[case_id][0]}"
    for table, wanted in (("mediation_session", ledger.sessions),
                          ("investigation_record", ledger.investigations)):
        have = Counter(r[0] for r in con.execute(f"SELECT case_id FROM {table}"))
        for case_id, n in wanted.items():
            if have[case_id] < n:
                yield f"{table}: {have[case_id]} rows for {case_id}, {n} acknowledged"
    agreements = dict(con.execute("SELECT id, case_id FROM agreement").fetchall())
    for agreement_id, case_id in ledger.agreements.items():
        if agreements.get(agreement_id) != case_id:
            yield f"acknowledged agreement {agreement_id} of {case_id} is missing"
    persons = dict(con.execute("SELECT id, name FROM person").fetchall())
    for person_id, name in ledger.persons.items():
        if persons.get(person_id) != name:
            yield f"acknowledged person {person_id} {name!r} is {persons.get(person_id)!r}"


def half_written(con: sqlite3.Connection) -> Iterator[str]:
    """A record without the rows written with it in the same transaction."""
    for (case_id,) in con.execute(
            "SELECT c.id FROM mediation_case c LEFT JOIN case_party p ON p.case_id = c.id "
            "GROUP BY c.id HAVING count(p.id) = 0"):
        yield f"case {case_id} has no party"
    for case_id, n in con.execute(
            "SELECT c.id, (SELECT count(*) FROM event_log e WHERE e.action = 'case.register' "
            "AND e.entity_id = c.id) FROM mediation_case c"):
        if n != 1:
            yield f"case {case_id} has {n} case.register events"
    for (entity_id,) in con.execute(
            "SELECT entity_id FROM event_log WHERE action = 'case.register' "
            "AND entity_id NOT IN (SELECT id FROM mediation_case)"):
        yield f"case.register event for a missing case {entity_id}"
    for (case_id,) in con.execute(
            "SELECT id FROM mediation_case WHERE id NOT IN "
            "(SELECT entity_id FROM search_doc WHERE kind = 'case')"):
        yield f"case {case_id} is not in the search index"
    for (person_id,) in con.execute(
            "SELECT entity_id FROM event_log WHERE action = 'person.add' AND entity_id NOT IN "
            "(SELECT entity_id FROM search_doc WHERE kind = 'person')"):
        yield f"person {person_id} is not in the search index"
    for (person_id,) in con.execute(
            "SELECT entity_id FROM event_log WHERE action = 'person.add' "
            "AND entity_id NOT IN (SELECT id FROM person)"):
        yield f"person.add event for a missing person {person_id}"
    events = Counter(con.execute("SELECT case_id, action FROM event_log "
                                 "WHERE case_id IS NOT NULL").fetchall())
    for table, action in (("mediation_session", "case.session"),
                          ("investigation_record", "case.investigation"),
                          ("agreement", "case.agreement")):
        rows = Counter(r[0] for r in con.execute(f"SELECT case_id FROM {table}"))
        logged = Counter({k[0]: v for k, v in events.items() if k[1] == action})
        if rows != logged:
            yield f"{table} rows {dict(rows - logged)} / events {dict(logged - rows)} differ"
    yield from _status_follows_events(con)


def _status_follows_events(con: sqlite3.Connection) -> Iterator[str]:
    # The case's status is the "after" status of its latest status-changing event.
    last: dict[str, str] = {"": ""}
    for case_id, after in con.execute(
            "SELECT case_id, after FROM event_log WHERE case_id IS NOT NULL "
            "AND action LIKE 'case.%' ORDER BY change_seq, rowid"):
        status = json.loads(after or "null") or {}
        if isinstance(status, dict) and "status" in status:
            last[case_id] = status["status"]
    for case_id, status in con.execute("SELECT id, status FROM mediation_case"):
        if last.get(case_id, "registered") != status:
            yield f"case {case_id} is {status} but its events say {last.get(case_id)}"


def check_backups(backups_dir: Path, seen: dict[str, str], acked: list[str],
                  since_ns: int) -> Iterator[str]:
    """Every backup opens and passes integrity_check (each file checked once); the newest
    backup this run acknowledged is there, unless a later one (made before the kill, and
    maybe thinning the old ones) is."""
    if not backups_dir.is_dir():
        return
    files = [p for p in backups_dir.iterdir() if p.is_file() and p.suffix == ".sqlite3"]
    for p in files:
        key = f"{p.stat().st_size}:{p.stat().st_mtime_ns}"
        if seen.get(p.name) == key:
            continue
        result = sqlite_file_ok(p)
        if result != "ok":
            yield f"backup {p.name} fails integrity_check: {result}"
        else:
            seen[p.name] = key
    if acked and not (backups_dir / acked[-1]).exists() \
            and not any(p.stat().st_mtime_ns >= since_ns for p in files):
        yield f"acknowledged backup {acked[-1]} is missing"


def open_station(data_dir: Path) -> AppContext:
    ctx = build_context(paths_under(data_dir), actor="crash-check", clock=lambda: NOW)
    if get_station(ctx) is None:  # a migration run killed before its station was set up
        init_station(ctx, kind="village", code="510100000001", name="青石村人民调解委员会",
                     township_name="青龙镇", county_name="成华县")
        add_mediator(ctx, {"person": {"name": "王调解", "gender": "female",
                                      "birth_date": "1970-05-05"},
                           "role": "chair", "appointed_on": "2025-01-01"})
    return ctx


def probe_write(ctx: AppContext, ledger: Ledger) -> None:
    """The reopened station takes a new write (kept in the ledger for the next runs), with
    an ID number: it needs the ID-number key, which a kill during set-up might have torn."""
    ledger.probes += 1
    born = date(1950, 1, 1) + timedelta(days=ledger.probes)
    body = f"110105{born:%Y%m%d}001"  # not the worker's area code: never a duplicate
    detail = register_case(ctx, {
        "category": "neighbour", "source": "party_application", "received_on": "2026-11-02",
        "facts": "重新打开后登记的案件。", "parties": [
            {"role": "applicant", "consented": True,
             "person": {"name": "𠮷检查", "id_number": body + check_digit(body)}},
            {"role": "respondent", "consented": True, "person": {"name": "䶮检查"}}]})
    ledger.cases[detail.summary.id] = (2, ("𠮷检查", "䶮检查"))


def verify(data_dir: Path, ledger: Ledger, seen_backups: dict[str, str], *,
           new_backups: list[str] | None = None, since_ns: int = 0) -> list[str]:
    """Reopen the folder in this process and return what is wrong (empty: all good).

    ``new_backups``: the backups acknowledged in this run; ``since_ns``: when it started."""
    failures: list[str] = []
    try:
        ctx = open_station(data_dir)
    except Exception as exc:  # noqa: BLE001 - a folder that does not open is the finding
        return [f"does not open again: {type(exc).__name__}: {exc}"]
    try:
        failures += [f"temporary file left after reopening: {t}" for t in temp_files(data_dir)]
        report = maintenance.check(ctx)
        if not report.ok:
            failures.append(f"maintenance.check: integrity={report.sqlite_integrity} "
                            f"fk={report.foreign_key_violations} index={report.search_index_ok} "
                            f"problems={[p.code for p in report.problems]}")
        con = sqlite3.connect(f"file:{ctx.paths.db_path}?mode=ro", uri=True)
        try:
            integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                failures.append(f"PRAGMA integrity_check: {integrity[:5]}")
            failures += list(acknowledged_missing(con, ledger))
            failures += list(half_written(con))
        finally:
            con.close()
        failures += list(check_backups(ctx.paths.backups_dir, seen_backups, new_backups or [],
                                       since_ns))
        try:
            probe_write(ctx, ledger)
        except Exception as exc:  # noqa: BLE001
            failures.append(f"no new write after reopening: {type(exc).__name__}: {exc}")
    finally:
        ctx.close()
    return failures
