"""The audit trail as a file: CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese
text correctly) or an .xlsx sheet through ``xlsx_kit`` (title, bold header kept in view,
borders, A4 landscape fitted to the page width).

Both are written atomically: a full disk or a pulled stick leaves any older file as it was.
A cell that a spreadsheet would run as a formula (=, +, -, @ first) is written as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import timedelta, timezone
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING

from mediation_desk.documents import xlsx_kit as kit
from mediation_desk.store.files import write_atomically

BEIJING = timezone(timedelta(hours=8))
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Column widths are measured on the first lines only: a 100,000-line export would spend
# longer measuring than writing, and the first lines are representative.
_MEASURE_LINES = 500
XLSX_MAX_LINES = 1_048_570  # Excel's sheet limit, less the title and header rows


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(path: Path, headers: Sequence[str], lines: Iterable[Sequence[str]], *,
              caption: str = "") -> int:
    """Write the lines (after ``caption`` on a line of its own, if given); returns how many.
    Raises OSError when the file cannot be written."""
    count = 0

    def write(f: BinaryIO) -> None:
        nonlocal count
        text = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
        out = csv.writer(text)
        if caption:
            out.writerow([_safe(caption)])
        out.writerow(headers)
        for line in lines:
            out.writerow([_safe(str(v)) for v in line])
            count += 1
        text.flush()
        text.detach()  # the caller closes (and fsyncs) the file itself

    write_atomically(path, write, suffix=".csv")
    return count


def write_xlsx(path: Path, title: str, headers: Sequence[str],
               lines: Iterable[Sequence[str]], *, subtitle: str = "") -> int:
    """One sheet: the title, a line saying what was selected, the header and the lines.
    Returns how many lines; raises OSError when the file cannot be written."""
    wb = Workbook()
    ws = wb.active
    ws.title = kit.sheet_title(title, set())
    width = len(headers)
    row = kit.title_rows(ws, title, subtitle, "", width)
    cols = [kit.Col(h) for h in headers]
    leaves, row = kit.header(ws, row, cols)
    first = row
    count = 0
    for line in lines:
        if count >= XLSX_MAX_LINES:
            break
        for c, value in enumerate(line, start=1):
            # Plain text cells: a styled, bordered cell costs three times as much, and a
            # log of 100,000 lines is read on screen or filtered, not printed in full.
            ws.cell(row=row, column=c, value=kit.text(str(value))).data_type = TYPE_STRING
        row += 1
        count += 1
        if count == _MEASURE_LINES:
            _fit(ws, width)
    if count < _MEASURE_LINES:
        _fit(ws, width)
    kit.print_setup(ws, repeat_rows=(first - 1, first - 1), freeze=f"A{first}")
    kit.save(wb, path)
    return count


def _fit(ws: object, width: int) -> None:
    kit.fit_columns(ws, skip_rows=2)  # type: ignore[arg-type]
