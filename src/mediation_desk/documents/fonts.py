"""The fonts a paper is set in, and which font draws each character.

reportlab draws a character the font lacks as a blank or a box, silently (feasibility.md §4).
On a signed agreement that would be a person's name with a hole in it. So every character is
looked up here: the bundled Mediation Desk Serif SC first, then the fallback fonts in order
(TrueType files the station put in its fonts folder, then known Debian CJK fonts if installed);
a character none of them has is reported, and the paper is not made.

Fonts load on first use and stay registered for the life of the process (reportlab's font
registry is global)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from mediation_desk.resources import resource_path

MAIN_FONT_FILE = "MediationDeskSerifSC-Regular.ttf"
MAIN_FONT = "MDSerifSC"

# TrueType-outline (glyf) CJK fonts from Debian packages, rare-character coverage first.
# CFF-outline fonts (Noto CJK as shipped) cannot be embedded by reportlab and are skipped.
SYSTEM_FALLBACKS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

_lock = threading.Lock()
_loaded: dict[Path, _LoadedFont | None] = {}
_cmap_patched = False


class _LoadedFont:
    __slots__ = ("name", "path", "codepoints")

    def __init__(self, name: str, path: Path, codepoints: frozenset[int]) -> None:
        self.name = name
        self.path = path
        self.codepoints = codepoints


def main_font_path() -> Path:
    return resource_path("fonts", MAIN_FONT_FILE)


def _patch_to_unicode_cmap() -> None:
    """reportlab 5.1 writes a ToUnicode entry for a character beyond U+FFFF as ``<20BB7>``,
    which is not UTF-16: PDF readers (and copy-paste, and the township's search) then lose
    𠮷 and every other Ext-B name character. Write such entries as surrogate pairs."""
    global _cmap_patched
    if _cmap_patched:
        return
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def utf16(v: int) -> str:
        return chr(v).encode("utf-16-be").hex().upper()

    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        text = original(fontname, subset)
        if all(v <= 0xFFFF for v in subset):
            return text
        for i, v in enumerate(subset):
            if v > 0xFFFF:
                text = text.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{utf16(v)}>", 1)
        return text

    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
    _cmap_patched = True


def _load(path: Path, name: str | None = None) -> _LoadedFont | None:
    """Register one font file with reportlab; None if it is not usable (CFF, damaged)."""
    path = path.resolve()
    with _lock:
        if path in _loaded:
            return _loaded[path]
        _patch_to_unicode_cmap()
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        if name is None:
            name = "MDFallback-" + hashlib.sha1(str(path).encode()).hexdigest()[:10]
        try:
            font = TTFont(name, str(path), subfontIndex=0)
        except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
            _loaded[path] = None
            return None
        pdfmetrics.registerFont(font)
        loaded = _LoadedFont(name, path, frozenset(font.face.charToGlyph))
        _loaded[path] = loaded
        return loaded


def font_files_in(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def default_fallbacks(station_fonts_dir: Path | None = None) -> list[Path]:
    """The station's own fonts folder first (an administrator can add e.g. HanaMinB.ttf for
    Ext-B names), then known Debian fonts that are installed."""
    found = font_files_in(station_fonts_dir)
    found += [Path(p) for p in SYSTEM_FALLBACKS if Path(p).is_file()]
    return found


class FontChain:
    """Main font plus fallbacks; answers which registered font draws a character.

    Fallback files are only opened when the main font lacks a character, so a normal paper
    costs one font load."""

    def __init__(self, main: Path | None = None, fallbacks: Iterable[Path] = ()) -> None:
        main_path = main or main_font_path()
        loaded = _load(main_path, MAIN_FONT if main is None else None)
        if loaded is None:
            raise FileNotFoundError(f"main font unusable: {main_path}")
        self.main = loaded
        self._fallback_paths = list(fallbacks)
        self._fallbacks: list[_LoadedFont] | None = None
        self._cache: dict[str, str | None] = {}

    @property
    def main_name(self) -> str:
        return self.main.name

    def _fallback_fonts(self) -> list[_LoadedFont]:
        if self._fallbacks is None:
            fonts = (_load(p) for p in self._fallback_paths)
            self._fallbacks = [f for f in fonts if f is not None]
        return self._fallbacks

    def font_for(self, ch: str) -> str | None:
        """The registered font name that has ``ch``; None if no font in the chain has it."""
        hit = self._cache.get(ch, "")
        if hit != "":
            return hit
        cp = ord(ch)
        name: str | None = None
        if cp in self.main.codepoints:
            name = self.main.name
        else:
            for f in self._fallback_fonts():
                if cp in f.codepoints:
                    name = f.name
                    break
        self._cache[ch] = name
        return name

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` no font in the chain can draw (spacing ignored), in order."""
        seen: dict[str, None] = {}
        for ch in text:
            if ch not in seen and not ch.isspace() and self.font_for(ch) is None:
                seen[ch] = None
        return list(seen)

    def describe(self) -> list[str]:
        """File names of the fonts in use, main first (for the about box and the note)."""
        return [self.main.path.name] + [f.path.name for f in self._fallback_fonts()]
