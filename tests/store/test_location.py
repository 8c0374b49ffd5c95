"""Where the live store may not be kept (store/location.py): network shares, removable
devices and cloud-synced folders, judged from fabricated mount tables and paths; and the
local copy offered instead."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services.case_register import register_case
from mediation_desk.store import location
from mediation_desk.store.location import LocalCopyExists, UnsafeLocation
from tests.store.support import plain_case

MOUNTS = "\n".join([
    "22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/sda2 rw",
    "30 22 254:1 / /home rw,relatime shared:2 - ext4 /dev/sda3 rw",
    "40 30 0:50 / /home/li/单位共享 rw,relatime shared:5 - cifs //192.168.1.5/共享 rw,vers=3.0",
    "41 22 0:51 / /srv/nfs rw,relatime - nfs4 fileserver:/export rw",
    "42 30 0:52 / /home/li/远程 rw,nosuid - fuse.sshfs li@host:/data rw",
    "43 22 8:17 / /media/li/KINGSTON rw,nosuid,nodev - vfat /dev/sdb1 rw,uid=1000",
    "44 22 8:33 / /run/media/li/U\\040盘 rw,nosuid,nodev - exfat /dev/sdc1 rw",
    "45 22 8:49 / /media/li/DATA rw,nosuid,nodev - ext4 /dev/sdd1 rw",
    "46 22 8:65 / /mnt/backup rw - ext4 /dev/sde1 rw",
    "47 22 0:53 / /mnt/c rw,noatime - 9p drvfs rw,dirsync",
    "48 30 0:54 / /home/li/dav rw - fuse http://cloud.example/dav rw",
])


def _classify(path: str, removable: set[str] = frozenset()) -> tuple[str, str] | None:
    found = location.classify_posix(PurePosixPath(path), MOUNTS,
                                    removable=lambda dev: dev in removable)
    return (found.kind, found.detail) if found else None


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/li/.local/share/MediationDesk", None),
    ("/home/li/单位共享/调解", ("network", "cifs")),
    ("/srv/nfs/mediation", ("network", "nfs4")),
    ("/home/li/远程/x", ("network", "fuse.sshfs")),
    ("/mnt/c/Users/li/MediationDesk", ("network", "9p")),
    ("/home/li/dav/md", ("network", "fuse")),
    ("/run/user/1000/gvfs/smb-share:server=nas,share=data/md", ("network", "gvfs")),
    ("/media/li/KINGSTON/MediationDesk", ("removable", "/media/li/KINGSTON")),
    ("/run/media/li/U 盘/调解工作台", ("removable", "/run/media/li/U 盘")),
    ("/media/li/DATA/md", None),  # an internal second disk mounted by the desktop
    ("/mnt/backup/md", None),
    ("/home/li/Dropbox/MediationDesk", ("cloud", "Dropbox")),
    ("/home/li/Dropbox (Personal)/md", ("cloud", "Dropbox (Personal)")),
    ("/home/li/OneDrive - 青龙镇/md", ("cloud", "OneDrive - 青龙镇")),
    ("/home/li/我的坚果云/调解", ("cloud", "我的坚果云")),
    ("/home/li/BaiduSyncdisk/md", ("cloud", "BaiduSyncdisk")),
    ("/home/li/Documents/Dropboxes-old/md", None),  # only whole folder names count
])
def test_linux_locations(path: str, expected: tuple[str, str] | None) -> None:
    assert _classify(path) == expected


def test_a_device_sys_calls_removable_is_removable_wherever_it_is_mounted() -> None:
    assert _classify("/mnt/backup/md", removable={"8:65"}) == ("removable", "/mnt/backup")
    assert _classify("/media/li/DATA/md", removable={"8:49"}) == ("removable", "/media/li/DATA")


def test_longest_mount_point_wins_and_escapes_are_read() -> None:
    mounts = location.parse_mountinfo(MOUNTS)
    assert location.mount_of(PurePosixPath("/home/li/单位共享/a"), mounts).fstype == "cifs"
    assert location.mount_of(PurePosixPath("/home/li2"), mounts).mount_point == "/home"
    assert location.mount_of(PurePosixPath("/homex"), mounts).mount_point == "/"
    assert any(m.mount_point == "/run/media/li/U 盘" for m in mounts)


@pytest.mark.parametrize(("path", "drive_type", "expected"), [
    (r"C:\Users\li\AppData\Local\MediationDesk", 3, None),
    (r"\\nas\共享\MediationDesk", None, "network"),
    (r"Z:\MediationDesk", 4, "network"),
    (r"E:\MediationDesk", 2, "removable"),
    (r"C:\Users\li\OneDrive\文档\MediationDesk", 3, "cloud"),
    (r"D:\百度网盘\md", 3, "cloud"),
    (r"D:\WPS云盘\md", 3, "cloud"),
    (r"C:\Users\li\iCloudDrive\md", 3, "cloud"),
    (r"C:\Users\li\Google Drive\md", 3, "cloud"),
    (r"D:\SynologyDrive\md", 3, "cloud"),
])
def test_windows_locations(path: str, drive_type: int | None, expected: str | None) -> None:
    found = location.classify_windows(PureWindowsPath(path), drive_type)
    assert (found.kind if found else None) == expected


def test_this_test_machine_is_a_safe_place(tmp_path: Path) -> None:
    assert location.classify(tmp_path) is None


def test_open_refuses_an_unsafe_folder_unless_told_otherwise(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = paths_under(tmp_path / "Dropbox" / "调解")
    monkeypatch.delenv(location.ALLOW_ENV, raising=False)
    with pytest.raises(UnsafeLocation) as err:
        build_context(paths, actor="x")
    assert (err.value.kind, err.value.code) == ("cloud", "store.in_cloud_folder")
    assert err.value.params["detail"] == "Dropbox"
    assert not paths.data_dir.exists()  # nothing was created there
    monkeypatch.setenv(location.ALLOW_ENV, "1")
    build_context(paths, actor="x").close()


def test_copy_to_local_copies_store_and_keys(village: AppContext, tmp_path: Path) -> None:
    register_case(village, plain_case(1))
    (village.paths.attachments_dir / "照片.jpg").write_bytes(b"jpg")
    assert village.cipher is not None  # creates keys/pii.key
    target = paths_under(tmp_path / "local")
    location.copy_to_local(village.paths, target)
    con = sqlite3.connect(target.db_path)
    try:
        assert con.execute("SELECT count(*) FROM mediation_case").fetchone() == (1,)
    finally:
        con.close()
    key = target.keys_dir / "pii.key"
    assert key.read_bytes() == (village.paths.keys_dir / "pii.key").read_bytes()
    if os.name == "posix":
        assert key.stat().st_mode & 0o077 == 0
    assert (target.attachments_dir / "照片.jpg").read_bytes() == b"jpg"
    assert str(village.paths.data_dir) in (target.data_dir / "copied-from.txt").read_text()
    # A second copy never overwrites what is there now.
    with pytest.raises(LocalCopyExists):
        location.copy_to_local(village.paths, target)
