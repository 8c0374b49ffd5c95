"""The table tabs of the case window: 当事人, 调解员 (with recusal requests and the
conflict-of-interest column), 履行 (items and reminders). Personal data is shown as the read
model carries it: masked."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QTableWidget, QTableWidgetItem

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.relation_views import ConflictView
from mediation_desk.domain.views import CaseDetail, PerformanceItemView
from mediation_desk.services.conflicts import case_conflicts
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import case_tab_html as h
from mediation_desk.ui.dialogs.case_tab_text import records_of
from mediation_desk.ui.dialogs.conflict_line import show_warning, warning_label
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording.conflict_text import conflict_warning

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
"""Column 0 of a row carries the id of what the row shows (item, recusal request)."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Column 0 also carries the row's state code (pending, done ...) for the row buttons."""

OPEN_ITEM_STATES = ("pending", "overdue")
CONFLICT_LABEL = "mediators_conflicts_label"
"""The 回避提示 line under the mediators table: every conflict of the mediators on the case."""
MAX_COLUMN_PX = 320


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]],
               keys: Sequence[tuple[str, str] | None] = ()) -> None:
    """Replace the rows; keeps the selected row's key selected when it is still there."""
    kept = selected_key(table)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
        if r < len(keys) and keys[r] is not None:
            key, state = keys[r]  # type: ignore[misc]
            table.item(r, 0).setData(KEY_ROLE, key)
            table.item(r, 0).setData(STATE_ROLE, state)
            if key == kept:
                table.selectRow(r)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(table.columnCount() - 1):  # long texts wrap in the last column instead
        header.resizeSection(c, min(header.sectionSize(c), MAX_COLUMN_PX))
    table.resizeRowsToContents()


