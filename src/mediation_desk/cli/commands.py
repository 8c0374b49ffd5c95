"""One handler per command: parse arguments, call one service, print the result."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.cli import (
    accounts_cli,
    audit_cli,
    backup_cli,
    community_cli,
    patrol_cli,
    relations_cli,
    render,
    report_cli,
    roster_cli,
    screening_cli,
    sync_cli,
)
from mediation_desk.cli.commands_io import InputFileError as InputFileError
from mediation_desk.cli.commands_io import read_json
from mediation_desk.cli.output import Output
from mediation_desk.domain.errors import DomainError
from mediation_desk.paths import resolve_paths
from mediation_desk.services import (
    agenda,
    agreements,
    case_actions,
    case_marks,
    case_queries,
    case_records,
    case_register,
    persons,
    station,
)


def open_context(args: argparse.Namespace) -> AppContext:
    return build_context(resolve_paths(args.data_dir), actor=args.user or "")


def dispatch(args: argparse.Namespace, out: Output) -> int:
    handler = {
        "init": cmd_init, "demo": cmd_demo, "case": cmd_case, "person": cmd_person,
        "render": cmd_render, **backup_cli.HANDLERS,
        **roster_cli.HANDLERS, **relations_cli.HANDLERS, **community_cli.HANDLERS,
        **patrol_cli.HANDLERS, **screening_cli.HANDLERS, **sync_cli.HANDLERS,
        **report_cli.HANDLERS, **accounts_cli.HANDLERS, **audit_cli.HANDLERS,
    }.get(args.command)
    if handler is None:  # backups, restore: they must work when the store will not open
        return backup_cli.WITHOUT_CONTEXT[args.command](args, out)
    ctx = open_context(args)
    try:
        accounts_cli.sign_in_if_needed(ctx, args, out.lang)
        if args.command not in ("init", "demo"):
            station.require_station(ctx)
        return handler(ctx, args, out)
    finally:
        ctx.close()


def cmd_init(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    view = station.init_station(ctx, kind=args.kind, code=args.code, name=args.name,
                                short_name=args.short_name, township_name=args.township,
                                county_name=args.county)
    out.data(view, render.station(view, ctx.paths.data_dir, out.lang))
    return 0


def cmd_demo(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from mediation_desk.services.demo import generate

    if args.cases < 0 or args.cases > 1_000_000:
        from mediation_desk.domain.errors import DomainError

        raise DomainError("field.too_large", "cases", le=1_000_000)
    if args.township:
        from mediation_desk.services.demo.township import generate_township

        report = generate_township(ctx, villages=args.villages, cases=args.cases,
                                   seed=args.seed)
    else:
        report = generate.generate(ctx, cases=args.cases, seed=args.seed)
    out.data(report, render.demo(report, out.lang))
    return 0


RECORDS = {
    "notice": case_records.record_notice,
    "investigation": case_records.add_investigation,
    "session": case_records.add_session,
    "recusal": case_records.request_recusal,
    "recusal-decision": case_records.decide_recusal,
    "major": case_records.flag_major,
    "report": case_records.report_upward,
    "extension": case_records.extend_deadline,
    "agreement": agreements.record_agreement,
    "signatures": agreements.update_signatures,
    "item-done": agreements.mark_item_done,
    "reminder": agreements.add_reminder,
    "followup": agreements.add_followup,
    "confirmation": agreements.apply_confirmation,
    "confirmation-decision": agreements.decide_confirmation,
    "prevented": case_marks.record_prevented,
}


def _action_data(args: argparse.Namespace) -> dict[str, Any]:
    data = read_json(args.file) if args.file else {}
    for key in ("on_date", "reason", "host_mediator_id", "to_body", "escalation_kind",
                "result_text", "note"):
        value = getattr(args, key)
        if value is not None:
            data[key] = value
    if args.routes:
        data["advised_routes"] = [r.strip() for r in args.routes.split(",") if r.strip()]
    for flag in ("consent_of_all_parties", "notice_given_to_all"):
        if getattr(args, flag):
            data[flag] = True
    return data


def cmd_case(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    sub = args.case_command
    if sub == "add":
        detail = case_register.register_case(ctx, read_json(args.file))
        out.data(detail, render.case_detail(detail, out.lang))
    elif sub == "show":
        detail = case_queries.get_case(ctx, args.case)
        out.data(detail, render.case_detail(detail, out.lang))
    elif sub == "list":
        page = case_queries.list_cases(ctx, case_queries.CaseFilter(
            statuses=tuple(args.status), category=args.category, year=args.year,
            overdue=args.overdue, sort=args.sort, limit=args.limit, offset=args.offset))
        out.data(page, render.case_page(page, out.lang))
    elif sub == "search":
        rows = case_queries.search_cases(ctx, args.text, limit=args.limit)
        out.data(rows, render.case_rows(rows, out.lang))
    elif sub == "do":
        detail = case_actions.perform_action(ctx, args.case, args.action, _action_data(args))
        out.data(detail, render.case_detail(detail, out.lang))
    elif sub == "record":
        detail = RECORDS[args.kind](ctx, args.case, read_json(args.file))
        out.data(detail, render.case_detail(detail, out.lang))
    elif sub == "void":
        case_marks.void_case(ctx, args.case, {"reason": args.reason})
        out.data({"case": args.case, "voided": True},
                 ("案件已作废：" if out.lang == "zh" else "Case voided: ") + args.case)
    elif sub == "assign":
        detail = case_records.assign_mediator(ctx, args.case, args.mediator,
                                              chosen_by_party=args.chosen_by_party)
        out.data(detail, render.case_detail(detail, out.lang))
    elif sub == "deadlines":
        items = agenda.agenda(ctx)
        out.data(items, render.agenda(items, out.lang))
    return 0


def cmd_person(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if args.person_command == "add":
        view = persons.add_person(ctx, read_json(args.file))
        out.data(view, render.persons([view], out.lang))
    else:
        rows = persons.search_persons(ctx, args.text, limit=args.limit)
        out.data(rows, render.persons(rows, out.lang))
    return 0


def cmd_render(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    from mediation_desk.services import papers

    if args.blank:
        if args.case or args.form == "dossier":
            raise DomainError("render.blank_no_case", None)
        pdf = papers.render_blank(ctx, args.form)
    elif not args.case:
        raise DomainError("render.needs_case", None)
    elif args.form == "dossier":
        pdf = papers.render_dossier(ctx, args.case)
    else:
        pdf = papers.render_paper(ctx, args.case, args.form, args.ref)
    path = papers.save_pdf(ctx, pdf, Path(args.out))
    result = {"file": str(path), "form": pdf.form, "case_no": pdf.case_no, "ref": pdf.ref,
              "pages": pdf.pages, "version": pdf.version, "digest": pdf.digest}
    out.data(result, render.rendered(result, out.lang))
    return 0


def log_failure(args: argparse.Namespace, exc: BaseException) -> Path | None:
    """Write the traceback to the log folder (for the developers), never to the user."""
    try:
        paths = resolve_paths(getattr(args, "data_dir", None))
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        target = paths.log_dir / "errors.log"
        with target.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat()} {sys.argv!r}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return target
    except OSError:
        logging.getLogger("mediation_desk").debug("could not write error log", exc_info=True)
        return None
