"""The main window: navigation on the left, one page per entry, menus, toolbar, status bar.

It wires pages to the TaskRunner and opens case windows and forms; the pages own their
queries. Window geometry, the splitter and column widths are remembered in ``UiState``."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QWidget

from mediation_desk import __version__
from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import authz, drafts
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui import labels, table_print, text_size
from mediation_desk.ui.backup_control import BackupControl
from mediation_desk.ui.dialogs.blank_forms_dialog import BlankFormsDialog
from mediation_desk.ui.dialogs.drafts_dialog import DraftsDialog
from mediation_desk.ui.forms.ui_main_window import Ui_MainWindow
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.main_forms import FormOpener
from mediation_desk.ui.pages.audit_page import AuditPage
from mediation_desk.ui.pages.case_list_page import CaseListPage
from mediation_desk.ui.pages.joint_defence_page import JointDefencePage
from mediation_desk.ui.pages.mediators_page import MediatorsPage
from mediation_desk.ui.pages.patrol_panel import PatrolPanel
from mediation_desk.ui.pages.screening_page import ScreeningPage
from mediation_desk.ui.pages.settings_page import SettingsPage
from mediation_desk.ui.pages.statistics_page import StatisticsPage
from mediation_desk.ui.pages.sync_page import SyncPage
from mediation_desk.ui.pages.today_page import TodayPage
from mediation_desk.ui.session import SessionControl
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording.write_failures import failure_text

log = logging.getLogger(__name__)

STATE_KEY = "main_window"
CASES_PAGE, TODAY_PAGE, SCREENING_PAGE, JOINT_DEFENCE_PAGE, MEDIATORS_PAGE = 0, 1, 2, 3, 4
STATISTICS_PAGE, SYNC_PAGE, SETTINGS_PAGE, AUDIT_PAGE = 5, 6, 7, 8
# Where a 今日待办 line that is not a case sends the user.
SUBJECT_PAGES = {"screening": SCREENING_PAGE, "group": JOINT_DEFENCE_PAGE,
                 "mediator": MEDIATORS_PAGE, "retention": SETTINGS_PAGE}
STATUS_MESSAGE_MS = 8000
NAV_FONT_SCALE = 1.2
SPLITTER_DEFAULT = (170, 1000)


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
        self.quit_question: QMessageBox | None = None
        self._quit_confirmed = False
        self.state = state if state is not None else UiState(ctx.paths.config_dir)
        self.text_size = text_size.TextSizeControl(self.state, self)
        if station_name:
            self.setWindowTitle(labels.fill(self.tr("%1 — Mediation Desk"), station_name))

        self.case_list_page = CaseListPage(ctx, self.runner, self)
        self.today_page = TodayPage(ctx, self.runner, self)
        self.screening_page = ScreeningPage(ctx, self.runner, self)
        self.joint_defence_page = JointDefencePage(ctx, self.runner, self)
        self.patrol_panel = PatrolPanel(ctx, self.runner, self.joint_defence_page)
        self.joint_defence_page.ui.patrol_container.layout().addWidget(self.patrol_panel)
        self.mediators_page = MediatorsPage(ctx, self.runner, self)
        self.village_pages = (self.screening_page, self.joint_defence_page, self.mediators_page)
        for page in (self.case_list_page, self.today_page, *self.village_pages):
            self.ui.pages.addWidget(page)
        self.statistics_page = StatisticsPage(ctx, self.runner, self, state=self.state)
        self.ui.pages.addWidget(self.statistics_page)
        self.sync_page = SyncPage(ctx, self.runner, self)
        self.ui.pages.addWidget(self.sync_page)
        self.settings_page = SettingsPage(ctx, self.state, self, runner=self.runner,
                                          text_size_control=self.text_size)
        self.ui.pages.addWidget(self.settings_page)
        self.audit_page = AuditPage(ctx, self.runner, self)  # 日志, last: for AUDIT_VIEW only
        self.ui.pages.addWidget(self.audit_page)
        self.ui.menu_view.addActions(self.text_size.actions())
        self.forms = FormOpener(self)

        self._style_navigation()
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes(list(SPLITTER_DEFAULT))
        self.count_label = QLabel(self)
        self.folder_label = QLabel(labels.fill(self.tr("Data folder: %1"),
                                               str(ctx.paths.data_dir)), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no known length: a moving bar that says "working"
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setFormat(self.tr("Working…"))
        self.busy_bar.setTextVisible(True)
        self.busy_bar.hide()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.folder_label)
        self.ui.drafts_banner.setStyleSheet(
            "#drafts_banner { background: #fff4ce; border: 1px solid #c19c00; }")

        self.ui.nav_list.currentRowChanged.connect(self._on_nav_list_currentRowChanged)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_new_case.triggered.connect(self.forms.new_case)
        self.ui.action_open_case.triggered.connect(self._on_action_open_case_triggered)
        self.ui.action_find.triggered.connect(self._on_action_find_triggered)
        self.ui.action_today.triggered.connect(self._on_action_today_triggered)
        self.ui.action_refresh.triggered.connect(self.refresh_pages)
        self.ui.action_print.triggered.connect(self._on_action_print_triggered)
        self.ui.action_drafts.triggered.connect(self.show_drafts)
        self.ui.action_blank_forms.triggered.connect(self.show_blank_forms)
        self.ui.drafts_banner_button.clicked.connect(self.show_drafts)
        self.ui.action_about.triggered.connect(self._on_action_about_triggered)
        self.case_list_page.count_changed.connect(self._on_case_list_page_count_changed)
        self.case_list_page.case_activated.connect(self.show_case)
        self.today_page.case_activated.connect(self.show_case)
        self.today_page.subject_activated.connect(self.show_subject)
        for page in (*self.village_pages, self.statistics_page, self.sync_page,
                     self.audit_page):
            page.case_activated.connect(self.show_case)
        self.joint_defence_page.group_selected.connect(self.patrol_panel.set_group)
        self.runner.job_failed.connect(self._on_runner_job_failed)
        self.runner.busy_changed.connect(self.busy_bar.setVisible)
        self.text_size.changed.connect(self._on_text_size_changed)

        # Who is signed in: the 账户 menu, the status line and the idle lock (issue 8).
        self.session = SessionControl(self, ctx, self.runner, self.state,
                                      station_name=station_name)
        self.settings_page.accounts.idle_minutes_changed.connect(self.session.set_idle_minutes)
        self.session.changed.connect(self.show_audit_entry)
        self.show_audit_entry()
        # Backups: the 30-minute timer, the 备份与恢复 dialog, restore (issue 8).
        self.backups = BackupControl(self, ctx, self.runner)
        self.settings_page.ui.backups_button.clicked.connect(self.backups.show_dialog)

        self._restore_state()
        self.ui.nav_list.setCurrentRow(CASES_PAGE)
        self.case_list_page.refresh()
        self.update_drafts_banner()

    # Public API ------------------------------------------------------------------------

    def nav_titles(self) -> list[str]:
        return [self.ui.nav_list.item(i).text() for i in range(self.ui.nav_list.count())]

    def go_to(self, row: int) -> None:
        self.ui.nav_list.setCurrentRow(row)

    def show_case(self, case_id: str) -> None:
        """Load one case in the background, then show (or raise) its window."""
        if self.forms.raise_case_window(case_id):
            return
        ctx = self.ctx
        self.statusBar().showMessage(self.tr("Opening case…"), STATUS_MESSAGE_MS)
        self.runner.submit(lambda: get_case(ctx, case_id), on_done=self._on_case_loaded,
                           on_error=self._on_case_failed, key="case_detail")

    def show_subject(self, subject: str, item_id: str) -> None:
        """A 今日待办 line about a screening round, a group or a mediator: go to its page."""
        row = SUBJECT_PAGES.get(subject)
        if row is None:
            return
        self.go_to(row)
        page = self.ui.pages.widget(row)
        if item_id and hasattr(page, "show_item"):
            page.show_item(item_id)

    def refresh_pages(self) -> None:
        page = self.ui.pages.currentWidget()
        if page is self.case_list_page:
            self.case_list_page.refresh()
        elif page is self.today_page:
            self.today_page.refresh()
        elif page in self.village_pages or page in (self.statistics_page, self.sync_page,
                                                    self.audit_page):
            page.refresh()

    def show_audit_entry(self) -> None:
        """The 日志 row only for those who may read the whole log (AUDIT_VIEW)."""
        allowed = authz.can(self.ctx, Permission.AUDIT_VIEW)
        self.ui.nav_list.item(AUDIT_PAGE).setHidden(not allowed)
        self.audit_page.apply_permissions()
        if not allowed and self.ui.nav_list.currentRow() == AUDIT_PAGE:
            self.go_to(CASES_PAGE)

    def case_changed(self, _case_id: str) -> None:
        """A form saved something: lists elsewhere may now be out of date."""
        self.case_list_page.refresh()
        if self.ui.pages.currentWidget() in (self.today_page, self.statistics_page):
            self.ui.pages.currentWidget().refresh()
        self.update_drafts_banner()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def show_drafts(self) -> DraftsDialog:
        dialog = DraftsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.forms.open_draft)
        dialog.finished.connect(self.update_drafts_banner)
        dialog.open()
        return dialog

    def show_blank_forms(self) -> BlankFormsDialog:
        dialog = BlankFormsDialog(self.ctx, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not modal: the previews it opens belong to this window and must take input.
        dialog.show()
        return dialog

    def update_drafts_banner(self, *_args: object) -> None:
        # Drafts of forms open right now are work in progress, not leftovers of a crash.
        open_keys = {d.draft_key for d in self.findChildren(GuardedDialog) if d.isVisible()}
        left = [d for d in drafts.list_drafts(self.ctx) if d.key not in open_keys]
        self.ui.drafts_banner.setVisible(bool(left))
        self.ui.action_drafts.setEnabled(bool(left))
        if left:
            self.ui.drafts_banner_label.setText(self.tr(
                "%n form(s) were not saved when Mediation Desk last closed. "
                "Nothing typed is lost.", "", len(left)))

    # Qt overrides ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = [d for d in self.findChildren(GuardedDialog) if d.isVisible() and d.dirty]
        if dirty and not self._quit_confirmed:
            event.ignore()
            self._ask_quit(len(dirty))
            return
        for dialog in dirty:
            dialog.flush_draft()
        self.save_state()
        # Jobs must finish before the caller closes the database under them.
        self.runner.shutdown()
        super().closeEvent(event)

    def _ask_quit(self, count: int) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Mediation Desk?"),
                          self.tr("%n form(s) are still open with unsaved changes. "
                                  "If you quit now they are kept as drafts and offered "
                                  "again next time.", "", count),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("quit_question")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Quit and keep drafts"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_quit_answer)
        self.quit_question = box
        box.open()

    def _on_quit_answer(self, _result: int) -> None:
        box, self.quit_question = self.quit_question, None
        if box is not None and box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._quit_confirmed = True
            self.close()

    # Slots -----------------------------------------------------------------------------

    def _on_nav_list_currentRowChanged(self, row: int) -> None:
        if row >= 0:
            self.ui.pages.setCurrentIndex(row)
            page = self.ui.pages.widget(row)
            # The village pages load when first shown and again on each visit: other pages
            # and forms change what they list.
            if (page in self.village_pages and page is not self.screening_page) \
                    or page is self.audit_page:
                page.refresh()
        # The count is the case list's; elsewhere it would read as a count of something else.
        self.count_label.setVisible(row == CASES_PAGE)
        self.ui.action_print.setEnabled(row in (CASES_PAGE, TODAY_PAGE, STATISTICS_PAGE))

    def _on_action_find_triggered(self) -> None:
        self.go_to(CASES_PAGE)
        self.case_list_page.focus_search()

    def _on_action_today_triggered(self) -> None:
        self.go_to(TODAY_PAGE)

    def _on_action_open_case_triggered(self) -> None:
        case = self.case_list_page.selected_case() \
            if self.ui.pages.currentWidget() is self.case_list_page else None
        if case is None:
            self.show_message(self.tr("Choose a case in the list first."))
            return
        self.show_case(case.id)

    def _on_action_print_triggered(self) -> None:
        page = self.ui.pages.currentWidget()
        if page is self.case_list_page:
            model, title = self.case_list_page.model, self.tr("Case list")
            shown, total = model.rowCount(), model.total
            subtitle = labels.fill(self.tr("%1 of %2 cases"), shown, total)
        elif page is self.today_page:
            model, title = self.today_page.model, self.tr("Due soon and overdue")
            subtitle = labels.fill(self.tr("As of %1"), self.ctx.today().isoformat())
        elif page is self.statistics_page:
            self.statistics_page.print_report()  # the report's own paper, charts included
            return
        else:
            return
        html = table_print.table_html(f"{self.windowTitle()} — {title}", subtitle, model)
        preview = table_print.preview_dialog(self, html)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()

    def _on_action_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Mediation Desk"), labels.fill(
            self.tr("<h3>Mediation Desk %1</h3>"
                    "<p>Case work for village people's mediation committees. "
                    "Works without a network; all data stays on this computer.</p>"
                    "<p>Data folder: %2</p>"),
            __version__, escape(str(self.ctx.paths.data_dir))))

    def _on_text_size_changed(self, points: int) -> None:
        self.show_message(labels.fill(self.tr("Text size: %1 pt"), points))

    def _on_case_list_page_count_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", total))

    def _on_case_loaded(self, detail: CaseDetail) -> None:
        self.statusBar().clearMessage()
        self.forms.case_window(detail)

    def _on_case_failed(self, exc: BaseException) -> None:
        log.error("could not open case", exc_info=exc)
        self.show_message(self.tr("The case could not be opened. Press F5 and try again."))

    def _on_runner_job_failed(self, exc: BaseException) -> None:
        disk = failure_text(exc, current_language())  # disk full, read-only folder …
        self.show_message(disk or
            self.tr("Something went wrong in the background; it was written to the log."))

    def _style_navigation(self) -> None:
        # Bigger, well-spaced entries: the navigation is what older users aim the mouse at most.
        nav = self.ui.nav_list
        text_size.follow_scaled(nav, NAV_FONT_SCALE)
        nav.setStyleSheet("QListWidget#nav_list::item { padding: 6px 8px; }")

    # State -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        self.geometry_restored = self.state.restore_window(self, STATE_KEY)
        self.state.restore_splitter(self.ui.splitter, STATE_KEY)
        self.case_list_page.restore_state(self.state)
        self.today_page.restore_state(self.state)

    def save_state(self) -> None:
        self.state.save_window(self, STATE_KEY)
        self.state.save_splitter(self.ui.splitter, STATE_KEY)
        self.case_list_page.save_state(self.state)
        self.today_page.save_state(self.state)
        self.state.sync()
