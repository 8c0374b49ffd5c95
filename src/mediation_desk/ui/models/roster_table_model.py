"""Table model over ``RosterEntry`` rows: the mediator roster as the page lists it.

A mediator with a warning (term over, term ending, under age) gets a ⚠ text in the
"Attention" column, so colour is never the only cue."""

from __future__ import annotations

from PySide6.QtCore import QObject

from mediation_desk.domain.roster_views import RosterEntry
from mediation_desk.ui import labels
from mediation_desk.ui import roster_labels as rl
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel

_URGENT = ("roster.term_expired", "roster.minor")


def _date(d: object) -> str:
    return d.isoformat() if d is not None else ""  # type: ignore[attr-defined]


class RosterTableModel(ColumnTableModel[RosterEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("name", self.tr("Name"), lambda e: e.name),
            Column("gender", self.tr("Gender"), lambda e: labels.gender_label(e.gender)),
            Column("age", self.tr("Age"), lambda e: "" if e.age is None else str(e.age)),
            Column("role", self.tr("Post"), lambda e: rl.role_label(e.role, e.is_chief)),
            Column("employment", self.tr("Full/part-time"),
                   lambda e: rl.employment_label(e.employment)),
            Column("term_end", self.tr("Term ends"), lambda e: _date(e.term_end)),
            Column("certificate_no", self.tr("Letter No."), lambda e: e.certificate_no),
            Column("status", self.tr("Status"), lambda e: rl.status_label(e.status)),
            Column("attention", self.tr("Attention"), self._attention),
            Column("specialties", self.tr("Specialties"),
                   lambda e: labels.join_names(e.specialty_labels)),
        ]

    def _attention(self, e: RosterEntry) -> str:
        if any(w.code == "roster.term_expired" for w in e.warnings):
            return self.tr("⚠ Term over")
        if any(w.code == "roster.minor" for w in e.warnings):
            return self.tr("⚠ Under 18")
        if any(w.code == "roster.term_ending" for w in e.warnings):
            return self.tr("Term ends soon")
        return ""

    def tooltip(self, row: RosterEntry) -> str | None:
        return "\n".join(rl.warning_text(w) for w in row.warnings) or None

    def is_urgent(self, row: RosterEntry, column_key: str) -> bool:
        return column_key == "attention" and any(w.code in _URGENT for w in row.warnings)

    def reset_entries(self, entries: list[RosterEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def row_of(self, mediator_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == mediator_id), -1)