def selected_key(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(KEY_ROLE) if item is not None else None


def selected_state(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(STATE_ROLE) if item is not None else None


def live_items(d: CaseDetail) -> list[PerformanceItemView]:
    """Items of agreements in force (a re-mediated agreement's items are void)."""
    return [i for a in d.agreements if not a.voided for i in a.items]


class CaseTables(QObject):
    """Fills the tables; the parent (the case window) lends its ``ctx`` and ``runner`` for the
    conflict check, which reads in the background."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts: dict[str, list[ConflictView]] = {}
        """Conflicts of the shown case, by mediator id (empty until they are read)."""
        self._conflicts_case: str | None = None

    def yes_no(self, value: object) -> str:
        return self.tr("yes") if value else self.tr("no")

    def parties(self, table: QTableWidget, d: CaseDetail) -> None:
        rows = []
        # Each row carries the party's id, and "id" when an ID number is on record (the
        # 显示完整身份证号 button follows the selection).
        keys: list[tuple[str, str] | None] = [
            (p.id, "id" if p.id_number_masked else "") for p in d.parties]
        for p in d.parties:
            agent = ""
            if p.agent_type not in ("", "none"):
                agent = labels.join_names([v for v in (h.value_label(p.agent_type),
                                                       p.agent_name) if v])
            rows.append([labels.role_label(p.role), p.name, labels.gender_label(p.gender),
                         "" if p.age is None else str(p.age), p.occupation, p.phone_masked,
                         p.id_number_masked, p.address, agent, self.yes_no(p.consented)])
        fill_table(table, rows, keys)

    def mediators(self, table: QTableWidget, d: CaseDetail) -> None:
        if self._conflicts_case != d.summary.id:
            self.conflicts, self._conflicts_case = {}, d.summary.id
        self._fill_mediators(table, d)
        self._load_conflicts(table, d)

    def _fill_mediators(self, table: QTableWidget, d: CaseDetail) -> None:
        rows, warnings, everything = [], [], []
        lang = current_language()
        for m in d.mediators:
            if m.removed_on is not None:
                task = self.tr("no longer on the case")
            else:
                task = self.tr("presides") if m.is_host else self.tr("mediator")
            found = self.conflicts.get(m.mediator_id, []) if m.removed_on is None else []
            if found:
                # Words and ⚠ in the row itself, never colour alone; the sentence is below.
                task = labels.fill(self.tr("%1 — ⚠ possible conflict of interest"), task)
            rows.append([m.name, task, self.yes_no(m.chosen_by_party), h.iso(m.assigned_on),
                         h.iso(m.removed_on)])
            warnings.append(conflict_warning(found, lang))
            everything += found
        fill_table(table, rows)
        for r, text in enumerate(warnings):
            if text:
                for c in (0, 1):
                    table.item(r, c).setToolTip(text)
        label = self._conflict_label(table)
        label.setAccessibleDescription(show_warning(label, everything))

    def _conflict_label(self, table: QTableWidget) -> QLabel:
        """The 回避提示 line right under the mediators table (made on first use)."""
        parent = table.parentWidget()
        label = parent.findChild(QLabel, CONFLICT_LABEL) if parent else None
        if label is None:
            label = warning_label(parent or table, "mediators")
            label.setObjectName(CONFLICT_LABEL)
            layout = parent.layout() if parent else None
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(layout.indexOf(table) + 1, label)
        return label

    def _load_conflicts(self, table: QTableWidget, d: CaseDetail) -> None:
        window = self.parent()
        ctx, runner = getattr(window, "ctx", None), getattr(window, "runner", None)
        if not isinstance(ctx, AppContext) or not isinstance(runner, TaskRunner):
            return
        case_id = d.summary.id
        if not any(m.removed_on is None for m in d.mediators):
            runner.cancel(f"case_conflicts/{case_id}")
            return

        def show(found: list[ConflictView]) -> None:
            if not shiboken6.isValid(table) or self._conflicts_case != case_id:
                return
            by_mediator: dict[str, list[ConflictView]] = {}
            for c in found:
                by_mediator.setdefault(c.mediator_id, []).append(c)
            self.conflicts = by_mediator
            self._fill_mediators(table, d)

        runner.submit(lambda: case_conflicts(ctx, case_id), on_done=show,
                      on_error=lambda exc: log.error("conflict check", exc_info=exc),
                      key=f"case_conflicts/{case_id}")

    def recusals(self, table: QTableWidget, d: CaseDetail) -> None:
        names = {m.mediator_id: m.name for m in d.mediators}
        found = records_of(d, "recusal")
        rows = [[h.iso(r.on), names.get(str(r.details.get("mediator_id")), ""),
                 str(r.details.get("reason") or ""),
                 h.value_label(str(r.details.get("result") or ""))] for r in found]
        fill_table(table, rows, [(r.id, str(r.details.get("result") or "")) for r in found])

    def items(self, table: QTableWidget, d: CaseDetail) -> None:
        names = {p.id: p.name for p in d.parties}
        due = {x.ref_id: x for x in d.deadlines if x.kind == "performance_item"}
        found = live_items(d)
        rows = []
        for i in found:
            state = h.value_label(i.status)
            deadline = due.get(i.id)
            if i.status in OPEN_ITEM_STATES and deadline is not None:
                state = labels.fill(self.tr("%1 (%2)"), state,
                                    labels.days_left_text(deadline.days_left))
            rows.append([i.description, names.get(i.obligor_party_id or "", ""),
                         h.iso(i.due_on), format_yuan(i.amount_fen) if i.amount_fen else "",
                         state, h.iso(i.done_on)])
        fill_table(table, rows, [(i.id, i.status) for i in found])

    def reminders(self, table: QTableWidget, d: CaseDetail) -> None:
        # Reminders are not a record kind of the read model; the event log holds each one.
        names = {i.id: i.description for a in d.agreements for i in a.items}
        rows = [[str((e.after or {}).get("on") or ""),
                 names.get(str((e.after or {}).get("item_id")), "")]
                for e in d.events if e.action == "case.reminder"]
        fill_table(table, rows)
