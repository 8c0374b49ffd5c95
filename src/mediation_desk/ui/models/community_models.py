"""Table models of the 联户联防 page: groups, a group's households, households, incident
reports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.domain.community_views import (
    GroupMemberView,
    GroupView,
    HouseholdView,
    IncidentView,
)
from mediation_desk.ui import community_labels, labels
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel

TERM_SOON_DAYS = 30


class _Rows:
    def reset_rows(self, rows: list) -> None:  # type: ignore[type-arg]
        self.beginResetModel()  # type: ignore[attr-defined]
        self._rows = list(rows)
        self.endResetModel()  # type: ignore[attr-defined]

    def rows(self) -> list:  # type: ignore[type-arg]
        return list(self._rows)

    def row_of(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)


class GroupTableModel(_Rows, ColumnTableModel[GroupView]):
    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._columns = [
            Column("name", self.tr("Group"), lambda g: g.name),
            Column("head", self.tr("Head"), lambda g: g.head_name),
            Column("deputy", self.tr("Deputy"), lambda g: g.deputy_name or "—"),
            Column("count", self.tr("Households"), lambda g: str(g.member_count)),
            Column("term_end", self.tr("Term ends"),
                   lambda g: g.term_end.isoformat() if g.term_end else ""),
            Column("status", self.tr("Status"), self._status),
        ]

    def _status(self, g: GroupView) -> str:
        if g.status != "active":
            return community_labels.group_status_label(g.status)
        soon = (g.term_end - self.today).days if g.term_end and self.today else None
        if soon is not None and 0 <= soon <= TERM_SOON_DAYS:
            # 换届 is due: said in words, the colour only adds to it.
            return self.tr("⚠ Term ends in %n day(s)", "", soon)
        if g.warnings:
            return labels.fill(self.tr("⚠ %1 to check"), len(g.warnings))
        return community_labels.group_status_label(g.status)

    def is_urgent(self, row: GroupView, column_key: str) -> bool:
        soon = (row.term_end - self.today).days if row.term_end and self.today else None
        return column_key == "status" and (soon is not None and soon <= TERM_SOON_DAYS)

    def tooltip(self, row: GroupView) -> str | None:
        return "\n".join(community_labels.warning_lines(row.warnings)) or None


class GroupMemberTableModel(_Rows, ColumnTableModel[GroupMemberView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("head_name", self.tr("Head of household"), lambda m: m.head_name),
            Column("address", self.tr("Address"), lambda m: m.address),
            Column("joined_on", self.tr("Joined"), lambda m: m.joined_on.isoformat()),
            Column("left_on", self.tr("Left"),
                   lambda m: m.left_on.isoformat() if m.left_on else ""),
        ]


class HouseholdTableModel(_Rows, ColumnTableModel[HouseholdView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("villager_group", self.tr("Villager group"), lambda h: h.villager_group),
            Column("address", self.tr("Address"), lambda h: h.address),
            Column("head", self.tr("Head of household"), lambda h: h.head_name),
            Column("count", self.tr("Members"), lambda h: str(len(h.members))),
            Column("phone", self.tr("Phone"), self._phone),
            Column("group", self.tr("Joint-defence group"), lambda h: h.group_name or "—"),
            Column("members", self.tr("Members' names"),
                   lambda h: labels.join_names([m.name for m in h.members])),
        ]

    @staticmethod
    def _phone(h: HouseholdView) -> str:
        return next((m.phone_masked for m in h.members if m.is_head and m.phone_masked),
                    next((m.phone_masked for m in h.members if m.phone_masked), ""))


class IncidentTableModel(_Rows, ColumnTableModel[IncidentView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("reported_at", self.tr("Reported"),
                   lambda r: r.reported_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")),
            Column("group", self.tr("Group"), lambda r: r.group_name),
            Column("kind", self.tr("Kind"), lambda r: community_labels.kind_label(r.kind)),
            Column("routed_to", self.tr("Sent to"),
                   lambda r: community_labels.route_label(r.routed_to)),
            Column("case_no", self.tr("Case No."), lambda r: r.case_no),
            Column("description", self.tr("What happened"), lambda r: r.description),
        ]

    def tooltip(self, row: IncidentView) -> str | None:
        lines = [row.description]
        if row.action_taken:
            lines.append(self.tr("Action taken: ") + row.action_taken)
        if row.follow_up:
            lines.append(self.tr("Follow-up: ") + row.follow_up)
        return "\n".join(lines)
