"""The main window: navigation on the left, one page per entry, menus and a status bar.

It wires pages to the TaskRunner and opens the case detail dialog; the pages own their
queries. Window geometry and column widths are remembered in ``UiState``."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from mediation_desk import __version__
from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.case_detail_dialog import CaseDetailDialog
from mediation_desk.ui.forms.ui_main_window import Ui_MainWindow
from mediation_desk.ui.pages.case_list_page import CaseListPage
from mediation_desk.ui.pages.placeholder_page import PlaceholderPage
from mediation_desk.ui.pages.today_page import TodayPage
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

STATE_KEY = "main_window"
CASES_PAGE, TODAY_PAGE = 0, 1
STATUS_MESSAGE_MS = 8000
NAV_FONT_SCALE = 1.2


class MainWindow(QMainWindow):
    """The 调解工作台 window for one station's data folder."""

    def __init__(self, ctx: AppContext, *, runner: TaskRunner | None = None,
                 state: UiState | None = None, station_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner if runner is not None else TaskRunner(self)
        self.geometry_restored = False
        self.state = state if state is not None else UiState(ctx.paths.config_dir)
        if station_name:
            self.setWindowTitle(labels.fill(self.tr("%1 — Mediation Desk"), station_name))

        self.case_list_page = CaseListPage(ctx, self.runner, self)
        self.today_page = TodayPage(ctx, self.runner, self)
        self.ui.pages.addWidget(self.case_list_page)
        self.ui.pages.addWidget(self.today_page)
        # Entries after 今日待办 have no page yet; each gets a placeholder naming it.
        for row in range(TODAY_PAGE + 1, self.ui.nav_list.count()):
            feature = self.ui.nav_list.item(row).text()
            self.ui.pages.addWidget(PlaceholderPage(feature, self))

        self._style_navigation()
        self.count_label = QLabel(self)
        self.folder_label = QLabel(labels.fill(self.tr("Data folder: %1"),
                                               str(ctx.paths.data_dir)), self)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.folder_label)

        self.ui.nav_list.currentRowChanged.connect(self._on_nav_list_currentRowChanged)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_find.triggered.connect(self._on_action_find_triggered)
        self.ui.action_refresh.triggered.connect(self._on_action_refresh_triggered)
        self.ui.action_about.triggered.connect(self._on_action_about_triggered)
        self.case_list_page.count_changed.connect(self._on_case_list_page_count_changed)
        self.case_list_page.case_activated.connect(self.show_case)
        self.today_page.case_activated.connect(self.show_case)
        self.runner.job_failed.connect(self._on_runner_job_failed)

        self._restore_state()
        self.ui.nav_list.setCurrentRow(CASES_PAGE)
        self.case_list_page.refresh()

    # Public API ------------------------------------------------------------------------

    def nav_titles(self) -> list[str]:
        return [self.ui.nav_list.item(i).text() for i in range(self.ui.nav_list.count())]

    def go_to(self, row: int) -> None:
        self.ui.nav_list.setCurrentRow(row)

    def show_case(self, case_id: str) -> None:
        """Load one case in the background, then show its read-only summary."""
        ctx = self.ctx
        self.statusBar().showMessage(self.tr("Opening case…"), STATUS_MESSAGE_MS)
        self.runner.submit(lambda: get_case(ctx, case_id), on_done=self._on_case_loaded,
                           on_error=self._on_case_failed, key="case_detail")

    # Qt overrides ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        # Jobs must finish before the caller closes the database under them.
        self.runner.shutdown()
        super().closeEvent(event)

    # Slots -----------------------------------------------------------------------------

    def _on_nav_list_currentRowChanged(self, row: int) -> None:
        if row >= 0:
            self.ui.pages.setCurrentIndex(row)
        # The count is the case list's; elsewhere it would read as a count of something else.
        self.count_label.setVisible(row == CASES_PAGE)

    def _on_action_find_triggered(self) -> None:
        self.go_to(CASES_PAGE)
        self.case_list_page.focus_search()

    def _on_action_refresh_triggered(self) -> None:
        page = self.ui.pages.currentWidget()
        if page is self.case_list_page:
            self.case_list_page.refresh()
        elif page is self.today_page:
            self.today_page.refresh()

    def _on_action_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Mediation Desk"), labels.fill(
            self.tr("<h3>Mediation Desk %1</h3>"
                    "<p>Case work for village people's mediation committees. "
                    "Works without a network; all data stays on this computer.</p>"
                    "<p>Data folder: %2</p>"),
            __version__, escape(str(self.ctx.paths.data_dir))))

    def _on_case_list_page_count_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", total))

    def _on_case_loaded(self, detail: CaseDetail) -> None:
        self.statusBar().clearMessage()
        dialog = CaseDetailDialog(detail, self, state=self.state)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_case_failed(self, exc: BaseException) -> None:
        log.error("could not open case", exc_info=exc)
        self.statusBar().showMessage(
            self.tr("The case could not be opened. Press F5 and try again."), STATUS_MESSAGE_MS)

    def _on_runner_job_failed(self, _exc: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("Something went wrong in the background; it was written to the log."),
            STATUS_MESSAGE_MS)

    def _style_navigation(self) -> None:
        # Bigger, well-spaced entries: the navigation is what older users aim the mouse at most.
        nav = self.ui.nav_list
        font = nav.font()
        font.setPointSizeF(font.pointSizeF() * NAV_FONT_SCALE)
        nav.setFont(font)
        nav.setStyleSheet("QListWidget#nav_list::item { padding: 6px 8px; }")

    # State -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        self.geometry_restored = self.state.restore_window(self, STATE_KEY)
        self.case_list_page.restore_state(self.state)
        self.today_page.restore_state(self.state)

    def save_state(self) -> None:
        self.state.save_window(self, STATE_KEY)
        self.case_list_page.save_state(self.state)
        self.today_page.save_state(self.state)
        self.state.sync()
