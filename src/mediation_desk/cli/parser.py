"""The command-line grammar. Command names and options are a stable contract: add, never
rename (township scripts and acceptance checks call them)."""

from __future__ import annotations

import argparse

RECORD_KINDS = (
    "notice", "investigation", "session", "agreement", "signatures", "item-done", "reminder",
    "followup", "confirmation", "confirmation-decision", "report", "major", "extension",
    "recusal", "recusal-decision", "prevented",
)


def _common(p: argparse.ArgumentParser, *, top: bool) -> None:
    # Common options are accepted both before and after the subcommand; SUPPRESS keeps a
    # subparser from overwriting a value given at the top.
    default = None if top else argparse.SUPPRESS
    p.add_argument("--data-dir", default=default, metavar="DIR",
                   help="data folder (else $MEDIATION_DESK_HOME, else the platform default)")
    p.add_argument("--json", action="store_true", default=False if top else argparse.SUPPRESS,
                   help="machine-readable JSON output")
    p.add_argument("--lang", choices=("zh", "en"), default=default,
                   help="message language (default zh, or $MEDIATION_DESK_LANG)")
    p.add_argument("--user", default=default, metavar="NAME",
                   help="your login once this computer has accounts (password: "
                        "$MEDIATION_DESK_PASSWORD or asked); before that, the name "
                        "recorded in the event log (default: the system login name)")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _common(common, top=False)
    p = argparse.ArgumentParser(prog="mediation-desk",
                                description="调解工作台 Mediation Desk — 村人民调解委员会工作软件")
    _common(p, top=True)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", parents=[common], help="open the desktop window (default)")

    init = sub.add_parser("init", parents=[common], help="set up this station")
    init.add_argument("--kind", required=True, choices=("village", "township"))
    init.add_argument("--code", required=True, help="statistical division code or assigned code")
    init.add_argument("--name", required=True, help="e.g. 青石村人民调解委员会")
    init.add_argument("--short-name", default="", help="used in case numbers, e.g. 青石村")
    init.add_argument("--township", default="")
    init.add_argument("--county", default="")

    demo = sub.add_parser("demo", parents=[common], help="fill the store with realistic demo data")
    demo.add_argument("--cases", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--township", action="store_true",
                      help="a township office with villages that reported by USB bundles")
    demo.add_argument("--villages", type=int, default=3, help="with --township: 1–5")

    case = sub.add_parser("case", parents=[common], help="cases")
    cs = case.add_subparsers(dest="case_command", metavar="CASE_COMMAND", required=True)
    add = cs.add_parser("add", parents=[common], help="register a case from CASE.json")
    add.add_argument("--file", required=True, help="CASE.json, or - for standard input")
    show = cs.add_parser("show", parents=[common], help="one case in full")
    show.add_argument("case", help="case id or number, e.g. （2026）青石村人调字第001号")
    lst = cs.add_parser("list", parents=[common], help="list cases")
    lst.add_argument("--status", action="append", default=[], help="repeatable")
    lst.add_argument("--category")
    lst.add_argument("--year", type=int)
    lst.add_argument("--overdue", action="store_true")
    # The service checks the name (and lists the valid ones): the parser stays import-light.
    lst.add_argument("--sort", default="received_desc",
                     help="received_desc, received_asc, deadline, case_no, or "
                          "<case_no|title|category|status|due>_<asc|desc>")
    lst.add_argument("--limit", type=int, default=100)
    lst.add_argument("--offset", type=int, default=0)
    srch = cs.add_parser("search", parents=[common], help="search cases")
    srch.add_argument("text")
    srch.add_argument("--limit", type=int, default=50)
    do = cs.add_parser("do", parents=[common], help="perform a lifecycle action")
    do.add_argument("case")
    do.add_argument("action", help="accept, decline, start_mediation, reach_agreement, "
                    "terminate, escalate, return_from_escalation, start_performance, "
                    "complete_performance, mark_non_performance, remediate, close, archive")
    do.add_argument("--file", help="ACTION.json with any of the fields below")
    do.add_argument("--date", dest="on_date")
    do.add_argument("--reason")
    do.add_argument("--routes", help="comma-separated: litigation,arbitration,administrative")
    do.add_argument("--host", dest="host_mediator_id", help="host mediator id (accept)")
    do.add_argument("--consent", dest="consent_of_all_parties", action="store_true",
                    help="all parties' consent is recorded")
    do.add_argument("--notice", dest="notice_given_to_all", action="store_true",
                    help="rights notice given to every party (start_mediation)")
    do.add_argument("--to", dest="to_body", help="receiving body (escalate)")
    do.add_argument("--kind", dest="escalation_kind", choices=("transfer", "joint_mediation"))
    do.add_argument("--result", dest="result_text")
    do.add_argument("--note")
    rec = cs.add_parser("record", parents=[common], help="add a record to a case file")
    rec.add_argument("case")
    rec.add_argument("kind", choices=RECORD_KINDS)
    rec.add_argument("--file", required=True, help="JSON file, or - for standard input")
    void = cs.add_parser("void", parents=[common],
                         help="void a case registered in error (the record stays)")
    void.add_argument("case")
    void.add_argument("--reason", required=True)
    asg = cs.add_parser("assign", parents=[common], help="add a mediator to a case")
    asg.add_argument("case")
    asg.add_argument("mediator")
    asg.add_argument("--chosen-by-party", action="store_true")
    cs.add_parser("deadlines", parents=[common], help="every open deadline, soonest first")

    person = sub.add_parser("person", parents=[common], help="persons")
    ps = person.add_subparsers(dest="person_command", metavar="PERSON_COMMAND", required=True)
    padd = ps.add_parser("add", parents=[common])
    padd.add_argument("--file", required=True)
    psearch = ps.add_parser("search", parents=[common])
    psearch.add_argument("text")
    psearch.add_argument("--limit", type=int, default=20)

    from mediation_desk.cli import (
        accounts_cli,
        audit_cli,
        backup_cli,
        community_cli,
        patrol_cli,
        relations_cli,
        report_cli,
        roster_cli,
        screening_cli,
        sync_cli,
    )

    for module in (roster_cli, relations_cli, community_cli, patrol_cli, screening_cli,
                   sync_cli, report_cli, accounts_cli, audit_cli, backup_cli):
        module.register(sub, common)

    from mediation_desk.documents.catalog import FORMS

    forms = "\n".join(f"  {f.code:<22} {f.title}" for f in FORMS)
    rnd = sub.add_parser(
        "render", parents=[common], help="print a case's paper (or a blank form) to a PDF file",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"forms (--form):\n{forms}\n  {'dossier':<22} 调解卷宗（整卷，按卷内目录顺序）")
    rnd.add_argument("case", nargs="?", help="case id or number (not with --blank)")
    rnd.add_argument("--form", required=True, metavar="FORM",
                     choices=[f.code for f in FORMS] + ["dossier"], help="see the list below")
    rnd.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    rnd.add_argument("--ref", metavar="ID",
                     help="which record (session, agreement ...); default the latest")
    rnd.add_argument("--blank", action="store_true", help="the empty form, to fill in by hand")

    shots = sub.add_parser("screenshots", parents=[common],
                           help="PNG screenshots of every page and main dialog (offscreen)")
    shots.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    shots.add_argument("--text-size", type=int, metavar="PT",
                       help="text size in points: 11 standard, 13 larger, 16 largest")
    shots.add_argument("--demo-cases", type=int, metavar="N",
                       help="cases in the temporary demo village (without --data-dir)")
    shots.add_argument("--township", action="store_true",
                       help="a temporary demo township instead (without --data-dir)")
    return p
