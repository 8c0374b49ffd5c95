"""The QPainter charts and key-figure tiles: they paint with no data, with all-None rates and
with many categories, at the standard and the largest text size; a click (or arrow keys and
Enter) on a bar or point says which one; a tile opens only when it has cases behind it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from mediation_desk.ui.chart_base import nice_top, split_label
from mediation_desk.ui.charts import BarChart, LineChart, Series
from mediation_desk.ui.figure_tile import FigureTile

pytestmark = pytest.mark.gui

MONTHS = ["2025年12月", "2026年1月", "2月", "3月"]


def shown(widget: QWidget, qtbot: Any, width: int = 900) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def paints(widget: QWidget) -> bool:
    image = widget.grab().toImage()
    return not image.isNull() and image.width() == widget.width()


def months_chart() -> BarChart:
    chart = BarChart()
    chart.title = "每月案件数"
    chart.set_data(MONTHS, [Series("registered", "登记", [2, 0, 7, 45]),
                            Series("success", "调解成功", [1, 0, 6, 19])])
    return chart


@pytest.mark.parametrize("make", [
    lambda: BarChart(), lambda: BarChart(horizontal=True), lambda: LineChart()])
def test_charts_paint_without_data(make: Any, qtbot: Any) -> None:
    chart = shown(make(), qtbot)
    chart.empty_text = "本期没有登记的纠纷。"
    assert paints(chart) and chart.hits() == []
    chart.set_data(MONTHS, [Series("registered", "登记", [0, 0, 0, 0])])
    # No bar to click; on a rate line 0 % is a point like any other.
    assert paints(chart) and len(chart.hits()) == (4 if isinstance(chart, LineChart) else 0)


def test_a_rate_line_of_nothing_but_gaps(qtbot: Any) -> None:
    chart = shown(LineChart(), qtbot)
    chart.set_data(MONTHS, [Series("rate", "调解成功率", [None] * 4, ["—"] * 4)])
    assert paints(chart) and chart.hits() == []
    chart.set_data(MONTHS, [Series("rate", "调解成功率", [None, 0.5, None, 1.0])])
    assert paints(chart)
    assert [h.index for h in chart.hits()] == [1, 3]
    # 100 % sits on the top line, 50 % halfway down.
    top, half = chart.point(0, 3), chart.point(0, 1)
    assert top is not None and half is not None and top.y() < half.y()


def test_many_categories_get_room_of_their_own(qtbot: Any) -> None:
    names = [f"第{i}类纠纷" for i in range(40)]
    chart = BarChart(horizontal=True)
    chart.set_data(names, [Series("registered", "登记", list(range(40, 0, -1)))])
    few = BarChart(horizontal=True)
    few.set_data(names[:3], [Series("registered", "登记", [3, 2, 1])])
    assert chart.sizeHint().height() > few.sizeHint().height() * 5
    shown(chart, qtbot)
    assert paints(chart)
    rects = [chart.hit_rect("registered", i) for i in range(40)]
    assert all(r is not None and chart.rect().contains(r.toRect()) for r in rects)
    # Each row below the one before: no two bars overlap.
    assert all(a.bottom() <= b.top() for a, b in zip(rects, rects[1:], strict=False))


def test_a_click_on_a_bar_says_which(qtbot: Any) -> None:
    chart = shown(months_chart(), qtbot)
    got: list[tuple[str, int]] = []
    chart.activated.connect(lambda s, i: got.append((s, i)))
    rect = chart.hit_rect("success", 3)
    assert rect is not None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert got == [("success", 3)]
    # Bars of 0 cannot be clicked; a click beside every bar does nothing.
    assert chart.hit_rect("registered", 1) is None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() - 2, 2))
    assert got == [("success", 3)]


def test_a_low_bar_is_still_big_enough_to_hit(qtbot: Any) -> None:
    chart = shown(months_chart(), qtbot)
    low = chart.hit_rect("success", 0)  # 1 against a scale of 50
    assert low is not None and low.height() >= chart.fontMetrics().height() - 1


def test_arrow_keys_and_enter_choose_a_bar(qtbot: Any) -> None:
    chart = shown(months_chart(), qtbot)
    got: list[tuple[str, int]] = []
    chart.activated.connect(lambda s, i: got.append((s, i)))
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert got == [("success", 0)]
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # from the first back round to the last
    qtbot.keyClick(chart, Qt.Key.Key_Enter)
    assert got[-1] == ("success", 3)


def test_charts_grow_with_the_text_size(qtbot: Any) -> None:
    small = months_chart()
    large = months_chart()
    font = QFont(large.font())
    font.setPointSize(16)
    large.setFont(font)
    assert large.sizeHint().height() > small.sizeHint().height()
    shown(large, qtbot, 1100)
    assert paints(large) and len(large.hits()) == 6


def test_the_summary_reads_every_value(qtbot: Any) -> None:
    chart = months_chart()
    assert "3月 45" in chart.summary() and "3月 19" in chart.summary()
    assert chart.accessibleDescription() == chart.summary()


def test_scale_and_labels() -> None:
    assert nice_top(0) == (5.0, 1.0)
    assert nice_top(45) == (50.0, 10.0)
    assert nice_top(3) == (3.0, 1.0)
    assert nice_top(176) == (200.0, 50.0)
    assert split_label("2026年1月") == ["1月", "2026年"]
    assert split_label("2月") == ["2月"]


def test_a_tile_opens_only_with_cases_behind_it(qtbot: Any) -> None:
    tile = FigureTile("登记纠纷")
    shown(tile, qtbot, 240)
    opened: list[bool] = []
    tile.activated.connect(lambda: opened.append(True))
    tile.set_value("0", "上期 3", clickable=False)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert opened == [] and paints(tile)
    tile.set_value("105", "上期 89")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert opened == [True, True]
    assert tile.accessibleName() == "登记纠纷 105 上期 89"
