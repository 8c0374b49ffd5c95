"""Backups and restore (issue 8): verified copies made on demand, on a timer, at exit and
before risky steps; thinning; and restoring a chosen backup in one step.

A restore keeps everything: a verified ``before-restore`` copy of the current store is made,
the current file itself is kept aside as kind ``replaced`` (so the restore can be undone by
restoring that file), and the restored store gets a new incarnation id (sync.md §2) and logs
``store.restore``. The caller's context is closed by the restore: open the store again from
``RestoreResult.data_dir``.

Restoring a *damaged* store (``StoreDamaged`` at open) needs no signed-in person
(``restore_damaged``): the accounts live in the damaged file and cannot be read, the backup is
the station's own (a different station's backup is refused), and whoever can reach the data
folder could copy files anyway. It refuses a store that passes its full check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from mediation_desk.bootstrap import AppContext, build_context, system_clock
from mediation_desk.domain.backup_views import BackupsOverview, BackupView, RestoreResult
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission, Principal
from mediation_desk.paths import AppPaths, resolve_paths
from mediation_desk.services import authz
from mediation_desk.store import backup_marks, health, location, sync_repo, write_errors
from mediation_desk.store import backups as files
from mediation_desk.store import restore as swap_files
from mediation_desk.store.backups import BackupFailed as BackupFailed
from mediation_desk.store.backups import BackupInfo
from mediation_desk.store.health import StoreDamaged as StoreDamaged
from mediation_desk.store.location import LocalCopyExists as LocalCopyExists
from mediation_desk.store.location import UnsafeLocation as UnsafeLocation
from mediation_desk.store.migrate import HEAD_REVISION
from mediation_desk.store.restore import StoreInUse

AUTO_EVERY = timedelta(minutes=30)
ALLOW_UNSAFE_ENV = location.ALLOW_ENV


def view(info: BackupInfo) -> BackupView:
    return BackupView(file_name=info.path.name, path=str(info.path), kind=info.kind,
                      made_at=info.made_at, size_bytes=info.size)


def backup_error(exc: BackupFailed) -> DomainError:
    """A failed copy as a code: the disk's words for a full disk or a read-only folder
    (store/write_errors), else ``backup.failed`` with what the check found."""
    plain = write_errors.as_domain_error(exc)
    if plain is not None:
        return plain
    if exc.reason in ("damaged", "source"):
        err = DomainError("backup.source_damaged", None, details=str(exc)[:300])
    else:
        err = DomainError("backup.failed", None, details=str(exc)[:300])
    err.__cause__ = exc
    return err


# --- making backups ---------------------------------------------------------------------------

def backup_now(ctx: AppContext, kind: str = "manual", dest_dir: Path | None = None
               ) -> BackupView:
    """A verified copy now (logged ``store.backup`` if manual or into ``dest_dir``). Into the
    data folder's backups (then thinned) or ``dest_dir``. Raises DomainError (``store.disk_full``, ``store.read_only``,
    ``backup.source_damaged`` …); a failed copy leaves nothing behind."""
    own = ctx.paths.backups_dir
    folder = Path(dest_dir) if dest_dir is not None else own
    try:
        info = files.make_backup(ctx.paths.db_path, folder, kind=kind, now=ctx.clock())
    except BackupFailed as exc:
        raise backup_error(exc) from exc
    if kind == "manual" or folder != own:
        # Logged when a person asked for it or the copy leaves the data folder. Automatic
        # copies are not: they stay here (the list shows them), the log travels to the
        # township, and a copy before an import must not write to the store before it.
        with ctx.uow(write=True) as uow:
            uow.log("store.backup", "station", uow.station_id or "",
                    after={"file": info.path.name, "kind": kind, "size": info.size,
                           "folder": "" if folder == own else str(folder)})
            uow.commit()
    if folder == own:
        with ctx.uow() as uow:
            backup_marks.write_mark(own, info.path.name, backup_marks.change_token(uow.session))
        files.thin(own, ctx.clock())
    return view(info)


def changed_since_last_backup(ctx: AppContext) -> bool:
    mark = backup_marks.read_mark(ctx.paths.backups_dir)
    if mark is None or not (ctx.paths.backups_dir / str(mark.get("file", ""))).exists():
        return True
    with ctx.uow() as uow:
        return backup_marks.change_token(uow.session) != mark.get("token")


def auto_backup_if_due(ctx: AppContext, *, every: timedelta = AUTO_EVERY) -> BackupView | None:
    """The timer's backup: only if ``every`` has passed since the newest backup and the store
    changed since the last one. Cheap when nothing is due (a folder listing, two lookups)."""
    newest = _newest(ctx.paths.backups_dir)
    if newest is not None and ctx.clock() - newest.made_at < every:
        return None
    if not changed_since_last_backup(ctx):
        return None
    return backup_now(ctx, kind="auto")


def backup_on_exit(ctx: AppContext) -> BackupView | None:
    """At quit, if anything changed since the last backup."""
    if not changed_since_last_backup(ctx):
        return None
    return backup_now(ctx, kind="exit")


def backup_before(ctx: AppContext, kind: str) -> BackupView | None:
    """Before a risky step (``before-import``). None when nothing changed since the last
    backup (that one is the state before the step); raises (and so stops the step) if no
    copy can be made."""
    if not changed_since_last_backup(ctx):
        return None
    return backup_now(ctx, kind=kind)


def _newest(folder: Path) -> BackupInfo | None:
    return next((b for b in files.list_backups(folder) if b.kind != "replaced"), None)


def list_backups(ctx: AppContext) -> BackupsOverview:
    return list_files(ctx.paths)


def list_files(paths: AppPaths) -> BackupsOverview:
    """The backups, newest first, from the folder alone (works when the store is damaged)."""
    folder = paths.backups_dir
    found = files.list_backups(folder)
    newest = _newest(folder)
    return BackupsOverview(folder=str(folder), backups=[view(b) for b in found],
                           last_made_at=newest.made_at if newest else None)


def newest_good_backup(paths: AppPaths) -> BackupView | None:
    """The newest backup that passes a quick check (not a ``replaced`` store)."""
    for info in files.list_backups(paths.backups_dir):
        if info.kind != "replaced" and files.check_copy(info.path, quick=True).ok:
            return view(info)
    return None


# --- restore ----------------------------------------------------------------------------------

def restore(ctx: AppContext, backup_path: Path) -> RestoreResult:
    """Put ``backup_path`` in place of the current store (see the module's text). Needs
    BACKUP_RESTORE. Closes ``ctx``: the caller opens the store again."""
    authz.require(ctx, Permission.BACKUP_RESTORE)
    backup_path = Path(backup_path)
    with ctx.uow() as uow:
        local = sync_repo.station(uow.session, uow.station_id) if uow.station_id else None
        station_id = local.id if local else None
        incarnation_before = local.incarnation_id if local else ""
    staged = _stage(backup_path, ctx.paths, station_id)
    try:
        before = backup_now(ctx, kind="before-restore") if station_id else None
    except BaseException:
        staged.path.unlink(missing_ok=True)
        raise
    ctx.close()
    return _swap_in(ctx.paths, staged, backup_path, actor=ctx.actor,
                    principal=ctx.principal, clock=ctx.clock,
                    before=before.path if before else "",
                    incarnation_before=incarnation_before, damaged=False)


def restore_damaged(paths: AppPaths, backup_path: Path | None = None, *, actor: str = "",
                    clock: Callable[[], datetime] = system_clock) -> RestoreResult:
    """Restore over a store that failed its check at open (no sign-in possible). The newest
    good backup unless one is chosen. Refuses (``backup.store_not_damaged``) a store that
    passes the full check: that one is restored by a signed-in person with ``restore``."""
    if paths.db_path.exists() and not health.check_store(paths.db_path, full=True):
        raise DomainError("backup.store_not_damaged", None)
    if backup_path is None:
        good = newest_good_backup(paths)
        if good is None:
            raise DomainError("backup.none_good", None, folder=str(paths.backups_dir))
        backup_path = Path(good.path)
    current = files.station_of(paths.db_path)
    staged = _stage(Path(backup_path), paths, current[0] if current else None)
    return _swap_in(paths, staged, Path(backup_path), actor=actor, principal=None,
                    clock=clock, before="", incarnation_before=current[1] if current else "",
                    damaged=True)


def _stage(backup_path: Path, paths: AppPaths, station_id: str | None) -> swap_files.Staged:
    name = backup_path.name
    if not backup_path.is_file():
        raise DomainError("backup.missing", "file", file=name)
    try:
        staged = swap_files.stage(backup_path, paths.db_path)
    except BackupFailed as exc:
        plain = write_errors.as_domain_error(exc)
        if plain is not None:
            raise plain from exc
        raise DomainError("backup.unusable", "file", file=name, details=str(exc)[:300]) from exc
    if station_id is not None and staged.station_id != station_id:
        staged.path.unlink(missing_ok=True)
        raise DomainError("backup.other_station", "file", file=name)
    revision = files.schema_revision(staged.path) or "0"
    if not revision.isdigit() or int(revision) > int(HEAD_REVISION):
        # Made by a newer release: this one could not open it after the swap.
        staged.path.unlink(missing_ok=True)
        raise DomainError("backup.newer_version", "file", file=name)
    return staged


def _swap_in(paths: AppPaths, staged: swap_files.Staged, backup_path: Path, *, actor: str,
             principal: Principal | None, clock: Callable[[], datetime], before: str,
             incarnation_before: str, damaged: bool) -> RestoreResult:
    try:
        aside = swap_files.swap(staged, paths.db_path, paths.backups_dir, clock(),
                                fold=not damaged)
    except StoreInUse as exc:
        staged.path.unlink(missing_ok=True)
        raise DomainError("backup.store_in_use", None) from exc
    parsed = files.parse_name(backup_path)
    result = RestoreResult(
        data_dir=str(paths.data_dir), restored_from=backup_path.name,
        restored_made_at=parsed[1] if parsed else None,
        replaced_path=str(aside or ""), before_restore_path=str(before),
        incarnation_before=incarnation_before,
        incarnation_restored=staged.restored_incarnation,
        incarnation_new=staged.new_incarnation, was_damaged=damaged)
    ctx = build_context(paths, actor=actor, clock=clock)
    try:
        if principal is not None:
            ctx.act_as(principal)
        with ctx.uow(write=True) as uow:
            uow.log("store.restore", "station", uow.station_id or "",
                    before={"incarnation_id": incarnation_before,
                            "replaced": Path(result.replaced_path).name,
                            "damaged": damaged},
                    after={"file": backup_path.name, "incarnation_id": staged.new_incarnation,
                           "restored_incarnation": staged.restored_incarnation,
                           "before_restore": Path(before).name if before else ""})
            uow.commit()
    finally:
        ctx.close()
    return result


# --- the store's location ---------------------------------------------------------------------

def local_paths() -> AppPaths:
    """The computer's default data folder (what the app uses without --data-dir)."""
    return resolve_paths(None, environ={})


def local_copy_state(paths_from: AppPaths, paths_to: AppPaths | None = None) -> str:
    """Is there a store in the local folder already? "none", "same" (this station's: open
    it instead of copying), "other" (another station's: never overwritten) or "unsafe"
    (the local folder is itself on a share or in a cloud folder)."""
    target = paths_to or local_paths()
    if location.classify(target.data_dir) is not None:
        return "unsafe"
    if not target.db_path.exists() or target.db_path.stat().st_size == 0:
        return "none"
    ours, theirs = files.station_of(paths_from.db_path), files.station_of(target.db_path)
    return "same" if ours and theirs and ours[0] == theirs[0] else "other"


def work_locally(paths_from: AppPaths, paths_to: AppPaths | None = None) -> AppPaths:
    """Copy a store kept in an unsafe place (UnsafeLocation) to a local folder, verified,
    keys owner-only; the original is only read. Returns the local folder's paths."""
    target = paths_to or local_paths()
    finding = location.classify(target.data_dir)
    if finding is not None:
        raise UnsafeLocation(finding.kind, target.data_dir, finding.detail)
    try:
        return location.copy_to_local(paths_from, target)
    except BackupFailed as exc:
        raise backup_error(exc) from exc
