"""排查 page: the committee's screening frequency and, in words, which rounds are due or
overdue; the register of rounds (newest first) and the findings of the selected one.

From here a round is recorded (with findings, or as a nil report), a finding becomes a case
(the new-case form, prefilled) and a major finding's written report is recorded."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.screening_views import (
    FindingView,
    ScreeningRoundView,
    ScreeningStatusView,
)
from mediation_desk.services import authz, screening
from mediation_desk.ui import labels, table_print
from mediation_desk.ui.dialogs.finding_report_dialog import FindingReportDialog
from mediation_desk.ui.dialogs.new_case_dialog import NewCaseDialog
from mediation_desk.ui.dialogs.screening_round_dialog import ScreeningRoundDialog
from mediation_desk.ui.field_errors import ERROR_STYLE
from mediation_desk.ui.forms.ui_screening_page import Ui_ScreeningPage
from mediation_desk.ui.models.screening_models import FindingsModel, RoundsModel
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

QUERY_KEY = "screening"
FREQUENCIES = ("daily", "weekly", "monthly")
PERIOD_PREFIX = "period:"  # 今日待办's id for a period still missing its round


@dataclass(frozen=True)
class Loaded:
    status: ScreeningStatusView
    rounds: list[ScreeningRoundView]


def load(ctx: AppContext) -> Loaded:
    """Runs in a worker thread."""
    return Loaded(screening.screening_status(ctx),
                  list(reversed(screening.list_screening_rounds(ctx))))


class ScreeningPage(QWidget):
    case_activated = Signal(str)
    """A linked case was double-clicked; carries its id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScreeningPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.status: ScreeningStatusView | None = None
        self._pending_item: str | None = None
        self.round_dialog: ScreeningRoundDialog | None = None
        self.case_dialog: NewCaseDialog | None = None
        self.report_dialog: FindingReportDialog | None = None
        ui = self.ui
        for code, text in zip(FREQUENCIES, (self.tr("Daily"), self.tr("Weekly"),
                                            self.tr("Monthly")), strict=True):
            ui.frequency_combo.addItem(text, code)
        ui.frequency_combo.setEnabled(False)  # until the current value is known
        self.rounds_model = RoundsModel(self)
        self.findings_model = FindingsModel(self)
        ui.rounds_table.setModel(self.rounds_model)
        ui.findings_table.setModel(self.findings_model)
        apply_default_widths(ui.rounds_table, {
            0: ["第47周（11月30日—12月6日）"], 1: ["2026-12-31"], 2: ["王调解、李调解、张调解"],
            3: ["全村各村民小组"], 4: [self.tr("Nil report"), "12 条发现", "12 findings"],
            5: ["⚠ 重大", "⚠ Major"]}, stretch=3)
        apply_default_widths(ui.findings_table, {
            1: ["房屋宅基地纠纷"], 2: [self.tr("Medium")], 3: ["⚠ 重大，书面报告截止 2026-12-31"],
            4: ["已安排调解员跟进处理"], 5: ["（2026）青石村人调字第1234号"]}, stretch=0)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

        ui.frequency_combo.activated.connect(self._on_frequency_chosen)
        ui.record_button.clicked.connect(self.open_round_dialog)
        ui.to_case_button.clicked.connect(self.open_case_dialog)
        ui.report_button.clicked.connect(self.open_report_dialog)
        ui.print_button.clicked.connect(self.print_register)
        ui.rounds_table.selectionModel().currentRowChanged.connect(self._on_round_changed)
        ui.findings_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.findings_table.activated.connect(self._on_finding_activated)
        self._update_buttons()

    # Loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: load(ctx), on_done=self._on_loaded,
                            on_error=self._on_failed, key=QUERY_KEY)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def _on_loaded(self, loaded: Loaded) -> None:
        keep_round = self.current_round()
        keep_finding = self.current_finding()
        self.status = loaded.status
        combo = self.ui.frequency_combo
        combo.setCurrentIndex(max(combo.findData(loaded.status.frequency), 0))
        self.apply_permissions()
        self._show_status(loaded.status)
        self.rounds_model.reset_rounds(loaded.rounds)
        nil = sum(1 for r in loaded.rounds if r.is_zero_report)
        self.ui.summary_label.setText(labels.fill(
            self.tr("%1 rounds recorded, %2 of them nil reports."), len(loaded.rounds), nil))
        target = self._pending_item or (keep_finding.id if keep_finding else None) or (
            keep_round.id if keep_round else None)
        self._pending_item = None
        if not (target and self._select(target)) and loaded.rounds:
            self.ui.rounds_table.selectRow(0)
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        log.error("screening query failed", exc_info=exc)
        self.ui.status_label.setText(
            self.tr("The register could not be read. Press F5 to try again."))

    def _date(self, d: object) -> str:
        iso = str(d)
        return labels.fill(self.tr("%1/%2"), int(iso[5:7]), int(iso[8:10]))

    def _show_status(self, s: ScreeningStatusView) -> None:
        parts: list[str] = []
        overdue = s.overdue
        if overdue:
            parts.append(labels.fill(
                self.tr("⚠ %n round(s) overdue, not recorded: %1", "", len(overdue)),
                "、".join(p.label for p in overdue)))
        current = [p for p in s.missing if not p.overdue]
        for p in current:
            parts.append(labels.fill(self.tr("The round for %1 is not recorded yet; due %2."),
                                     p.label, self._date(p.due_on)))
        if not s.missing:
            parts.append(labels.fill(self.tr("The round for %1 is recorded."), s.current.label))
        self.ui.status_label.setText(" ".join(parts))
        self.ui.status_label.setStyleSheet(
            ERROR_STYLE + " font-weight: bold;" if overdue else "font-weight: bold;")

    # Selection ---------------------------------------------------------------------------

    def current_round(self) -> ScreeningRoundView | None:
        return self.rounds_model.row_at(self.ui.rounds_table.currentIndex().row())

    def current_finding(self) -> FindingView | None:
        return self.findings_model.row_at(self.ui.findings_table.currentIndex().row())

    def _on_round_changed(self, *_args: object) -> None:
        r = self.current_round()
        self.findings_model.reset_findings(r.findings if r else [], self._ctx.today())
        if r is None:
            self.ui.findings_label.setText(self.tr("Findings of the selected round"))
        elif r.is_zero_report:
            self.ui.findings_label.setText(labels.fill(
                self.tr("%1: nil report — nothing was found."), r.label))
        else:
            self.ui.findings_label.setText(labels.fill(self.tr("%1: findings"), r.label))
        if r is not None and r.findings:
            self.ui.findings_table.selectRow(0)
        self._update_buttons()

    def _select(self, item_id: str) -> bool:
        for row in range(self.rounds_model.rowCount()):
            r = self.rounds_model.row_at(row)
            assert r is not None
            found = r.id == item_id or any(f.id == item_id for f in r.findings)
            if found:
                self.ui.rounds_table.selectRow(row)
                f_row = self.findings_model.row_of(item_id)
                if f_row >= 0:
                    self.ui.findings_table.selectRow(f_row)
                    self.ui.findings_table.setFocus()
                return True
        return False

    def show_item(self, item_id: str) -> None:
        """Select a round or a finding (from 今日待办); a missing period's line offers the
        form to record it."""
        if item_id.startswith(PERIOD_PREFIX):
            self.ui.record_button.setFocus()
            return
        if self.rounds_model.rowCount() and self._select(item_id):
            return
        self._pending_item = item_id
        self.refresh()

    def _update_buttons(self, *_args: object) -> None:
        f = self.current_finding()
        self.ui.record_button.setEnabled(self.status is not None)
        self.ui.to_case_button.setEnabled(f is not None and f.case_id is None)
        self.ui.report_button.setEnabled(f is not None and f.report_due is not None)

    def _on_finding_activated(self, index: QModelIndex) -> None:
        f = self.findings_model.row_at(index.row())
        if f is not None and f.case_id:
            self.case_activated.emit(f.case_id)

    # Frequency ---------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """The frequency is a committee setting: shown to all, changed by the chair."""
        allowed = authz.can(self._ctx, Permission.SETTINGS_WRITE)
        self.ui.frequency_combo.setEnabled(self.status is not None and allowed)
        self.ui.frequency_combo.setToolTip("" if allowed else self.tr(
            "Only the committee chair can change how often the committee screens."))

    def _on_frequency_chosen(self, _index: int) -> None:
        code = self.ui.frequency_combo.currentData()
        if self.status is None or code == self.status.frequency:
            return
        ctx = self._ctx
        self.ui.frequency_combo.setEnabled(False)
        self._runner.submit(lambda: screening.set_screening_frequency(ctx, code),
                            on_done=lambda _s: self.refresh(), on_error=self._on_failed,
                            write=True)

    # Dialogs -----------------------------------------------------------------------------

    def open_round_dialog(self) -> None:
        if self.status is None:
            return
        dialog = ScreeningRoundDialog(self._ctx, self._runner, self.status, self)
        dialog.saved.connect(lambda view: self._after_change(view.id))
        self.round_dialog = dialog
        dialog.open()

    def open_case_dialog(self) -> None:
        f, r = self.current_finding(), self.current_round()
        if f is None or r is None or f.case_id is not None:
            return
        facts = f.description
        if f.parties_text:
            facts += "\n" + labels.fill(self.tr("People involved: %1"), f.parties_text)
        prefill = {"facts": facts, "category": f.category or None, "source": "screening",
                   "referred_by": labels.fill(self.tr("Screening %1"), r.label),
                   "is_major": f.is_major}
        fid = f.id
        dialog = NewCaseDialog(self._ctx, self._runner, self, prefill=prefill,
                               register=lambda ctx, data: screening.finding_to_case(
                                   ctx, fid, data),
                               draft_key=f"new_case:screening_finding:{fid}")
        dialog.case_created.connect(lambda _case_id: self._after_change(fid))
        self.case_dialog = dialog
        dialog.open()

    def open_report_dialog(self) -> None:
        f = self.current_finding()
        if f is None or f.report_due is None:
            return
        dialog = FindingReportDialog(self._ctx, self._runner, f, self)
        dialog.saved.connect(lambda view: self._after_change(view.id))
        self.report_dialog = dialog
        dialog.open()

    def _after_change(self, item_id: str) -> None:
        self._pending_item = item_id
        self.refresh()

    def print_register(self) -> None:
        html = table_print.table_html(self.tr("Dispute screening register"),
                                      self.ui.status_label.text(), self.rounds_model)
        table_print.preview_dialog(self, html).open()
