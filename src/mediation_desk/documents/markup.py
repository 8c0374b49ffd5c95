"""User text on its way into reportlab: cleaned, escaped, and set in a font that has it.

Everything a person typed is data, never markup: ``<b>``, ``&amp;`` or ``<font>`` in a name
print as themselves. Control characters and Unicode direction overrides are dropped (an RLO in
a hostile name could make a printed sum read backwards); line breaks are kept."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from mediation_desk.documents.fonts import FontChain

# C0/C1 controls except \n and \t, zero-width and direction controls, BOM, lone surrogates.
_DROP = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
CONTEXT = 6  # characters shown either side of a missing one, to say where it is
# reportlab folds whitespace runs, and U+3000 is whitespace to it: a form's "　　年　　月　　日"
# would print as "年 月 日" with no room to write. Four no-break spaces (0.256 em each in
# our font) keep the full-width gap.
IDEOGRAPHIC_SPACE = "\u00a0" * 4


def clean(text: str) -> str:
    """The text as it should print: NFC, line breaks normalised, invisible controls gone."""
    text = _NEWLINES.sub("\n", str(text))
    text = _DROP.sub("", text.replace("\t", " "))
    return unicodedata.normalize("NFC", text)


@dataclass
class Missing:
    """Characters no font could draw, each with a little of the text around its first use."""

    chars: dict[str, str] = field(default_factory=dict)

    def add(self, ch: str, text: str, at: int) -> None:
        if ch not in self.chars:
            start = max(0, at - CONTEXT)
            self.chars[ch] = text[start:at + CONTEXT + 1].replace("\n", " ")

    def __bool__(self) -> bool:
        return bool(self.chars)

    def names(self) -> str:
        """``𠮷 (U+20BB7)、… `` — how the error names them."""
        return "、".join(f"{ch} (U+{ord(ch):04X})" for ch in self.chars)

    def contexts(self) -> str:
        return "；".join(f"「{ctx}」" for ctx in self.chars.values())


class Markup:
    """Turns plain text into safe Paragraph markup for one paper, remembering what no font
    in the chain can draw."""

    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self.missing = Missing()

    def __call__(self, text: object, *, keep_lines: bool = True) -> str:
        plain = clean("" if text is None else str(text))
        if not keep_lines:
            plain = plain.replace("\n", " ")
        out: list[str] = []
        run: list[str] = []
        run_font = self.chain.main_name

        def flush() -> None:
            if not run:
                return
            body = escape("".join(run))
            if run_font != self.chain.main_name:
                body = f'<font name="{run_font}">{body}</font>'
            out.append(body)
            run.clear()

        for i, ch in enumerate(plain):
            if ch == "\n":
                flush()
                out.append("<br/>")
                continue
            if ch == "\u3000":
                ch = IDEOGRAPHIC_SPACE
            font = self.chain.main_name if ch.isspace() else self.chain.font_for(ch)
            if font is None:
                self.missing.add(ch, plain, i)
                font = self.chain.main_name
            if font != run_font:
                flush()
                run_font = font
            run.append(ch)
        flush()
        return "".join(out)
