"""Table models of the 排查 page: the rounds, and the findings of the selected round.

A major finding says so in words ("⚠ Major"), never by colour alone; a written report that
is overdue is also shown in the urgent emphasis."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from mediation_desk.domain.screening_views import FindingView, ScreeningRoundView
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.screening_findings_editor import risk_label
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel


def result_text(r: ScreeningRoundView) -> str:
    if r.is_zero_report:
        return QCoreApplication.translate("ScreeningModels", "Nil report")
    return QCoreApplication.translate("ScreeningModels", "%n finding(s)", "", len(r.findings))


def major_text(f: FindingView) -> str:
    if not f.is_major:
        return ""
    if f.reported_on:
        return labels.fill(QCoreApplication.translate("ScreeningModels", "⚠ Major, reported %1"), f.reported_on.isoformat())
    if f.report_due:
        return labels.fill(QCoreApplication.translate("ScreeningModels", "⚠ Major, report due %1"), f.report_due.isoformat())
    return QCoreApplication.translate("ScreeningModels", "⚠ Major")


class RoundsModel(ColumnTableModel[ScreeningRoundView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("period", QCoreApplication.translate("ScreeningModels", "Period"), lambda r: r.label),
            Column("held_on", QCoreApplication.translate("ScreeningModels", "Held on"), lambda r: r.held_on.isoformat()),
            Column("by", QCoreApplication.translate("ScreeningModels", "Performed by"), lambda r: labels.join_names(r.performed_by_names)),
            Column("scope", QCoreApplication.translate("ScreeningModels", "Scope"), lambda r: r.scope),
            Column("result", QCoreApplication.translate("ScreeningModels", "Result"), result_text),
            Column("major", QCoreApplication.translate("ScreeningModels", "Major"), lambda r: QCoreApplication.translate("ScreeningModels", "⚠ Major") if r.has_major else ""),
        ]

    def reset_rounds(self, rounds: list[ScreeningRoundView]) -> None:
        self.beginResetModel()
        self._rows = list(rounds)
        self.endResetModel()

    def row_of(self, round_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == round_id), -1)

    def tooltip(self, row: ScreeningRoundView) -> str | None:
        return row.notes or None


class FindingsModel(ColumnTableModel[FindingView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None
        self._columns = [
            Column("description", QCoreApplication.translate("ScreeningModels", "What was found"), lambda f: f.description),
            Column("category", QCoreApplication.translate("ScreeningModels", "Category"), lambda f: f.category_label),
            Column("risk", QCoreApplication.translate("ScreeningModels", "Risk"), lambda f: risk_label(f.risk_level)),
            Column("major", QCoreApplication.translate("ScreeningModels", "Major"), major_text),
            Column("action", QCoreApplication.translate("ScreeningModels", "Action taken"), lambda f: f.action),
            Column("case", QCoreApplication.translate("ScreeningModels", "Case"), lambda f: f.case_no or QCoreApplication.translate("ScreeningModels", "Not a case")),
        ]

    def reset_findings(self, findings: list[FindingView], today: date) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.today = today
        self.endResetModel()

    def row_of(self, finding_id: str) -> int:
        return next((i for i, f in enumerate(self._rows) if f.id == finding_id), -1)

    def tooltip(self, row: FindingView) -> str | None:
        return "\n".join(x for x in (row.description, row.parties_text) if x) or None

    def is_urgent(self, row: FindingView, column_key: str) -> bool:
        return (column_key == "major" and row.report_due is not None
                and self.today is not None and row.report_due <= self.today)
