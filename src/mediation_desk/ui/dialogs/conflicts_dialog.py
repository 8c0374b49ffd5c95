"""待审记录: records a village sent that differ from this computer's copy at the same version
(a database cloned to two laptops, sync.md §3). Neither copy was applied blindly; here a
person sees both values side by side, with the times and the author, and decides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.sync_views import ConflictView
from mediation_desk.services import township
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.dialogs.enroll_dialog import error_sentence
from mediation_desk.ui.field_errors import ERROR_STYLE, MARK
from mediation_desk.ui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from mediation_desk.ui.models.sync_models import (
    ConflictFieldsModel,
    ConflictsModel,
    table_label,
    when_text,
)
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner

QUERY_KEY = "sync_conflicts"


class ConflictsDialog(QDialog):
    resolved = Signal(str)
    """A review item was decided; carries its id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner
        self._busy = False
        self.model = ConflictsModel(self)
        self.fields_model = ConflictFieldsModel(self)
        ui = self.ui
        ui.conflicts_table.setModel(self.model)
        ui.fields_table.setModel(self.fields_model)
        apply_default_widths(ui.conflicts_table, {
            0: ["青石村人民调解委员会"], 1: ["调解记录", "Mediation session"],
            3: ["2026-11-21 10:00"]}, stretch=2)
        header = ui.fields_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        text_size.fit_rows(ui.conflicts_table)
        ui.error_label.setStyleSheet(ERROR_STYLE)
        ui.error_label.hide()
        ui.conflicts_table.selectionModel().currentRowChanged.connect(self._on_current)
        ui.keep_button.clicked.connect(lambda: self.resolve(take_incoming=False))
        ui.take_button.clicked.connect(lambda: self.resolve(take_incoming=True))
        self._update()
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        self.runner.submit(lambda: township.conflicts(ctx), on_done=self._on_loaded,
                           on_error=self._on_failed, key=QUERY_KEY)

    def current(self) -> ConflictView | None:
        return self.model.row_at(self.ui.conflicts_table.currentIndex().row())

    def _on_loaded(self, rows: list[ConflictView]) -> None:
        self.model.reset_rows(rows)
        if rows:
            self.ui.conflicts_table.selectRow(0)
        self._on_current()

    def _on_current(self, *_args: object) -> None:
        c = self.current()
        self.fields_model.reset_rows(c)
        self.ui.fields_table.resizeRowsToContents()
        if c is None:
            self.ui.detail_label.setText(self.tr("Nothing is waiting for review.")
                                         if self.model.rowCount() == 0 else "")
        else:
            self.ui.detail_label.setText(labels.fill(self.tr(
                "%1 from %2. Changed on this computer: %3. Changed at the village: %4, "
                "by %5."), table_label(c.table), c.station_name or "—",
                when_text(c.local_updated_at), when_text(c.incoming_updated_at),
                c.incoming_author or "—"))
        self._update()

    def _update(self) -> None:
        enabled = self.current() is not None and not self._busy
        self.ui.keep_button.setEnabled(enabled)
        self.ui.take_button.setEnabled(enabled)

    def resolve(self, *, take_incoming: bool) -> None:
        c = self.current()
        if c is None or self._busy:
            return
        self._busy = True
        self._update()
        self.ui.error_label.hide()
        ctx, cid = self.ctx, c.id
        self.runner.submit(
            lambda: township.resolve_conflict(ctx, cid, take_incoming=take_incoming),
            on_done=lambda view: self._on_resolved(view.id), on_error=self._on_failed,
            write=True)

    def _on_resolved(self, conflict_id: str) -> None:
        self._busy = False
        self.resolved.emit(conflict_id)
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ui.error_label.setText(MARK + error_sentence(exc))
        self.ui.error_label.show()
        self._update()
