"""今日待办 page: every deadline due within a week, and every overdue one, soonest first.

At a township the list holds every village's cases (they arrive by USB sync) and a 村 column
says whose each line is."""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import AgendaItem
from mediation_desk.services import case_origin
from mediation_desk.services.agenda import agenda
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_today_page import Ui_TodayPage
from mediation_desk.ui.models.agenda_table_model import AgendaTableModel
from mediation_desk.ui.state import UiState
from mediation_desk.ui.table_layout import apply_default_widths, header_width, sample_width
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

QUERY_KEY = "agenda"
STATE_KEY = "agenda"
VILLAGE_SAMPLE = "青石村二组村"  # measurement only: a long village short name


@dataclasses.dataclass(frozen=True)
class AgendaLoad:
    items: list[AgendaItem]
    township: bool


def load_agenda(ctx: AppContext) -> AgendaLoad:
    """Runs in a worker thread. At a township each line about a village's record (a case,
    a mediator's term, a group head's term, a finding) gets its village's name."""
    items = agenda(ctx)
    if not case_origin.station_scope(ctx).is_township:
        return AgendaLoad(items, False)
    by_subject: dict[str, list[str]] = defaultdict(list)
    for a in items:
        key = a.case_id or a.subject_id
        if key:
            by_subject["case" if a.case_id else a.subject].append(key)
    names = {(subject, rid): name for subject, ids in by_subject.items()
             for rid, name in case_origin.owner_names(ctx, subject, ids).items()}
    return AgendaLoad([a.model_copy(update={"village": names.get(
        ("case", a.case_id) if a.case_id else (a.subject, a.subject_id or ""), "")})
        for a in items], True)


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
        self._runner.submit(lambda: load_agenda(ctx), on_done=self._on_agenda_loaded,
                            on_error=self._on_agenda_failed, key=QUERY_KEY)

    def restore_state(self, state: UiState) -> None:
        state.restore_header(self.ui.agenda_table.horizontalHeader(), STATE_KEY)

    def save_state(self, state: UiState) -> None:
        state.save_header(self.ui.agenda_table.horizontalHeader(), STATE_KEY)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def _on_agenda_loaded(self, loaded: AgendaLoad) -> None:
        items = loaded.items
        if loaded.township and not self.model.shows_village:
            self.model.show_village(True)
            header = self.ui.agenda_table.horizontalHeader()
            section = self.model.columnCount() - 1
            header.resizeSection(section, max(sample_width(self.ui.agenda_table, [VILLAGE_SAMPLE]),
                                              header_width(self.ui.agenda_table, section)))
        self.model.show_village(loaded.township)
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
