"""Tick boxes in a few columns (a dozen specialties would otherwise fill a form's height);
the value is the list of ticked codes in option order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

COLUMNS = 4


class CheckGrid(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[tuple[str, QCheckBox]] = []

    def set_options(self, options: Sequence[tuple[str, str]],
                    checked: Iterable[str] = ()) -> None:
        for _value, box in self._boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        rows = -(-len(options) // COLUMNS)  # filled column by column, read top to bottom
        for i, (value, label) in enumerate(options):
            box = QCheckBox(label, self)
            box.setObjectName(f"{self.objectName() or 'check'}_{value}")
            box.toggled.connect(self.changed)
            self._layout.addWidget(box, i % max(rows, 1), i // max(rows, 1))
            self._boxes.append((value, box))
        self.set_values(checked)

    def values(self) -> list[str]:
        return [value for value, box in self._boxes if box.isChecked()]

    def set_values(self, values: Iterable[str]) -> None:
        wanted = set(values)
        for value, box in self._boxes:
            box.setChecked(value in wanted)

    def box(self, value: str) -> QCheckBox | None:
        return next((b for v, b in self._boxes if v == value), None)
