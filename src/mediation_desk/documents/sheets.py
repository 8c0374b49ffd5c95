"""A small .xlsx writer for lists a committee hands on (rosters, rotas, registers).

One sheet per call: an optional caption row, a bold header row that stays in view while
scrolling, column widths that fit Chinese text (a CJK character is two columns wide in
Excel's unit), and an atomic save: a pulled USB stick or a full disk leaves any old file as
it was."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from mediation_desk.store.files import write_atomically

Cell = str | int | float | bool | date | datetime | None
MAX_WIDTH = 60  # a long text wraps in a readable column instead of one as wide as the sheet
MIN_WIDTH = 4


def display_width(value: Cell) -> int:
    """Width in Excel's character unit: wide (CJK) characters count two."""
    if value is None:
        return 0
    text = value.isoformat() if isinstance(value, date) else str(value)
    longest = max(text.split("\n"), key=len, default="")
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def write_sheet(path: Path | str, headers: Sequence[str], rows: Sequence[Sequence[Cell]], *,
                title: str = "Sheet1", caption: str = "") -> Path:
    """Write one sheet to ``path`` (replacing it atomically); returns the path.

    Raises OSError when the file cannot be written; nothing is left behind then."""
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_title(title)
    bold = Font(bold=True)
    first = 1
    if caption:
        ws.cell(row=1, column=1, value=caption).font = Font(bold=True, size=14)
        if len(headers) > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        first = 2
    for c, header in enumerate(headers, start=1):
        cell = ws.cell(row=first, column=c, value=header)
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, row in enumerate(rows, start=first + 1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                # A name typed as "=HYPERLINK(...)" stays text, never a live formula; control
                # characters, which openpyxl refuses, are dropped instead of losing the file.
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = TYPE_STRING
            else:
                cell.value = value
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for c, header in enumerate(headers, start=1):
        widest = max([display_width(header), *(display_width(row[c - 1]) for row in rows
                                                if c - 1 < len(row))])
        ws.column_dimensions[get_column_letter(c)].width = max(MIN_WIDTH,
                                                               min(MAX_WIDTH, widest + 2))
    ws.freeze_panes = ws.cell(row=first + 1, column=1)
    return _save(wb, Path(path))


def _sheet_title(title: str) -> str:
    # Excel refuses these characters and titles over 31 characters.
    cleaned = "".join("_" if ch in '[]:*?/\\' else ch for ch in title).strip() or "Sheet1"
    return cleaned[:31]


def _save(wb: Workbook, target: Path) -> Path:
    return write_atomically(target, wb.save, suffix=".xlsx")
