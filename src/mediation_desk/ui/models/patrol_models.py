"""Table models of the patrol panel: shifts, turns per household, patrol logs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from mediation_desk.domain.patrol_views import FairnessLine, PatrolLogView, ShiftView
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel

T = TypeVar("T")


def weekday_text(day: int) -> str:
    names = (QCoreApplication.translate("PatrolModels", "Mon"),
             QCoreApplication.translate("PatrolModels", "Tue"),
             QCoreApplication.translate("PatrolModels", "Wed"),
             QCoreApplication.translate("PatrolModels", "Thu"),
             QCoreApplication.translate("PatrolModels", "Fri"),
             QCoreApplication.translate("PatrolModels", "Sat"),
             QCoreApplication.translate("PatrolModels", "Sun"))
    return names[day]


def status_text(s: ShiftView) -> str:
    """Status in words; 已调换 and 缺勤 are words too, never a colour only."""
    words = {"planned": QCoreApplication.translate("PatrolModels", "Planned"),
             "done": QCoreApplication.translate("PatrolModels", "Patrolled"),
             "missed": QCoreApplication.translate("PatrolModels", "Missed"),
             "swapped": QCoreApplication.translate("PatrolModels", "Swapped")}
    text = words.get(s.status, s.status)
    if s.swapped and s.status != "swapped":
        text += QCoreApplication.translate("PatrolModels", " · swapped")
    return text


def names(s: ShiftView) -> str:
    return "、".join(h.head_name for h in s.households)


def shift_line(s: ShiftView) -> str:
    """``2026-11-23 Mon 20:00-22:00 赵三、钱三`` for lists and dialog headings."""
    return f"{s.shift_date.isoformat()} {weekday_text(s.weekday)} {s.window}  {names(s)}"


class _Rows(ColumnTableModel[T], Generic[T]):
    def reset_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)


class ShiftTableModel(_Rows[ShiftView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("date", self.tr("Date"), lambda s: s.shift_date.isoformat()),
            Column("weekday", self.tr("Day"), lambda s: weekday_text(s.weekday)),
            Column("window", self.tr("Time"), lambda s: s.window),
            Column("households", self.tr("Households on duty"), names),
            Column("status", self.tr("Status"), status_text),
            Column("note", self.tr("Note"), lambda s: s.note),
        ]

    def tooltip(self, row: ShiftView) -> str | None:
        if not row.swapped:
            return None
        planned = "、".join(h.head_name for h in row.planned)
        return self.tr("Planned: %1").replace("%1", planned)

    def is_urgent(self, row: ShiftView, column_key: str) -> bool:
        return column_key == "status" and row.status == "missed"


class FairnessTableModel(_Rows[FairnessLine]):
    def __init__(self, parent: QObject | None = None, *, prior: bool = False) -> None:
        super().__init__(parent)
        self._columns = [
            Column("head", self.tr("Head of household"), lambda f: f.head_name),
            Column("planned", self.tr("Turns"), lambda f: str(f.planned)),
        ]
        if prior:
            self._columns.append(Column("prior", self.tr("Turns before"),
                                        lambda f: str(f.prior)))
        else:
            self._columns += [Column("done", self.tr("Patrolled"), lambda f: str(f.done)),
                              Column("missed", self.tr("Missed"), lambda f: str(f.missed))]


class LogTableModel(_Rows[PatrolLogView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("date", self.tr("Date"), lambda g: g.shift_date.isoformat()),
            Column("time", self.tr("Time"), _log_time),
            Column("participants", self.tr("Who went"), lambda g: "、".join(g.participants)),
            Column("observations", self.tr("What was seen"), lambda g: g.observations),
            Column("hazards", self.tr("Hazards"), lambda g: g.hazards),
        ]

    def tooltip(self, row: PatrolLogView) -> str | None:
        return "\n".join(t for t in (row.observations, row.hazards) if t) or None


def _log_time(g: PatrolLogView) -> str:
    if g.actual_start is None:
        return g.window
    end = f"-{g.actual_end:%H:%M}" if g.actual_end is not None else ""
    return f"{g.actual_start:%H:%M}{end}"
