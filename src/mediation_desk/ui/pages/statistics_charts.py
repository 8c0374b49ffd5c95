"""The 图表 tab of the 统计 page: cases per month (registered and settled), cases by type,
and the success rate month by month — and what each bar or point stands for, so a click
opens the cases behind it like a table cell does."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from mediation_desk.domain import stat_periods
from mediation_desk.domain.stat_defs import measure_label, rate_def
from mediation_desk.domain.statistics_views import DrillRequest, StatisticsReport
from mediation_desk.ui.charts import BarChart, LineChart, Series
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.pages.statistics_tables import Drill
from mediation_desk.wording.statistics_text import rate_text


def rate_label(key: str) -> str:
    d = rate_def(key)
    if d is None:
        return key
    return d.label_en if current_language() == "en" else d.label_zh


class StatisticsCharts(QObject):
    drill_requested = Signal(object)
    """A bar or point with cases behind it was clicked; carries its ``Drill``."""

    def __init__(self, host: QWidget, layout: QBoxLayout, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.report: StatisticsReport | None = None
        self.categories: list[tuple[str, str, int]] = []  # (code, label, cases) as drawn
        self.month_chart = BarChart(host)
        self.month_chart.title = self.tr("Cases per month: registered and settled")
        self.month_chart.axis_label = self.tr("cases")
        self.category_chart = BarChart(host, horizontal=True)
        self.category_chart.title = self.tr("Cases registered in the period, by type")
        self.category_chart.axis_label = self.tr("cases")
        self.rate_chart = LineChart(host)
        self.rate_chart.title = self.tr("Success rate per month (settled ÷ accepted; "
                                        "— : no case accepted that month)")
        for name, chart in (("month", self.month_chart), ("category", self.category_chart),
                            ("rate", self.rate_chart)):
            chart.setObjectName(f"{name}_chart")
            chart.empty_text = self.tr("No cases were registered in this period.")
            chart.activated.connect(lambda series, i, n=name: self._on_activated(n, series, i))
            layout.addWidget(chart)
        layout.addStretch(1)

    def fill(self, rep: StatisticsReport) -> None:
        self.report = rep
        lang = current_language()
        months = [p.label for p in rep.trend]
        self.month_chart.set_data(months, [
            Series("registered", measure_label("registered", lang),
                   [p.registered for p in rep.trend]),
            Series("success", measure_label("success", lang), [p.success for p in rep.trend])])
        # Most cases first; a type without cases in the period is left out of the chart.
        self.categories = sorted(
            ((r.category or r.key, r.label, r.tally.get("registered"))
             for r in rep.by_category if r.level == 0 and r.tally.get("registered")),
            key=lambda c: -c[2])
        self.category_chart.set_data([c[1] for c in self.categories], [
            Series("registered", measure_label("registered", lang),
                   [c[2] for c in self.categories])])
        self.rate_chart.set_data(months, [
            Series("success_rate", rate_label("success_rate"),
                   [p.success_rate for p in rep.trend],
                   [rate_text(p.success_rate) for p in rep.trend])])

    def drill(self, chart: str, series: str, index: int) -> Drill | None:
        """What a bar or point stands for; ``chart`` is month, category or rate."""
        rep = self.report
        if rep is None:
            return None
        base = {"period": rep.period.key, "station_id": rep.station_id}
        lang = current_language()
        if chart == "category":
            code, label, count = self.categories[index]
            return Drill(DrillRequest(measure="registered", category=code, **base),
                         f"{label} · {measure_label('registered', lang)}", count)
        point = rep.trend[index]
        # A point of the rate line: the cases settled that month (the rate's numerator).
        measure = "success" if chart == "rate" else series
        month = stat_periods.parse(point.key).label
        count = point.success if measure == "success" else point.registered
        return Drill(DrillRequest(measure=measure, month=point.key, **base),
                     f"{month} · {measure_label(measure, lang)}", count)

    def _on_activated(self, chart: str, series: str, index: int) -> None:
        drill = self.drill(chart, series, index)
        if drill is not None and drill.count > 0:
            self.drill_requested.emit(drill)
