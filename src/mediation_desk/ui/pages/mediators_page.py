"""调解员 page: the mediator roster — the committee check as a banner, serving or all
mediators, one mediator's details, and the roster's dialogs, printing and Excel export.

Every query and change runs through the TaskRunner; the dialogs get the code-table choices
the page loaded with the roster, so none of them reads the database on the GUI thread."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.deadlines import add_months
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.roster_views import CommitteeCheck, RosterEntry
from mediation_desk.domain.views import CodeChoice, PaperPdf
from mediation_desk.services import authz, code_tables, roster, roster_changes, roster_export
from mediation_desk.services.mediators import TERM_MONTHS
from mediation_desk.ui import labels
from mediation_desk.ui import roster_labels as rl
from mediation_desk.ui.dialogs.mediator_dialog import MediatorDialog
from mediation_desk.ui.dialogs.mediator_status_dialog import MediatorStatusDialog
from mediation_desk.ui.dialogs.paper_preview import PaperPreview, open_preview
from mediation_desk.ui.dialogs.relatives_dialog import RelativesDialog
from mediation_desk.ui.dialogs.training_dialog import TrainingDialog
from mediation_desk.ui.flow_layout import wrap_row
from mediation_desk.ui.forms.ui_mediators_page import Ui_MediatorsPage
from mediation_desk.ui.models.roster_table_model import RosterTableModel
from mediation_desk.ui.pages.mediator_detail import detail_html
from mediation_desk.ui.paper_printing import error_text
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

QUERY_KEY = "mediators_page"
BANNER_WARN = "#warning_label { background: #fff4ce; border: 1px solid #c19c00; padding: 6px; }"
BANNER_OK = "#warning_label { padding: 6px; }"
_WIDTH_SAMPLES = {"name": ["欧阳晓明明"], "age": ["100"], "gender": ["男"],
                  "role": ["主任（首席调解员）"], "employment": ["兼职"],
                  "term_end": ["2029-12-31"], "certificate_no": ["调聘2026123456"],
                  "status": ["任期届满"], "attention": ["⚠ 任期已满"]}


@dataclasses.dataclass(frozen=True)
class RosterLoad:
    entries: list[RosterEntry]
    check: CommitteeCheck
    specialties: list[CodeChoice]
    misconduct: list[CodeChoice]


def load_roster(ctx: AppContext, include_former: bool) -> RosterLoad:
    """Runs in a worker thread."""
    return RosterLoad(roster.roster(ctx, include_former=include_former),
                      roster.committee_check(ctx),
                      code_tables.choices(ctx, CodeTable.MEDIATOR_SPECIALTY),
                      code_tables.choices(ctx, CodeTable.MISCONDUCT))


class MediatorsPage(QWidget):
    case_activated = Signal(str)
    """Part of the page contract; the roster opens no cases."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MediatorsPage()
        ui.setupUi(self)
        wrap_row(ui.buttons_layout, self)  # many actions: wrap rather than widen the window
        self._ctx = ctx
        self._runner = runner
        self._load: RosterLoad | None = None
        self._wanted: str | None = None  # the row to select once the list is in
        self.dialog: QWidget | None = None  # the open dialog (tests reach it here)
        self.preview: PaperPreview | None = None
        self.question: QMessageBox | None = None
        self.model = RosterTableModel(self)
        ui.roster_table.setModel(self.model)
        ui.filter_combo.addItem(self.tr("Serving"), False)
        ui.filter_combo.addItem(self.tr("All, former ones too"), True)
        keys = [self.model.column_key(i) for i in range(self.model.columnCount())]
        apply_default_widths(ui.roster_table, {i: _WIDTH_SAMPLES[k] for i, k in enumerate(keys)
                                               if k in _WIDTH_SAMPLES})
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.warning_label.setStyleSheet(BANNER_OK)
        ui.status_label.hide()
        ui.filter_combo.currentIndexChanged.connect(self._on_filter_combo_changed)
        ui.roster_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.add_button.clicked.connect(self.add_mediator)
        ui.edit_button.clicked.connect(self.edit_mediator)
        ui.training_button.clicked.connect(self.add_training)
        ui.status_button.clicked.connect(self.change_status)
        ui.renew_button.clicked.connect(self.renew)
        ui.relatives_button.clicked.connect(self.show_relatives)
        ui.print_button.clicked.connect(self.print_roster)
        ui.export_button.clicked.connect(self.export_excel)
        self._update_buttons()
        self.apply_permissions()

    # Page contract ------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """Roster changes and the spreadsheet only for a role that may (the services
        refuse them anyway; the page does not offer them)."""
        ui, ctx = self.ui, self._ctx
        writes = authz.can(ctx, Permission.ROSTER_WRITE)
        for button in (ui.add_button, ui.edit_button, ui.training_button, ui.status_button,
                       ui.renew_button):
            button.setVisible(writes)
        ui.export_button.setVisible(authz.can(ctx, Permission.DATA_EXPORT))

    def show_relatives(self) -> None:
        """The chosen mediator's recorded family ties (used for recusal warnings on cases)."""
        person_id = self.selected_person_id()
        if person_id is None:
            return
        dialog = RelativesDialog(self._ctx, self._runner, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def refresh(self) -> None:
        ctx, include_former = self._ctx, bool(self.ui.filter_combo.currentData())
        self.ui.count_label.setText(self.tr("Loading…"))
        self._runner.submit(lambda: load_roster(ctx, include_former), on_done=self._on_loaded,
                            on_error=self._on_failed, key=QUERY_KEY)

    def show_item(self, item_id: str) -> None:
        """Select this mediator (今日待办 sends the user here); a former one shows with all."""
        self._wanted = item_id
        row = self.model.row_of(item_id)
        if row >= 0:
            self._select_row(row)
        elif not self.ui.filter_combo.currentData():
            self.ui.filter_combo.setCurrentIndex(1)  # reloads, then selects
        else:
            self.refresh()

    def selected_entry(self) -> RosterEntry | None:
        rows = self.ui.roster_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_person_id(self) -> str | None:
        """The chosen mediator's person (for the lead's 亲属关系… button)."""
        entry = self.selected_entry()
        return entry.person_id if entry else None

    # Actions ------------------------------------------------------------------------------

    def add_mediator(self) -> None:
        if self._load is None:
            return
        self._open(MediatorDialog(self._ctx, self._runner, self._load.specialties, self))

    def edit_mediator(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._load is not None:
            self._open(MediatorDialog(self._ctx, self._runner, self._load.specialties, self,
                                      entry=entry))

    def add_training(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._open(TrainingDialog(self._ctx, self._runner, entry, self))

    def change_status(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._load is not None and entry.status == "active":
            self._open(MediatorStatusDialog(self._ctx, self._runner, entry,
                                            self._load.misconduct, self))

    def renew(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.status not in ("active", "term_ended"):
            return
        today = self._ctx.today()
        kind = (self.tr("re-election") if entry.appointment_method == "elected"
                else self.tr("re-appointment"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Re-elect / re-appoint"),
                          labels.fill(self.tr("Record the %1 of %2 today (%3)? The new term "
                                              "ends on %4."), kind, entry.name,
                                      today.isoformat(),
                                      add_months(today, TERM_MONTHS).isoformat()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("renew_question")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: self._on_renew_answer(box, entry.id))
        self.question = box
        box.open()

    def print_roster(self) -> None:
        ctx, include_former = self._ctx, bool(self.ui.filter_combo.currentData())
        self._say(self.tr("Making the roster…"))
        self._runner.submit(lambda: roster_export.render_roster_pdf(
            ctx, include_former=include_former), on_done=self._on_pdf_made,
            on_error=self._on_action_failed, key="mediators_page.print")

    def export_excel(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the roster to Excel"))
        dialog.setObjectName("export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        name = self._load.check.committee_name if self._load else ""
        dialog.selectFile(f"{name}调解员名册{self._ctx.today().isoformat()}.xlsx")
        dialog.fileSelected.connect(self.export_to)
        self.dialog = dialog
        dialog.open()

    def export_to(self, path: str) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: roster_export.export_roster_xlsx(ctx, path),
                            on_done=lambda target: self._say(labels.fill(
                                self.tr("The roster was saved to %1"), str(target))),
                            on_error=self._on_action_failed, write=True)

    # Results ------------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _on_dialog_saved(self, result: object) -> None:
        self._wanted = getattr(result, "id", None)
        self._say(self.tr("Saved."))
        self.refresh()

    def _on_renew_answer(self, box: QMessageBox, mediator_id: str) -> None:
        self.question = None
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        ctx = self._ctx
        self._wanted = mediator_id
        self._runner.submit(lambda: roster_changes.renew_term(ctx, mediator_id),
                            on_done=lambda _e: (self._say(self.tr("The new term is recorded.")),
                                                self.refresh()),
                            on_error=self._on_action_failed, write=True)

    def _on_pdf_made(self, pdf: PaperPdf) -> None:
        self._say("")
        self.preview = open_preview(self, self._ctx, self._runner, pdf)

    def _on_loaded(self, load: RosterLoad) -> None:
        self._load = load
        wanted = self._wanted or (self.selected_entry().id if self.selected_entry() else None)
        self.model.reset_entries(load.entries)
        self._show_check(load.check)
        self.ui.count_label.setText(self.tr("%n mediator(s) listed", "", len(load.entries)))
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self._wanted = None
            self._select_row(row)
        elif load.entries:
            self._select_row(0)
        else:
            self._show_detail(None)

    def _on_failed(self, exc: BaseException) -> None:
        log.error("roster query failed", exc_info=exc)
        self.ui.count_label.setText(self.tr("The roster could not be read. Press F5 to try "
                                            "again."))

    def _on_action_failed(self, exc: BaseException) -> None:
        # error_text gives the core's sentence, or a plain one (details to the log).
        self._say("⚠ " + error_text(exc))

    def _on_filter_combo_changed(self, _index: int) -> None:
        self.refresh()

    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_detail(self.selected_entry())
        self._update_buttons()

    # Helpers ------------------------------------------------------------------------------

    def _show_check(self, check: CommitteeCheck) -> None:
        head = labels.fill(self.tr("Committee: %1 member(s) (%2 women), %3 hired "
                                   "mediator(s)."), check.member_count, check.women_count,
                           check.hired_count)
        if check.warnings:
            lines = [head, *("⚠ " + rl.warning_text(w) for w in check.warnings)]
            self.ui.warning_label.setStyleSheet(BANNER_WARN)
        else:
            lines = [head + " " + self.tr("✓ The committee's composition is in order.")]
            self.ui.warning_label.setStyleSheet(BANNER_OK)
        self.ui.warning_label.setText("\n".join(lines))

    def _show_detail(self, entry: RosterEntry | None) -> None:
        if entry is None:
            self.ui.detail_view.setPlainText(self.tr("Choose a mediator in the list to see "
                                                     "the details."))
            return
        misconduct = {c.code: labels.code_label(c) for c in (self._load.misconduct
                                                             if self._load else [])}
        self.ui.detail_view.setHtml(detail_html(entry, misconduct))

    def _select_row(self, row: int) -> None:
        table = self.ui.roster_table
        table.selectRow(row)
        table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        ui = self.ui
        ui.edit_button.setEnabled(entry is not None)
        ui.training_button.setEnabled(entry is not None)
        ui.relatives_button.setEnabled(entry is not None)
        ui.status_button.setEnabled(entry is not None and entry.status == "active")
        ui.renew_button.setEnabled(entry is not None
                                   and entry.status in ("active", "term_ended"))

    def _say(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(bool(text))
