"""A key figure of the statistics page: a big number over its name (and a small detail
such as last period's number); clicking it, or Enter or Space on it, lists the cases behind
it. Sizes follow the application's text size."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from mediation_desk.ui.chart_base import FOCUS, GRID

DETAIL = QColor(77, 77, 77)  # grey that still reads 8:1 on white
BIG_SCALE = 1.7  # a key figure's number against the text size


class FigureTile(QAbstractButton):
    activated = Signal()
    """Clicked (or Enter, Space) while it has cases behind it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = "—"
        self.detail = ""
        self.clickable = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self._on_clicked)

    def set_value(self, value: str, detail: str = "", clickable: bool = True,
                  tip: str = "") -> None:
        self.value, self.detail = value, detail
        self.clickable = clickable
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                       else Qt.CursorShape.ArrowCursor)
        self.setAccessibleName(f"{self.caption} {value} {detail} {tip}".strip())
        self.setToolTip(tip or detail)
        self.updateGeometry()
        self.update()

    def big_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * BIG_SCALE)
        font.setBold(True)
        return font

    def _one_line(self, width: float) -> bool:
        """Caption and detail fit side by side: the tile is a line lower."""
        fm = QFontMetricsF(self.font())
        return not self.detail or fm.horizontalAdvance(
            f"{self.caption}  {self.detail}") + fm.height() <= width

    def sizeHint(self) -> QSize:
        fm, big = QFontMetricsF(self.font()), QFontMetricsF(self.big_font())
        width = max(big.horizontalAdvance(self.value), fm.horizontalAdvance(self.caption),
                    fm.horizontalAdvance(self.detail)) + fm.height() * 1.5
        return QSize(int(width), self.heightForWidth(int(width)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        fm, big = QFontMetricsF(self.font()), QFontMetricsF(self.big_font())
        lines = 1 if self._one_line(width) else 2
        return int(big.height() + fm.height() * (lines + 0.7))

    def _on_clicked(self) -> None:
        if self.clickable:  # a figure of 0 has no cases behind it
            self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(FOCUS if self.hasFocus() else GRID, 2 if self.hasFocus() else 1))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRoundedRect(r, 4, 4)
        fm, big = QFontMetricsF(self.font()), QFontMetricsF(self.big_font())
        y = r.top() + fm.height() * 0.3
        painter.setFont(self.big_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(r.left(), y, r.width(), big.height()),
                         Qt.AlignmentFlag.AlignCenter, self.value)
        painter.setFont(self.font())
        y += big.height()
        grey = DETAIL
        if self._one_line(r.width()) and self.detail:
            gap = fm.horizontalAdvance("  ")
            x = r.center().x() - (fm.horizontalAdvance(self.caption) + gap
                                  + fm.horizontalAdvance(self.detail)) / 2
            painter.drawText(QPointF(x, y + fm.ascent()), self.caption)
            painter.setPen(grey)
            painter.drawText(QPointF(x + fm.horizontalAdvance(self.caption) + gap,
                                     y + fm.ascent()), self.detail)
        else:
            painter.drawText(QRectF(r.left(), y, r.width(), fm.height()),
                             Qt.AlignmentFlag.AlignCenter, self.caption)
            painter.setPen(grey)
            painter.drawText(QRectF(r.left(), y + fm.height(), r.width(), fm.height()),
                             Qt.AlignmentFlag.AlignCenter, self.detail)
        painter.end()
