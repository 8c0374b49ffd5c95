"""Machine-local UI state (window geometry, table column widths) in an INI file under
``AppPaths.config_dir``. Nothing about cases or the station belongs here: that is in SQLite."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

STATE_FILE = "ui-state.ini"


class UiState:
    """Saves and restores widget state under stable keys such as ``main_window``."""

    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        # An explicit IniFormat file instead of the registry on Windows: it travels with the
        # data folder when --data-dir is used and is easy to delete when a window gets lost.
        self._settings = QSettings(str(config_dir / STATE_FILE), QSettings.Format.IniFormat)

    @property
    def file_path(self) -> Path:
        return Path(self._settings.fileName())

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def restore_window(self, window: QWidget, key: str) -> bool:
        """Geometry (and toolbar/dock state for main windows); False if nothing was saved."""
        geometry = self._bytes(f"{key}/geometry")
        if geometry is None or not window.restoreGeometry(geometry):
            return False
        state = self._bytes(f"{key}/state")
        if isinstance(window, QMainWindow) and state is not None:
            window.restoreState(state)
        return True

    def save_window(self, window: QWidget, key: str) -> None:
        self._settings.setValue(f"{key}/geometry", window.saveGeometry())
        if isinstance(window, QMainWindow):
            self._settings.setValue(f"{key}/state", window.saveState())

    def restore_header(self, header: QHeaderView, key: str) -> bool:
        """Column widths and order of a table; False if nothing (valid) was saved."""
        state = self._bytes(f"{key}/header")
        # A table that gained or lost columns starts from its defaults rather than
        # applying old widths to the wrong columns.
        if state is None or self._settings.value(f"{key}/columns") != str(header.count()):
            return False
        return header.restoreState(state)

    def save_header(self, header: QHeaderView, key: str) -> None:
        self._settings.setValue(f"{key}/header", header.saveState())
        self._settings.setValue(f"{key}/columns", str(header.count()))

    def restore_splitter(self, splitter: QSplitter, key: str) -> bool:
        state = self._bytes(f"{key}/splitter")
        return state is not None and splitter.restoreState(state)

    def save_splitter(self, splitter: QSplitter, key: str) -> None:
        self._settings.setValue(f"{key}/splitter", splitter.saveState())

    def preference(self, name: str, default: str = "") -> str:
        """A machine-local preference such as the text size or the interface language."""
        value = self._settings.value(f"preferences/{name}")
        return value if isinstance(value, str) else default

    def set_preference(self, name: str, value: str) -> None:
        # Written at once: a preference changed just before a crash is still there next time.
        self._settings.setValue(f"preferences/{name}", value)
        self._settings.sync()

    def value(self, key: str) -> str | None:
        """A text saved with ``set_value``; None if nothing (or something else) was saved."""
        value = self._settings.value(key)
        return value if isinstance(value, str) else None

    def set_value(self, key: str, value: str | None) -> None:
        """Save a text under ``key`` (e.g. ``case_list/filter``); None removes it."""
        if value is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
