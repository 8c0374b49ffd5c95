"""USB sync from the command line (issue 6).

    export-bundle --out DIR [--level statistics|standard|full] [--full]
    import-bundle FILE|DIR... [--receipts DIR] [--yes]     at the township
    import-receipt FILE|DIR...                             at the village
    township-key export --out FILE|DIR                     the township's identity file
    township-key import FILE [--yes] [--replace]           enroll a township (or a village)
    station fingerprint                                    this station's and its peers'
    sync status | log | villages | deadlines | conflicts | resolve ID (--keep|--take)
    sync note CASE --text T [--return] | sync close-return NOTE [--text T]
    sync who BUNDLE [--format csv|xlsx --out FILE]         the persons a bundle carried

``import-bundle`` exits 1 when any file was refused (each refused file wrote nothing).
First-time villages need a confirmed fingerprint: asked on a terminal, or ``--yes``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from mediation_desk.bootstrap import AppContext
from mediation_desk.cli.output import Output
from mediation_desk.domain.errors import NotFound
from mediation_desk.domain.sync_views import IdentityView
from mediation_desk.services import (
    case_queries,
    sync_export,
    sync_import,
    sync_keys,
    sync_people,
    sync_receipts,
    sync_state,
    township,
)
from mediation_desk.wording import sync_text

Handler = Callable[[AppContext, argparse.Namespace, Output], int]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    exp = sub.add_parser("export-bundle", parents=[common],
                         help="write a signed, encrypted bundle for the township")
    exp.add_argument("--out", required=True, metavar="DIR", help="folder on the USB stick")
    exp.add_argument("--level", choices=["statistics", "standard", "full"], default="standard",
                     help="standard: ID numbers masked (default); full: with ID numbers")
    exp.add_argument("--full", action="store_true",
                     help="everything, not only what the township has not acknowledged")
    imp = sub.add_parser("import-bundle", parents=[common],
                         help="import villages' bundles (township) and write receipts")
    imp.add_argument("files", nargs="+", metavar="FILE", help="bundle files or folders")
    imp.add_argument("--receipts", metavar="DIR",
                     help="where receipts go (default: beside each bundle)")
    imp.add_argument("--yes", action="store_true",
                     help="confirm first-time villages without asking (prints fingerprints)")
    rec = sub.add_parser("import-receipt", parents=[common],
                         help="import the township's receipts (village)")
    rec.add_argument("files", nargs="+", metavar="FILE", help="receipt files or folders")
    key = sub.add_parser("township-key", parents=[common],
                         help="the township's identity file: export it, or enroll one")
    ks = key.add_subparsers(dest="key_command", metavar="KEY_COMMAND", required=True)
    kexp = ks.add_parser("export", parents=[common], help="write this station's identity file")
    kexp.add_argument("--out", required=True, metavar="FILE|DIR")
    kimp = ks.add_parser("import", parents=[common], help="enroll a station's identity file")
    kimp.add_argument("file", metavar="FILE")
    kimp.add_argument("--yes", action="store_true", help="fingerprint confirmed already")
    kimp.add_argument("--replace", action="store_true",
                      help="replace the township enrolled before")
    st = sub.add_parser("station", parents=[common], help="this station's sync identity")
    sts = st.add_subparsers(dest="station_command", metavar="STATION_COMMAND", required=True)
    sts.add_parser("fingerprint", parents=[common], help="this station's and its peers'")
    syn = sub.add_parser("sync", parents=[common], help="sync state, logs and supervision")
    ss = syn.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True)
    for name, text in (("status", "where this station stands"), ("log", "the export log"),
                       ("villages", "villages at the township"),
                       ("deadlines", "every village's case deadlines (township)"),
                       ("conflicts", "records waiting for review")):
        ss.add_parser(name, parents=[common], help=text)
    res = ss.add_parser("resolve", parents=[common], help="decide a review item")
    res.add_argument("conflict")
    how = res.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", action="store_true", help="keep this station's copy")
    how.add_argument("--take", action="store_true", help="take the copy that arrived")
    note = ss.add_parser("note", parents=[common], help="督办意见 or a return on a case")
    note.add_argument("case", help="case id or number")
    note.add_argument("--text", required=True)
    note.add_argument("--return", dest="is_return", action="store_true",
                      help="return the case to the village for correction")
    who = ss.add_parser("who", parents=[common],
                        help="the persons a bundle carried (for a lost stick)")
    who.add_argument("bundle", help="bundle id, file name or path")
    who.add_argument("--format", choices=sync_people.FORMATS, default=None)
    who.add_argument("--out", default=None, metavar="FILE", help="write the list to FILE")
    close = ss.add_parser("close-return", parents=[common], help="a returned case was put right")
    close.add_argument("note")
    close.add_argument("--text", default="")


def _zh(out: Output) -> bool:
    return out.lang == "zh"


def _files(given: list[str], suffix: str) -> list[Path]:
    """Files as given; a folder stands for every ``suffix`` file below it, oldest name first."""
    out: list[Path] = []
    for g in given:
        p = Path(g)
        out.extend(sorted(p.rglob(f"*{suffix}")) if p.is_dir() else [p])
    return out


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    sys.stderr.write(question)
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes", "是", "对")


def _confirm(out: Output, yes: bool) -> Callable[[IdentityView], bool]:
    def confirm(ident: IdentityView) -> bool:
        zh = _zh(out)
        line = (f"首次收到“{ident.name}”（{ident.code}）的数据，指纹：{ident.fingerprint}\n" if zh
                else f"First contact with {ident.name} ({ident.code}), "
                     f"fingerprint: {ident.fingerprint}\n")
        if yes:
            out.stderr.write(line)
            return True
        return _ask(line + ("与对方屏幕上的指纹一致吗？[y/N] " if zh else
                            "Does it match the one on their screen? [y/N] "))
    return confirm


def cmd_export(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    view = sync_export.export_bundle(ctx, Path(args.out), level=args.level, full=args.full)
    zh = _zh(out)
    level = sync_text.level_label(view.export_level, out.lang)
    human = (f"已写出 {view.file_path}\n  发往 {view.to_name}；{level}；改动 {view.seq_from}–"
             f"{view.seq_to}，{view.row_count} 条记录，{view.case_count} 件案件，"
             f"涉及 {view.person_count} 人" if zh else
             f"wrote {view.file_path}\n  to {view.to_name}; {level}; changes {view.seq_from}–"
             f"{view.seq_to}, {view.row_count} records, {view.case_count} cases, "
             f"{view.person_count} persons")
    out.data(view, human)
    return 0


def cmd_import(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    files = _files(args.files, sync_export.BUNDLE_SUFFIX)
    receipts = Path(args.receipts) if args.receipts else None
    views = sync_import.import_bundles(ctx, files, confirm=_confirm(out, args.yes),
                                       receipts_dir=receipts)
    out.data(views, "\n".join(line for v in views for line in sync_text.import_lines(
        v, out.lang)) or ("没有找到数据包" if _zh(out) else "no bundles found"))
    return 1 if not files or any(v.status in ("refused", "unconfirmed") for v in views) else 0


def cmd_receipt(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    views = [sync_receipts.import_receipt(ctx, f)
             for f in _files(args.files, sync_receipts.RECEIPT_SUFFIX)]
    out.data(views, "\n".join(line for v in views for line in sync_text.receipt_lines(
        v, out.lang)) or ("没有找到回执" if _zh(out) else "no receipts found"))
    return 1 if not views or any(v.status == "refused" for v in views) else 0


def cmd_key(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    zh = _zh(out)
    if args.key_command == "export":
        view = sync_keys.export_identity(ctx, Path(args.out))
        out.data(view, (f"已写出身份文件；本机指纹：{view.fingerprint}" if zh else
                        f"identity written; fingerprint: {view.fingerprint}"))
        return 0
    ident = sync_keys.read_identity(Path(args.file))
    if not _confirm(out, args.yes)(ident):
        out.data({"ok": False, "fingerprint": ident.fingerprint},
                 "未登记：指纹没有确认" if zh else "not enrolled: fingerprint not confirmed")
        return 1
    peer = sync_keys.enroll(ctx, ident, replace=args.replace)
    out.data(peer, (f"已登记“{peer.name}”（{peer.code}），指纹 {peer.fingerprint}" if zh else
                    f"enrolled {peer.name} ({peer.code}), fingerprint {peer.fingerprint}"))
    return 0


def cmd_station(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    own = sync_keys.own_identity(ctx)
    peers = sync_keys.peers(ctx)
    zh = _zh(out)
    lines = [f"本机 {own.name}（{own.code}）指纹：{own.fingerprint}" if zh else
             f"this station {own.name} ({own.code}) fingerprint: {own.fingerprint}"]
    lines += [f"  {p.name}（{p.code}）{p.fingerprint}" for p in peers]
    out.data({"station": own, "peers": peers} if out.json_mode else own, "\n".join(lines))
    return 0


def _case_id(ctx: AppContext, given: str) -> str:
    return case_queries.get_case(ctx, given).summary.id


def cmd_sync(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    zh = _zh(out)
    c = args.sync_command
    if c == "status":
        o = sync_state.overview(ctx)
        states = "，".join(f"{sync_text.state_label(k, out.lang)} {n}"
                          for k, n in sorted(o.cases_by_state.items()))
        up = o.upstream.name if o.upstream else ("未登记" if zh else "none")
        out.data(o, (f"本机指纹 {o.own.fingerprint}\n上级：{up}\n未导出改动：{o.pending_changes}\n"
                     f"案件：{states or '无'}\n待审：{o.open_conflicts}" if zh else
                     f"fingerprint {o.own.fingerprint}\nupstream: {up}\n"
                     f"changes not exported: {o.pending_changes}\ncases: {states or 'none'}\n"
                     f"to review: {o.open_conflicts}"))
    elif c == "log":
        rows = sync_export.export_log(ctx)
        out.data(rows, "\n".join(
            f"{r.created_at:%Y-%m-%d %H:%M}  {r.actor}  {r.file_name}  "
            f"{sync_text.level_label(r.export_level, out.lang)}  {r.case_count} 件  "
            f"{r.person_count} 人  {'已确认' if r.acknowledged_at else '待确认'}" for r in rows)
            or ("没有导出记录" if zh else "no exports"))
    elif c == "who":
        return _who(ctx, args, out)
    elif c == "villages":
        rows = township.villages(ctx)
        out.data(rows, "\n".join(
            f"{v.name}（{v.code}）  {v.bundles} 个包  最近 "
            f"{v.last_bundle_at:%Y-%m-%d}" if v.last_bundle_at else f"{v.name}（{v.code}）"
            for v in rows) or ("还没有村报来数据" if zh else "no villages yet"))
    elif c == "deadlines":
        rows = township.deadlines(ctx)
        out.data(rows, "\n".join(f"{a.due_on}  {a.village}  {a.case_no}  {a.title}"
                                 for a in rows) or ("没有到期事项" if zh else "nothing due"))
    elif c == "conflicts":
        rows = township.conflicts(ctx)
        out.data(rows, "\n".join(f"[{r.id[:8]}] {r.station_name} {r.table} "
                                 + "；".join(f"{k}: {a} ≠ {b}" for k, a, b in r.fields)
                                 for r in rows) or ("没有待审记录" if zh else "nothing to review"))
    elif c == "resolve":
        ids = [r.id for r in township.conflicts(ctx) if r.id.startswith(args.conflict)]
        if len(ids) != 1 or len(args.conflict) < 4:
            raise NotFound("sync_conflict", args.conflict, "conflict")
        view = township.resolve_conflict(ctx, ids[0], take_incoming=args.take)
        out.data(view, "已处理" if zh else "resolved")
    elif c == "note":
        view = township.add_note(ctx, _case_id(ctx, args.case), args.text,
                                 kind="return" if args.is_return else "note")
        out.data(view, f"{sync_text.note_kind_label(view.kind, out.lang)}：{view.case_no}"
                       f"  {view.text}")
    else:  # close-return
        ids = [n.id for n in township.all_notes(ctx, open_returns_only=True)
               if n.id.startswith(args.note)]
        if len(ids) != 1 or len(args.note) < 4:
            raise NotFound("supervision_note", args.note, "note")
        view = township.close_return(ctx, ids[0], args.text)
        out.data(view, f"已标记整改完毕：{view.case_no}" if zh else f"closed: {view.case_no}")
    return 0


def _who(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    zh = _zh(out)
    if args.out:
        fmt = args.format or ("xlsx" if args.out.lower().endswith(".xlsx") else "csv")
        path = sync_people.export_people(ctx, args.bundle, args.out, fmt)
        out.data({"file": str(path), "format": fmt},
                 ("人员清单已保存：" if zh else "List written: ") + str(path))
        return 0
    v = sync_people.bundle_people(ctx, args.bundle)
    head = (f"{v.file_name}  {v.created_at:%Y-%m-%d %H:%M}  {v.actor}  → {v.to_name}  "
            f"{sync_text.level_label(v.export_level, out.lang)}  {v.case_count} 件  "
            f"{v.person_count} 人" if zh else
            f"{v.file_name}  {v.created_at:%Y-%m-%d %H:%M}  {v.actor}  → {v.to_name}  "
            f"{v.case_count} cases  {v.person_count} persons")
    if not v.recorded:
        lines = [f"此包导出于升级之前，只记录了人数（{v.person_count} 人）" if zh else
                 f"exported before the list was kept: {v.person_count} persons, no names"]
    else:
        lines = [f"{p.name}  {p.id_number_masked or '—'}  {p.phone_masked or '—'}  "
                 f"{'、'.join(p.case_nos)}" for p in v.persons]
        if v.anonymous_parties:
            lines.append(f"另有未登记为人员的当事人 {v.anonymous_parties} 人" if zh else
                         f"and {v.anonymous_parties} parties not registered as persons")
    out.data(v, "\n".join([head, *lines]))
    return 0


HANDLERS: dict[str, Handler] = {
    "export-bundle": cmd_export, "import-bundle": cmd_import, "import-receipt": cmd_receipt,
    "township-key": cmd_key, "station": cmd_station, "sync": cmd_sync,
}
