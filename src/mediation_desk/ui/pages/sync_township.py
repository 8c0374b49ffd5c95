"""The township's half of the 同步 page: its villages at a glance, and importing bundles;
and what both halves use to run long work (``Progress`` with Cancel) and choose files.

Import is three steps, so that nothing is written before a person has had the chance to
say no: ``preview`` checks every file without writing; each village seen for the first time
is shown with its fingerprint to compare (请与村里电脑上显示的指纹逐组核对); then
``import_bundles`` runs on the writer thread with a progress bar and Cancel (between files:
each file is its own transaction, so a cancelled run leaves whole files imported, never
half a file). It ends with a plain summary ("导入 37 件：新增 5，更新 30，未变 2，待审 0")
and each file's own lines; refused files say why, the others were imported."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from mediation_desk.domain.sync_views import IdentityView, ImportView, SyncOverview, VillageView
from mediation_desk.services import sync_export, sync_import, sync_receipts
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.dialogs.conflicts_dialog import ConflictsDialog
from mediation_desk.ui.dialogs.enroll_dialog import VillageConfirmDialog, error_sentence
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.sync_models import VillagesModel, day_text, when_text
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.wording import sync_text

if TYPE_CHECKING:
    from mediation_desk.ui.pages.sync_page import SyncPage

log = logging.getLogger(__name__)

STICK_FOLDER = "MediationDesk"  # on a stick: <stick>/MediationDesk/<station code>/
CASE_KEYS = ("cases", "new", "updated", "unchanged", "pending")


class ImportCancelled(Exception):
    """Cancel was pressed: raised from the progress callback before file ``done`` + 1."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"cancelled after {done} of {total}")
        self.done = done
        self.total = total


class Progress(QObject):
    """Carries a job's progress to the GUI thread and its Cancel back to the job.

    ``callback`` runs in the worker: it emits ``changed`` (queued over to the GUI thread)
    and, once Cancel was pressed, raises the exception ``make_error`` builds."""

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def callback(self, make_error: Callable[[int, int], Exception]
                 ) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            self.changed.emit(done, total)
            if self._cancel.is_set() and done < total:
                raise make_error(done, total)
        return report


