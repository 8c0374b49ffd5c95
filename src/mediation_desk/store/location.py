"""Where the live store may be kept: never on a network share, a removable device or in a
cloud-synced folder (anchors.md §1C: Anki, Calibre and Zotero users lost databases there —
SQLite's locks do not hold over SMB/NFS, sync clients copy a file mid-write, sticks are
pulled). Such a store is offered a local copy instead.

The classification is pure (it takes the mount table's text), so tests use fabricated
tables; ``check_location`` reads the real one. ``MEDIATION_DESK_ALLOW_UNSAFE_LOCATION=1``
turns the refusal off, for people who know their share is safe."""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath, PureWindowsPath

from mediation_desk.domain.errors import DomainError
from mediation_desk.paths import AppPaths
from mediation_desk.store.backups import copy_verified

ALLOW_ENV = "MEDIATION_DESK_ALLOW_UNSAFE_LOCATION"
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "9p", "afs", "coda", "ceph", "glusterfs",
    "lustre", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.davfs",
    "fuse.s3fs", "fuse.gcsfuse", "fuse.onedriver", "fuse.cryfs", "fuse.smbnetfs",
    "fuse.curlftpfs", "fuse.juicefs",
})
REMOVABLE_FS = frozenset({"vfat", "exfat", "msdos", "fuseblk", "ntfs", "ntfs3", "hfsplus",
                          "udf", "iso9660"})
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")
# Folder names of sync clients (the folder itself or "OneDrive - 某公司", "Dropbox (Personal)").
CLOUD_FOLDERS = (
    "dropbox", "onedrive", "icloud drive", "iclouddrive", "mobile documents", "cloudstorage",
    "google drive", "googledrive", "我的云端硬盘", "nutstore", "我的坚果云", "坚果云",
    "百度网盘", "baidunetdisk", "baidunetdiskworkspace", "baidusyncdisk", "百度网盘同步空间",
    "wps云盘", "wpsdrive", "wps cloud", "synologydrive", "synology drive", "seafile",
    "nextcloud", "owncloud", "box sync", "pcloud drive", "yandex.disk", "weiyunsync", "微云同步盘",
    "阿里云盘", "adrive", "115同步盘", "天翼云盘", "和彩云",
)
KINDS = ("network", "removable", "cloud")


class UnsafeLocation(DomainError):
    """The live store is on a network share, a removable device or in a cloud folder."""

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        code = {"network": "store.on_network", "removable": "store.on_removable"}.get(
            kind, "store.in_cloud_folder")
        super().__init__(code, None, path=str(path), detail=detail)
        self.kind = kind
        self.path = path
        self.detail = detail


class LocalCopyExists(DomainError):
    """The local folder already holds a store; it is never overwritten by a copy."""

    def __init__(self, path: Path) -> None:
        super().__init__("store.local_copy_exists", None, path=str(path))
        self.path = path


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # network | removable | cloud
    detail: str  # the file system type, the mount point or the folder name


@dataclass(frozen=True, slots=True)
class Mount:
    mount_point: str
    fstype: str
    source: str
    device: str  # major:minor


def parse_mountinfo(text: str) -> list[Mount]:
    """/proc/self/mountinfo lines: ``id parent maj:min root mount-point opts [tags] - type
    source super-opts``; octal escapes (``\\040`` for a space) decoded."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields, tail = left.split(), right.split()
        if len(fields) < 5 or not tail:
            continue
        mounts.append(Mount(mount_point=_unescape(fields[4]), fstype=tail[0],
                            source=_unescape(tail[1]) if len(tail) > 1 else "",
                            device=fields[2]))
    return mounts


def _unescape(s: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), s)


def mount_of(path: PurePath, mounts: list[Mount]) -> Mount | None:
    """The mount that holds ``path``: the longest mount point that is a prefix of it."""
    best: Mount | None = None
    text = str(path)
    for m in mounts:
        mp = m.mount_point.rstrip("/") or "/"
        inside = text == mp or text.startswith(mp if mp == "/" else mp + "/")
        if inside and (best is None or len(mp) >= len(best.mount_point.rstrip("/") or "/")):
            best = m
    return best


def cloud_folder(path: PurePath) -> str:
    """The path component that names a sync client's folder, or ""."""
    for part in path.parts:
        low = part.strip().lower()
        for name in CLOUD_FOLDERS:
            if low == name or (low.startswith(name) and not low[len(name)].isalnum()):
                return part
    return ""


