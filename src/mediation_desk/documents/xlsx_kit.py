"""Helpers for multi-sheet .xlsx tables laid out like the paper statistics tables a township
office keeps: a title over the table, headers of one or two rows (a group heading merged over
its columns), thin borders, numbers right-aligned and stored as numbers, columns wide enough
for Chinese text, landscape A4 printing fitted to the page width, and an atomic save.

``documents.sheets`` is the single-sheet writer for plain lists; this module is for tables
whose layout matters (several tables on a sheet, totals, sections)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING, Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from mediation_desk.documents.sheets import display_width
from mediation_desk.store.files import write_atomically

INT = "0"
MONEY = "#,##0.00"
PERCENT = "0.0%"
FONT_NAME = "宋体"  # what the township's own Excel tables use; Excel falls back for rare characters
BODY = Font(name=FONT_NAME, size=11)
BOLD = Font(name=FONT_NAME, size=11, bold=True)
TITLE = Font(name=FONT_NAME, size=16, bold=True)
NOTE = Font(name=FONT_NAME, size=10)
_THIN = Side(style="thin")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center")
RIGHT = Alignment(horizontal="right", vertical="center")
WRAP = Alignment(horizontal="left", vertical="top", wrap_text=True)
MIN_WIDTH = 6
MAX_WIDTH = 56
LINE_HEIGHT = 15.0  # points per line of 11-point CJK text
_SHEET_FORBIDDEN = set('[]:*?/\\')
SHEET_TITLE_MAX = 31


@dataclass(frozen=True, slots=True)
class Col:
    """A table column: its heading, the number format of its figures (None for text), and
    sub-columns under a merged group heading."""

    label: str
    fmt: str | None = None
    children: tuple[Col, ...] = ()

    def leaves(self) -> tuple[Col, ...]:
        return self.children or (self,)


# ---- sheet names ---------------------------------------------------------------------------

def sheet_title(name: str, taken: set[str], fallback: str = "表") -> str:
    """A valid sheet name for ``name``, unique among ``taken`` (compared as Excel does,
    ignoring case), added to ``taken``. Excel refuses []:*?/\\, more than 31 characters,
    an apostrophe at either end and the reserved name History."""
    clean = "".join("_" if ch in _SHEET_FORBIDDEN else ch for ch in text(name))
    clean = clean.strip().strip("'").strip() or fallback
    if clean.casefold() == "history":
        clean = f"{clean}_"
    candidate, n = _fit_title(clean, ""), 1
    while candidate.casefold() in {t.casefold() for t in taken}:
        n += 1
        candidate = _fit_title(clean, f"（{n}）")
    taken.add(candidate)
    return candidate


def _fit_title(base: str, suffix: str) -> str:
    # Excel counts UTF-16 units: a rare character such as 𠮷 takes two.
    room = SHEET_TITLE_MAX - _utf16_len(suffix)
    while _utf16_len(base) > room:
        base = base[:-1]
    return base.rstrip("'") + suffix


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


# ---- cells ---------------------------------------------------------------------------------

def text(value: str) -> str:
    """Text as a cell may hold it: control characters (which openpyxl refuses) dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def put(ws: Worksheet, row: int, col: int, value: object, *, fmt: str | None = None,
        font: Font = BODY, align: Alignment | None = None, border: bool = True) -> Cell:
    """One cell. Text is always stored as text, even when it starts with "=" (a user's
    sub-category must never become a formula); numbers are stored as numbers, right-aligned."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = text(value)
        cell.data_type = TYPE_STRING
    else:
        cell.value = value
    if fmt and not isinstance(value, str):
        cell.number_format = fmt  # an empty figure too: what is typed in later looks right
    cell.font = font
    number = isinstance(value, int | float) and not isinstance(value, bool)
    cell.alignment = align or (RIGHT if number or fmt else LEFT)
    if border:
        cell.border = BOX
    return cell


def title_rows(ws: Worksheet, title: str, left: str, right: str, width: int) -> int:
    """Row 1: the title centred over ``width`` columns; row 2: ``left`` (the period) and
    ``right`` (the day the figures stand on) at the far end, or on a row of its own over a
    narrow table. These lines are not merged, so they run on over empty cells instead of
    being cut off, and ``fit_columns`` leaves them out. Returns the next free row."""
    put(ws, 1, 1, title, font=TITLE, align=CENTER, border=False)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(width, 1))
    ws.row_dimensions[1].height = 28
    put(ws, 2, 1, left, align=LEFT, border=False)
    if not right:
        return 3
    if width >= 4:
        put(ws, 2, width, right, align=RIGHT, border=False)
        return 3
    put(ws, 3, 1, right, align=LEFT, border=False)
    return 4


def caption(ws: Worksheet, row: int, value: str, width: int) -> int:
    """A bold section heading over a table; returns the next row."""
    put(ws, row, 1, value, font=BOLD, align=LEFT, border=False)
    if width > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    return row + 1


def header(ws: Worksheet, row: int, columns: Sequence[Col]) -> tuple[list[Col], int]:
    """The heading rows of a table starting at ``row``: two rows when a column has
    sub-columns (its heading merged over them, the others merged over both rows).
    Returns the leaf columns and the first row below the heading."""
    two = any(c.children for c in columns)
    leaves: list[Col] = []
    col = 1
    for c in columns:
        span = len(c.leaves())
        put(ws, row, col, c.label, font=BOLD, align=CENTER)
        if two:
            for i, leaf in enumerate(c.children):
                put(ws, row + 1, col + i, leaf.label, font=BOLD, align=CENTER)
            if c.children:
                if span > 1:
                    ws.merge_cells(start_row=row, start_column=col, end_row=row,
                                   end_column=col + span - 1)
                for i in range(1, span):
                    ws.cell(row=row, column=col + i).border = BOX
            else:
                put(ws, row + 1, col, None, font=BOLD, align=CENTER)
                ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        leaves.extend(c.leaves())
        col += span
    rows = 2 if two else 1
    _header_heights(ws, row, columns, two)
    return leaves, row + rows


def _header_heights(ws: Worksheet, row: int, columns: Sequence[Col], two: bool) -> None:
    def lines(cols: Iterable[Col]) -> int:
        return max((len(c.label.split("\n")) for c in cols), default=1)

    if not two:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines(columns) + 6
        return
    top = lines(c for c in columns if c.children)
    bottom = lines(leaf for c in columns for leaf in c.children)
    # A heading merged over both rows needs its lines shared between them.
    spanning = lines(c for c in columns if not c.children)
    extra = max(0, spanning - top - bottom)
    ws.row_dimensions[row].height = LINE_HEIGHT * top + 6
    ws.row_dimensions[row + 1].height = LINE_HEIGHT * (bottom + extra) + 6


def line(ws: Worksheet, row: int, leaves: Sequence[Col], values: Sequence[object], *,
         bold: bool = False, outline: int = 0) -> int:
    """One table line; ``values`` line up with the leaf columns. Returns the next row."""
    font = BOLD if bold else BODY
    for i, (c, v) in enumerate(zip(leaves, values, strict=True), start=1):
        put(ws, row, i, v, fmt=c.fmt, font=font)
    if outline:
        ws.row_dimensions[row].outline_level = outline
    return row + 1


def note(ws: Worksheet, row: int, value: str, width: int) -> int:
    """A note under the tables, wrapped over the table's width; returns the next row."""
    put(ws, row, 1, value, font=NOTE, align=WRAP, border=False)
    if width > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    return row + 1


