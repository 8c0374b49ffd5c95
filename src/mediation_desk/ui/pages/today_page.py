"""今日待办 page: every deadline due within a week, and every overdue one, soonest first."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services.agenda import agenda
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_today_page import Ui_TodayPage
from mediation_desk.ui.models.agenda_table_model import AgendaTableModel
from mediation_desk.ui.state import UiState
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

QUERY_KEY = "agenda"
STATE_KEY = "agenda"


class TodayPage(QWidget):
    """Reloads whenever it is shown, since deadlines change with every action and each day."""

    case_activated = Signal(str)
    """A case's line was double-clicked or chosen with Enter; carries the case id."""
    subject_activated = Signal(str, str)
    """Another line was chosen: (subject, id), subject one of screening, mediator, group."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.model = AgendaTableModel(self)
        self.ui.agenda_table.setModel(self.model)
        # Measurement samples only (never shown): columns follow the font and the language.
        apply_default_widths(self.ui.agenda_table, {
            0: ["2026-12-31"],
            1: [labels.days_left_text(-1000), labels.days_left_text(1000)],
            2: [labels.deadline_label(kind) for kind in labels.DEADLINE_KINDS],
            3: ["（2026）青石村人调字第1234号"],
        }, stretch=4)
        self.ui.agenda_table.activated.connect(self._on_agenda_table_activated)

    def refresh(self) -> None:
        ctx = self._ctx
        self.ui.summary_label.setText(self.tr("Loading…"))
        self._runner.submit(lambda: agenda(ctx), on_done=self._on_agenda_loaded,
                            on_error=self._on_agenda_failed, key=QUERY_KEY)

    def restore_state(self, state: UiState) -> None:
        state.restore_header(self.ui.agenda_table.horizontalHeader(), STATE_KEY)

    def save_state(self, state: UiState) -> None:
        state.save_header(self.ui.agenda_table.horizontalHeader(), STATE_KEY)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def _on_agenda_loaded(self, items: list[AgendaItem]) -> None:
        self.model.reset_items(items)
        if not items:
            text = self.tr("Nothing is due in the next 7 days.")
        else:
            text = self.tr("%n item(s) due", "", len(items))
            overdue = self.model.overdue_count()
            if overdue:
                text += self.tr(", %n of them overdue", "", overdue)
        self.ui.summary_label.setText(text)

    def _on_agenda_failed(self, exc: BaseException) -> None:
        log.error("agenda query failed", exc_info=exc)
        self.ui.summary_label.setText(
            self.tr("The list could not be read. Press F5 to try again."))

    def _on_agenda_table_activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is None:
            return
        if item.case_id is not None:
            self.case_activated.emit(item.case_id)
        else:
            self.subject_activated.emit(item.subject, item.subject_id or "")
