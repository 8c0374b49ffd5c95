"""The on-screen font: the CJK font bundled in ``resources/fonts`` when present, at a size
older eyes can read. Without it Qt falls back to system fonts (boxes on a PC without CJK)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from mediation_desk.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_POINT_SIZE = 11
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def bundled_font_files() -> list[Path]:
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in _FONT_SUFFIXES)


def load_bundled_fonts() -> list[str]:
    """Register every bundled font file with Qt; returns the families, first file first."""
    families: list[str] = []
    for path in bundled_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id)
                     if f not in families]
    return families


def apply_app_font(app: QApplication, point_size: int = DEFAULT_POINT_SIZE) -> str | None:
    """Use the bundled family (if any) at ``point_size`` for the whole application.

    Returns:
        The bundled family now in use, or None when no font file is shipped.
    """
    families = load_bundled_fonts()
    font = QFont(app.font())
    if families:
        font.setFamilies([families[0], *font.families()])
    font.setPointSize(point_size)
    app.setFont(font)
    return families[0] if families else None