# ---- layout --------------------------------------------------------------------------------

def shown(value: object, fmt: str | None) -> str:
    """The text Excel shows for ``value`` in ``fmt`` (to size the column)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if fmt == PERCENT:
            return f"{value * 100:.1f}%"
        if fmt == MONEY:
            return f"{value:,.2f}"
    return str(value)


def fit_columns(ws: Worksheet, *, wrap: Iterable[int] = (), wrap_width: int = MAX_WIDTH,
                skip_rows: int = 0) -> None:
    """Columns as wide as their widest cell (CJK counts two). Cells merged across columns
    size nothing themselves: a title gets its first column widened if the table is narrower
    than the title, a wrapped note gets the row height its lines need. The first
    ``skip_rows`` rows (the lines under the title, which run on over empty cells) are left
    out. ``wrap`` columns get ``wrap_width`` and their rows the height their text needs."""
    spans = {(r.min_row, r.min_col): (r.min_col, r.max_col) for r in ws.merged_cells.ranges
             if r.min_col != r.max_col}
    covered = {(row, c) for (row, _), (lo, hi) in spans.items() for c in range(lo, hi + 1)}
    wrapped = set(wrap)
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if (cell.value is None or cell.row <= skip_rows
                    or (cell.row, cell.column) in covered):
                continue
            w = display_width(shown(cell.value, cell.number_format))
            if cell.font.bold:  # bold is wider
                w = math.ceil(w * 1.15)
            if isinstance(cell.value, int | float):  # Excel shows #### for a number that
                w += 1  # does not fit, where text would run on
            widths[cell.column] = max(widths.get(cell.column, 0), w)
    for col, w in widths.items():
        width = wrap_width if col in wrapped else max(MIN_WIDTH, min(MAX_WIDTH, w + 2))
        ws.column_dimensions[get_column_letter(col)].width = width
    for (row, first), (lo, hi) in spans.items():
        _fit_span(ws, ws.cell(row=row, column=first), lo, hi)
    _fit_free_lines(ws, skip_rows)
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if cell.column in wrapped and isinstance(cell.value, str) and cell.row > skip_rows:
                lines = max(lines, wrapped_lines(cell.value, wrap_width))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = LINE_HEIGHT * lines + 4


def _fit_span(ws: Worksheet, cell: Cell, lo: int, hi: int) -> None:
    if not isinstance(cell.value, str):
        return
    letters = [get_column_letter(c) for c in range(lo, hi + 1)]
    have = sum(ws.column_dimensions[x].width or 9 for x in letters)
    if cell.alignment.wrap_text and cell.alignment.horizontal != "center":
        lines = wrapped_lines(cell.value, have)
        if lines > 1:
            ws.row_dimensions[cell.row].height = LINE_HEIGHT * lines + 4
        return
    scale = (cell.font.size or 11) / 11  # a 16-point title is wider than its characters
    need = math.ceil(display_width(cell.value) * scale) + 2
    if need > have:
        ws.column_dimensions[letters[0]].width = (ws.column_dimensions[letters[0]].width
                                                  or 9) + need - have


def _fit_free_lines(ws: Worksheet, rows: int) -> None:
    # The lines under the title run on over empty cells, but not past the last column when
    # printed: the table must be at least as wide as they are.
    last = ws.max_column
    have = sum(ws.column_dimensions[get_column_letter(c)].width or 9 for c in range(1, last + 1))
    for r in range(2, rows + 1):
        texts = [c.value for c in ws[r] if isinstance(c.value, str)]
        need = sum(display_width(t) for t in texts) + 4 * len(texts)
        if need > have:
            a = ws.column_dimensions["A"]
            a.width = (a.width or 9) + need - have
            have = need


def wrapped_lines(value: str, width: float) -> int:
    room = max(1, int(width) - 2)
    return sum(max(1, math.ceil(display_width(part) / room)) for part in value.split("\n"))


def print_setup(ws: Worksheet, *, repeat_rows: tuple[int, int] | None = None,
                freeze: str | None = None, landscape: bool = True) -> None:
    """Landscape A4 fitted to one page wide (as long as it needs), centred, the heading rows
    repeated on every page and kept in view while scrolling."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if repeat_rows:
        ws.print_title_rows = f"{repeat_rows[0]}:{repeat_rows[1]}"
    if freeze:
        ws.freeze_panes = freeze


def save(wb: Workbook, path: Path | str) -> Path:
    """Save atomically: a pulled USB stick or a full disk leaves any old file as it was.
    Raises OSError when the file cannot be written."""
    return write_atomically(Path(path), wb.save, suffix=".xlsx")
