"""保管期限审查: the archived dossiers whose retention period has run out (个人信息保护法
第十九条), and for the selected one: 继续保管至… a later day, or 到期处置（匿名化）… after a
confirmation that says exactly what is removed and what is kept. Opened from the 设置 page
(and from a 今日待办 line). Decisions run on the write thread and are logged by the service.

Derived from GuardedDialog for the shared closing behaviour, without a draft: each decision
is stored at once, and nothing typed here is worth restoring after a crash."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.privacy_views import RetentionDecisionView, RetentionDueView
from mediation_desk.domain.retention import DISPOSED, KEEP, add_years
from mediation_desk.services import retention
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_retention_dialog import Ui_RetentionDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import audit_text

DEFAULT_KEEP_YEARS = 5
QUERY_KEY = "retention_review"


class RetentionDialog(GuardedDialog):
    decided = Signal(str)
    """A decision was stored; carries the case id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 *, select_case: str | None = None) -> None:
        super().__init__(ctx, None, "", parent)
        self.ui = Ui_RetentionDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._select = select_case
        self.rows: list[RetentionDueView] = []
        self.question: QMessageBox | None = None
        self._said = ""  # the last decision, said above the count after the list reloads
        ui = self.ui
        today = ctx.today()
        ui.keep_until_edit.setMinimumDate(QDate(today).addDays(1))
        ui.keep_until_edit.setDate(QDate(add_years(today, DEFAULT_KEEP_YEARS)))
        self.errors = FieldErrors(ui.error_label)
        self.errors.bind("keep_until", ui.keep_until_edit)
        self.errors.bind("case", ui.due_table)
        ui.keep_button.setAutoDefault(True)
        ui.dispose_button.setAutoDefault(True)
        ui.keep_button.clicked.connect(self.keep)
        ui.dispose_button.clicked.connect(self.ask_dispose)
        ui.close_button.clicked.connect(self.reject)
        ui.due_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.load()
        self.offer_draft()

    # Public API ---------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.ctx
        self._runner.submit(lambda: retention.due_for_review(ctx), on_done=self.show_rows,
                            on_error=self._on_failed, key=QUERY_KEY)

    def show_rows(self, rows: list[RetentionDueView]) -> None:
        self.rows = list(rows)
        table, lang = self.ui.due_table, current_language()
        table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            values = (d.case_no, labels.join_names(d.parties), d.archived_on.isoformat(),
                      audit_text.retention_label(d.retention, lang), d.due_on.isoformat())
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(d.title if c == 0 else text)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        chosen = next((i for i, d in enumerate(rows) if d.case_id == self._select), 0)
        if rows:
            table.selectRow(chosen)
        count = (self.tr("%n dossier(s) due for review.", "", len(rows)) if rows
                 else self.tr("No dossier is due for review."))
        self.ui.status_label.setText(f"{self._said}\n{count}" if self._said else count)
        self._update_buttons()

    def selected(self) -> RetentionDueView | None:
        row = self.ui.due_table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def keep(self) -> None:
        d = self.selected()
        if d is None:
            return
        until: date = self.ui.keep_until_edit.date().toPython()
        self._decide(d, KEEP, until)

    def ask_dispose(self) -> QMessageBox | None:
        d = self.selected()
        if d is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Dispose of the dossier?"),
                          labels.fill(self.tr(
                              "Dispose of %1 (%2)?\n\n"
                              "Removed for good: the parties' names (they become 当事人甲, "
                              "当事人乙 …), their ID numbers, phone numbers, addresses, birth "
                              "dates, occupations and agents; the facts, the requests, the "
                              "contents of the records, the agreement's terms and every note. "
                              "Persons registered only for this case are anonymised too.\n\n"
                              "Kept for the statistics: the case number, the type, the dates, "
                              "the outcome and the amounts.\n\n"
                              "This cannot be undone. The log records the decision; its "
                              "earlier entries stay as they are (they never hold ID numbers "
                              "or phone numbers in full)."),
                              d.case_no, labels.join_names(d.parties)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("dispose_question")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Dispose of it"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_dispose_answer(box, d))
        self.question = box
        box.open()
        return box

    # Drafts: none (see the module's docstring) --------------------------------------------

    def form_state(self) -> dict[str, object]:
        return {}

    def restore_form_state(self, state: dict[str, object]) -> None:
        return None

    # Helpers ------------------------------------------------------------------------------

    def _on_dispose_answer(self, box: QMessageBox, d: RetentionDueView) -> None:
        self.question = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._decide(d, DISPOSED, None)

    def _decide(self, d: RetentionDueView, decision: str, until: date | None) -> None:
        ctx, note = self.ctx, self.ui.note_edit.text().strip()
        self.errors.clear()
        self.ui.keep_button.setEnabled(False)
        self.ui.dispose_button.setEnabled(False)
        self._runner.submit(
            lambda: retention.decide(ctx, d.case_id, decision, keep_until=until, note=note),
            on_done=self._on_decided, on_error=self._on_failed, write=True)

    def _on_decided(self, view: RetentionDecisionView) -> None:
        if view.decision == DISPOSED:
            text = labels.fill(self.tr("%1 was disposed of: %2 party(ies) and %3 person(s) "
                                       "anonymised."), view.case_no, view.parties_anonymised,
                               view.persons_anonymised)
        else:
            text = labels.fill(self.tr("%1 is kept until %2."), view.case_no,
                               view.keep_until.isoformat() if view.keep_until else "")
        self.ui.note_edit.clear()
        self._select = None
        self._said = text
        self.load()
        self.decided.emit(view.case_id)

    def _on_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self.errors.show(exc if isinstance(exc, DomainError) else DomainError(
            "internal.unexpected", None, kind=type(exc).__name__))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.ui.keep_button.setEnabled(chosen)
        self.ui.dispose_button.setEnabled(chosen)
