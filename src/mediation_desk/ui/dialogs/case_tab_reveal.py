"""The 当事人 section's 显示完整身份证号…: a button (and the table's right-click menu) that
opens the reveal dialog for the selected party. ID numbers stay masked in the table; the
reveal is logged into the case's history, which the window then reloads."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Permission
from mediation_desk.services import authz
from mediation_desk.ui.dialogs.case_tab_tables import selected_key, selected_state
from mediation_desk.ui.dialogs.reveal_id_dialog import RevealIdDialog
from mediation_desk.ui.tasks import TaskRunner

HAS_ID = "id"  # the party row's state when an ID number is on record


class PartyReveal(QObject):
    """Needs the case window (``ui``, ``detail``, ``refresh``)."""

    def __init__(self, window: QObject, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window, self.ctx, self.runner = window, ctx, runner
        self.dialog: RevealIdDialog | None = None
        ui = window.ui  # type: ignore[attr-defined]
        self.table, self.button = ui.parties_table, ui.reveal_id_button
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.open)
        self.table.itemSelectionChanged.connect(self.update)
        self.table.customContextMenuRequested.connect(self._menu)
        self.update()

    def update(self) -> None:
        allowed = authz.can(self.ctx, Permission.REVEAL_ID)
        self.button.setVisible(allowed)
        self.button.setEnabled(allowed and selected_state(self.table) == HAS_ID)

    def open(self) -> RevealIdDialog | None:
        party_id = selected_key(self.table)
        detail = self.window.detail  # type: ignore[attr-defined]
        party = next((p for p in detail.parties if p.id == party_id), None)
        if party is None or not party.id_number_masked:
            return None
        dialog = RevealIdDialog(self.ctx, self.runner, name=party.name,
                                masked=party.id_number_masked, party_id=party.id,
                                parent=self.window)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revealed.connect(self.window.refresh)  # type: ignore[attr-defined]
        dialog.finished.connect(self._forget)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, _result: int) -> None:
        self.dialog = None

    def _menu(self, pos: QPoint) -> None:
        row = self.table.rowAt(pos.y())
        if row < 0:
            return
        self.table.selectRow(row)
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        act = menu.addAction(self.button.text())
        act.setEnabled(self.button.isEnabled() and self.button.isVisible())
        act.triggered.connect(self.open)
        menu.popup(self.table.viewport().mapToGlobal(pos))
