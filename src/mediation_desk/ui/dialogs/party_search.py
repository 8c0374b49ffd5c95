"""Find-as-you-type for persons already registered (name, or pinyin initials: "zs" → 张三).

The query runs through the TaskRunner once typing pauses, so the form never waits on the
database; only the newest query's result is shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import PersonView
from mediation_desk.services.persons import search_persons
from mediation_desk.ui.dialogs.party_choices import person_summary
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
QUERY_KEY = "party_dialog.search"
RESULT_LIMIT = 20
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PersonSearch(QObject):
    """Drives the search box, the result list and the "Use this person" button."""

    person_chosen = Signal(object)
    """The user picked a result; carries its PersonView."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, edit: QLineEdit,
                 results: QListWidget, status: QLabel, use_button: QPushButton) -> None:
        super().__init__(edit)
        self._ctx = ctx
        self._runner = runner
        self._edit = edit
        self._results = results
        self._status = status
        self._use_button = use_button
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        edit.textChanged.connect(self._on_edit_textChanged)
        results.itemDoubleClicked.connect(self._on_results_itemDoubleClicked)
        results.currentRowChanged.connect(self._on_results_currentRowChanged)
        use_button.clicked.connect(self._on_use_button_clicked)
        # Enter in the box or the list would otherwise also press the dialog's OK button.
        edit.installEventFilter(self)
        results.installEventFilter(self)
        self._show_results([])
        self._set_status("")

    def search_now(self) -> None:
        """Run the query for the box's text at once."""
        self._timer.stop()
        query = self._edit.text().strip()
        if not query:
            self._runner.cancel(QUERY_KEY)
            self._set_status("")
            self._show_results([])
            return
        ctx = self._ctx
        self._set_status(self.tr("Searching…"))
        self._runner.submit(lambda: search_persons(ctx, query, limit=RESULT_LIMIT),
                            on_done=self._on_found, on_error=self._on_failed, key=QUERY_KEY)

    def choose_current(self) -> None:
        item = self._results.currentItem()
        if item is not None:
            self.person_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self._edit and key in _ENTER_KEYS:
                self.search_now()
                if self._results.count():
                    self._results.setFocus()
                return True
            if watched is self._edit and key == Qt.Key.Key_Down and self._results.count():
                self._results.setFocus()
                return True
            if watched is self._results and key in _ENTER_KEYS:
                self.choose_current()
                return True
        return super().eventFilter(watched, event)

    def _on_edit_textChanged(self, _text: str) -> None:
        self._timer.start()

    def _on_found(self, people: list[PersonView]) -> None:
        self._show_results(people)
        if people:
            self._set_status(self.tr("%n person(s) found. Pick one and press Enter, or "
                                         "\"Use this person\".", "", len(people)))
        else:
            self._set_status(self.tr("Nobody found; enter the new person below."))

    def _on_failed(self, exc: BaseException) -> None:
        log.error("person search failed", exc_info=exc)
        self._show_results([])
        self._set_status(self.tr("The search did not work; enter the person below."))

    def _set_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))

    def _show_results(self, people: list[PersonView]) -> None:
        self._results.clear()
        for person in people:
            if person.voided:
                continue
            item = QListWidgetItem(person_summary(person))
            item.setData(Qt.ItemDataRole.UserRole, person)
            self._results.addItem(item)
        if self._results.count():
            self._results.setCurrentRow(0)
        self._results.setVisible(bool(self._results.count()))
        self._use_button.setVisible(bool(self._results.count()))
        self._use_button.setEnabled(self._results.currentItem() is not None)

    def _on_results_itemDoubleClicked(self, _item: QListWidgetItem) -> None:
        self.choose_current()

    def _on_results_currentRowChanged(self, _row: int) -> None:
        self._use_button.setEnabled(self._results.currentItem() is not None)

    def _on_use_button_clicked(self) -> None:
        self.choose_current()
