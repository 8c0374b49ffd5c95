"""联户联防 page: joint-defence groups (head, deputy, election, term, households over time,
warnings), households with their members, the heads' incident reports — one routed to the
mediation committee becomes a linked case — and a tab for the patrol rota, whose panel the
main window puts into ``patrol_container``."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QTableView, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_views import GroupDetail, GroupView, HouseholdView
from mediation_desk.services import groups, households, incidents
from mediation_desk.services.incidents import IncidentFilter
from mediation_desk.ui import community_labels, labels
from mediation_desk.ui.dialogs.group_change_dialogs import (
    FollowUpDialog,
    HeadChangeDialog,
    MembershipDialog,
)
from mediation_desk.ui.dialogs.group_dialog import GroupDialog
from mediation_desk.ui.dialogs.household_dialog import HouseholdDialog
from mediation_desk.ui.dialogs.incident_dialog import IncidentDialog
from mediation_desk.ui.field_errors import ERROR_STYLE
from mediation_desk.ui.flow_layout import wrap_row
from mediation_desk.ui.forms.ui_joint_defence_page import Ui_JointDefencePage
from mediation_desk.ui.models.community_models import (
    GroupMemberTableModel,
    GroupTableModel,
    HouseholdTableModel,
    IncidentTableModel,
)
from mediation_desk.ui.table_layout import apply_default_widths
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 300
PERIODS = (("all", None), ("30", 30), ("90", 90), ("365", 365))
GROUPS_TAB, HOUSEHOLDS_TAB, INCIDENTS_TAB, PATROL_TAB = range(4)


class JointDefencePage(QWidget):
    case_activated = Signal(str)
    """A case made from an incident report was opened; carries its id."""
    group_selected = Signal(str)
    """The group chosen in the 联防组 tab (the patrol panel follows it)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JointDefencePage()
        self.ui.setupUi(self)
        wrap_row(self.ui.incident_bar, self)  # many actions: wrap rather than widen the window
        ui = self.ui
        self._ctx = ctx
        self._runner = runner
        self._wanted_group: str | None = None
        self._detail: GroupDetail | None = None
        self.dialog: Any = None
        """The form open over the page (for tests), or None."""
        self.group_model = GroupTableModel(self, today=ctx.today())
        self.member_model = GroupMemberTableModel(self)
        self.household_model = HouseholdTableModel(self)
        self.incident_model = IncidentTableModel(self)
        for view, model in ((ui.group_table, self.group_model),
                            (ui.member_table, self.member_model),
                            (ui.household_table, self.household_model),
                            (ui.incident_table, self.incident_model)):
            view.setModel(model)
        self._apply_widths()
        ui.group_warnings_label.setStyleSheet(ERROR_STYLE)
        ui.group_splitter.setSizes([300, 300])
        self._fill_filters()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._load_households)

        ui.group_table.selectionModel().currentRowChanged.connect(self._on_group_row_changed)
        ui.group_table.activated.connect(self._on_edit_group_button_clicked)
        ui.new_group_button.clicked.connect(self._on_new_group_button_clicked)
        ui.edit_group_button.clicked.connect(self._on_edit_group_button_clicked)
        ui.change_head_button.clicked.connect(self._on_change_head_button_clicked)
        ui.membership_button.clicked.connect(self._on_membership_button_clicked)
        ui.dissolve_button.clicked.connect(self._on_dissolve_button_clicked)
        ui.household_search_edit.textChanged.connect(self._search_timer.start)
        ui.new_household_button.clicked.connect(self._on_new_household_button_clicked)
        ui.edit_household_button.clicked.connect(self._on_edit_household_button_clicked)
        ui.household_table.activated.connect(self._on_edit_household_button_clicked)
        for combo in (ui.incident_group_combo, ui.incident_kind_combo, ui.incident_route_combo,
                      ui.incident_period_combo):
            combo.currentIndexChanged.connect(self._load_incidents)
        ui.report_button.clicked.connect(self._on_report_button_clicked)
        ui.follow_up_button.clicked.connect(self._on_follow_up_button_clicked)
        ui.incident_table.activated.connect(self._on_incident_table_activated)
        self._update_buttons()

    # Page contract -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._load_groups()
        self._load_households()
        self._load_incidents()

    def show_item(self, item_id: str) -> None:
        """Select a group (今日待办 sends its id for a head's term)."""
        self.ui.tabs.setCurrentIndex(GROUPS_TAB)
        row = self.group_model.row_of(item_id)
        if row >= 0:
            self._select_row(self.ui.group_table, row)
        else:
            self._wanted_group = item_id
            self._load_groups()

    def selected_group_id(self) -> str | None:
        group = self.selected_group()
        return group.id if group else None

    def selected_group(self) -> GroupView | None:
        # The current row: selection signals come before the selection is stored.
        index = self.ui.group_table.currentIndex()
        return self.group_model.row_at(index.row()) if index.isValid() else None

    # Loading -----------------------------------------------------------------------------

    def _load_groups(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: groups.list_groups(ctx), on_done=self._on_groups_loaded,
                            on_error=self._on_failed, key="jd:groups")

    def _on_groups_loaded(self, found: list[GroupView]) -> None:
        keep = self._wanted_group or self.selected_group_id()
        self._wanted_group = None
        self.group_model.reset_rows(found)
        active = [g for g in found if g.status == "active"]
        self.ui.group_count_label.setText(
            labels.fill(self.tr("%1 groups, %2 households"), len(active),
                        sum(g.member_count for g in active)) if found
            else self.tr("No joint-defence groups yet. Press “New group…” to set one up."))
        combo = self.ui.incident_group_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for g in found:
            combo.addItem(g.name, g.id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)
        row = self.group_model.row_of(keep) if keep else -1
        if found:
            self._select_row(self.ui.group_table, max(row, 0))
        else:
            self._show_detail(None)

    def _on_group_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group = self.group_model.row_at(current.row())
        self._update_buttons()
        if group is None:
            self._show_detail(None)
            return
        self.group_selected.emit(group.id)
        ctx, gid = self._ctx, group.id
        self._runner.submit(lambda: groups.get_group(ctx, gid), on_done=self._show_detail,
                            on_error=self._on_failed, key="jd:group_detail")

    def _show_detail(self, detail: GroupDetail | None) -> None:
        self._detail = detail
        ui = self.ui
        if detail is None:
            ui.group_detail_label.setText(
                self.tr("Choose a group above to see its head and households."))
            ui.group_warnings_label.hide()
            self.member_model.reset_rows([])
            return
        g = detail.group
        lines = [
            labels.fill(self.tr("<b>%1</b> (%2)"), g.name, g.villager_group or "—"),
            labels.fill(self.tr("Head: %1 %2 · Deputy: %3"), g.head_name or "—",
                        g.head_phone_masked, g.deputy_name or "—"),
            labels.fill(self.tr("Elected %1 by %2 · term to %3 · %4 households now, "
                                "%5 incident reports"),
                        g.elected_on.isoformat() if g.elected_on else "—",
                        g.selection_method or "—",
                        g.term_end.isoformat() if g.term_end else "—", g.member_count,
                        detail.incidents),
        ]
        if g.status != "active":
            lines.append(community_labels.group_status_label(g.status))
        ui.group_detail_label.setText("<br>".join(_escape(line) if i else line
                                                  for i, line in enumerate(lines)))
        warnings = community_labels.warning_lines(g.warnings)
        ui.group_warnings_label.setText("\n".join(warnings))
        ui.group_warnings_label.setVisible(bool(warnings))
        self.member_model.reset_rows(detail.members)
        self._update_buttons()

    def _load_households(self) -> None:
        ctx, text = self._ctx, self.ui.household_search_edit.text().strip()
        self._runner.submit(lambda: households.list_households(ctx, search=text),
                            on_done=self._on_households_loaded, on_error=self._on_failed,
                            key="jd:households")

    def _on_households_loaded(self, found: list[HouseholdView]) -> None:
        self.household_model.reset_rows(found)
        people = sum(len(h.members) for h in found)
        self.ui.household_count_label.setText(
            labels.fill(self.tr("%1 households, %2 people"), len(found), people) if found
            else self.tr("No households found."))

    def incident_filter(self) -> IncidentFilter:
        ui = self.ui
        days = ui.incident_period_combo.currentData()
        return IncidentFilter(
            group_id=ui.incident_group_combo.currentData(),
            kind=ui.incident_kind_combo.currentData(),
            routed_to=ui.incident_route_combo.currentData(),
            date_from=self._ctx.today() - timedelta(days=days) if days else None)

    def _load_incidents(self, *_args: object) -> None:
        ctx, flt = self._ctx, self.incident_filter()
        self._runner.submit(lambda: incidents.list_incidents(ctx, flt),
                            on_done=self._on_incidents_loaded, on_error=self._on_failed,
                            key="jd:incidents")

    def _on_incidents_loaded(self, found: list[Any]) -> None:
        self.incident_model.reset_rows(found)
        cases = sum(1 for r in found if r.case_id)
        self.ui.incident_count_label.setText(
            labels.fill(self.tr("%1 reports, %2 became cases. Double-click a report with a "
                                "case number to open the case."), len(found), cases)
            if found else self.tr("No incident reports match."))

    def _on_failed(self, exc: BaseException) -> None:
        log.error("joint-defence page query failed", exc_info=exc)
        self.ui.group_count_label.setText(
            self.tr("The list could not be read. Press F5 to try again."))

    # Groups ------------------------------------------------------------------------------

    def _on_new_group_button_clicked(self) -> None:
        self._open(GroupDialog(self._ctx, self._runner, self), self._after_group_saved)

    def _on_edit_group_button_clicked(self, *_args: object) -> None:
        group = self.selected_group()
        if group is not None and group.status == "active":
            self._open(GroupDialog(self._ctx, self._runner, self, group=group),
                       self._after_group_saved)

    def _on_change_head_button_clicked(self) -> None:
        group = self.selected_group()
        if group is not None and group.status == "active":
            self._open(HeadChangeDialog(self._ctx, self._runner, group, self),
                       self._after_group_saved)

    def _on_membership_button_clicked(self) -> None:
        group = self.selected_group()
        if group is not None and group.status == "active":
            self._open(MembershipDialog(self._ctx, self._runner, group, self),
                       lambda _d: self.refresh())

    def _on_dissolve_button_clicked(self) -> None:
        group = self.selected_group()
        if group is None or group.status != "active":
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Dissolve group"), labels.fill(
            self.tr("Dissolve %1 today? Its %2 households leave the group and can join "
                    "another one. The group's records are kept."), group.name,
            group.member_count), QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("dissolve_question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.dialog = box
        box.finished.connect(lambda _r: self._on_dissolve_answer(box, group.id))
        box.open()

    def _on_dissolve_answer(self, box: QMessageBox, group_id: str) -> None:
        self.dialog = None
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        ctx = self._ctx
        self._runner.submit(lambda: groups.dissolve_group(ctx, group_id, {}),
                            on_done=self._after_group_saved, on_error=self._on_action_failed,
                            write=True)

    def _on_action_failed(self, exc: BaseException) -> None:
        from mediation_desk.domain.errors import DomainError
        from mediation_desk.ui.i18n import current_language
        from mediation_desk.wording import messages

        if isinstance(exc, DomainError):
            text = "; ".join(messages.describe(exc.to_dict(), current_language()))
        else:
            log.error("group action failed", exc_info=exc)
            text = self.tr("The change could not be saved.")
        self.ui.group_warnings_label.setText("⚠ " + text)
        self.ui.group_warnings_label.show()

    def _after_group_saved(self, view: GroupView) -> None:
        self._wanted_group = view.id
        self.refresh()

    # Households --------------------------------------------------------------------------

    def _on_new_household_button_clicked(self) -> None:
        self._open(HouseholdDialog(self._ctx, self._runner, self),
                   lambda _v: self.refresh())

    def _on_edit_household_button_clicked(self, *_args: object) -> None:
        rows = self.ui.household_table.selectionModel().selectedRows()
        household = self.household_model.row_at(rows[0].row()) if rows else None
        if household is not None:
            self._open(HouseholdDialog(self._ctx, self._runner, self, household=household),
                       lambda _v: self.refresh())

    # Incidents ---------------------------------------------------------------------------

    def _on_report_button_clicked(self) -> None:
        active = [g for g in self.group_model.rows() if g.status == "active"]
        chosen = self.ui.incident_group_combo.currentData() or self.selected_group_id()
        dialog = IncidentDialog(self._ctx, self._runner, active, self, group_id=chosen)
        dialog.case_registered.connect(lambda _id: self.refresh())
        self._open(dialog, lambda _v: self.refresh(), signal=dialog.reported)

    def _on_follow_up_button_clicked(self) -> None:
        report = self._selected_incident()
        if report is not None:
            self._open(FollowUpDialog(self._ctx, self._runner, report, self),
                       lambda _v: self._load_incidents())

    def _on_incident_table_activated(self, index: QModelIndex) -> None:
        report = self.incident_model.row_at(index.row())
        if report is None:
            return
        if report.case_id:
            self.case_activated.emit(report.case_id)
        else:
            self._on_follow_up_button_clicked()

    def _selected_incident(self) -> Any:
        rows = self.ui.incident_table.selectionModel().selectedRows()
        return self.incident_model.row_at(rows[0].row()) if rows else None

    # Helpers -----------------------------------------------------------------------------

    def _open(self, dialog: Any, on_saved: Any, *, signal: Any = None) -> None:
        self.dialog = dialog
        (signal or dialog.saved).connect(on_saved)
        dialog.finished.connect(lambda _r: self._on_dialog_finished(dialog))
        dialog.open()

    def _on_dialog_finished(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _update_buttons(self) -> None:
        group = self.selected_group()
        active = group is not None and group.status == "active"
        for button in (self.ui.edit_group_button, self.ui.change_head_button,
                       self.ui.membership_button, self.ui.dissolve_button):
            button.setEnabled(active)

    def _fill_filters(self) -> None:
        ui = self.ui
        _fill(ui.incident_kind_combo, self.tr("All"),
              [(community_labels.kind_label(c), c) for c in community_labels.INCIDENT_KINDS])
        _fill(ui.incident_route_combo, self.tr("All"),
              [(community_labels.route_label(c), c) for c in community_labels.ROUTES])
        names = {"30": self.tr("Last 30 days"), "90": self.tr("Last 90 days"),
                 "365": self.tr("Last 12 months")}
        _fill(ui.incident_period_combo, self.tr("All"),
              [(names[key], days) for key, days in PERIODS if days])
        _fill(ui.incident_group_combo, self.tr("All"), [])

    def _apply_widths(self) -> None:
        ui = self.ui
        apply_default_widths(ui.group_table, {0: ["第三村民组第一联防组"], 1: ["欧阳建国"],
                                              2: ["欧阳建国"], 3: ["户数"],
                                              4: ["2026-12-31"]})
        apply_default_widths(ui.member_table, {0: ["欧阳建国"], 1: ["白沙镇青石村第三村民组12号"],
                                               2: ["2026-12-31"]})
        apply_default_widths(ui.household_table, {0: ["第三村民组"], 1: ["白沙镇青石村三组12号"],
                                                  2: ["欧阳建国"], 3: ["人数"],
                                                  4: ["138****5678"],
                                                  5: ["第三村民组第一联防组"]})
        apply_default_widths(ui.incident_table, {0: ["2026-12-31 20:30"], 1: ["第三村民组第一联防组"],
                                                 2: ["空巢老人/留守儿童"], 3: ["户长自行处理"],
                                                 4: ["（2026）青石村人调字第123号"]})

    @staticmethod
    def _select_row(view: QTableView, row: int) -> None:
        view.selectRow(row)
        view.setCurrentIndex(view.model().index(row, 0))


def _fill(combo: QComboBox, all_text: str, items: list[tuple[str, Any]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.blockSignals(False)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
