"""Charts drawn with QPainter (the app ships PySide6-Essentials, which has no QtCharts):
grouped bars, vertical (months along the bottom) or horizontal (named categories down the
side), and a line of rates. Each bar and point carries its value as text; what they share
(hit-testing, legend, keyboard, styles) is in ``chart_base``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from mediation_desk.ui.chart_base import (
    GRID,
    STYLES,
    ChartBase,
    Hit,
    Series,
    fill_bar,
    grid,
    marker,
    nice_top,
    split_label,
)

__all__ = ["BarChart", "LineChart", "Series"]


class BarChart(ChartBase):
    """Grouped bars, one group per category: vertical (months along the bottom) or
    horizontal (a long list of named categories down the side)."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.axis_label = ""

    def sizeHint(self) -> QSize:
        line = self.metrics().height()
        if self.horizontal:
            rows = max(len(self.categories), 3)
            return QSize(int(line * 30), int(line * (3.5 + rows * 1.5 * max(1, len(self.series)))))
        return QSize(int(line * 30), int(line * 17))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self.metrics().height() * 16), self.sizeHint().height())

    def _scale(self) -> tuple[float, float]:
        top = max((v for s in self.series for v in s.values if v is not None), default=0.0)
        return nice_top(top)

    # Horizontal ----------------------------------------------------------------------

    def _label_width(self) -> float:
        fm = self.metrics()
        widest = max((fm.horizontalAdvance(c) for c in self.categories), default=0.0)
        return min(widest + fm.height() * 0.6, self.width() * 0.4)

    def _h_plot(self) -> QRectF:
        area = self.plot_area()
        fm = self.metrics()
        value_room = fm.horizontalAdvance("0000") + fm.height()
        left = area.left() + self._label_width()
        return QRectF(left, area.top(), max(10.0, area.right() - left - value_room),
                      area.height() - fm.height() * 1.6)

    def _h_bar(self, plot: QRectF, top: float, si: int, i: int) -> QRectF | None:
        v = self.series[si].values[i]
        if v is None or not self.categories:
            return None
        row = plot.height() / len(self.categories)
        thick = row * 0.7 / len(self.series)
        y = plot.top() + row * i + row * 0.15 + thick * si
        return QRectF(plot.left(), y, plot.width() * v / top, thick)

    # Vertical -------------------------------------------------------------------------

    def _v_plot(self) -> QRectF:
        area = self.plot_area()
        fm = self.metrics()
        left = area.left() + fm.horizontalAdvance("0000") + fm.height() * 0.4
        # Room for two lines of category labels (月 over 年) under the axis.
        return QRectF(left, area.top() + fm.height() * 1.2, area.right() - left,
                      area.height() - fm.height() * 3.6)

    def _v_bar(self, plot: QRectF, top: float, si: int, i: int) -> QRectF | None:
        v = self.series[si].values[i]
        if v is None or not self.categories:
            return None
        group = plot.width() / len(self.categories)
        width = group * 0.8 / len(self.series)
        x = plot.left() + group * i + group * 0.1 + width * si
        h = plot.height() * v / top
        return QRectF(x, plot.bottom() - h, width, h)

    def _bar(self, si: int, i: int) -> QRectF | None:
        top, _step = self._scale()
        if self.horizontal:
            return self._h_bar(self._h_plot(), top, si, i)
        return self._v_bar(self._v_plot(), top, si, i)

    def _layout_hits(self) -> list[Hit]:
        hits = []
        # Category by category, series within it: arrow keys walk along the axis.
        for i in range(len(self.categories)):
            for si, s in enumerate(self.series):
                rect = self._bar(si, i)
                if rect is not None and (s.values[i] or 0) > 0:
                    # A low bar is hard to hit: at least a line of text high (or wide).
                    grow = self.metrics().height() - (rect.width() if self.horizontal
                                                      else rect.height())
                    if grow > 0:
                        rect = rect.adjusted(0, 0, grow, 0) if self.horizontal \
                            else rect.adjusted(0, -grow, 0, 0)
                    hits.append(Hit(rect, s.key, i, self._tip(s, i)))
        return hits

    def _draw(self, painter: QPainter, area: QRectF) -> None:
        if self.horizontal:
            self._draw_horizontal(painter)
        else:
            self._draw_vertical(painter)

    def _draw_vertical(self, painter: QPainter) -> None:
        plot = self._v_plot()
        top, step = self._scale()
        fm = self.metrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid(painter, plot, top, step, fm, text, lambda v: f"{v:g}")
        painter.setPen(text)
        painter.drawText(QRectF(self.plot_area().left(), plot.top() - fm.height() * 1.3,
                                plot.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                         self.axis_label)
        group = plot.width() / max(1, len(self.categories))
        for i, name in enumerate(self.categories):
            lines = split_label(name)
            cell = QRectF(plot.left() + group * i, plot.bottom() + fm.height() * 0.2, group,
                          fm.height() * len(lines))
            painter.setPen(text)
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             "\n".join(lines))
            for si, s in enumerate(self.series):
                rect = self._v_bar(plot, top, si, i)
                if rect is None:
                    continue
                if rect.height() > 0:
                    fill_bar(painter, rect, si)
                painter.setFont(self.small_font())
                painter.setPen(text)
                painter.drawText(QRectF(rect.center().x() - group / 2, rect.top() - fm.height(),
                                        group, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 self.value_text(s, i))
                painter.setFont(self.font())

    def _draw_horizontal(self, painter: QPainter) -> None:
        plot = self._h_plot()
        top, step = self._scale()
        fm = self.metrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(GRID, 1))
        ticks = int(round(top / step))
        for t in range(ticks + 1):
            x = plot.left() + plot.width() * t / ticks
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            painter.drawText(QRectF(x - fm.height() * 2, plot.bottom() + 2, fm.height() * 4,
                                    fm.height()), Qt.AlignmentFlag.AlignHCenter,
                             f"{step * t:g}")
        painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 0.8, plot.width(),
                                fm.height() * 0.8 + 2), Qt.AlignmentFlag.AlignRight,
                         self.axis_label)
        row = plot.height() / max(1, len(self.categories))
        for i, name in enumerate(self.categories):
            cell = QRectF(self.plot_area().left(), plot.top() + row * i,
                          self._label_width() - fm.height() * 0.4, row)
            painter.setPen(text)
            painter.drawText(cell, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(name, Qt.TextElideMode.ElideRight, cell.width()))
            for si, s in enumerate(self.series):
                rect = self._h_bar(plot, top, si, i)
                if rect is None:
                    continue
                if rect.width() > 0:
                    fill_bar(painter, rect, si)
                painter.setPen(text)
                painter.drawText(QRectF(rect.right() + fm.height() * 0.3, rect.top(),
                                        fm.height() * 5, rect.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self.value_text(s, i))
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.topLeft(), plot.bottomLeft())