def choose(parent: QWidget, title: str, name: str, *, files: str = "", many: bool = False,
           start: Path | None = None, then: Callable[[list[Path]], None]) -> QFileDialog:
    """Open (not exec) a file dialog: a folder, or files matching ``files`` ("*.mzb").
    ``then`` gets the chosen paths. Kept on the caller so tests can answer it."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(name)
    if files:
        dialog.setNameFilter(files)
        if many:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dialog.filesSelected.connect(lambda names: then([Path(n) for n in names]))
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.fileSelected.connect(lambda name: then([Path(name)]))
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: then([Path(folder)]))
    if start is not None:
        dialog.setDirectory(str(start))
    dialog.open()
    return dialog


def bundles_in(folder: Path) -> list[Path]:
    """Every bundle below a folder (each village has its own folder on a stick)."""
    return sorted(folder.rglob(f"*{sync_export.BUNDLE_SUFFIX}")) if folder.is_dir() else []


def receipts_in(folder: Path) -> list[Path]:
    """The township's receipts in a village's folder on the stick."""
    suffix = sync_receipts.RECEIPT_SUFFIX
    return sorted(folder.glob(f"*{suffix}")) if folder.is_dir() else []


def total_cases(views: Sequence[ImportView]) -> dict[str, int]:
    """The cases of every file imported this time, added up."""
    total = dict.fromkeys(CASE_KEYS, 0)
    for v in views:
        if v.status == "imported":
            for k in CASE_KEYS:
                total[k] += int(v.cases.get(k, 0))
    return total


class TownshipPart(QObject):
    """Drives the page's township panel; the page owns the widgets and the progress."""

    def __init__(self, page: SyncPage) -> None:
        super().__init__(page)
        self.page = page
        self.ui = page.ui
        self.ctx = page.ctx
        self.runner = page.runner
        self.model = VillagesModel(self)
        self.confirm_dialog: VillageConfirmDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.progress: Progress | None = None
        self.last_views: list[ImportView] = []
        self._files: list[Path] = []
        self._queue: list[IdentityView] = []
        self._confirmed: set[str] = set()
        self._pending_item: str | None = None
        ui = self.ui
        ui.villages_table.setModel(self.model)
        apply_default_widths(ui.villages_table, {
            0: ["青石村人民调解委员会"], 1: ["430124101215"], 2: ["2026-11-21"],
            3: [self.tr("Nothing yet"), "120 天前"], 4: ["⚠ 缺 340–410"],
            5: [self.tr("Not checked"), "⚠ 不一致"], 6: ["12345"], 7: ["⚠ 12"], 8: ["123"]})
        text_size.fit_rows(ui.villages_table)
        ui.villages_table.activated.connect(self._on_village_activated)
        ui.villages_table.doubleClicked.connect(self._on_village_activated)
        ui.import_files_button.clicked.connect(self.ask_files)
        ui.import_folder_button.clicked.connect(self.ask_folder)
        ui.conflicts_button.clicked.connect(self.open_conflicts)

    # Showing ------------------------------------------------------------------------------

    def show(self, o: SyncOverview) -> None:
        keep = self._pending_item or (self.current().station_id if self.current() else None)
        self.model.reset_rows(o.villages)
        lagging = sum(1 for v in o.villages if v.gaps or v.digest_ok is False)
        parts = [self.tr("%n village(s) report to this office.", "", len(o.villages))]
        if not o.villages:
            parts.append(self.tr("None has sent a bundle yet: import the first one from a "
                                 "stick."))
        if lagging:
            parts.append(self.tr("⚠ %n village(s) have missing or differing data.", "",
                                 lagging))
        parts.append(self.tr("Double-click a village to see its details."))
        text = parts[0]
        for part in parts[1:]:
            # Chinese sentences follow each other without a space; English ones with one.
            text = labels.fill(self.tr("%1 %2"), text, part)
        self.ui.villages_label.setText(text)
        self.ui.conflicts_button.setText(labels.fill(self.tr("Records to re&view (%1)…"),
                                                     o.open_conflicts))
        self.ui.conflicts_button.setEnabled(o.open_conflicts > 0)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self._pending_item = None
            self._select(row)
        else:
            self.ui.village_detail_label.clear()

    def current(self) -> VillageView | None:
        return self.model.row_at(self.ui.villages_table.currentIndex().row())

    def show_item(self, station_id: str) -> bool:
        row = self.model.row_of(station_id)
        if row < 0:
            self._pending_item = station_id
            return False
        self._select(row)
        return True

    def _select(self, row: int) -> None:
        self.ui.villages_table.selectRow(row)
        self.ui.villages_table.setFocus()
        self._show_detail()

    def _on_village_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._select(index.row())

    def _show_detail(self) -> None:
        v = self.current()
        if v is None:
            return
        self.ui.village_detail_label.setText(labels.fill(self.tr(
            "%1 (code %2) — fingerprint %3. Enrolled %4. %5 bundle(s) received, the last "
            "imported %6; changes received up to %7."), v.name, v.code, v.fingerprint,
            day_text(v.trusted_at), v.bundles, when_text(v.last_import_at),
            v.received_up_to))

    # Choosing files -----------------------------------------------------------------------

    def ask_files(self) -> QFileDialog:
        self.file_dialog = choose(self.page, self.tr("Import bundles"), "bundles_dialog",
                                  files=self.tr("Bundles (*.mzb)"), many=True,
                                  start=self.page.stick_path(), then=self.import_files)
        return self.file_dialog

    def ask_folder(self) -> QFileDialog:
        self.file_dialog = choose(self.page, self.tr("Import every bundle in a folder"),
                                  "bundle_folder_dialog", start=self.page.stick_path(),
                                  then=lambda chosen: self.import_folder(chosen[0]))
        return self.file_dialog

    def import_stick(self) -> None:
        stick = self.page.stick_path()
        if stick is not None:
            self.import_folder(stick / STICK_FOLDER)

    def import_folder(self, folder: Path) -> None:
        self.page.say(self.tr("Looking for bundles…"))
        self.runner.submit(lambda: bundles_in(folder), on_done=self.import_files,
                           on_error=self._on_failed)

    # Importing ----------------------------------------------------------------------------

    def import_files(self, files: list[Path]) -> None:
        if self.page.busy:
            return
        if not files:
            self.page.show_result(self.tr("No bundles (.mzb files) were found there."))
            return
        self._files = list(files)
        self._confirmed = set()
        self.page.start_progress(self.tr("Checking %n file(s)…", "", len(files)), None)
        ctx = self.ctx
        self.runner.submit(lambda: sync_import.preview(ctx, files),
                           on_done=self._on_previewed, on_error=self._on_failed)

    def _on_previewed(self, views: list[ImportView]) -> None:
        firsts: dict[str, IdentityView] = {}
        for v in views:
            if v.status == "unconfirmed" and v.station_id not in firsts:
                firsts[v.station_id] = IdentityView(
                    station_id=v.station_id, code=v.station_code, name=v.station_name,
                    kind="village", fingerprint=v.fingerprint, signing_key="",
                    exchange_key="")
        self._queue = list(firsts.values())
        self._ask_next()

    def _ask_next(self) -> None:
        if not self._queue:
            self.confirm_dialog = None
            self._run_import()
            return
        ident = self._queue.pop(0)
        self.ui.progress_label.setText(labels.fill(self.tr(
            "Waiting: compare the fingerprint of %1 in the window that opened."), ident.name))
        dialog = VillageConfirmDialog(ident, self.page)
        dialog.finished.connect(lambda result: self._on_answer(ident, result))
        self.confirm_dialog = dialog
        dialog.open()

    def _on_answer(self, ident: IdentityView, result: int) -> None:
        if result == VillageConfirmDialog.DialogCode.Accepted:
            self._confirmed.add(ident.station_id)
        self._ask_next()

    def _run_import(self) -> None:
        ctx, files, confirmed = self.ctx, list(self._files), frozenset(self._confirmed)
        progress = Progress(self)
        self.progress = progress
        report = progress.callback(ImportCancelled)
        self.page.start_progress(self.tr("Importing %n file(s)…", "", len(files)), progress)
        self.runner.submit(
            lambda: sync_import.import_bundles(
                ctx, files, confirm=lambda ident: ident.station_id in confirmed,
                receipts_dir=None, progress=report),
            on_done=self._on_imported, on_error=self._on_failed, write=True)

    def _on_imported(self, views: list[ImportView]) -> None:
        self.last_views = list(views)
        self.page.finish_progress()
        text = summary_text(views)
        self.page.show_result(text)
        self.page.say(text.splitlines()[0])
        self.page.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.page.finish_progress()
        if isinstance(exc, ImportCancelled):
            done = self._files[:exc.done]
            text = labels.fill(self.tr(
                "Cancelled. %1 of %2 file(s) were imported completely; the others were not "
                "touched. Importing them again later is safe: nothing is imported twice."),
                exc.done, exc.total)
            if done:
                text += "\n" + "\n".join(f"  {p.name}" for p in done)
            self.page.show_result(text)
            self.page.say(text.splitlines()[0])
            self.page.refresh()
            return
        self.page.show_result(error_sentence(exc))

    # Review ---------------------------------------------------------------------------------

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.ctx, self.runner, self.page)
        dialog.resolved.connect(lambda _id: self.page.refresh())
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog


def summary_text(views: Sequence[ImportView]) -> str:
    """The totals first ("导入 37 件：…"), how many files went which way, then each file."""
    lang = current_language()
    imported = sum(1 for v in views if v.status == "imported")
    already = sum(1 for v in views if v.status == "already")
    refused = len(views) - imported - already
    lines = [sync_text.cases_summary(total_cases(views), lang),
             labels.fill(QCoreApplication.translate(
                 "TownshipPart", "Files: %1 imported, %2 imported before, %3 not imported."),
                 imported, already, refused), ""]
    for v in views:
        lines.extend(sync_text.import_lines(v, lang))
    return "\n".join(lines)
