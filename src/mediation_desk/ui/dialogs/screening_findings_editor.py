"""The findings rows of the screening register form: one row per dispute found, with its
description, category (the dispute_category code table), the people involved, the risk
level, whether it is a major dispute (2-day written report) and what was done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from mediation_desk.domain.views import CodeChoice
from mediation_desk.ui import labels

COL_DESCRIPTION, COL_CATEGORY, COL_PARTIES, COL_RISK, COL_MAJOR, COL_ACTION = range(6)
RISKS = ("low", "medium", "high")


def risk_label(code: str) -> str:
    texts = {"low": QCoreApplication.translate("FindingsEditor", "Low"),
             "medium": QCoreApplication.translate("FindingsEditor", "Medium"),
             "high": QCoreApplication.translate("FindingsEditor", "High")}
    return texts.get(code, code)


class FindingsEditor(QObject):
    """Wraps the dialog's QTableWidget; ``edited`` fires on any change."""

    edited = Signal()

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self._categories: list[CodeChoice] = []
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([
            QCoreApplication.translate("FindingsEditor", "What was found"),
            QCoreApplication.translate("FindingsEditor", "Category"),
            QCoreApplication.translate("FindingsEditor", "People involved"),
            QCoreApplication.translate("FindingsEditor", "Risk"),
            QCoreApplication.translate("FindingsEditor", "Major"),
            QCoreApplication.translate("FindingsEditor", "Action taken")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = table.fontMetrics()
        for col, sample in ((COL_DESCRIPTION, "三组两户因排水沟堵塞多次争吵"),
                            (COL_CATEGORY, "房屋宅基地纠纷 ▾"), (COL_PARTIES, "张三、李四等"),
                            (COL_RISK, "Medium ▾"), (COL_MAJOR, "Major ⚠")):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 30)
        table.itemChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self.edited.emit()

    def set_categories(self, choices: list[CodeChoice]) -> None:
        """The code table arrived; rows added before keep their choice."""
        self._categories = choices
        for row in range(self.table.rowCount()):
            combo = self._combo(row, COL_CATEGORY)
            keep = combo.currentData()
            self._fill_categories(combo)
            self._select(combo, keep)

    def _fill_categories(self, combo: QComboBox) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("FindingsEditor", "(choose)"), "")
        for c in self._categories:
            combo.addItem(labels.code_label(c), c.code)
        combo.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        i = combo.findData(code or "")
        combo.setCurrentIndex(max(i, 0))

    def _combo(self, row: int, col: int) -> QComboBox:
        w = self.table.cellWidget(row, col)
        assert isinstance(w, QComboBox)
        return w

    def _check(self, row: int) -> QCheckBox:
        w = self.table.cellWidget(row, COL_MAJOR)
        assert isinstance(w, QCheckBox)
        return w

    def add_row(self, entry: dict[str, Any] | None = None) -> int:
        e = entry or {}
        t = self.table
        t.blockSignals(True)
        row = t.rowCount()
        t.insertRow(row)
        for col, key in ((COL_DESCRIPTION, "description"), (COL_PARTIES, "parties_text"),
                         (COL_ACTION, "action")):
            t.setItem(row, col, QTableWidgetItem(str(e.get(key, ""))))
        category = QComboBox(t)
        category.setAccessibleName(QCoreApplication.translate("FindingsEditor", "Category"))
        self._fill_categories(category)
        if e.get("category") and category.findData(e["category"]) < 0:
            category.addItem(e["category"], e["category"])  # codes not loaded yet
        self._select(category, e.get("category"))
        category.currentIndexChanged.connect(self._changed)
        t.setCellWidget(row, COL_CATEGORY, category)
        risk = QComboBox(t)
        risk.setAccessibleName(QCoreApplication.translate("FindingsEditor", "Risk"))
        for code in RISKS:
            risk.addItem(risk_label(code), code)
        self._select(risk, e.get("risk_level", "low"))
        risk.currentIndexChanged.connect(self._changed)
        t.setCellWidget(row, COL_RISK, risk)
        major = QCheckBox(QCoreApplication.translate("FindingsEditor", "Major"), t)
        major.setToolTip(QCoreApplication.translate(
            "FindingsEditor", "A major dispute must be reported in writing within 2 days"))
        major.setChecked(bool(e.get("is_major")))
        major.toggled.connect(self._changed)
        t.setCellWidget(row, COL_MAJOR, major)
        t.blockSignals(False)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def entries(self) -> list[dict[str, Any]]:
        """Every row as typed (for the draft)."""
        return [{"description": self._text(r, COL_DESCRIPTION),
                 "category": self._combo(r, COL_CATEGORY).currentData() or "",
                 "parties_text": self._text(r, COL_PARTIES),
                 "risk_level": self._combo(r, COL_RISK).currentData() or "low",
                 "is_major": self._check(r).isChecked(),
                 "action": self._text(r, COL_ACTION)}
                for r in range(self.table.rowCount())]

    def findings(self) -> list[dict[str, Any]]:
        """The rows for the service: wholly empty rows are left out."""
        return [e for e in self.entries()
                if e["description"] or e["parties_text"] or e["action"] or e["category"]]

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for e in entries:
            self.add_row(e)
