"""Backups, restore and the store's health from the command line (issue 8):

    backup [--to DIR] [--sealed]          a verified copy now (--sealed: for the township)
    backup open-sealed FILE --out DIR     at the township: a village's sealed copy → data folder
    backups                               the backups with their dates, kinds and sizes
    restore FILE | --latest [--yes]       put a backup in place (the current store is kept)
    check [--full]                        quick_check (--full: integrity_check) and the rules

``backups`` and ``restore`` also work when the store is damaged and will not open: restoring
a damaged store then needs no sign-in (see services/backups.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.cli import render
from mediation_desk.cli.accounts_cli import sign_in_if_needed
from mediation_desk.cli.output import Output
from mediation_desk.domain.backup_views import BackupView, RestoreResult
from mediation_desk.domain.errors import DomainError
from mediation_desk.paths import resolve_paths
from mediation_desk.services import backup_seal, backups, maintenance, station
from mediation_desk.wording.catalog_backups import kind_label

Handler = Callable[[AppContext, argparse.Namespace, Output], int]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    chk = sub.add_parser("check", parents=[common], help="integrity check of the store")
    chk.add_argument("--full", action="store_true",
                     help="SQLite integrity_check (slower) instead of quick_check")
    bak = sub.add_parser("backup", parents=[common], help="verified copy of the database")
    bak.add_argument("--to", dest="dest", help="folder (default: the data folder's backups/)")
    bak.add_argument("--sealed", action="store_true",
                     help="encrypted to the township, with the keys (for the USB stick)")
    bs = bak.add_subparsers(dest="backup_command", metavar="BACKUP_COMMAND")
    op = bs.add_parser("open-sealed", parents=[common],
                       help="township: turn a village's sealed backup into a data folder")
    op.add_argument("file", metavar="FILE", help="the .mzbak file")
    op.add_argument("--out", required=True, metavar="DIR", help="an empty folder")
    sub.add_parser("backups", parents=[common], help="list the backups, newest first")
    res = sub.add_parser("restore", parents=[common],
                         help="replace the store with a backup (the current one is kept)")
    which = res.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="the backup to restore")
    which.add_argument("--latest", action="store_true", help="the newest good backup")
    res.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_check(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    report = maintenance.check(ctx, full=bool(getattr(args, "full", False)))
    out.data(report, render.integrity(report, out.lang))
    return 0 if report.ok else 1


def cmd_backup(ctx: AppContext, args: argparse.Namespace, out: Output) -> int:
    if getattr(args, "backup_command", None) == "open-sealed":
        view = backup_seal.open_sealed(ctx, Path(args.file), Path(args.out))
        out.data(view, _zh(out, f"已解开 {view.station_name}（{view.station_code}）的备份，"
                                f"写入：{Path(view.path).parent}",
                           f"Opened the backup of {view.station_name} ({view.station_code}) "
                           f"into {Path(view.path).parent}"))
        return 0
    if args.sealed:
        dest = Path(args.dest) if args.dest else ctx.paths.exports_dir
        sealed = backup_seal.seal_backup(ctx, dest)
        out.data(sealed, _zh(out, "加密备份已写入（只有司法所能打开）：", "Sealed backup written "
                             "(only the township can open it): ") + sealed.path)
        return 0
    path = maintenance.backup(ctx, Path(args.dest) if args.dest else None)
    out.data({"backup": str(path)}, render.backup(path, out.lang))
    return 0


def cmd_backups(args: argparse.Namespace, out: Output) -> int:
    """Works from the files alone, so a damaged store's backups can be listed too."""
    paths = resolve_paths(args.data_dir)
    found = backups.list_files(paths).backups
    lines = [_zh(out, f"备份文件夹：{paths.backups_dir}", f"Backups in {paths.backups_dir}")]
    lines += [_line(v, out) for v in found] or [_zh(out, "（还没有备份）", "(no backups yet)")]
    out.data(found, "\n".join(lines))
    return 0


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    paths = resolve_paths(args.data_dir)
    try:
        ctx = build_context(paths, actor=args.user or "")
    except backups.StoreDamaged as damaged:
        chosen = Path(args.file) if args.file else (
            Path(damaged.newest_good_backup.path) if damaged.newest_good_backup else None)
        if chosen is None:
            raise
        if not _confirm(out, args, chosen, damaged=True):
            return 1
        result = backups.restore_damaged(paths, chosen, actor=args.user or "")
        return _restored(out, result)
    try:
        sign_in_if_needed(ctx, args, out.lang)
        station.require_station(ctx)
        if args.file:
            chosen = Path(args.file)
        else:
            good = backups.newest_good_backup(paths)
            if good is None:
                raise DomainError("backup.none_good", None, folder=str(paths.backups_dir))
            chosen = Path(good.path)
        if not _confirm(out, args, chosen, damaged=False):
            return 1
        result = backups.restore(ctx, chosen)
    finally:
        ctx.close()
    return _restored(out, result)


def _confirm(out: Output, args: argparse.Namespace, chosen: Path, *, damaged: bool) -> bool:
    if args.yes:
        return True
    question = _zh(out, f"用备份 {chosen.name} 替换现在的数据？现在的数据会另外保留，可以再恢复回来。[y/N] ",
                   f"Replace the current data with {chosen.name}? The current data is kept "
                   "and can be restored back. [y/N] ")
    if damaged:
        question = _zh(out, "数据文件已损坏。", "The data file is damaged. ") + question
    if not sys.stdin.isatty():
        out.error({"code": "backup.not_confirmed", "field": None, "params": {}})
        return False
    answer = input(question).strip().lower()
    if answer in ("y", "yes", "是", "好"):
        return True
    out.error({"code": "backup.not_confirmed", "field": None, "params": {}})
    return False


def _restored(out: Output, r: RestoreResult) -> int:
    made = f"{r.restored_made_at:%Y-%m-%d %H:%M}" if r.restored_made_at else r.restored_from
    out.data(r, "\n".join([
        _zh(out, f"已恢复到 {made} 的备份（{r.restored_from}）。",
            f"Restored the backup of {made} ({r.restored_from})."),
        _zh(out, f"原来的数据保留在：{r.replaced_path}", f"The previous data is kept in "
            f"{r.replaced_path}") if r.replaced_path else "",
        _zh(out, "本机的同步身份已更新；下次导出时会把全部数据重新发给司法所。",
            "This station's sync incarnation was renewed; the next export sends everything."),
    ]).strip())
    return 0


def _line(v: BackupView, out: Output) -> str:
    return (f"{v.made_at:%Y-%m-%d %H:%M}  {kind_label(v.kind, out.lang):<8}  "
            f"{size_text(v.size_bytes):>9}  {v.file_name}")


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _zh(out: Output, zh: str, en: str) -> str:
    return zh if out.lang == "zh" else en


HANDLERS: dict[str, Handler] = {"check": cmd_check, "backup": cmd_backup}
# Commands that open the store themselves (they must work when it is damaged).
WITHOUT_CONTEXT: dict[str, Callable[[argparse.Namespace, Output], int]] = {
    "backups": cmd_backups, "restore": cmd_restore}
