"""案件卷宗窗口: one case in full, following the dossier (概况, 当事人, 调解员 ... 历史), with the
lifecycle steps the rules allow now and the records that can be added to the file.

A separate, non-modal window: several cases can be open side by side. Each change runs on
the write thread and comes back as a fresh CaseDetail, shown in place; ``case_changed`` then
tells the main window to refresh its lists."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import ActionView, CaseDetail
from mediation_desk.services.case_queries import get_case
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import record_dialogs
from mediation_desk.ui.dialogs.action_choices import (
    WINDOW_TABLES,
    Choices,
    label_maps,
    load_choices,
)
from mediation_desk.ui.dialogs.action_dialog import ActionDialog
from mediation_desk.ui.dialogs.action_fixes import fix_for
from mediation_desk.ui.dialogs.case_tab_agreement import AgreementText
from mediation_desk.ui.dialogs.case_tab_history import HistoryTab
from mediation_desk.ui.dialogs.case_tab_papers import PapersTab
from mediation_desk.ui.dialogs.case_tab_reveal import PartyReveal
from mediation_desk.ui.dialogs.case_tab_rows import RowActions
from mediation_desk.ui.dialogs.case_tab_sync import SyncSection
from mediation_desk.ui.dialogs.case_tab_tables import CaseTables, live_items
from mediation_desk.ui.dialogs.case_tab_text import CaseTabText, records_of
from mediation_desk.ui.dialogs.case_void import VoidControl
from mediation_desk.ui.forms.ui_case_window import Ui_CaseWindow
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)

STATE_KEY = "case_window"
SECTION_SETTING = f"{STATE_KEY}/section"
NAV_FONT_SCALE = 1.15


class CaseWindow(QWidget):
    case_changed = Signal(str)
    """A step or record was saved; carries the case id."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, detail: CaseDetail,
                 parent: QWidget | None = None, state: UiState | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_CaseWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.runner = runner
        self.state = state
        self.detail = detail
        self.codes: dict[str, dict[str, str]] = {}
        self.action_buttons: dict[str, QPushButton] = {}
        self.refusal_box: QMessageBox | None = None
        self.action_dialog: ActionDialog | None = None
        self.record_dialog: QDialog | None = None
        self._text = CaseTabText(self)
        self._agreement = AgreementText(self)
        self._tables = CaseTables(self)
        self._history = HistoryTab(self)
        self.papers = PapersTab(self, self.ui, ctx, runner)
        nav = self.ui.section_list
        self._section_titles = [nav.item(i).text() for i in range(nav.count())]
        font = nav.font()
        font.setPointSizeF(font.pointSizeF() * NAV_FONT_SCALE)
        nav.setFont(font)
        nav.setStyleSheet("QListWidget#section_list::item { padding: 4px 6px; }")
        nav.currentRowChanged.connect(self.ui.sections.setCurrentIndex)
        nav.setCurrentRow(0)
        self.records_menu = QMenu(self)
        self.records_menu.setObjectName("records_menu")
        self.ui.records_button.setMenu(self.records_menu)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        self.rows = RowActions(self.ui, self, self.open_record)
        self.reveal = PartyReveal(self, ctx, runner)  # 显示完整身份证号 (logged)
        # Where the case stands with the township; a village's case read-only at a township.
        self.sync = SyncSection(self, self.ui, ctx, runner, self.papers, self.rows)
        self.void = VoidControl(self, ctx, runner)  # 作废…, for a role that may (issue 8)

        self._restore_state()
        self.set_detail(detail)
        runner.submit(lambda: load_choices(ctx, WINDOW_TABLES), on_done=self._on_codes,
                      on_error=lambda exc: log.error("code labels", exc_info=exc))

    # Public API ------------------------------------------------------------------------

    @property
    def case_id(self) -> str:
        return self.detail.summary.id

    def set_detail(self, detail: CaseDetail) -> None:
        """Show ``detail`` everywhere, keeping the selected tab and table rows."""
        self.detail = detail
        self._fill_header()
        self._fill_actions()
        self._fill_records_menu()
        self._fill_tabs()
        self.rows.set_available(record_dialogs.available_records(detail))
        self.papers.load(detail)
        self.sync.load(detail)
        self.void.load(detail)

    def refresh(self) -> None:
        """Read the case again (F5), e.g. after it was changed elsewhere."""
        ctx, case_id = self.ctx, self.case_id
        self.runner.submit(lambda: get_case(ctx, case_id), on_done=self.set_detail,
                           on_error=self._on_refresh_failed, key=f"case_window/{case_id}")

    def run_action(self, action: str) -> None:
        """What an action button does: open the step's form, or say why it cannot be done."""
        view = next((a for a in self.detail.actions if a.action == action), None)
        if view is None:
            return
        if not view.allowed:
            self.explain_refusal(view)
            return
        dialog = ActionDialog(self.ctx, self.runner, self.detail, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(partial(self._on_action_saved, action))
        dialog.finished.connect(partial(self._forget_dialog, "action_dialog"))
        self.action_dialog = dialog
        dialog.open()

    def explain_refusal(self, view: ActionView) -> QMessageBox:
        reason = messages.message(view.refusal_code or "", view.refusal_params,
                                  current_language())
        box = QMessageBox(QMessageBox.Icon.Information,
                          labels.fill(self.tr("“%1” cannot be done yet"),
                                      labels.action_label(view.action)),
                          reason, QMessageBox.StandardButton.Close, self)
        box.setObjectName("refusal_box")
        fix = self.fix_for(view)
        fix_button: QAbstractButton | None = None
        if fix is not None:
            fix_button = box.addButton(record_dialogs.record_label(fix[0]) + "…",
                                       QMessageBox.ButtonRole.ActionRole)
            fix_button.setObjectName("fix_button")
            box.setDefaultButton(fix_button)  # type: ignore[arg-type]
        box.finished.connect(partial(self._on_refusal_answer, box, fix_button, fix))
        self.refusal_box = box
        box.open()
        return box

    def fix_for(self, view: ActionView) -> tuple[str, str | None] | None:
        """The record that cures a refusal, with the row it concerns, if the case takes it."""
        return fix_for(self.detail, view, record_dialogs.available_records(self.detail))

    def open_record(self, kind: str, ref_id: str | None = None) -> QDialog | None:
        try:
            dialog = record_dialogs.open_record(
                self, self.ctx, self.runner, self.detail, kind,
                on_saved=partial(self._on_record_saved, kind), ref_id=ref_id)
        except NotImplementedError:
            self.ui.status_line.setText(labels.fill(
                self.tr("“%1” is not available in this version yet."),
                record_dialogs.record_label(kind)))
            return None
        dialog.finished.connect(partial(self._forget_dialog, "record_dialog"))
        self.record_dialog = dialog
        return dialog

    # Qt overrides ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # Filling ---------------------------------------------------------------------------

    def _fill_header(self) -> None:
        s = self.detail.summary
        self.setWindowTitle(labels.fill(self.tr("Case %1 — %2"), s.case_no, s.title))
        self.ui.case_no_value.setText(s.case_no)
        self.ui.title_value.setText(s.title)
        self.ui.status_value.setText(self.status_text())
        category = s.category_label
        if self.detail.sub_category:
            category = labels.fill(self.tr("%1 (%2)"), category, self.detail.sub_category)
        self.ui.category_value.setText(category)
        self.ui.host_value.setText(s.host_mediator_name or self.tr("not yet assigned"))
        soonest = min(self.detail.deadlines, key=lambda d: d.due_on, default=None)
        self.ui.deadline_value.setText(self.tr("nothing due") if soonest is None else
                                       f"{soonest.due_on.isoformat()}　"
                                       f"{labels.deadline_label(soonest.kind)}　"
                                       f"{labels.days_left_text(soonest.days_left)}")

    def status_text(self) -> str:
        s = self.detail.summary
        text = labels.status_label(s.status)
        if s.is_major:
            text += self.tr(" · major dispute")
        if s.overdue:
            text += "  " + labels.overdue_marker()
        return text

    def _fill_actions(self) -> None:
        layout = self.ui.action_buttons_layout
        for button in self.action_buttons.values():
            layout.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        lang = current_language()
        for view in self.detail.actions:
            name = labels.action_label(view.action)
            button = QPushButton(self)
            button.setObjectName(f"action_{view.action}")
            button.setAutoDefault(True)
            if view.allowed:
                button.setText(name + "…")
                button.setToolTip(labels.fill(self.tr("Open the form for “%1”"), name))
            else:
                why = messages.message(view.refusal_code or "", view.refusal_params, lang)
                # The mark is text, not colour: the step exists but cannot be done yet.
                button.setText("⚠ " + name)
                button.setToolTip(why)
                button.setAccessibleDescription(why)
            button.clicked.connect(partial(self.run_action, view.action))
            layout.addWidget(button)
            self.action_buttons[view.action] = button
        self.ui.no_actions_label.setVisible(not self.detail.actions)

    def _fill_records_menu(self) -> None:
        self.records_menu.clear()
        for kind in record_dialogs.available_records(self.detail):
            act = self.records_menu.addAction(record_dialogs.record_label(kind) + "…")
            act.setData(kind)
            act.triggered.connect(partial(self.open_record, kind, None))
        self.ui.records_button.setEnabled(not self.records_menu.isEmpty())

    def _fill_tabs(self) -> None:
        d, ui = self.detail, self.ui
        t = self._text
        for browser, html in ((ui.overview_browser, t.overview(d, self.codes)),
                              (ui.notice_browser, t.notice(d)),
                              (ui.investigation_browser, t.investigation(d)),
                              (ui.sessions_browser, t.sessions(d)),
                              (ui.agreement_browser, self._agreement.agreement(d)),
                              (ui.followup_browser, t.followup(d)),
                              (ui.confirmation_browser, t.confirmation(d)),
                              (ui.escalation_browser, t.escalation(d))):
            scroll = browser.verticalScrollBar().value()
            browser.setHtml(html)
            browser.verticalScrollBar().setValue(scroll)
        self._tables.parties(ui.parties_table, d)
        self.reveal.update()
        self._tables.mediators(ui.mediators_table, d)
        self._tables.recusals(ui.recusals_table, d)
        self._tables.items(ui.items_table, d)
        self._tables.reminders(ui.reminders_table, d)
        self._history.fill(ui.history_table, d, self.codes)
        self._count_sections()

    def _count_sections(self) -> None:
        """"调查 (2)": how many records each part of the file holds, seen without opening it."""
        d, ui = self.detail, self.ui
        counts = {
            ui.parties_page: len(d.parties),
            ui.mediators_page: sum(1 for m in d.mediators if m.removed_on is None),
            ui.notice_page: len(records_of(d, "rights_notice")),
            ui.investigation_page: len(records_of(d, "investigation")),
            ui.sessions_page: len(records_of(d, "session")),
            ui.agreement_page: sum(1 for a in d.agreements if not a.voided),
            ui.performance_page: len(live_items(d)),
            ui.followup_page: len(records_of(d, "follow_up")),
            ui.confirmation_page: len(records_of(d, "judicial_confirmation")),
            ui.escalation_page: len(records_of(d, "escalation.")),
            ui.history_page: len(d.events),
        }
        for i, title in enumerate(self._section_titles):
            n = counts.get(ui.sections.widget(i), 0)
            ui.section_list.item(i).setText(labels.fill(self.tr("%1 (%2)"), title, n)
                                            if n else title)

    @property
    def current_section(self) -> int:
        return self.ui.section_list.currentRow()

    def show_section(self, row: int) -> None:
        self.ui.section_list.setCurrentRow(row)

    # Slots -----------------------------------------------------------------------------

    def _on_codes(self, choices: Choices) -> None:
        self.codes = label_maps(choices)
        self._fill_tabs()

    def _on_action_saved(self, action: str, detail: CaseDetail) -> None:
        self._apply_change(detail, labels.fill(
            self.tr("Done: %1. The case is now “%2”."), labels.action_label(action),
            labels.status_label(detail.summary.status)))

    def _on_record_saved(self, kind: str, detail: CaseDetail) -> None:
        self._apply_change(detail, labels.fill(self.tr("Saved: %1."),
                                               record_dialogs.record_label(kind)))

    def _forget_dialog(self, name: str, _result: int) -> None:
        setattr(self, name, None)  # it deletes itself on closing

    def _apply_change(self, detail: CaseDetail, message: str) -> None:
        self.set_detail(detail)
        self.ui.status_line.setText(message)
        self.case_changed.emit(detail.summary.id)

    def _on_refusal_answer(self, box: QMessageBox, fix_button: QAbstractButton | None,
                           fix: tuple[str, str | None] | None, _result: int) -> None:
        self.refusal_box = None
        if fix is not None and fix_button is not None and box.clickedButton() is fix_button:
            self.open_record(*fix)

    def _on_refresh_failed(self, exc: BaseException) -> None:
        log.error("could not reload case", exc_info=exc)
        self.ui.status_line.setText(self.tr("The case could not be read again. Press F5 to "
                                            "try again."))

    # State -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.state is None:
            return
        self.state.restore_window(self, STATE_KEY)
        section = self.state.value(SECTION_SETTING)
        if section is not None and section.isdigit() and int(section) < \
                self.ui.section_list.count():
            self.show_section(int(section))

    def save_state(self) -> None:
        if self.state is None:
            return
        self.state.save_window(self, STATE_KEY)
        self.state.set_value(SECTION_SETTING, str(self.current_section))
        self.state.sync()


def raise_case_window(parent: QWidget | None, case_id: str) -> CaseWindow | None:
    """Bring the case's open window to the front; None when it has none."""
    if parent is None:
        return None
    for window in parent.findChildren(CaseWindow):
        if window.case_id == case_id and window.isVisible():
            window.showNormal() if window.isMinimized() else window.show()
            window.raise_()
            window.activateWindow()
            return window
    return None


def open_case_window(parent: QWidget | None, ctx: AppContext, runner: TaskRunner,
                     detail: CaseDetail, state: UiState | None) -> CaseWindow:
    """Show the case in its window: the one already open for it, or a new one."""
    existing = raise_case_window(parent, detail.summary.id)
    if existing is not None:
        existing.set_detail(detail)
        return existing
    window = CaseWindow(ctx, runner, detail, parent, state)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
