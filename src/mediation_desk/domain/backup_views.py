"""Read models of backups and restores (issue 8): what the 备份与恢复 dialog lists, what a
restore did, and what a sealed copy for the USB stick holds."""

from __future__ import annotations

from datetime import datetime

from mediation_desk.domain.views import View

# Order of the kinds in explanations; ``before-migration-<revision>`` is one family.
BACKUP_KINDS = ("auto", "exit", "manual", "before-migration", "before-import",
                "before-restore", "replaced")


def kind_family(kind: str) -> str:
    """``before-migration-0007`` → ``before-migration``; other kinds are their own family."""
    return "before-migration" if kind.startswith("before-migration-") else kind


class BackupView(View):
    """One backup file. ``made_at`` is Beijing wall-clock time (as in the file name)."""

    file_name: str
    path: str
    kind: str  # auto | exit | manual | before-migration-<rev> | before-import | …
    made_at: datetime
    size_bytes: int

    @property
    def family(self) -> str:
        return kind_family(self.kind)


class BackupsOverview(View):
    folder: str
    backups: list[BackupView]
    last_made_at: datetime | None  # the newest backup's time (any kind but "replaced")


class RestoreResult(View):
    """What ``services.backups.restore`` did. The caller opens the store again from
    ``data_dir`` (the old context's engine is disposed)."""

    data_dir: str
    restored_from: str  # the backup's file name
    restored_made_at: datetime | None
    replaced_path: str  # where the store that was replaced is kept ("" if there was none)
    before_restore_path: str  # the verified copy made first ("" for a damaged store)
    incarnation_before: str  # of the replaced store ("" if unreadable)
    incarnation_restored: str  # the backup carried this one
    incarnation_new: str
    was_damaged: bool


class SealedBackupView(View):
    """A backup sealed to the township for the USB stick (or opened there)."""

    file_name: str
    path: str
    station_code: str
    station_name: str
    made_at: datetime
    size_bytes: int
    key_files: list[str]
