"""Small input widgets the record forms share: a tick box per option, a date that may be left
empty, and combo boxes that keep a wanted value until their options arrive (the mediator roster
loads in the background, and a restored draft may come first)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

DATE_FORMAT = "yyyy-MM-dd"
_WANTED = "_wanted_value"


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def make_date_edit(parent: QWidget, today: date, *, allow_future: bool = False,
                   value: date | None = None) -> QDateEdit:
    """A date with a calendar popup, today by default. Record dates cannot lie ahead, so the
    calendar stops at today; the services still check the earliest date (with a message)."""
    edit = QDateEdit(parent)
    setup_date_edit(edit)
    if not allow_future:
        edit.setMaximumDate(qdate(today))
    edit.setDate(qdate(value or today))
    return edit


def setup_date_edit(edit: QDateEdit) -> None:
    """Calendar popup, ISO display, and only as wide as a date (not the whole form row)."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


def date_iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def set_date_iso(edit: QDateEdit, iso: str | None) -> None:
    if isinstance(edit, OptionalDateEdit):
        edit.set_iso(iso)
        return
    if iso:
        d = QDate.fromString(iso, "yyyy-MM-dd")
        if d.isValid():
            edit.setDate(d)


class OptionalDateEdit(QDateEdit):
    """A date that may be "not set" (its lowest value, shown as words); Delete clears it."""

    NONE = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_date_edit(self)
        self.setMinimumDate(self.NONE)
        self.setSpecialValueText(QCoreApplication.translate("RecordWidgets", "not set"))
        self.setToolTip(QCoreApplication.translate(
            "RecordWidgets", "Choose a date; press Delete to leave it empty."))
        self.setDate(self.NONE)
        self.reference = QDate.currentDate()
        """The month the calendar opens on while no date is set (the form sets ctx.today())."""
        self.calendarWidget().installEventFilter(self)

    def iso(self) -> str | None:
        d = self.date()
        return None if d == self.NONE else d.toString("yyyy-MM-dd")

    def set_iso(self, iso: str | None) -> None:
        d = QDate.fromString(iso, "yyyy-MM-dd") if iso else self.NONE
        self.setDate(d if d.isValid() else self.NONE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(self.NONE)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Opening the calendar on January 2000 would send people scrolling for years.
        if event.type() == QEvent.Type.Show and self.date() == self.NONE:
            self.calendarWidget().setCurrentPage(self.reference.year(), self.reference.month())
        return super().eventFilter(watched, event)


class CheckList(QWidget):
    """A tick box per option (parties present, mediators, criteria); the value is the list of
    ticked codes in option order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[tuple[str, QCheckBox]] = []
        self._wanted: list[str] | None = None
        self.empty_label = QLabel(
            QCoreApplication.translate("RecordWidgets", "(none to choose from)"), self)
        self._layout.addWidget(self.empty_label)

    def set_options(self, options: Sequence[tuple[str, str]],
                    checked: Iterable[str] = ()) -> None:
        """Replace the boxes; ``checked`` ticks some (a value wanted earlier wins)."""
        for _value, box in self._boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        for i, (value, label) in enumerate(options):
            box = QCheckBox(label, self)
            box.setObjectName(f"{self.objectName() or 'check'}_{i}")
            box.toggled.connect(self.changed)
            self._layout.addWidget(box)
            self._boxes.append((value, box))
        self.empty_label.setVisible(not self._boxes)
        wanted = self._wanted if self._wanted is not None else list(checked)
        self._wanted = None
        self._tick(wanted)

    def values(self) -> list[str]:
        if not self._boxes and self._wanted is not None:
            return list(self._wanted)
        return [value for value, box in self._boxes if box.isChecked()]

    def set_values(self, values: Iterable[str]) -> None:
        wanted = list(values)
        if not self._boxes:
            self._wanted = wanted  # options not loaded yet
            return
        self._tick(wanted)

    def box(self, value: str) -> QCheckBox:
        return next(b for v, b in self._boxes if v == value)

    def boxes(self) -> list[QCheckBox]:
        return [b for _v, b in self._boxes]

    def focus_chain(self) -> list[QWidget]:
        return list(self.boxes())

    def _tick(self, values: Iterable[str]) -> None:
        wanted = set(values)
        for value, box in self._boxes:
            box.setChecked(value in wanted)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (a CheckList's boxes one by one); needed
    where widgets are made after the .ui's buttons, which Qt would otherwise visit first."""
    chain: list[QWidget] = []
    for w in widgets:
        inner = getattr(w, "focus_chain", None)
        chain += inner() if callable(inner) else [w]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def fill_combo(combo: QComboBox, options: Sequence[tuple[Any, str]],
               current: Any = None) -> None:
    """Replace a combo's entries (data, text); a value set before the options arrived wins."""
    wanted = combo.property(_WANTED)
    combo.blockSignals(True)
    combo.clear()
    for value, text in options:
        combo.addItem(text, value)
    combo.blockSignals(False)
    if wanted is not None:
        combo.setProperty(_WANTED, None)
        current = wanted
    set_combo_value(combo, current)


def combo_value(combo: QComboBox) -> Any:
    if combo.count() == 0 and combo.property(_WANTED) is not None:
        return combo.property(_WANTED)
    if combo.isEditable():
        data = combo.currentData()
        text = combo.currentText().strip()
        # An edited text that is not one of the entries is the value itself.
        return data if data is not None and combo.itemText(combo.currentIndex()) == text \
            else text
    return combo.currentData()


def set_combo_value(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value) if value is not None else combo.findData(None)
    if i >= 0:
        combo.setCurrentIndex(i)
    elif combo.isEditable() and isinstance(value, str):
        combo.setEditText(value)
    elif combo.count() == 0 and value is not None:
        combo.setProperty(_WANTED, value)  # the options have not arrived yet
    elif combo.count():
        combo.setCurrentIndex(0)
