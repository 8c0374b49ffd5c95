"""同步 page: USB sync with the township, for both station kinds (ux.md "put a USB stick in,
press one button").

At the top, this computer's identity in large print — the fingerprint is what the village
and the township compare by eye or by phone. A banner notices a stick being plugged in and
proposes the folder ``<stick>/MediationDesk/<station code>/``. A village enrolls its
township, exports (with the export log: what went onto which stick, for how many persons)
and imports receipts; a township imports every village's bundles (``sync_township``).
Work runs through the TaskRunner, with a progress bar and Cancel where it can take long."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.sync_views import (
    ExportView,
    SupervisionNoteView,
    SyncOverview,
)
from mediation_desk.services import authz, sync_export, sync_state, township
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.dialogs.enroll_dialog import EnrollDialog, error_sentence
from mediation_desk.ui.forms.ui_sync_page import Ui_SyncPage
from mediation_desk.ui.models.sync_models import (
    ExportLogModel,
    ReturnsModel,
    last_export_text,
    spaced,
    states_text,
    upstream_text,
)
from mediation_desk.ui.pages.sync_township import (
    STICK_FOLDER,
    Progress,
    TownshipPart,
    choose,
)
from mediation_desk.ui.pages.sync_village import VillageActions
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.ui.usb_watch import UsbWatcher, Volumes

log = logging.getLogger(__name__)

QUERY_KEY = "sync_page"
STATUS_MS = 8000
NAME_SCALE, FINGERPRINT_SCALE, TOWNSHIP_SCALE = 1.3, 1.5, 1.15
BANNER_STYLE = "#stick_banner { background: #fff4ce; border: 1px solid #c19c00; }"
LEVELS = ("standard", "full", "statistics")


@dataclass(frozen=True)
class Loaded:
    overview: SyncOverview
    log: list[ExportView] = field(default_factory=list)
    returns: list[SupervisionNoteView] = field(default_factory=list)


def load(ctx: AppContext) -> Loaded:
    """Runs in a worker thread."""
    o = sync_state.overview(ctx)
    if o.kind != "village":
        return Loaded(o)
    return Loaded(o, sync_export.export_log(ctx),
                  township.all_notes(ctx, open_returns_only=True))


class SyncPage(VillageActions, QWidget):
    case_activated = Signal(str)
    """A returned case was double-clicked; carries its id."""
    progress_changed = Signal(int, int)
    """(done, total) of the export or import running now."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 volumes: Volumes | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner
        self.loaded: Loaded | None = None
        self.busy = False
        self.progress: Progress | None = None
        self.enroll_dialog: EnrollDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.watcher = UsbWatcher(volumes, self)
        self._sticks: dict[str, str] = {}
        ui = self.ui
        text_size.follow_scaled(ui.own_name_label, NAME_SCALE)
        text_size.follow_scaled(ui.fingerprint_label, FINGERPRINT_SCALE)
        text_size.follow_scaled(ui.township_label, TOWNSHIP_SCALE)
        font = ui.fingerprint_label.font()
        font.setBold(True)
        ui.fingerprint_label.setFont(font)
        ui.stick_banner.setStyleSheet(BANNER_STYLE)
        ui.progress_frame.hide()
        ui.result_group.hide()
        ui.village_panel.hide()
        ui.township_panel.hide()
        self.log_model = ExportLogModel(self)
        self.returns_model = ReturnsModel(self)
        ui.log_table.setModel(self.log_model)
        ui.returns_table.setModel(self.returns_model)
        apply_default_widths(ui.log_table, {
            0: ["2026-11-21 10:00"], 1: ["王调解员"], 2: ["标准（身份证号遮盖），全部记录"],
            3: ["1234"], 4: ["1234"], 5: ["已接收，2026-11-21"]}, stretch=None)
        apply_default_widths(ui.returns_table, {
            0: ["（2026）青石村人调字第1234号"], 1: ["2026-11-21"], 2: ["王司法助理"]})
        for table in (ui.log_table, ui.returns_table):
            text_size.fit_rows(table)
        self.township = TownshipPart(self)
        self._actions = [ui.export_identity_button, ui.stick_button, ui.choose_folder_button,
                         ui.enroll_button, ui.export_button, ui.full_export_button,
                         ui.receipts_button, ui.import_files_button, ui.import_folder_button]

        self.watcher.stick_inserted.connect(self._on_stick_inserted)
        self.watcher.stick_removed.connect(self._on_stick_removed)
        ui.export_identity_button.clicked.connect(self.ask_identity_folder)
        ui.stick_button.clicked.connect(self._on_stick_button)
        ui.choose_folder_button.clicked.connect(self._on_choose_folder)
        ui.cancel_button.clicked.connect(self.cancel)
        ui.enroll_button.clicked.connect(lambda: self.open_enroll_dialog())
        ui.export_button.clicked.connect(lambda: self._export_somewhere(full=False))
        ui.full_export_button.clicked.connect(self.ask_full_export)
        ui.receipts_button.clicked.connect(self.ask_receipts)
        ui.returns_table.activated.connect(self._on_return_activated)
        ui.returns_table.doubleClicked.connect(self._on_return_activated)
        self.wire_bundle_people()  # 包含哪些人… on the export log (sync_village)
        for radio in (ui.level_standard_radio, ui.level_full_radio, ui.level_statistics_radio):
            radio.toggled.connect(self._on_level_toggled)
        self._on_level_toggled()
        self._show_banner()

    # Public API ---------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.loaded.overview.kind if self.loaded else ""

    def refresh(self) -> None:
        ctx = self.ctx
        self.runner.submit(lambda: load(ctx), on_done=self._on_loaded,
                           on_error=self._on_load_failed, key=QUERY_KEY)

    def show_item(self, item_id: str) -> None:
        """Select a village (by station id) in the township's list."""
        if not self.township.show_item(item_id):
            self.refresh()

    def stick_path(self) -> Path | None:
        """The stick plugged in last (several may be in at once)."""
        return Path(next(reversed(self._sticks))) if self._sticks else None

    def stick_folder(self) -> Path | None:
        """Where this station's files go on the stick: <stick>/MediationDesk/<code>/."""
        stick = self.stick_path()
        if stick is None or self.loaded is None:
            return None
        return stick / STICK_FOLDER / self.loaded.overview.own.code

    def level(self) -> str:
        ui = self.ui
        radios = (ui.level_standard_radio, ui.level_full_radio, ui.level_statistics_radio)
        return next(code for code, r in zip(LEVELS, radios, strict=True) if r.isChecked())

    def say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)

    def show_result(self, text: str) -> None:
        self.ui.result_text.setPlainText(text)
        self.ui.result_group.show()
        self.ui.scroll_area.ensureWidgetVisible(self.ui.result_group)

    def result(self) -> str:
        return self.ui.result_text.toPlainText() if self.ui.result_group.isVisibleTo(self) \
            else ""

    def start_progress(self, text: str, progress: Progress | None) -> None:
        """Show the bar (moving when ``progress`` is None) and lock the actions."""
        self.busy = True
        self.progress = progress
        ui = self.ui
        ui.progress_label.setText(text)
        ui.progress_bar.setRange(0, 0)
        if progress is not None:
            progress.changed.connect(self._on_progress)
        ui.cancel_button.setEnabled(progress is not None)
        ui.progress_frame.show()
        self.say(text)
        self._update_actions()

    def finish_progress(self) -> None:
        self.busy = False
        self.progress = None
        self.ui.progress_frame.hide()
        self._update_actions()

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.ui.cancel_button.setEnabled(False)
            self.ui.progress_label.setText(self.tr("Stopping after the current file…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress_bar.setRange(0, max(total, 1))
        self.ui.progress_bar.setValue(done)
        self.progress_changed.emit(done, total)

    # Qt overrides -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.watcher.start()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.watcher.stop()

    # Loading ------------------------------------------------------------------------------

    def _on_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        o = loaded.overview
        ui = self.ui
        ui.own_name_label.setText(o.own.name)
        ui.fingerprint_label.setText(labels.fill(self.tr("Fingerprint: %1"),
                                                 spaced(o.own.fingerprint)))
        ui.identity_group.setTitle(labels.fill(
            self.tr("This computer: code %1") if o.kind == "village"
            else self.tr("This office: code %1"), o.own.code))
        ui.village_panel.setVisible(o.kind == "village")
        ui.township_panel.setVisible(o.kind != "village")
        if o.kind == "village":
            self._show_village(loaded)
        else:
            self.township.show(o)
        self._show_banner()
        self._update_actions()

    def _on_load_failed(self, exc: BaseException) -> None:
        log.error("sync overview failed", exc_info=exc)
        self.ui.own_name_label.setText(self.tr("The sync state could not be read. Press F5 "
                                               "to try again."))

    def _show_village(self, loaded: Loaded) -> None:
        o, ui = loaded.overview, self.ui
        ui.township_label.setText(upstream_text(o.upstream))
        ui.pending_label.setText(labels.fill(self.tr("Changes not yet exported: %1"),
                                             o.pending_changes))
        # Without a township nothing is counted yet (0 would read as "all sent").
        ui.pending_label.setVisible(o.upstream is not None)
        ui.states_label.setText(states_text(o.cases_by_state))
        ui.last_export_label.setText(last_export_text(o.last_export, o.last_receipt_at))
        self.log_model.reset_rows(loaded.log)
        self.returns_model.reset_rows(loaded.returns)
        ui.returns_label.setVisible(bool(loaded.returns))
        ui.returns_table.setVisible(bool(loaded.returns))
        ui.returns_label.setText(self.tr(
            "⚠ %n case(s) returned by the township (double-click to open the case):", "",
            len(loaded.returns)))

    def _on_return_activated(self, index: QModelIndex) -> None:
        note = self.returns_model.row_at(index.row())
        if note is not None:
            self.case_activated.emit(note.case_id)

    # The stick ----------------------------------------------------------------------------

    def _on_stick_inserted(self, path: str, label: str) -> None:
        self._sticks[path] = label
        self._show_banner()
        self.say(labels.fill(self.tr("USB stick “%1” plugged in."), label))

    def _on_stick_removed(self, path: str) -> None:
        self._sticks.pop(path, None)
        self._show_banner()

    def _show_banner(self) -> None:
        ui, stick = self.ui, self.stick_path()
        village = self.kind == "village"
        enrolled = self.loaded is not None and self.loaded.overview.upstream is not None
        label = self._sticks.get(str(stick), "") if stick else ""
        button = self.tr("E&xport and import receipts") if village \
            else self.tr("Import the bundles on the &stick")
        if self.loaded is None:
            text = self.tr("Loading…")
        elif village and not enrolled:
            # The first thing to do, so the banner offers it rather than a dead button.
            text = self.tr("First step: enroll the township this village reports to. "
                           "After that, plugging in a USB stick is enough.")
            button = self.tr("Import the township's identity file…")
        elif stick is None:
            text = self.tr("No USB stick found. Plug one in and this banner proposes the "
                           "folder; or choose a folder.")
        elif village:
            text = labels.fill(self.tr(
                "USB stick “%1” is plugged in. The bundle goes to %2, and the township's "
                "receipts there are imported too."), label, self.stick_folder())
        else:
            text = labels.fill(self.tr(
                "USB stick “%1” is plugged in. Every village's bundle under %2 is imported; "
                "each receipt is written beside its bundle."), label, stick / STICK_FOLDER)
        ui.stick_label.setText(text)
        ui.stick_button.setText(button)
        ui.stick_button.setVisible(stick is not None or (village and not enrolled))
        ui.choose_folder_button.setVisible(not village or enrolled)
        self._update_actions()

    def _on_stick_button(self) -> None:
        if self.kind == "village" and self.loaded and self.loaded.overview.upstream is None:
            self.open_enroll_dialog()
        elif self.kind == "village":
            folder = self.stick_folder()
            if folder is not None:
                self.export_to(folder, with_receipts=True)
        else:
            self.township.import_stick()

    def _on_choose_folder(self) -> None:
        if self.kind == "village":
            self._ask_folder(self.tr("Folder for the bundle"),
                             lambda folder: self.export_to(folder, with_receipts=True))
        else:
            self.township.ask_folder()

    def _ask_folder(self, title: str, then: Callable[[Path], None]) -> QFileDialog:
        self.file_dialog = choose(self, title, "folder_dialog", start=self.stick_path(),
                                  then=lambda chosen: then(chosen[0]))
        return self.file_dialog

    def _update_actions(self) -> None:
        o = self.loaded.overview if self.loaded else None
        for button in self._actions:
            button.setEnabled(not self.busy and o is not None)
        if o is not None and o.kind == "village" and o.upstream is None:
            for button in (self.ui.choose_folder_button, self.ui.export_button,
                           self.ui.full_export_button, self.ui.receipts_button):
                button.setEnabled(False)
        self._restrict()

    def apply_permissions(self) -> None:
        """Someone else signed in: the banner and the buttons again, for their role."""
        self._show_banner()

    def _restrict(self) -> None:
        """A role without sync rights sees where things stand, and no button that moves
        files (the services would refuse them)."""
        ui = self.ui
        allowed = authz.can(self.ctx, Permission.SYNC_EXPORT) and \
            authz.can(self.ctx, Permission.SYNC_IMPORT)
        for button in self._actions:
            if button not in (ui.stick_button, ui.choose_folder_button):  # the banner's
                button.setVisible(allowed)
            elif not allowed:
                button.setVisible(False)
        if not allowed:
            ui.stick_label.setText(self.tr(
                "Only the committee chair exports to the USB stick and imports from it."))

    def _on_level_toggled(self, *_args: object) -> None:
        font = self.ui.full_warning_label.font()
        font.setBold(self.ui.level_full_radio.isChecked())
        self.ui.full_warning_label.setFont(font)

    # Endings ------------------------------------------------------------------------------

    def _done(self, text: str) -> None:
        self.finish_progress()
        self.show_result(text)
        self.say(text.splitlines()[0])
        self.refresh()

    def _on_failed(self, exc: BaseException, before: str = "") -> None:
        self.finish_progress()
        if isinstance(exc, sync_export.Cancelled):
            text = self.tr("Export cancelled: nothing was written.")
        else:
            text = error_sentence(exc)
        self.show_result(text if not before else before + "\n\n" + text)
        self.say(text)
        self.refresh()