def classify_posix(path: PurePath, mountinfo: str, *,
                   removable: Callable[[str], bool] = lambda _dev: False) -> Finding | None:
    """Linux: the mount holding ``path`` (from ``mountinfo`` text) and its folder names.
    ``removable(maj_min)`` answers from /sys for the real table; tests pass their own."""
    if "/gvfs/" in str(path) + "/":  # GNOME's shares (smb-share:…, sftp:…, phones)
        return Finding("network", "gvfs")
    mount = mount_of(path, parse_mountinfo(mountinfo))
    if mount is not None:
        fstype = mount.fstype.lower()
        if fstype in NETWORK_FS or (fstype.startswith("fuse") and re.match(
                r"^(https?|davs?|sftp|ftp|smb)://", mount.source)):
            return Finding("network", mount.fstype)
        if removable(mount.device):
            return Finding("removable", mount.mount_point)
        mp = mount.mount_point.rstrip("/") + "/"
        if any(mp.startswith(root) for root in REMOVABLE_ROOTS) and fstype in REMOVABLE_FS:
            return Finding("removable", mount.mount_point)
    name = cloud_folder(path)
    return Finding("cloud", name) if name else None


def classify_windows(path: PureWindowsPath, drive_type: int | None) -> Finding | None:
    """Windows: a UNC path or a drive GetDriveTypeW calls remote (4) or removable (2)."""
    if str(path).startswith("\\\\") or drive_type == 4:
        return Finding("network", path.drive or str(path)[:30])
    if drive_type == 2:
        return Finding("removable", path.drive)
    name = cloud_folder(path)
    return Finding("cloud", name) if name else None


def classify(path: Path) -> Finding | None:
    """The real computer's answer for ``path`` (which need not exist yet)."""
    path = path.expanduser().resolve()
    if os.name == "nt":
        return classify_windows(PureWindowsPath(path), _windows_drive_type(path))
    if sys.platform.startswith("linux"):
        try:
            table = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            table = ""
        return classify_posix(path, table, removable=_sys_removable)
    # macOS and others: folder names only (external disks live under /Volumes).
    if str(path).startswith("/Volumes/"):
        return Finding("removable", "/Volumes")
    name = cloud_folder(path)
    return Finding("cloud", name) if name else None


def _windows_drive_type(path: Path) -> int | None:
    import ctypes

    root = path.anchor or str(path)[:3]
    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - an unknown drive is judged by its path alone
        return None


def _sys_removable(device: str) -> bool:
    """/sys says the block device (or the disk its partition is on) is removable or USB."""
    node = Path("/sys/dev/block") / device
    try:
        real = node.resolve(strict=True)
    except OSError:
        return False
    for candidate in (real, real.parent):
        try:
            if (candidate / "removable").read_text().strip() == "1":
                return True
        except OSError:
            continue
    return "/usb" in str(real)


def allowed_by_env(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get(ALLOW_ENV, "").strip() in ("1", "yes", "true")


def check_location(data_dir: Path, environ: Mapping[str, str] | None = None) -> None:
    """Raise UnsafeLocation unless the folder is local or the override is set."""
    if allowed_by_env(environ):
        return
    finding = classify(data_dir)
    if finding is not None:
        raise UnsafeLocation(finding.kind, data_dir, finding.detail)


# --- working on a local copy ------------------------------------------------------------------

def copy_to_local(paths_from: AppPaths, paths_to: AppPaths) -> AppPaths:
    """Copy the store (online backup, verified) and the keys (owner-only), the attachments
    and the drafts to a local data folder. The original is only read. Raises
    LocalCopyExists if the target already holds a store, BackupFailed if the copy fails.
    A note ``copied-from.txt`` in the new folder says where the data came from."""
    if paths_to.db_path.exists() and paths_to.db_path.stat().st_size > 0:
        raise LocalCopyExists(paths_to.data_dir)
    paths_to.ensure()
    for src in sorted(paths_from.keys_dir.glob("*")):
        if src.is_file():
            _copy_private(src, paths_to.keys_dir / src.name)
    for a, b in ((paths_from.attachments_dir, paths_to.attachments_dir),
                 (paths_from.drafts_dir, paths_to.drafts_dir),
                 (paths_from.fonts_dir, paths_to.fonts_dir)):
        if a.is_dir():
            shutil.copytree(a, b, dirs_exist_ok=True)
    copy_verified(paths_from.db_path, paths_to.db_path, require_station=False)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    (paths_to.data_dir / "copied-from.txt").write_text(
        f"{paths_from.data_dir}\n{stamp}\n", encoding="utf-8")
    return paths_to


def _copy_private(src: Path, dst: Path) -> None:
    if dst.exists():
        if dst.read_bytes() == src.read_bytes():
            return
        raise LocalCopyExists(dst.parent)
    data = src.read_bytes()
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
