"""包含哪些人: the persons whose data went onto the stick with one exported bundle, from the
export log, for the report of a lost or stolen stick (个人信息保护法 第五十七条). ID numbers
and phones masked. 导出清单… writes the list as CSV or Excel (logged). Bundles exported
before the list was kept (schema 0006) show their count only, and say so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.privacy_views import BundlePeopleView
from mediation_desk.services import sync_people
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_bundle_people_dialog import Ui_BundlePeopleDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import audit_text, messages, sync_text

FORMATS = (("csv", "CSV (*.csv)"), ("xlsx", "Excel (*.xlsx)"))


class BundlePeopleDialog(QDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, bundle: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BundlePeopleDialog()
        self.ui.setupUi(self)
        self.ctx, self.runner, self.bundle = ctx, runner, bundle
        self.view: BundlePeopleView | None = None
        self.file_dialog: QFileDialog | None = None
        self.ui.export_button.setEnabled(False)
        self.ui.export_button.clicked.connect(self.ask_export)
        self.ui.close_button.clicked.connect(self.accept)
        self.runner.submit(lambda: sync_people.bundle_people(ctx, bundle),
                           on_done=self.show_view, on_error=self._on_failed)

    def show_view(self, v: BundlePeopleView) -> None:
        self.view = v
        ui, lang = self.ui, current_language()
        when = v.created_at.astimezone(audit_text.BEIJING).strftime("%Y-%m-%d %H:%M")
        self.setWindowTitle(labels.fill(self.tr("Who is in %1"), v.file_name))
        ui.heading_label.setText(labels.fill(self.tr(
            "Bundle %1, exported %2 by %3 to %4 (%5): %6 case(s), %7 person(s)."),
            v.file_name, when, v.actor or "—", v.to_name or v.to_code or "—",
            sync_text.level_label(v.export_level, lang), v.case_count, v.person_count))
        ui.people_table.setRowCount(len(v.persons))
        for r, p in enumerate(v.persons):
            for c, text in enumerate((p.name, p.id_number_masked, p.phone_masked,
                                      labels.join_names(p.case_nos))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                ui.people_table.setItem(r, c, item)
        ui.people_table.resizeColumnsToContents()
        if not v.recorded:
            note = labels.fill(self.tr("This bundle was exported before the upgrade: only "
                                       "the number of persons was recorded (%1)."),
                               v.person_count)
        elif v.anonymous_parties:
            note = self.tr("%n more party(ies) not registered as persons are in the "
                           "bundle (counted, not named).", "", v.anonymous_parties)
        elif not v.persons:
            note = self.tr("This bundle held no personal data.")
        else:
            note = ""
        ui.note_label.setText(note)
        ui.note_label.setVisible(bool(note))
        ui.people_table.setVisible(v.recorded)
        ui.export_button.setEnabled(True)

    def ask_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export the list of persons"))
        dialog.setObjectName("export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([name for _, name in FORMATS])
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.setDirectory(folder or str(Path.home()))
        stem = Path(self.view.file_name).stem if self.view else "bundle"
        dialog.selectFile(labels.fill(self.tr("Persons in %1"), stem) + ".csv")
        dialog.fileSelected.connect(lambda name: self.export_to(
            Path(name), _format_of(name, dialog.selectedNameFilter())))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path, fmt: str) -> None:
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        ctx, bundle = self.ctx, self.bundle
        self.ui.note_label.setText(self.tr("Saving…"))
        self.ui.note_label.show()
        self.runner.submit(lambda: sync_people.export_people(ctx, bundle, path, fmt),
                           on_done=lambda p: self._say(labels.fill(
                               self.tr("List saved: %1"), str(p))),
                           on_error=self._on_failed, write=True)

    def _say(self, text: str) -> None:
        self.ui.note_label.setText(text)
        self.ui.note_label.show()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._say("⚠ " + "；".join(messages.describe(exc.to_dict(), current_language())))
        else:
            self._say(self.tr("⚠ The export log could not be read."))


def _format_of(name: str, chosen_filter: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix in ("csv", "xlsx"):
        return suffix
    return next((fmt for fmt, f in FORMATS if f == chosen_filter), "csv")
