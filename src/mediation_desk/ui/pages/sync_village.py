"""The village's side of the 同步 page: enrolling the township, exporting bundles (to the
stick's folder or a chosen one, incremental or everything again), importing receipts, and
who was in an exported bundle (包含哪些人…, for the report of a lost stick).

A mixin of ``SyncPage``, which owns the widgets, the runner and the progress display; kept
apart so each file stays about one thing. Its strings have the translation context
``VillageActions``: PySide6's ``self.tr`` takes the class that defines the method, as
lupdate does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.sync_views import ExportView
from mediation_desk.services import authz, sync_export, sync_keys, sync_receipts
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.bundle_people_dialog import BundlePeopleDialog
from mediation_desk.ui.dialogs.enroll_dialog import EnrollDialog
from mediation_desk.ui.models.sync_models import export_text, receipts_text
from mediation_desk.ui.pages.sync_township import Progress, choose, receipts_in


class VillageActions:
    """Needs from the page: ctx, runner, busy, file_dialog, enroll_dialog, question,
    stick_path(), stick_folder(), level(), start_progress(), _ask_folder(), _done(),
    _on_failed() and tr()."""

    ctx: Any
    runner: Any
    busy: bool

    # Identity and enrollment --------------------------------------------------------------

    def ask_identity_folder(self) -> QFileDialog:
        return self._ask_folder(self.tr("Folder for this computer's identity file"),
                                self.export_identity)

    def export_identity(self, folder: Path) -> None:
        ctx = self.ctx

        def job() -> tuple[str, str]:
            folder.mkdir(parents=True, exist_ok=True)
            view = sync_keys.export_identity(ctx, folder)
            return str(folder / f"{view.code}{sync_keys.IDENTITY_SUFFIX}"), view.fingerprint
        self.runner.submit(job, on_done=lambda r: self._done(labels.fill(self.tr(
            "Identity file written: %1\nFingerprint: %2\nThe other side compares this "
            "fingerprint when enrolling the file."), r[0], r[1])),
            on_error=self._on_failed, write=True)

    def open_enroll_dialog(self, path: Path | None = None) -> QWidget:
        if path is None:
            self.file_dialog = choose(
                self, self.tr("The township's identity file"), "identity_file_dialog",
                files=self.tr("Identity files (*.mzid)"), start=self.stick_path(),
                then=lambda chosen: self.open_enroll_dialog(chosen[0]))
            return self.file_dialog
        enroll = EnrollDialog(self.ctx, self.runner, path, self)
        enroll.enrolled.connect(lambda peer: (self._done(labels.fill(self.tr(
            "%1 is enrolled. Bundles are now encrypted for it."), peer.name))))
        self.enroll_dialog = enroll
        enroll.open()
        return enroll

    # Export and receipts ------------------------------------------------------------------

    def _export_somewhere(self, *, full: bool) -> None:
        folder = self.stick_folder()
        if folder is not None:
            self.export_to(folder, full=full)
        else:
            self._ask_folder(self.tr("Folder for the bundle"),
                             lambda f: self.export_to(f, full=full))

    def ask_full_export(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export everything again"),
                          self.tr("Write every record of this station into the bundle, also "
                                  "those the township has already received? Do this when the "
                                  "township asks for a full bundle."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("full_export_question")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Export everything"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_full_answer(box))
        self.question = box
        box.open()
        return box

    def _on_full_answer(self, box: QMessageBox) -> None:
        self.question = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._export_somewhere(full=True)

    def export_to(self, folder: Path, *, full: bool = False,
                  with_receipts: bool = False) -> None:
        """Write a bundle into ``folder``; first import the receipts there when asked."""
        if self.busy:
            return
        if with_receipts:
            self.start_progress(self.tr("Importing receipts…"), None)
            ctx = self.ctx
            self.runner.submit(
                lambda: [sync_receipts.import_receipt(ctx, f) for f in receipts_in(folder)],
                on_done=lambda views: self._export(folder, full, receipts_text(views)),
                on_error=self._on_failed, write=True)
        else:
            self._export(folder, full, "")

    def _export(self, folder: Path, full: bool, before: str) -> None:
        ctx, level = self.ctx, self.level()
        progress = Progress(self)
        report = progress.callback(lambda _d, _t: sync_export.Cancelled())
        self.start_progress(self.tr("Writing the bundle…"), progress)

        def job() -> ExportView:
            folder.mkdir(parents=True, exist_ok=True)
            return sync_export.export_bundle(ctx, folder, level=level, full=full,
                                             progress=report)
        self.runner.submit(job, on_done=lambda view: self._on_exported(view, before),
                           on_error=lambda exc: self._on_failed(exc, before), write=True)

    def _on_exported(self, e: ExportView, before: str) -> None:
        self._done(export_text(e) if not before else before + "\n\n" + export_text(e))

    def ask_receipts(self) -> QFileDialog:
        self.file_dialog = choose(self, self.tr("Import receipts"), "receipts_dialog",
                                  files=self.tr("Receipts (*.mzr)"), many=True,
                                  start=self.stick_folder(), then=self.import_receipts)
        return self.file_dialog

    def import_receipts(self, files: list[Path]) -> None:
        if self.busy:
            return
        ctx = self.ctx
        self.start_progress(self.tr("Importing receipts…"), None)
        self.runner.submit(lambda: [sync_receipts.import_receipt(ctx, f) for f in files],
                           on_done=lambda views: self._done(receipts_text(views)),
                           on_error=self._on_failed, write=True)

    # Who is in a bundle ---------------------------------------------------------------------

    def wire_bundle_people(self) -> None:
        """The export log's 包含哪些人… button, double-click and right-click menu."""
        ui = self.ui  # type: ignore[attr-defined]
        self.people_dialog: BundlePeopleDialog | None = None
        ui.bundle_people_button.clicked.connect(lambda: self.show_bundle_people())
        ui.log_table.doubleClicked.connect(lambda _index: self.show_bundle_people())
        ui.log_table.customContextMenuRequested.connect(self._log_menu)
        self.log_model.modelReset.connect(self._update_people_button)  # type: ignore[attr-defined]
        self._update_people_button()

    def show_bundle_people(self, row: int | None = None) -> BundlePeopleDialog | None:
        """The persons of the selected bundle (else the newest one)."""
        ui = self.ui  # type: ignore[attr-defined]
        if row is None:
            rows = ui.log_table.selectionModel().selectedRows()
            row = rows[0].row() if rows else 0
        export = self.log_model.row_at(row)  # type: ignore[attr-defined]
        if export is None or not authz.can(self.ctx, Permission.SYNC_EXPORT):
            return None
        dialog = BundlePeopleDialog(self.ctx, self.runner, export.bundle_id,
                                    self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_people_dialog)
        self.people_dialog = dialog
        dialog.open()
        return dialog

    def _forget_people_dialog(self, _result: int) -> None:
        self.people_dialog = None  # it deletes itself on closing

    def _update_people_button(self) -> None:
        button = self.ui.bundle_people_button  # type: ignore[attr-defined]
        button.setVisible(authz.can(self.ctx, Permission.SYNC_EXPORT))
        button.setEnabled(self.log_model.rowCount() > 0)  # type: ignore[attr-defined]

    def _log_menu(self, pos: QPoint) -> None:
        table = self.ui.log_table  # type: ignore[attr-defined]
        row = table.rowAt(pos.y())
        if row < 0:
            return
        table.selectRow(row)
        menu = QMenu(table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        act = menu.addAction(self.ui.bundle_people_button.text())  # type: ignore[attr-defined]
        act.setEnabled(authz.can(self.ctx, Permission.SYNC_EXPORT))
        act.triggered.connect(lambda: self.show_bundle_people(row))
        menu.popup(table.viewport().mapToGlobal(pos))
