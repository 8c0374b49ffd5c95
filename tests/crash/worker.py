"""The process the crash harness kills: real writes through the services, one line per step.

    python tests/crash/worker.py DATA_DIR --seed N [--ops N]

Before each service call it prints ``BEGIN <kind>``; after the call returned (the unit of work
has committed) ``ACK <kind> <id> <detail>``. Each line is flushed at once, so the lines the
parent reads after a SIGKILL are exactly the steps that were started and acknowledged; the
last ``BEGIN`` without its ``ACK`` is the step the kill interrupted.

Kinds: open (build_context: migrations, WAL recovery), init (station + mediator on a fresh
folder), case (register 2–3 parties), accept, mediate (start mediation), record (a mediation
session or an investigation), agreement (an oral agreement), reach (reach agreement), person,
backup (``services.maintenance.backup``). A refusal by the rules prints ``REFUSED``; anything
else ends the worker with exit status 3 (the harness reports it)."""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.idnumber import check_digit
from mediation_desk.paths import paths_under
from mediation_desk.services import agreements, case_actions, case_records, maintenance
from mediation_desk.services.case_register import register_case
from mediation_desk.services.mediators import add_mediator, list_mediators
from mediation_desk.services.persons import add_person
from mediation_desk.services.station import get_station, init_station

# A fixed "now" (2026-11-21, Beijing): every date the worker writes is valid against it.
NOW = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
# Names with characters outside the Basic Multilingual Plane (𠮷) and from Extension A (䶮):
# a torn write would show as broken UTF-8 or a wrong length.
SURNAMES = ("王", "李", "张", "𠮷", "赵", "䶮", "刘", "陈")
GIVEN = ("䶮", "𠮷田", "建国", "秀英", "桂花", "小明", "德㵘", "志强")
WEIGHTS = {"case": 5, "accept": 3, "mediate": 2, "record": 3, "agreement": 2, "reach": 2,
           "person": 3, "backup": 1}


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Worker:
    def __init__(self, ctx: AppContext, rng: random.Random, mediator_id: str) -> None:
        self.ctx = ctx
        self.rng = rng
        self.mediator_id = mediator_id
        # Cases this run created, by the step they are ready for.
        self.registered: list[str] = []
        self.accepted: list[str] = []
        self.mediating: list[str] = []
        self.agreed: list[str] = []

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def id_number(self) -> str:
        born = date(1940 + self.rng.randrange(60), 1 + self.rng.randrange(12),
                    1 + self.rng.randrange(28))
        body = f"510108{born:%Y%m%d}{self.rng.randrange(1000):03d}"
        return body + check_digit(body)

    def available(self) -> list[str]:
        ready = {"case", "person", "backup"}
        if self.registered:
            ready.add("accept")
        if self.registered or self.accepted:
            ready.add("record")
        if self.accepted:
            ready.add("mediate")
        if self.mediating:
            ready.update({"record", "agreement"})
        if self.agreed:
            ready.add("reach")
        return sorted(ready)

    def step(self) -> None:
        kinds = self.available()
        kind = self.rng.choices(kinds, weights=[WEIGHTS[k] for k in kinds])[0]
        run: Callable[[], str] = getattr(self, f"do_{kind}")
        say(f"BEGIN {kind}")
        try:
            detail = run()
        except DomainError as exc:
            say(f"REFUSED {kind} {exc.code}")
            return
        say(f"ACK {kind} {detail}")

    def do_case(self) -> str:
        n = self.rng.choice((2, 2, 3))
        parties: list[dict[str, Any]] = []
        for i in range(n):
            who: dict[str, Any] = {"name": self.name(), "address": f"青石村{i + 1}组"}
            if self.rng.random() < 0.3:
                who["id_number"] = self.id_number()
            else:
                who["gender"] = self.rng.choice(("male", "female"))
            parties.append({"role": ("applicant", "respondent", "third")[i], "consented": True,
                            "person": who})
        detail = register_case(self.ctx, {
            "category": "neighbour", "source": "party_application", "received_on": "2026-11-02",
            "facts": "双方因院墙滴水发生争执，涉及𠮷家与䶮家的排水沟。", "requests": ["改造排水"],
            "parties": parties})
        case_id = detail.summary.id
        self.registered.append(case_id)
        names = ",".join(p.name for p in detail.parties)
        return f"{case_id} parties={len(detail.parties)} no={detail.summary.case_no} names={names}"

    def do_accept(self) -> str:
        case_id = self.registered.pop(0)
        case_actions.perform_action(self.ctx, case_id, "accept", {
            "host_mediator_id": self.mediator_id, "on_date": "2026-11-03"})
        self.accepted.append(case_id)
        return case_id

    def do_mediate(self) -> str:
        case_id = self.accepted.pop(0)
        case_actions.perform_action(self.ctx, case_id, "start_mediation", {
            "notice_given_to_all": True, "on_date": "2026-11-03"})
        self.mediating.append(case_id)
        return case_id

    def do_record(self) -> str:
        if self.mediating:
            case_id = self.rng.choice(self.mediating)
            case_records.add_session(self.ctx, case_id, {
                "held_on": "2026-11-05", "result": "continue", "content": "双方各自陈述，𠮷某同意让步。",
                "mediator_ids": [self.mediator_id]})
            return f"{case_id} session"
        case_id = self.rng.choice(self.registered + self.accepted)
        case_records.add_investigation(self.ctx, case_id, {
            "held_on": "2026-11-02", "interviewee_name": self.name(), "content": "现场查看排水沟。"})
        return f"{case_id} investigation"

    def do_agreement(self) -> str:
        case_id = self.mediating.pop(0)
        detail = agreements.record_agreement(self.ctx, case_id, {
            "kind": "oral", "terms": ["一方于月底前改造排水沟。"], "reached_on": "2026-11-06"})
        self.agreed.append(case_id)
        return f"{case_id} {detail.agreements[-1].id}"

    def do_reach(self) -> str:
        case_id = self.agreed.pop(0)
        case_actions.perform_action(self.ctx, case_id, "reach_agreement",
                                    {"on_date": "2026-11-06"})
        return case_id

    def do_person(self) -> str:
        who: dict[str, Any] = {"name": self.name(), "address": "青石村五组"}
        if self.rng.random() < 0.5:
            who["id_number"] = self.id_number()
        view = add_person(self.ctx, who)
        return f"{view.id} name={view.name}"

    def do_backup(self) -> str:
        return maintenance.backup(self.ctx).name


