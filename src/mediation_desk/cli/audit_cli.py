"""The audit trail and the retention review from the command line:

    audit list [--case C] [--by LOGIN] [--action A] [--group G] [--text T] [--from D]
               [--to D] [--limit N]
    audit export --format csv|xlsx --out FILE [the same filters]
    retention list
    retention decide CASE --keep-until D [--note T] | --dispose [--note T]

``--action`` is an action (case.accept) or a prefix (case. or person.reveal*). The log can
be read and exported, never changed. ``--by`` names who did it (``--user`` is already the
login the command itself runs as)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.output import Output
from mediation_desk.domain.audit_views import GROUP_KEYS, OTHER_GROUP, AuditFilter
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.retention import DISPOSED, KEEP
from mediation_desk.services import audit, retention, station
from mediation_desk.wording import audit_text

Handler = Callable[[AppContext, argparse.Namespace, Output], int]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    au = sub.add_parser("audit", parents=[common], help="the audit trail (event log)")
    aus = au.add_subparsers(dest="audit_command", metavar="AUDIT_COMMAND", required=True)
    lst = aus.add_parser("list", parents=[common], help="entries, newest first")
    _filters(lst)
    lst.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    lst.add_argument("--offset", type=int, default=0)
    exp = aus.add_parser("export", parents=[common], help="write the entries to a file")
    exp.add_argument("--format", choices=audit.FORMATS, required=True)
    exp.add_argument("--out", required=True, metavar="FILE")
    _filters(exp)

    ret = sub.add_parser("retention", parents=[common],
                         help="dossiers past their retention period")
    rs = ret.add_subparsers(dest="retention_command", metavar="RETENTION_COMMAND",
                            required=True)
    rs.add_parser("list", parents=[common], help="dossiers due for review")
    dec = rs.add_parser("decide", parents=[common], help="keep a dossier or dispose of it")
    dec.add_argument("case", help="case id or number")
    how = dec.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep-until", dest="keep_until", metavar="D",
                     help="keep it until this day (YYYY-MM-DD)")
    how.add_argument("--dispose", action="store_true",
                     help="anonymise its personal data (cannot be undone)")
    dec.add_argument("--note", default="")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--case", default=None, help="case id or number")
    p.add_argument("--by", "--actor", dest="actor", default=None, metavar="LOGIN",
                   help="who did it (the login in the log)")
    p.add_argument("--action", default=None, help="case.accept, or a prefix: case. person.*")
    p.add_argument("--group", default=None, choices=[*GROUP_KEYS, OTHER_GROUP])
    p.add_argument("--text", default=None, help="text in the logged values")
    p.add_argument("--from", dest="date_from", default=None, metavar="D")
    p.add_argument("--to", dest="date_to", default=None, metavar="D")


def _day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError("field.date_format", field) from None


def _filter(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(date_from=_day(args.date_from, "date_from"),
                       date_to=_day(args.date_to, "date_to"), actor=args.actor,
                       action=args.action, group=args.group, case=args.case, text=args.text)


def cmd_audit(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    f = _filter(args)
    if args.audit_command == "export":
        own = station.get_station(ctx)
        words = audit_text.EventText(out.lang, own.committee_name if own else "")
        view = audit.export_events(ctx, f, args.format, args.out, text=words)
        out.data(view, (f"操作日志已保存：{view.path}（{view.rows} 条）" if out.lang == "zh"
                        else f"Audit log written: {view.path} ({view.rows} entries)"))
        return 0
    page = audit.events(ctx, f, args.offset, args.limit)
    lines = [f"{audit.when(e)}  {e.actor}  {audit_text.action_label(e.action, out.lang)}  "
             f"{audit_text.object_text(e, out.lang)}  {audit_text.summary(e, out.lang)}"
             .rstrip() for e in page.rows]
    shown = (f"共 {page.total} 条，显示 {len(page.rows)} 条" if out.lang == "zh"
             else f"{page.total} entries, {len(page.rows)} shown")
    out.data(page, "\n".join([*lines, shown]))
    return 0


def cmd_retention(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    zh = out.lang == "zh"
    if args.retention_command == "list":
        rows = retention.due_for_review(ctx)
        out.data(rows, "\n".join(
            f"{r.case_no}  {'、'.join(r.parties)}  归档 {r.archived_on}  "
            f"{audit_text.retention_label(r.retention, out.lang)}  到期 {r.due_on}"
            if zh else f"{r.case_no}  archived {r.archived_on}  "
            f"{audit_text.retention_label(r.retention, out.lang)}  due {r.due_on}"
            for r in rows) or ("没有到期待审查的卷宗" if zh else "no dossier is due"))
        return 0
    keep = _day(args.keep_until, "keep_until")
    view = retention.decide(ctx, args.case, DISPOSED if args.dispose else KEEP,
                            keep_until=keep, note=args.note)
    if view.decision == DISPOSED:
        text = (f"{view.case_no} 已处置：{view.parties_anonymised} 名当事人、"
                f"{view.persons_anonymised} 名人员的个人信息已匿名化" if zh else
                f"{view.case_no} disposed of: {view.parties_anonymised} parties, "
                f"{view.persons_anonymised} persons anonymised")
    else:
        text = (f"{view.case_no} 继续保管至 {view.keep_until}" if zh
                else f"{view.case_no} kept until {view.keep_until}")
    out.data(view, text)
    return 0


HANDLERS: dict[str, Handler] = {"audit": cmd_audit, "retention": cmd_retention}
