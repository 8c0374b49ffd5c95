"""A row of buttons and filters that wraps onto a second line when the window is narrow.

A page with many actions must still fit a 1366-pixel laptop screen at the largest text size;
a plain QHBoxLayout would instead push the window wider than the screen. Designer has no flow
layout, so forms keep their QHBoxLayout and the page converts it after ``setupUi``."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays items left to right and starts a new line when the next one would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        # As narrow as the widest single item: everything else may wrap.
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + gap
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def wrap_row(row: QBoxLayout, host: QWidget) -> FlowLayout:
    """Moves the widgets of ``row`` into a FlowLayout that takes its place in the parent
    layout. A label stays on the same line as the field after it; spacers are dropped."""
    parent = row.parent()
    flow_host = QWidget(host)
    flow_host.setObjectName(f"{row.objectName()}_flow")
    flow_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    flow = FlowLayout(flow_host, spacing=row.spacing() if row.spacing() >= 0 else 6)
    widgets: list[QWidget] = []
    while row.count():
        item = row.takeAt(0)
        if item is not None and item.widget() is not None:
            widgets.append(item.widget())
    i = 0
    while i < len(widgets):
        widget = widgets[i]
        if isinstance(widget, QLabel) and i + 1 < len(widgets) \
                and not isinstance(widgets[i + 1], QLabel):
            pair = QWidget(flow_host)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(widget)
            pair_layout.addWidget(widgets[i + 1])
            flow.addWidget(pair)
            i += 2
            continue
        widget.setParent(flow_host)
        flow.addWidget(widget)
        i += 1
    if isinstance(parent, QBoxLayout):
        index = parent.indexOf(row)
        parent.removeItem(row)
        parent.insertWidget(index, flow_host)
    row.deleteLater()
    return flow
