"""The case and the township, in the case window: where the case stands with the township (a
header line in words), the 乡镇意见 section with the township's notes and returns, and a banner
on a returned case so the mediator cannot miss it.

At a township a village's case is read-only (its village alone changes it, sync.md §3): every
action that writes is hidden, a plain line says whose case it is, papers can be previewed but
not printed or saved (that records an output), and the 乡镇意见 section offers 写督办意见…,
退回村里… and, on an open return, 标记整改完毕…. The section's entry is added to the window's
list only where it has something to say (a village that reports to a township, a village's
case at the township); its page is the last of the stack, so list row and page stay aligned."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.case_origin_views import CaseOrigin, StationScope
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.sync_views import CaseSyncState, SupervisionNoteView
from mediation_desk.domain.views import CaseDetail, PaperPdf
from mediation_desk.services import case_origin, papers, sync_state, township
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.case_tab_papers import PapersTab
from mediation_desk.ui.dialogs.case_tab_rows import RowActions
from mediation_desk.ui.dialogs.paper_preview import PaperPreview, open_preview
from mediation_desk.ui.dialogs.supervision_dialog import SupervisionDialog
from mediation_desk.ui.forms.ui_case_window import Ui_CaseWindow
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.paper_printing import show_error
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages, sync_text

log = logging.getLogger(__name__)

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
BANNER_STYLE = ("#return_banner { background: #fff4ce; border: 1px solid #c19c00; "
                "padding: 6px; font-weight: bold; }")
DATE, KIND, AUTHOR, PUT_RIGHT, TEXT = range(5)
COLUMN_GAP_PX = 16  # headers set edge to edge read as one run of characters


@dataclass(frozen=True)
class CaseSyncInfo:
    """What the window shows about the case and the township (loaded off the GUI thread)."""

    scope: StationScope
    origin: CaseOrigin
    state: CaseSyncState | None  # at a village: where the case stands with the township
    notes: list[SupervisionNoteView]

    @property
    def read_only(self) -> bool:
        return not self.origin.is_own

    @property
    def open_returns(self) -> list[SupervisionNoteView]:
        return [n for n in self.notes if n.kind == "return" and n.closed_on is None]

    @property
    def has_section(self) -> bool:
        if self.scope.is_township:
            return self.read_only
        return self.scope.has_upstream or bool(self.notes)


def load_sync_info(ctx: AppContext, case_id: str) -> CaseSyncInfo:
    """Runs in a worker thread."""
    scope = case_origin.station_scope(ctx)
    origin = case_origin.case_origin(ctx, case_id)
    if scope.is_township:
        notes = [] if origin.is_own else township.notes_for_case(ctx, case_id)
        return CaseSyncInfo(scope, origin, None, notes)
    view = sync_state.case_sync(ctx, case_id)
    return CaseSyncInfo(scope, origin, view.state if view else None,
                        list(view.notes) if view else [])


class SyncSection(QObject):
    def __init__(self, window: QWidget, ui: Ui_CaseWindow, ctx: AppContext,
                 runner: TaskRunner, papers_tab: PapersTab, rows: RowActions) -> None:
        super().__init__(window)
        self.window, self.ui, self.ctx, self.runner = window, ui, ctx, runner
        self.papers, self.rows = papers_tab, rows
        self.info: CaseSyncInfo | None = None
        self.detail: CaseDetail | None = None
        self.dialog: SupervisionDialog | None = None
        self.preview_window: PaperPreview | None = None
        self.item: QListWidgetItem | None = None  # the section's entry, while it has one
        self._preview_rerouted = False
        self.title = self.tr("Township notes")
        ui.return_banner.setStyleSheet(BANNER_STYLE)
        ui.action_bar.setStretchFactor(ui.read_only_label, 1)  # one line, not a narrow column
        for label in (ui.return_banner, ui.read_only_label, ui.sync_value):
            label.setTextFormat(Qt.TextFormat.PlainText)  # notes are typed text, not markup
        table = ui.notes_table
        table.horizontalHeader().setStretchLastSection(True)
        # Long notes wrap: row heights follow the width the text column really gets.
        table.horizontalHeader().sectionResized.connect(
            lambda *_: table.resizeRowsToContents())
        table.itemSelectionChanged.connect(self._enable)
        for button in (ui.write_note_button, ui.return_case_button, ui.close_return_button):
            button.setAutoDefault(True)
        ui.write_note_button.clicked.connect(partial(self.open_dialog, "note"))
        ui.return_case_button.clicked.connect(partial(self.open_dialog, "return"))
        ui.close_return_button.clicked.connect(partial(self.open_dialog, "close"))
        self._show_header()

    # Public API ------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.info is not None and self.info.read_only

    def load(self, detail: CaseDetail) -> None:
        """After the window (re)filled the case: keep it read-only if it was, then read the
        case's sync state and notes again in the background."""
        self.detail = detail
        self.apply_read_only()
        ctx, case_id = self.ctx, detail.summary.id
        self.runner.submit(lambda: load_sync_info(ctx, case_id), on_done=self.show,
                           on_error=self._on_failed, key=f"case_sync/{case_id}")

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail)

    def show(self, info: CaseSyncInfo) -> None:
        self.info = info
        self.apply_read_only()
        self._show_header()
        self._show_banner()
        self._fill_notes()
        self._show_section()

    def open_dialog(self, kind: str) -> SupervisionDialog | None:
        """写督办意见… / 退回村里… / 标记整改完毕… (of the selected open return)."""
        if self.info is None or self.detail is None or not self.read_only:
            return None
        note_id = self.selected_return() if kind == "close" else None
        if kind == "close" and note_id is None:
            return None
        dialog = SupervisionDialog(self.ctx, self.runner, self.detail.summary,
                                   self.info.origin, kind, note_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(partial(self._on_saved, kind))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def selected_return(self) -> str | None:
        """The selected note's id when it is an open return this station wrote."""
        row = self.ui.notes_table.currentRow()
        note = self._note_at(row)
        if note is None or note.kind != "return" or note.closed_on is not None \
                or not note.township:
            return None
        return note.id

    def apply_read_only(self) -> None:
        """Hide what would write to a village's case (the window re-creates its action
        buttons on every refill, so this runs after each)."""
        ui, ro = self.ui, self.read_only
        for button in getattr(self.window, "action_buttons", {}).values():
            button.setVisible(not ro)
        ui.action_caption.setVisible(not ro)
        if ro:
            ui.no_actions_label.hide()
            self.rows.set_available(())
            self._reroute_preview()
        ui.read_only_label.setVisible(ro)
        if ro:
            ui.papers_intro_label.setText(self.tr(
                "The papers of this village's case, in the order of the dossier. The township "
                "can preview them; printing and saving are left to the village."))
        for widget in (ui.records_button, ui.decide_recusal_button, ui.item_done_button,
                       ui.reminder_button, ui.print_paper_button, ui.save_paper_button,
                       ui.export_dossier_button):
            widget.setVisible(not ro)
        if ro and self.info is not None:
            ui.read_only_label.setText(labels.fill(
                self.tr("Case reported by %1. The township can only view it."),
                self.info.origin.village_name))

    # Filling ---------------------------------------------------------------------------

    def _show_header(self) -> None:
        ui, info = self.ui, self.info
        shown = info is not None and (not info.scope.is_township or info.read_only)
        ui.sync_caption.setVisible(shown)
        ui.sync_value.setVisible(shown)
        if info is None or not shown:
            return
        if info.scope.is_township:
            ui.sync_caption.setText(self.tr("Reported by:"))
            ui.sync_value.setText(info.origin.village_name)
        else:
            ui.sync_caption.setText(self.tr("Township:"))
            ui.sync_value.setText(sync_text.state_label(info.state.value, current_language())
                                  if info.state is not None else "")

    def _show_banner(self) -> None:
        info, banner = self.info, self.ui.return_banner
        returns = info.open_returns if info is not None else []
        lines = []
        for note in returns:
            text = " ".join(note.text.split())
            if info is not None and info.scope.is_township:
                lines.append(labels.fill(self.tr("⚠ Returned to the village: %1 (%2). "
                                                 "Not yet put right."),
                                         text, note.written_on.isoformat()))
            else:
                lines.append(labels.fill(self.tr("⚠ Returned by the township: %1 (%2)"),
                                         text, note.written_on.isoformat()))
        banner.setText("\n".join(lines))
        banner.setVisible(bool(lines))

    def _fill_notes(self) -> None:
        ui, info = self.ui, self.info
        notes = info.notes if info is not None else []
        township_side = info is not None and info.scope.is_township
        ui.township_intro_label.setText(
            self.tr("Your notes and returns on this village's case. They reach the village "
                    "with the receipt written when its next bundle is imported here.")
            if township_side else
            self.tr("The township's notes and returns on this case. They arrive with the "
                    "township's receipts; only the township can change them.")
            if notes else
            self.tr("The township has written nothing on this case. Its notes and returns "
                    "arrive with its receipts."))
        table = ui.notes_table
        kept = self.selected_return()
        table.setRowCount(len(notes))
        lang = current_language()
        select = -1
        for r, note in enumerate(notes):
            cells = (note.written_on.isoformat(), sync_text.note_kind_label(note.kind, lang),
                     note.author, self._put_right(note), note.text)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
            table.item(r, DATE).setData(NOTE_ID_ROLE, note.id)
            # At the township the open return is what 标记整改完毕 acts on: chosen already.
            if note.id == kept or (township_side and select < 0 and note.kind == "return"
                                   and note.closed_on is None):
                select = r
        for column in (DATE, KIND, AUTHOR, PUT_RIGHT):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, table.columnWidth(column) + COLUMN_GAP_PX)
        table.resizeRowsToContents()
        if select >= 0:
            table.selectRow(select)
        for button in (ui.write_note_button, ui.return_case_button, ui.close_return_button):
            button.setVisible(township_side and self.read_only)
        self._enable()

    def _put_right(self, note: SupervisionNoteView) -> str:
        if note.kind != "return":
            return ""
        if note.closed_on is None:
            return self.tr("Not yet")
        on = note.closed_on.isoformat()
        return labels.fill(self.tr("Put right on %1: %2"), on, note.closed_note) \
            if note.closed_note else labels.fill(self.tr("Put right on %1"), on)

    def _show_section(self) -> None:
        """Add or take away the section's entry; its title counts the notes."""
        nav, info = self.ui.section_list, self.info
        wanted = info is not None and info.has_section
        page_row = self.ui.sections.indexOf(self.ui.township_page)
        if wanted and self.item is None and nav.count() == page_row:
            self.item = QListWidgetItem(self.title)
            nav.addItem(self.item)
        elif not wanted and self.item is not None:
            if nav.currentRow() == nav.row(self.item):
                nav.setCurrentRow(0)
            nav.takeItem(nav.row(self.item))
            self.item = None
        if self.item is not None and info is not None:
            n = len(info.notes)
            self.item.setText(labels.fill(self.tr("%1 (%2)"), self.title, n) if n
                              else self.title)

    def _note_at(self, row: int) -> SupervisionNoteView | None:
        item = self.ui.notes_table.item(row, DATE) if row >= 0 else None
        note_id = item.data(NOTE_ID_ROLE) if item is not None else None
        notes = self.info.notes if self.info is not None else []
        return next((n for n in notes if n.id == note_id), None)

    def _enable(self) -> None:
        self.ui.close_return_button.setEnabled(self.selected_return() is not None)

    # Read-only papers ------------------------------------------------------------------

    def _reroute_preview(self) -> None:
        """Preview stays (reading writes nothing); its print and save, which record an
        output, are taken away."""
        if self._preview_rerouted:
            return
        self._preview_rerouted = True
        self.ui.preview_paper_button.clicked.disconnect()
        self.ui.papers_tree.itemActivated.disconnect()
        self.ui.preview_paper_button.clicked.connect(self.preview)
        self.ui.papers_tree.itemActivated.connect(lambda *_: self.preview())

    def preview(self) -> None:
        choice, detail = self.papers.selected(), self.detail
        if choice is None or detail is None:
            return
        ctx, case_id = self.ctx, detail.summary.id
        self.runner.submit(lambda: papers.render_paper(ctx, case_id, choice.form, choice.ref),
                           on_done=self._show_preview,
                           on_error=lambda exc: show_error(self.window, exc),
                           key=f"papers/make/{case_id}")

    def _show_preview(self, pdf: PaperPdf) -> None:
        preview = open_preview(self.window, self.ctx, self.runner, pdf,
                               self.papers.copies_for(pdf))
        preview.ui.print_button.hide()
        preview.ui.save_button.hide()
        blocked = (QKeySequence(QKeySequence.StandardKey.Print),
                   QKeySequence(QKeySequence.StandardKey.Save))
        for shortcut in preview.findChildren(QShortcut):
            if shortcut.key() in blocked:
                shortcut.setEnabled(False)
        preview.ui.status_label.setText(self.tr(
            "A village's paper: the township can read it here, but printing and saving are "
            "left to the village."))
        preview.ui.status_label.show()
        preview.finished.connect(lambda _r: setattr(self, "preview_window", None))
        self.preview_window = preview

    # Slots -----------------------------------------------------------------------------

    def _on_saved(self, kind: str, _note: SupervisionNoteView) -> None:
        text = {"note": self.tr("Supervision note saved. It goes to the village with the "
                                "next receipt."),
                "return": self.tr("Case returned to the village. The village sees it with the "
                                  "next receipt."),
                "close": self.tr("Return marked as put right.")}[kind]
        self.ui.status_line.setText(text)
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            text = "\n".join(messages.describe(exc.to_dict(), current_language()))
        else:
            log.error("could not read the case's sync state", exc_info=exc)
            text = self.tr("The township's notes on this case could not be read. Press F5 "
                           "to try again.")
        self.ui.status_line.setText(text)
