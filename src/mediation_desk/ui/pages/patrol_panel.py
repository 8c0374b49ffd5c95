"""轮户值日 of one joint-defence group: its rotas, the shifts (with 已调换 / 缺勤 in words),
each household's turns and the patrol logs; generate, swap, mark missed, log and print.

Hosted in a tab of the 联户联防 page, which calls ``set_group`` when the user picks a group.
Every read and write runs on the TaskRunner."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.patrol_views import PatrolLogView, RotaDetail, RotaView, ShiftView
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import patrol_papers, patrols
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.paper_preview import PaperPreview, open_preview
from mediation_desk.ui.dialogs.patrol_log_dialog import PatrolLogDialog
from mediation_desk.ui.dialogs.rota_dialog import RotaDialog
from mediation_desk.ui.dialogs.shift_dialogs import ShiftMissedDialog, ShiftSwapDialog
from mediation_desk.ui.forms.ui_patrol_panel import Ui_PatrolPanel
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.patrol_models import (
    FairnessTableModel,
    LogTableModel,
    ShiftTableModel,
)
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)
LOAD_KEY = "patrol_panel"


@dataclasses.dataclass(frozen=True)
class PanelLoad:
    group_name: str
    rotas: list[RotaView]
    detail: RotaDetail | None
    logs: list[PatrolLogView]


def pick_rota(rotas: list[RotaView], wanted: str | None, today: date) -> RotaView | None:
    """The rota asked for if it still exists; else the one running today; else the next
    one to come; else the latest."""
    if not rotas:
        return None
    for r in rotas:
        if r.id == wanted:
            return r
    for r in rotas:
        if r.starts_on <= today <= r.ends_on:
            return r
    coming = [r for r in rotas if r.starts_on > today]
    return coming[0] if coming else rotas[-1]


def load_panel(ctx: AppContext, group_id: str, rota_id: str | None) -> PanelLoad:
    """Runs on a reader thread."""
    name = patrols.group_name(ctx, group_id)
    rotas = patrols.list_rotas(ctx, group_id)
    chosen = pick_rota(rotas, rota_id, ctx.today())
    if chosen is None:
        return PanelLoad(name, rotas, None, [])
    detail = patrols.rota_detail(ctx, chosen.id)
    logs = patrols.list_logs(ctx, group_id, from_date=chosen.starts_on, to_date=chosen.ends_on)
    return PanelLoad(name, rotas, detail, logs)


class PatrolPanel(QWidget):
    changed = Signal()
    """A rota, swap, missed shift or log was saved (the host may refresh its own counts)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatrolPanel()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner
        self.group_id: str | None = None
        self.loaded: PanelLoad | None = None
        self.dialog: QDialog | None = None
        self.preview: PaperPreview | None = None
        self._rota_id: str | None = None
        self._filling = False
        ui = self.ui
        self.shift_model = ShiftTableModel(self)
        self.fairness_model = FairnessTableModel(self)
        self.log_model = LogTableModel(self)
        ui.shifts_table.setModel(self.shift_model)
        ui.fairness_table.setModel(self.fairness_model)
        ui.logs_table.setModel(self.log_model)
        apply_default_widths(ui.shifts_table, {
            0: ["2026-12-31"], 1: ["Wed", "周三"], 2: ["20:00-22:00"],
            3: ["欧阳某某、司马某某"], 4: ["Patrolled · swapped", "已巡逻（已调换）"]})
        apply_default_widths(ui.fairness_table, {0: ["欧阳某某某"], 1: ["99"], 2: ["99"]})
        apply_default_widths(ui.logs_table, {0: ["2026-12-31"], 1: ["20:00-22:00"],
                                             2: ["欧阳某某、司马某某"], 3: ["村东路灯两盏不亮，已告知"]})
        ui.rota_combo.currentIndexChanged.connect(self._rota_chosen)
        ui.generate_button.clicked.connect(self.open_generate)
        ui.print_button.clicked.connect(self.print_rota)
        ui.swap_button.clicked.connect(self.open_swap)
        ui.missed_button.clicked.connect(self.open_missed)
        ui.log_button.clicked.connect(self.open_log)
        ui.shifts_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.shifts_table.doubleClicked.connect(self._shift_activated)
        self._show(None)

    # Public API ----------------------------------------------------------------------------

    def set_group(self, group_id: str | None) -> None:
        if group_id != self.group_id:
            self._rota_id = None
        self.group_id = group_id
        self.refresh()

    def refresh(self) -> None:
        if self.group_id is None:
            self.runner.cancel(LOAD_KEY)
            self._show(None)
            return
        ctx, group_id, rota_id = self.ctx, self.group_id, self._rota_id
        self.runner.submit(lambda: load_panel(ctx, group_id, rota_id), on_done=self._show,
                           on_error=self._load_failed, key=LOAD_KEY)

    def selected_shift(self) -> ShiftView | None:
        rows = self.ui.shifts_table.selectionModel().selectedRows()
        return self.shift_model.row_at(rows[0].row()) if rows else None

    def select_shift(self, shift_id: str) -> None:
        for i, s in enumerate(self.shift_model.rows()):
            if s.id == shift_id:
                self.ui.shifts_table.selectRow(i)
                return

    # Showing -------------------------------------------------------------------------------

    def _show(self, loaded: PanelLoad | None) -> None:
        ui = self.ui
        selected = self.selected_shift()
        self.loaded = loaded
        self._filling = True
        ui.rota_combo.clear()
        for r in loaded.rotas if loaded else []:
            ui.rota_combo.addItem(labels.fill(self.tr("%1 to %2 (%3 shifts)"),
                                              r.starts_on.isoformat(), r.ends_on.isoformat(),
                                              r.shifts), r.id)
        detail = loaded.detail if loaded else None
        if detail is not None:
            ui.rota_combo.setCurrentIndex(ui.rota_combo.findData(detail.rota.id))
            self._rota_id = detail.rota.id
        self._filling = False
        self.shift_model.reset_rows(detail.shifts if detail else [])
        self.fairness_model.reset_rows(detail.fairness if detail else [])
        self.log_model.reset_rows(loaded.logs if loaded else [])
        if loaded is None:
            ui.hint_label.setText(self.tr("Choose a group to see its patrol rota."))
        elif detail is None:
            ui.hint_label.setText(labels.fill(self.tr(
                "%1 has no patrol rota yet. Press “Generate rota…” to make one."),
                loaded.group_name))
        else:
            r = detail.rota
            area = labels.fill(self.tr(", area: %1"), r.area) if r.area else ""
            ui.hint_label.setText(labels.fill(self.tr(
                "%1: %2 households per shift, %3%4. Double-click a shift to write its log."),
                loaded.group_name, r.per_shift, "、".join(r.windows), area))
        ui.rota_combo.setEnabled(bool(loaded and loaded.rotas))
        ui.generate_button.setEnabled(loaded is not None)
        ui.print_button.setEnabled(detail is not None)
        if selected is not None:
            self.select_shift(selected.id)
        else:
            self._scroll_to_today()
        self._update_buttons()

    def _scroll_to_today(self) -> None:
        # Weeks already patrolled scroll off the top: tonight's shift is what people look for.
        today = self.ctx.today()
        view = self.ui.shifts_table
        view.doItemsLayout()  # the new rows first; scrolling before their layout does nothing
        for i, s in enumerate(self.shift_model.rows()):
            if s.shift_date >= today:
                view.scrollTo(self.shift_model.index(i, 0),
                                              QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def _load_failed(self, exc: BaseException) -> None:
        log.error("could not load the patrol rota", exc_info=exc)
        self._say(exc)

    def _say(self, what: BaseException | str) -> None:
        if isinstance(what, DomainError):
            text = "⚠ " + messages.message(what.code, what.params, current_language())
        elif isinstance(what, BaseException):
            text = "⚠ " + self.tr("The patrol rota could not be read. Try again.")
        else:
            text = what
        self.ui.status_label.setText(text)

    def _update_buttons(self, *_args: object) -> None:
        s = self.selected_shift()
        today = self.ctx.today()
        open_shift = s is not None and s.status == "planned" and not s.has_log
        self.ui.swap_button.setEnabled(open_shift)
        self.ui.missed_button.setEnabled(open_shift and s is not None and s.shift_date <= today)
        self.ui.log_button.setEnabled(open_shift and s is not None and s.shift_date <= today)

    def _rota_chosen(self, _index: int) -> None:
        if self._filling:
            return
        self._rota_id = self.ui.rota_combo.currentData()
        self.refresh()

    # Actions -------------------------------------------------------------------------------

    def _saved(self, text: str) -> None:
        self._say(text)
        self.changed.emit()
        self.refresh()

    def open_generate(self) -> RotaDialog | None:
        if self.loaded is None or self.group_id is None:
            return None
        today = self.ctx.today()
        ends = [r.ends_on for r in self.loaded.rotas if r.ends_on >= today]
        start = max(ends) + timedelta(days=1) if ends else today + timedelta(days=1)

        def done(detail: RotaDetail) -> None:
            self._rota_id = detail.rota.id
            self._saved(labels.fill(self.tr("Rota saved: %1 shifts."), len(detail.shifts)))

        dialog = RotaDialog(self.ctx, self.runner, self.group_id, self.loaded.group_name, done,
                            starts_on=start, parent=self)
        return self._open(dialog)

    def open_swap(self) -> ShiftSwapDialog | None:
        s = self.selected_shift()
        if s is None:
            return None
        others = [o for o in self.shift_model.rows()
                  if o.id != s.id and o.status == "planned" and not o.has_log]
        dialog = ShiftSwapDialog(self.ctx, self.runner, s, others,
                                 lambda _rows: self._saved(self.tr("Turns swapped.")),
                                 parent=self)
        return self._open(dialog)

    def open_missed(self) -> ShiftMissedDialog | None:
        s = self.selected_shift()
        if s is None:
            return None
        dialog = ShiftMissedDialog(self.ctx, self.runner, s,
                                   lambda _s: self._saved(self.tr("Shift marked missed.")),
                                   parent=self)
        return self._open(dialog)

    def open_log(self) -> PatrolLogDialog | None:
        s = self.selected_shift()
        if s is None:
            return None
        dialog = PatrolLogDialog(self.ctx, self.runner, s,
                                 lambda _g: self._saved(self.tr("Patrol log saved.")),
                                 parent=self)
        return self._open(dialog)

    def _shift_activated(self, *_args: object) -> None:
        if self.ui.log_button.isEnabled():
            self.open_log()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_rota(self) -> None:
        detail = self.loaded.detail if self.loaded else None
        if detail is None:
            return
        ctx, rota_id = self.ctx, detail.rota.id
        self._say(self.tr("Making the paper…"))
        self.runner.submit(lambda: patrol_papers.render_rota(ctx, rota_id),
                           on_done=self._show_paper, on_error=self._paper_failed,
                           key="patrol_panel/print")

    def _show_paper(self, pdf: PaperPdf) -> None:
        self._say("")
        self.preview = open_preview(self, self.ctx, self.runner, pdf)
        self.preview.output_done.connect(self._say)

    def _paper_failed(self, exc: BaseException) -> None:
        log.error("could not make the rota paper", exc_info=exc)
        self._say(exc)
