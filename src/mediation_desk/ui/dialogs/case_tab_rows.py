"""Rows that can be acted upon in the case window: a performance item (mark done, record a
reminder) and a pending recusal request (decide it), by button or right-click menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QPushButton, QTableWidget, QWidget

from mediation_desk.ui.dialogs import record_dialogs
from mediation_desk.ui.dialogs.case_tab_tables import OPEN_ITEM_STATES, selected_key, selected_state
from mediation_desk.ui.forms.ui_case_window import Ui_CaseWindow

OpenRecord = Callable[[str, str | None], object]


class RowActions(QObject):
    def __init__(self, ui: Ui_CaseWindow, window: QWidget, open_record: OpenRecord) -> None:
        super().__init__(window)
        self.ui = ui
        self._window = window
        self._open_record = open_record
        self._available: Sequence[str] = ()
        for button in (ui.decide_recusal_button, ui.item_done_button, ui.reminder_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        ui.decide_recusal_button.clicked.connect(
            partial(self._open, ui.recusals_table, "recusal_decision"))
        ui.item_done_button.clicked.connect(partial(self._open, ui.items_table, "item_done"))
        ui.reminder_button.clicked.connect(partial(self._open, ui.items_table, "reminder"))
        ui.items_table.itemSelectionChanged.connect(self.update)
        ui.recusals_table.itemSelectionChanged.connect(self.update)
        ui.items_table.customContextMenuRequested.connect(partial(
            self._menu, ui.items_table, (ui.item_done_button, "item_done"),
            (ui.reminder_button, "reminder")))
        ui.recusals_table.customContextMenuRequested.connect(partial(
            self._menu, ui.recusals_table, (ui.decide_recusal_button, "recusal_decision")))

    def set_available(self, kinds: Sequence[str]) -> None:
        """The record kinds the case accepts now; the buttons follow the selected rows."""
        self._available = kinds
        self.update()

    def update(self) -> None:
        ui = self.ui
        item_open = selected_state(ui.items_table) in OPEN_ITEM_STATES
        ui.item_done_button.setEnabled(item_open and "item_done" in self._available)
        ui.reminder_button.setEnabled(item_open and "reminder" in self._available)
        ui.decide_recusal_button.setEnabled(selected_state(ui.recusals_table) == "pending"
                                            and "recusal_decision" in self._available)

    def _open(self, table: QTableWidget, kind: str) -> None:
        key = selected_key(table)
        if key is not None:
            self._open_record(kind, key)

    def _menu(self, table: QTableWidget, *args: object) -> None:
        *entries, pos = args
        assert isinstance(pos, QPoint)
        row = table.rowAt(pos.y())
        if row < 0:
            return
        table.selectRow(row)
        menu = QMenu(self._window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for button, kind in entries:  # type: ignore[misc]
            assert isinstance(button, QPushButton)
            act = menu.addAction(record_dialogs.record_label(str(kind)) + "…")
            act.setEnabled(button.isEnabled())
            act.triggered.connect(button.click)
        menu.popup(table.viewport().mapToGlobal(pos))
