"""The period choice at the top of the 统计 page: 月报 / 季报 / 年报 / 自定义, the month,
quarter or year (or two dates), and whether 下一期 makes sense yet.

It shows a ``Period`` in the widgets and says which one the user chose (``chosen``), or why
two dates make no period (``refused``, the core's DomainError for the page's FieldErrors)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Signal

from mediation_desk.domain import stat_periods
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.stat_periods import Period
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_statistics_page import Ui_StatisticsPage


def following(p: Period) -> Period:
    """The period after ``p``, of the same kind (the counterpart of ``Period.previous``)."""
    after = p.end + timedelta(days=1)
    if p.kind == "custom":
        return Period("custom", after, after + (p.end - p.start))
    return stat_periods.containing(p.kind, after)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PeriodPicker(QObject):
    chosen = Signal(object)
    """The user chose a period (a ``Period``) with the kind, year, month … or dates."""
    refused = Signal(object)
    """The two dates make no period; carries the DomainError."""

    def __init__(self, ui: Ui_StatisticsPage, today: date, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.today = today
        self.period = stat_periods.containing("monthly", today)
        self._updating = False
        for text, kind in ((self.tr("Monthly report"), "monthly"),
                           (self.tr("Quarterly report"), "quarterly"),
                           (self.tr("Yearly report"), "yearly"),
                           (self.tr("Chosen dates"), "custom")):
            ui.kind_combo.addItem(text, kind)
        for m in range(1, 13):
            ui.month_combo.addItem(labels.fill(self.tr("Month %1"), m), m)
        for q, text in enumerate((self.tr("Q1 (Jan–Mar)"), self.tr("Q2 (Apr–Jun)"),
                                  self.tr("Q3 (Jul–Sep)"), self.tr("Q4 (Oct–Dec)")), 1):
            ui.quarter_combo.addItem(text, q)
        ui.year_spin.setRange(stat_periods.MIN_YEAR, today.year + 1)
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        ui.year_spin.valueChanged.connect(self._on_edited)
        ui.month_combo.currentIndexChanged.connect(self._on_edited)
        ui.quarter_combo.currentIndexChanged.connect(self._on_edited)
        ui.start_date.dateChanged.connect(self._on_edited)
        ui.end_date.dateChanged.connect(self._on_edited)

    def show(self, p: Period) -> None:
        """Put ``p`` in the widgets (without announcing it as chosen)."""
        ui = self.ui
        self.period = p
        self._updating = True
        try:
            ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(p.kind))
            ui.year_spin.setValue(p.start.year)
            ui.month_combo.setCurrentIndex(p.start.month - 1)
            ui.quarter_combo.setCurrentIndex((p.start.month - 1) // 3)
            ui.start_date.setDate(_qdate(p.start))
            ui.end_date.setDate(_qdate(p.end))
        finally:
            self._updating = False
        ui.year_spin.setVisible(p.kind != "custom")
        ui.month_combo.setVisible(p.kind == "monthly")
        ui.quarter_combo.setVisible(p.kind == "quarterly")
        ui.custom_box.setVisible(p.kind == "custom")
        # Nothing is registered in a period that has not begun.
        ui.next_button.setEnabled(following(p).start <= self.today)

    def from_widgets(self) -> Period:
        """The period the widgets show; DomainError for two dates that make none."""
        ui = self.ui
        kind, year = ui.kind_combo.currentData(), ui.year_spin.value()
        if kind == "monthly":
            return stat_periods.month(year, ui.month_combo.currentData())
        if kind == "quarterly":
            return stat_periods.quarter(year, ui.quarter_combo.currentData())
        if kind == "yearly":
            return stat_periods.year(year)
        return stat_periods.custom(ui.start_date.date().toPython(),
                                   ui.end_date.date().toPython())

    def _on_kind_changed(self, _index: int) -> None:
        if self._updating:
            return
        kind, p = self.ui.kind_combo.currentData(), self.period
        if kind == "custom":
            self.chosen.emit(Period("custom", p.start, p.end))
            return
        # The current month, quarter or year if the shown period holds today, else its start.
        anchor = self.today if p.contains(self.today) else p.start
        self.chosen.emit(stat_periods.containing(kind, anchor))

    def _on_edited(self, *_args: object) -> None:
        if self._updating:
            return
        try:
            period = self.from_widgets()
        except DomainError as exc:
            self.refused.emit(exc)
            return
        self.chosen.emit(period)