class LineChart(ChartBase):
    """Values between 0 and ``top`` (a rate: 0–1, shown as %) over the categories; a None
    leaves a gap in the line and a dash under the axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top = 1.0
        self.tick_text: Callable[[float], str] = lambda v: f"{v * 100:.0f}%"

    def sizeHint(self) -> QSize:
        line = self.metrics().height()
        return QSize(int(line * 30), int(line * 16))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self.metrics().height() * 16), self.sizeHint().height())

    def _plot(self) -> QRectF:
        area = self.plot_area()
        fm = self.metrics()
        left = area.left() + fm.horizontalAdvance("100%") + fm.height() * 0.4
        return QRectF(left, area.top() + fm.height() * 1.4, area.right() - left,
                      area.height() - fm.height() * 3.8)

    def is_empty(self) -> bool:
        return all(v is None for s in self.series for v in s.values)

    def point(self, si: int, i: int) -> QPointF | None:
        v = self.series[si].values[i]
        if v is None or not self.categories:
            return None
        plot = self._plot()
        group = plot.width() / len(self.categories)
        return QPointF(plot.left() + group * (i + 0.5),
                       plot.bottom() - plot.height() * min(v, self.top) / self.top)

    def _layout_hits(self) -> list[Hit]:
        size = self.metrics().height() * 1.2
        hits = []
        for i in range(len(self.categories)):
            for si, s in enumerate(self.series):
                pt = self.point(si, i)
                if pt is not None:
                    hits.append(Hit(QRectF(pt.x() - size / 2, pt.y() - size / 2, size, size),
                                    s.key, i, self._tip(s, i)))
        return hits

    def _legend_mark(self, painter: QPainter, rect: QRectF, index: int) -> None:
        colour = STYLES[index % len(STYLES)][0]
        painter.setPen(QPen(colour, 2.5))
        mid = rect.center().y()
        painter.drawLine(QPointF(rect.left() - rect.width() * 0.3, mid),
                         QPointF(rect.right() + rect.width() * 0.3, mid))
        marker(painter, rect.center(), rect.width() * 0.35, colour, index)

    def _draw(self, painter: QPainter, area: QRectF) -> None:
        plot = self._plot()
        fm = self.metrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid(painter, plot, self.top, self.top / 4, fm, text, self.tick_text)
        group = plot.width() / max(1, len(self.categories))
        for i, name in enumerate(self.categories):
            lines = split_label(name)
            painter.setPen(text)
            painter.drawText(QRectF(plot.left() + group * i, plot.bottom() + fm.height() * 0.2,
                                    group, fm.height() * len(lines)),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             "\n".join(lines))
        for si, s in enumerate(self.series):
            colour = STYLES[si % len(STYLES)][0]
            pen = QPen(colour, 2.5)
            pen.setStyle(Qt.PenStyle.SolidLine if si == 0 else Qt.PenStyle.DashLine)
            previous: QPointF | None = None
            for i in range(len(self.categories)):
                pt = self.point(si, i)
                if pt is not None and previous is not None:
                    painter.setPen(pen)
                    painter.drawLine(previous, pt)
                previous = pt
            painter.setFont(self.small_font())
            for i in range(len(self.categories)):
                pt = self.point(si, i)
                if pt is None:
                    painter.setPen(text)
                    painter.drawText(QRectF(plot.left() + group * i, plot.bottom() - fm.height(),
                                            group, fm.height()), Qt.AlignmentFlag.AlignCenter,
                                     "—")
                    continue
                marker(painter, pt, fm.height() * 0.3, colour, si)
                painter.setPen(text)
                below = pt.y() - plot.top() < fm.height() * 1.2
                y = pt.y() + fm.height() * 0.4 if below else pt.y() - fm.height() * 1.3
                painter.drawText(QRectF(pt.x() - group / 2, y, group, fm.height()),
                                 Qt.AlignmentFlag.AlignCenter, self.value_text(s, i))
            painter.setFont(self.font())
