"""Notices a USB stick being plugged in or pulled out, by polling the mounted volumes.

Qt has no portable "device arrived" event, and the laptops this runs on are old Windows and
Linux machines; reading the mount table every two seconds is cheap and works everywhere.
Which volumes count as a stick is decided by ``is_stick``, a pure function of plain values
(tested without any real volume): writable, ready, not the system disk, and mounted where
desktops put removable media."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

POLL_MS = 2000
Volumes = Callable[[], list[tuple[str, str]]]

# Where Linux desktops (udisks), mount(8) habits and macOS put removable media.
_STICK_PARENTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
# Never a stick, even when writable: system, virtual and package file systems.
_SYSTEM_PREFIXES = ("/snap", "/proc", "/sys", "/run", "/boot", "/dev", "/var", "/usr",
                    "/etc", "/tmp", "/home", "/opt", "/srv", "/root")
_DRIVE = re.compile(r"^([A-Za-z]):[\\/]?$")


@dataclass(frozen=True, slots=True)
class Volume:
    """What ``is_stick`` needs to know about one mounted volume."""

    path: str
    label: str = ""
    ready: bool = True
    read_only: bool = False
    is_root: bool = False


def _under(path: str, prefix: str) -> bool:
    return path == prefix.rstrip("/") or path.startswith(prefix.rstrip("/") + "/")


def is_stick(volume: Volume, *, system_drive: str = "C:") -> bool:
    """Whether a volume looks like a USB stick the person just plugged in."""
    if not volume.ready or volume.read_only or volume.is_root or not volume.path:
        return False
    drive = _DRIVE.match(volume.path)
    if drive is not None:
        # Windows: any drive letter but the system's (A: and B: are floppy drives).
        letter = drive.group(1).upper()
        return letter not in ("A", "B") and letter != system_drive[:1].upper()
    path = posixpath.normpath(volume.path.replace("\\", "/"))
    if path == "/":
        return False
    parent = next((p for p in _STICK_PARENTS if path.startswith(p)), None)
    if parent is None:
        return False
    if parent != "/run/media/" and any(_under(path, p) for p in _SYSTEM_PREFIXES):
        return False
    return len(path) > len(parent)


def label_of(volume: Volume) -> str:
    if volume.label:
        return volume.label
    drive = _DRIVE.match(volume.path)
    if drive is not None:
        return f"{drive.group(1).upper()}:"
    return posixpath.basename(posixpath.normpath(volume.path.replace("\\", "/")))


def sticks(volumes: Iterable[Volume], *, system_drive: str = "C:") -> list[tuple[str, str]]:
    """(path, label) of every volume that counts as a stick, in the order given."""
    return [(v.path, label_of(v)) for v in volumes if is_stick(v, system_drive=system_drive)]


def mounted_sticks() -> list[tuple[str, str]]:
    """The sticks mounted now, from Qt's list of volumes."""
    found = [Volume(path=info.rootPath(), label=info.name(), ready=info.isReady(),
                    read_only=info.isReadOnly(), is_root=info.isRoot())
             for info in QStorageInfo.mountedVolumes() if info.isValid()]
    return sticks(found, system_drive=os.environ.get("SYSTEMDRIVE", "C:"))


class UsbWatcher(QObject):
    """Polls the volumes while started; says when a stick appears or goes away.

    ``volumes`` returns the sticks mounted now as (path, label); tests pass their own."""

    stick_inserted = Signal(str, str)
    """A stick appeared: (path of its root, its label)."""
    stick_removed = Signal(str)
    """A stick went away: the path of its root."""

    def __init__(self, volumes: Volumes | None = None, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._volumes = volumes or mounted_sticks
        self._present: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def present(self) -> dict[str, str]:
        """The sticks seen at the last poll: path → label, oldest first."""
        return dict(self._present)

    def poll(self) -> None:
        try:
            now = dict(self._volumes())
        except OSError:
            return  # a volume vanished while being read: try again at the next tick
        for path in [p for p in self._present if p not in now]:
            del self._present[path]
            self.stick_removed.emit(path)
        for path, label in now.items():
            if path not in self._present:
                self._present[path] = label
                self.stick_inserted.emit(path, label)
