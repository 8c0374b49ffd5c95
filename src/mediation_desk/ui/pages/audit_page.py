"""日志 page: the station's event log (the audit trail), newest first, filtered by dates,
who, category and a case number or a text; exported as CSV or Excel.

Queries run through the TaskRunner a page of ``PAGE_SIZE`` entries at a time; the model
asks for more as the user scrolls, so 100,000 entries never block the window. The page is
read-only: the log cannot be changed from the app (the services offer no way, the database
refuses). Shown only to those with ``AUDIT_VIEW``; a case's own history is in its window."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import audit_views
from mediation_desk.domain.audit_views import (
    GROUP_KEYS,
    OTHER_GROUP,
    AuditEventView,
    AuditExportView,
    AuditFilter,
)
from mediation_desk.domain.caseno import parse_case_no
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.services import audit, authz, station
from mediation_desk.ui import labels
from mediation_desk.ui.flow_layout import wrap_row
from mediation_desk.ui.forms.ui_audit_page import Ui_AuditPage
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.audit_table_model import AuditTableModel
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import audit_text, messages

log = logging.getLogger(__name__)

PAGE_SIZE = 200
SEARCH_DELAY_MS = 400
QUERY_KEY = "audit_page"
NO_DATE = QDate(2000, 1, 1)  # shown as "—": no limit on that side
EXPORT_FORMATS = (("csv", "CSV (*.csv)"), ("xlsx", "Excel (*.xlsx)"))


@dataclasses.dataclass(frozen=True)
class AuditLoad:
    """The first page and the people named in the log (the 操作人 choice)."""

    page: audit_views.AuditPage
    actors: list[str]


def load_first(ctx: AppContext, f: AuditFilter) -> AuditLoad:
    """Runs in a worker thread."""
    return AuditLoad(audit.events(ctx, f, 0, PAGE_SIZE), audit.actors(ctx))


def is_case_number(text: str) -> bool:
    try:
        parse_case_no(text)
    except DomainError:
        return False
    return True


class AuditPage(QWidget):
    case_activated = Signal(str)
    """A case's entry was double-clicked; carries the case id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._filter = AuditFilter()
        self.file_dialog: QFileDialog | None = None
        self.last_export: AuditExportView | None = None
        ui = self.ui
        wrap_row(ui.filter_layout, self)
        self.model = AuditTableModel(self)
        ui.events_table.setModel(self.model)
        for edit in (ui.from_edit, ui.to_edit):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
        self._fill(ui.actor_combo, [])
        self._fill(ui.group_combo, [(audit_text.group_label(k, current_language()), k)
                                    for k in (*GROUP_KEYS, OTHER_GROUP)])
        apply_default_widths(ui.events_table, {
            0: ["2026-11-21 10:00"], 1: ["王调解员"], 2: ["登记权利义务告知"],
            3: ["（2026）青石村人调字第1234号"]}, stretch=None)
        self.apply_permissions()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        ui.search_edit.textChanged.connect(lambda _t: self._timer.start())
        ui.search_edit.returnPressed.connect(self.run_query)
        for edit in (ui.from_edit, ui.to_edit):
            edit.dateChanged.connect(lambda _d: self._timer.start())
        for combo in (ui.actor_combo, ui.group_combo):
            combo.currentIndexChanged.connect(lambda _i: self.run_query())
        ui.clear_button.clicked.connect(self.clear_filters)
        ui.export_button.clicked.connect(self.ask_export)
        ui.events_table.activated.connect(self._on_activated)
        ui.events_table.doubleClicked.connect(self._on_activated)
        self.model.more_requested.connect(self._on_more_requested)

    # Public API ---------------------------------------------------------------------------

    @property
    def current_filter(self) -> AuditFilter:
        return self._filter

    def refresh(self) -> None:
        self.run_query()

    def apply_permissions(self) -> None:
        """Exporting the log needs DATA_EXPORT (the main window hides the page itself
        from those without AUDIT_VIEW)."""
        self.ui.export_button.setVisible(authz.can(self._ctx, Permission.DATA_EXPORT))

    def run_query(self) -> None:
        """The first page for the filters shown (with the 操作人 choices)."""
        self._timer.stop()
        self._filter = self.filter_from_widgets()
        f, ctx = self._filter, self._ctx
        self.model.set_loading(True)
        self.ui.count_label.setText(self.tr("Searching…"))
        self._runner.submit(lambda: load_first(ctx, f), on_done=self._on_loaded,
                            on_error=self._on_failed, key=QUERY_KEY)

    def filter_from_widgets(self) -> AuditFilter:
        ui = self.ui
        text = ui.search_edit.text().strip()
        by_case = bool(text) and is_case_number(text)
        return AuditFilter(date_from=_day(ui.from_edit), date_to=_day(ui.to_edit),
                           actor=ui.actor_combo.currentData(),
                           group=ui.group_combo.currentData(),
                           case=text if by_case else None,
                           text=text if text and not by_case else None)

    def clear_filters(self) -> None:
        ui = self.ui
        widgets = (ui.from_edit, ui.to_edit, ui.actor_combo, ui.group_combo, ui.search_edit)
        for w in widgets:
            w.blockSignals(True)
        ui.from_edit.setDate(NO_DATE)
        ui.to_edit.setDate(NO_DATE)
        ui.actor_combo.setCurrentIndex(0)
        ui.group_combo.setCurrentIndex(0)
        ui.search_edit.clear()
        for w in widgets:
            w.blockSignals(False)
        self.run_query()

    def event_at(self, row: int) -> AuditEventView | None:
        return self.model.row_at(row)

    def ask_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export the audit log"))
        dialog.setObjectName("export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([name for _, name in EXPORT_FORMATS])
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        stem = labels.fill(self.tr("Audit log %1"), self._ctx.today().isoformat())
        dialog.setDirectory(folder or str(Path.home()))
        dialog.selectFile(f"{stem}.csv")
        dialog.fileSelected.connect(lambda name: self.export_to(
            Path(name), _format_of(name, dialog.selectedNameFilter())))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path, fmt: str) -> None:
        """Write every entry the filters match (not only those loaded) in the background."""
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        f, ctx, lang = self._filter, self._ctx, current_language()

        def job() -> AuditExportView:
            own = station.get_station(ctx)
            words = audit_text.EventText(lang, own.committee_name if own else "")
            return audit.export_events(ctx, f, fmt, path, text=words)
        self.ui.count_label.setText(self.tr("Saving…"))
        self._runner.submit(job, on_done=self._on_exported, on_error=self._on_failed,
                            write=True)

    # Slots --------------------------------------------------------------------------------

    def _on_loaded(self, loaded: AuditLoad) -> None:
        self._fill(self.ui.actor_combo, [(a, a) for a in loaded.actors])
        self.model.reset_page(loaded.page)
        if loaded.page.rows:
            self.ui.events_table.scrollToTop()
        self._show_count()

    def _on_more_requested(self, offset: int) -> None:
        f, ctx = self._filter, self._ctx
        self._runner.submit(lambda: audit.events(ctx, f, offset, PAGE_SIZE),
                            on_done=self._on_next_page, on_error=self._on_failed,
                            key=QUERY_KEY)

    def _on_next_page(self, page: audit_views.AuditPage) -> None:
        self.model.append_page(page)
        self._show_count()

    def _on_activated(self, index: QModelIndex) -> None:
        e = self.model.row_at(index.row())
        # Only a case this store holds can be opened (an entry may name a removed one).
        if e is not None and e.case_id and e.case_no:
            self.case_activated.emit(e.case_id)

    def _on_exported(self, view: AuditExportView) -> None:
        self.last_export = view
        self._show_count()
        self.ui.count_label.setText(labels.fill(
            self.tr("%n entries saved to %1", "", view.rows), view.path))
        self.run_query()  # the export is in the log now

    def _on_failed(self, exc: BaseException) -> None:
        self.model.set_loading(False)
        if isinstance(exc, DomainError):
            self.ui.count_label.setText("⚠ " + "；".join(
                messages.describe(exc.to_dict(), current_language())))
            return
        log.error("audit log query failed", exc_info=exc)
        self.ui.count_label.setText(self.tr("The log could not be read. Press F5 to try "
                                            "again."))

    # Helpers ------------------------------------------------------------------------------

    def _show_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = self.tr("No entries match the filters.")
        elif shown < total:
            text = labels.fill(self.tr("%n entries, %1 shown — scroll down for more", "",
                                       total), shown)
        else:
            text = self.tr("%n entries", "", total)
        self.ui.count_label.setText(text)

    def _fill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)


def _day(edit: QDateEdit) -> Any:
    d = edit.date()
    return None if d == NO_DATE else d.toPython()


def _format_of(name: str, chosen_filter: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix in ("csv", "xlsx"):
        return suffix
    return next((fmt for fmt, f in EXPORT_FORMATS if f == chosen_filter), "csv")
