#!/usr/bin/env python3
"""Rebuilds resources/fonts/MediationDeskSerifSC-Regular.ttf from Noto Serif CJK SC.

Why: reportlab embeds only TrueType (glyf) outlines, and Noto Serif CJK ships CFF outlines.
This converts the Simplified Chinese face to quadratic glyf outlines, keeps the code points
a Chinese legal paper can need (Latin, punctuation, CJK, Ext-A, the Ext-B/C/D/E/F ideographs
Noto has, compatibility ideographs, full-width forms), drops layout tables and hinting, and
renames the family so it never clashes with an installed Noto (OFL-1.1 §3 asks modified
versions not to use the reserved names; giving our own name is the safe reading).

Input: NotoSerifCJK-Regular.ttc, face 2 (SC), as in Debian bookworm's fonts-noto-cjk
1:20220127+repack1-1, sha256 a04178ec485dffdff7cc0c0c20e1fce9202d7e2160d805e8e44a4c8841c58481.
Needs fontTools (``pip install fonttools``); about 90 s on one core.

    python scripts/build-font.py [/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc]
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
SOURCE_SHA256 = "a04178ec485dffdff7cc0c0c20e1fce9202d7e2160d805e8e44a4c8841c58481"
FACE_SC = 2
OUT = Path(__file__).resolve().parent.parent / "resources/fonts/MediationDeskSerifSC-Regular.ttf"
FAMILY = "Mediation Desk Serif SC"
PS_NAME = "MediationDeskSerifSC-Regular"

UNICODES = [
    "U+0020-007E", "U+00A0-024F", "U+0370-03FF", "U+0400-04FF", "U+2000-206F", "U+20A0-20CF",
    "U+2100-218F", "U+2190-21FF", "U+2200-22FF", "U+2460-24FF", "U+2500-257F", "U+25A0-25FF",
    "U+2600-26FF", "U+3000-303F", "U+3040-30FF", "U+3100-312F", "U+31A0-31BF", "U+3200-33FF",
    "U+3400-4DBF", "U+4E00-9FFF", "U+F900-FAFF", "U+FE10-FE1F", "U+FE30-FE4F", "U+FF00-FFEF",
    "U+20000-2FA1F",
]


def to_glyf(font) -> None:
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font) -> None:
    name = font["name"]
    for rec in list(name.names):
        if rec.nameID in (1, 4, 16):
            name.setName(FAMILY if rec.nameID != 4 else f"{FAMILY} Regular", rec.nameID,
                         rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 6:
            name.setName(PS_NAME, 6, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 3:
            name.setName(f"{PS_NAME};converted from Noto Serif CJK SC", 3, rec.platformID,
                         rec.platEncID, rec.langID)
        elif rec.nameID in (17, 18):
            name.removeNames(nameID=rec.nameID)
    # Localised Chinese family names would still say Noto; drop them, keep ours.
    name.names = [r for r in name.names
                  if r.nameID not in (1, 4, 16) or r.langID in (0x409, 0)]


def main() -> int:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    if digest != SOURCE_SHA256:
        print(f"warning: {src} is not the pinned source ({digest}); the result will differ",
              file=sys.stderr)
    font = TTCollection(str(src)).fonts[FACE_SC]
    to_glyf(font)
    rename(font)
    tmp = OUT.with_suffix(".full.ttf")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(tmp))
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    full = subset.load_font(str(tmp), options)
    subsetter.populate(unicodes=subset.parse_unicodes(",".join(UNICODES)))
    subsetter.subset(full)
    subset.save_font(full, str(OUT), options)
    tmp.unlink()
    print(f"{OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
