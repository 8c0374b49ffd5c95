"""Prints what a table shows (the case list, today's deadlines) through a print preview.

The table is laid out as an HTML table in a QTextDocument, so Qt paginates it and repeats
nothing by hand; the preview lets the user pick printer, paper and pages as usual."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def table_html(title: str, subtitle: str, model: QAbstractItemModel) -> str:
    """The rows the model holds now, with its headers, as a printable HTML table."""
    columns = range(model.columnCount())
    head = "".join(
        f"<th>{escape(str(model.headerData(c, Qt.Orientation.Horizontal) or ''))}</th>"
        for c in columns)
    rows = []
    for r in range(model.rowCount()):
        cells = "".join(f"<td>{escape(str(model.index(r, c).data() or ''))}</td>"
                        for c in columns)
        rows.append(f"<tr>{cells}</tr>")
    return (f"<h2 style='text-align:center'>{escape(title)}</h2>"
            f"<p>{escape(subtitle)}</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def preview_dialog(parent: QWidget, html: str) -> QPrintPreviewDialog:
    """A print preview of ``html`` on A4 (opened by the caller with ``open()``)."""
    document = QTextDocument(parent)
    document.setDefaultFont(parent.font())
    document.setHtml(html)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print_preview")
    dialog.paintRequested.connect(document.print_)
    # The document must live as long as the dialog that paints it.
    document.setParent(dialog)
    return dialog
