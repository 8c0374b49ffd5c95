"""What the charts share (``charts.py``): series, the hit areas of bars and points, title,
legend, tooltips, keyboard choice, the axis grid and the fill styles.

A chart is generic — categories along one axis, one or more series of values — and knows
nothing of statistics; a click on a bar or point (or Enter on the one chosen with the arrow
keys) emits ``activated(series_key, index)`` and the page decides what it stands for.

Readable for older eyes: every size follows the widget's font (the application's text size),
and the series differ by fill pattern or marker shape as well as colour, in the legend too,
so nothing depends on telling colours apart."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Dark colours with white between them (≥ 4.5:1 against white); patterns tell them apart.
STYLES: tuple[tuple[QColor, Qt.BrushStyle], ...] = (
    (QColor(31, 78, 153), Qt.BrushStyle.SolidPattern),
    (QColor(27, 110, 50), Qt.BrushStyle.BDiagPattern),
    (QColor(150, 70, 0), Qt.BrushStyle.DiagCrossPattern),
)
GRID = QColor(200, 200, 200)
FOCUS = QColor(0, 0, 0)


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: Sequence[float | None]  # None: no value (a gap in a line, no bar)
    texts: Sequence[str] = ()  # what is written at each value; default: the number


@dataclass(frozen=True)
class Hit:
    rect: QRectF
    series: str
    index: int
    tip: str


def nice_top(value: float) -> tuple[float, float]:
    """An axis maximum ≥ ``value`` and its tick step, both round (1, 2 or 5 × 10ⁿ)."""
    if value <= 0:
        return 5.0, 1.0
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0) if value >= 1 else step
    return math.ceil(value / step) * step, step


def style_brush(index: int) -> QBrush:
    colour, pattern = STYLES[index % len(STYLES)]
    return QBrush(colour, pattern)


def fill_bar(painter: QPainter, rect: QRectF, index: int) -> None:
    """White under the pattern, then the pattern, then an outline: a hatched bar keeps its
    shape on any background and in print."""
    colour = STYLES[index % len(STYLES)][0]
    painter.fillRect(rect, Qt.GlobalColor.white)
    painter.fillRect(rect, style_brush(index))
    painter.setPen(QPen(colour, 1.5))
    painter.drawRect(rect)


class ChartBase(QWidget):
    """Title, legend, hit-testing, tooltips and keyboard choice; subclasses lay out and draw."""

    activated = Signal(str, int)
    """A bar or point was clicked or chosen with Enter: (series key, category index)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self._hits: list[Hit] = []
        self._current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
        self.setPalette(palette)

    # API ------------------------------------------------------------------------------

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = list(series)
        self._current = -1
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def hits(self) -> list[Hit]:
        """The clickable bars or points at the widget's current size."""
        self._hits = [] if self.is_empty() else self._layout_hits()
        return self._hits

    def is_empty(self) -> bool:
        """Nothing to draw: no value other than 0 (a line overrides: 0 % is a value)."""
        return not any(v for s in self.series for v in s.values if v is not None)

    def hit_rect(self, series: str, index: int) -> QRectF | None:
        return next((h.rect for h in self.hits() if h.series == series and h.index == index),
                    None)

    def hit_at(self, pos: QPointF) -> Hit | None:
        return next((h for h in self.hits() if h.rect.contains(pos)), None)

    def summary(self) -> str:
        """The chart as a sentence, for screen readers."""
        parts = []
        for s in self.series:
            texts = [self.value_text(s, i) for i in range(len(self.categories))]
            parts.append(f"{s.label}: " + ", ".join(
                f"{c} {t}" for c, t in zip(self.categories, texts, strict=False)))
        return f"{self.title}. " + "; ".join(parts)

    def value_text(self, s: Series, i: int) -> str:
        if i < len(s.texts):
            return s.texts[i]
        v = s.values[i] if i < len(s.values) else None
        return "—" if v is None else f"{v:g}"

    # Subclass hooks -------------------------------------------------------------------

    def _layout_hits(self) -> list[Hit]:
        raise NotImplementedError

    def _draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    # Shared geometry ------------------------------------------------------------------

    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def has_legend(self) -> bool:
        # One series: the title says what the bars or the line are.
        return len(self.series) >= 2

    def pad(self) -> float:
        return self.metrics().height() * 0.5

    def plot_area(self) -> QRectF:
        """The widget minus title and legend (each one line)."""
        line = self.metrics().height()
        p = self.pad()
        top = p + line * 2.6 if self.has_legend() else p + line * 1.4
        return QRectF(p, top, self.width() - 2 * p, self.height() - top - p)

    # Qt overrides ---------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        fm = self.metrics()
        p = self.pad()
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(p, p, self.width() - 2 * p, fm.height() * 1.2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        self._draw_legend(painter, QPointF(p, p + fm.height() * 1.4))
        area = self.plot_area()
        if self.is_empty():
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            self._hits = []
            return
        self._draw(painter, area)
        self._hits = self._layout_hits()
        if self.hasFocus() and 0 <= self._current < len(self._hits):
            painter.setPen(QPen(FOCUS, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._hits[self._current].rect.adjusted(-3, -3, 3, 3))

    def _draw_legend(self, painter: QPainter, at: QPointF) -> None:
        fm = self.metrics()
        x = at.x()
        box = fm.height() * 0.8
        for i, s in enumerate(self.series if self.has_legend() else []):
            self._legend_mark(painter, QRectF(x, at.y() + (fm.height() - box) / 2, box, box), i)
            x += box + fm.height() * 0.3
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x, at.y() + fm.ascent()), s.label)
            x += fm.horizontalAdvance(s.label) + fm.height()

    def _legend_mark(self, painter: QPainter, rect: QRectF, index: int) -> None:
        fill_bar(painter, rect, index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._current = self._hits.index(hit)
            self.update()
            self.activated.emit(hit.series, hit.index)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        hits = self.hits()
        key = event.key()
        if hits and key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            self._current = (self._current + step) % len(hits) if self._current >= 0 else 0
            hit = hits[self._current]
            QToolTip.showText(self.mapToGlobal(hit.rect.center().toPoint()), hit.tip, self)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and 0 <= self._current < len(hits):
            hit = hits[self._current]
            self.activated.emit(hit.series, hit.index)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(QPointF(event.pos()))
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit.tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        return super().event(event)

    def _tip(self, s: Series, i: int) -> str:
        return f"{self.categories[i]} · {s.label}: {self.value_text(s, i)}"


def marker(painter: QPainter, at: QPointF, radius: float, colour: QColor, index: int) -> None:
    """A filled circle for the first series, a hollow square for the second: shape, too."""
    painter.setPen(QPen(colour, 2))
    if index % 2 == 0:
        painter.setBrush(colour)
        painter.drawEllipse(at, radius, radius)
    else:
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(QRectF(at.x() - radius, at.y() - radius, radius * 2, radius * 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def grid(painter: QPainter, plot: QRectF, top: float, step: float, fm: QFontMetricsF,
          text: QColor, label: Callable[[float], str]) -> None:
    ticks = max(1, int(round(top / step)))
    for t in range(ticks + 1):
        y = plot.bottom() - plot.height() * t / ticks
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - fm.height() * 0.3,
                                fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         label(step * t))
    painter.setPen(QPen(text, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


def split_label(name: str) -> list[str]:
    """"2026年1月" → ["1月", "2026年"]: a month's label fits its narrow column in two lines."""
    if "年" in name and not name.endswith("年"):
        year, _, rest = name.partition("年")
        return [rest, f"{year}年"]
    return [name]