def ensure_station(ctx: AppContext) -> str:
    """The mediator's id; on a fresh (just migrated) folder the station is set up first."""
    if get_station(ctx) is None:
        say("BEGIN init")
        init_station(ctx, kind="village", code="510100000001", name="青石村人民调解委员会",
                     township_name="青龙镇", county_name="成华县")
        add_mediator(ctx, {"person": {"name": "王调解", "gender": "female",
                                      "birth_date": "1970-05-05"},
                           "role": "chair", "appointed_on": "2025-01-01"})
        say("ACK init -")
    found = list_mediators(ctx, active_only=True)
    if not found:
        raise SystemExit("no active mediator in the folder")
    return found[0].id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="write until killed")
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ops", type=int, default=0, help="stop after N steps (0: until killed)")
    args = ap.parse_args(argv)
    say("BEGIN open")
    ctx = build_context(paths_under(args.data_dir), actor="crash-worker", clock=lambda: NOW)
    say(f"ACK open {getattr(ctx.migration_backup, 'name', '-')}")
    worker = Worker(ctx, random.Random(args.seed), ensure_station(ctx))
    done = 0
    while not args.ops or done < args.ops:
        worker.step()
        done += 1
    ctx.close()
    say("DONE")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # noqa: BLE001 - the harness reads the reason from stdout
        say(f"CRASH {type(exc).__name__}: {exc}")
        raise SystemExit(3) from exc
