"""Where the app keeps its files. Resolved once by the composition root, never at import.

Order: an explicit override (``--data-dir``), then ``MEDIATION_DESK_HOME``, then the
platformdirs defaults for "MediationDesk"."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "MEDIATION_DESK_HOME"
APP_NAME = "MediationDesk"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    db_path: Path
    attachments_dir: Path
    backups_dir: Path
    exports_dir: Path
    keys_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def drafts_dir(self) -> Path:
        """Unsaved form contents (encrypted), kept until saved or discarded."""
        return self.data_dir / "drafts"

    @property
    def fonts_dir(self) -> Path:
        """Extra TrueType fonts the station adds for rare characters (papers fall back to them)."""
        return self.data_dir / "fonts"

    @property
    def lock_path(self) -> Path:
        """Held by the one window that has this data folder open."""
        return self.data_dir / "window.lock"

    def ensure(self) -> AppPaths:
        """Create the folders; private ones (keys, drafts) owner-only."""
        for d in (self.data_dir, self.attachments_dir, self.backups_dir, self.exports_dir,
                  self.config_dir, self.log_dir, self.cache_dir):
            d.mkdir(parents=True, exist_ok=True)
        for private in (self.keys_dir, self.drafts_dir):
            private.mkdir(parents=True, exist_ok=True, mode=0o700)
            # mkdir's mode is masked by umask and ignored for existing folders.
            if os.name == "posix":
                os.chmod(private, 0o700)
        return self


def paths_under(root: Path) -> AppPaths:
    """Every file below one folder (override and env var mode: easy to back up or move)."""
    root = root.expanduser().resolve()
    return AppPaths(
        data_dir=root,
        db_path=root / "mediation-desk.sqlite3",
        attachments_dir=root / "attachments",
        backups_dir=root / "backups",
        exports_dir=root / "exports",
        keys_dir=root / "keys",
        config_dir=root / "config",
        log_dir=root / "logs",
        cache_dir=root / "cache",
    )


def resolve_paths(override: Path | str | None = None,
                  environ: Mapping[str, str] | None = None) -> AppPaths:
    """Pick the data folder: override, then $MEDIATION_DESK_HOME, then platformdirs."""
    env = os.environ if environ is None else environ
    if override:
        return paths_under(Path(override))
    if env.get(ENV_HOME):
        return paths_under(Path(env[ENV_HOME]))
    # Imported here so that importing this module stays free of side effects and cheap.
    from platformdirs import PlatformDirs

    dirs = PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data_dir=data,
        db_path=data / "mediation-desk.sqlite3",
        attachments_dir=data / "attachments",
        backups_dir=data / "backups",
        exports_dir=data / "exports",
        keys_dir=data / "keys",
        config_dir=Path(dirs.user_config_dir),
        log_dir=Path(dirs.user_log_dir),
        cache_dir=Path(dirs.user_cache_dir),
    )
