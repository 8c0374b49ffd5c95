"""Default column widths measured from sample texts in the current font, so tables fit
Chinese text at any font size; saved widths (UiState) override them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# Room for cell margins, the grid line and a bold font (overdue rows are bold).
_PADDING_PX = 20


def sample_width(view: QTableView, samples: Iterable[str]) -> int:
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(s) for s in samples), default=0) + _PADDING_PX


def header_width(view: QTableView, section: int) -> int:
    """Room for a column's header text, and its sort arrow if the header shows one."""
    header = view.horizontalHeader()
    model = view.model()
    text = model.headerData(section, Qt.Orientation.Horizontal) if model is not None else None
    width = header.fontMetrics().horizontalAdvance(str(text or "")) + _PADDING_PX
    if header.isSortIndicatorShown():
        # The arrow is drawn beside the text: without room for it the text gets cut.
        width += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) * 2
    return width


def apply_default_widths(view: QTableView, samples: Mapping[int, Iterable[str]], *,
                         stretch: int | None = None) -> None:
    """Interactive columns sized to the widest sample (never narrower than the header).

    Args:
        view: the table.
        samples: texts per column section; the widest decides the width.
        stretch: the section that takes the remaining width (e.g. the title); without it,
            the last section does.
    """
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    for section, texts in samples.items():
        header.resizeSection(section, max(sample_width(view, texts),
                                          header_width(view, section)))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
