"""The table tabs of the case window: 当事人, 调解员 (with recusal requests), 履行 (items and
reminders). Personal data is shown as the read model carries it: masked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.views import CaseDetail, PerformanceItemView
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import case_tab_html as h
from mediation_desk.ui.dialogs.case_tab_text import records_of

KEY_ROLE = Qt.ItemDataRole.UserRole
"""Column 0 of a row carries the id of what the row shows (item, recusal request)."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Column 0 also carries the row's state code (pending, done ...) for the row buttons."""

OPEN_ITEM_STATES = ("pending", "overdue")
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
    def yes_no(self, value: object) -> str:
        return self.tr("yes") if value else self.tr("no")

    def parties(self, table: QTableWidget, d: CaseDetail) -> None:
        rows = []
        for p in d.parties:
            agent = ""
            if p.agent_type not in ("", "none"):
                agent = labels.join_names([v for v in (h.value_label(p.agent_type),
                                                       p.agent_name) if v])
            rows.append([labels.role_label(p.role), p.name, labels.gender_label(p.gender),
                         "" if p.age is None else str(p.age), p.occupation, p.phone_masked,
                         p.id_number_masked, p.address, agent, self.yes_no(p.consented)])
        fill_table(table, rows)

    def mediators(self, table: QTableWidget, d: CaseDetail) -> None:
        rows = []
        for m in d.mediators:
            if m.removed_on is not None:
                task = self.tr("no longer on the case")
            else:
                task = self.tr("presides") if m.is_host else self.tr("mediator")
            rows.append([m.name, task, self.yes_no(m.chosen_by_party), h.iso(m.assigned_on),
                         h.iso(m.removed_on)])
        fill_table(table, rows)

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
