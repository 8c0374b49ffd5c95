"""Read models for screening rounds (排查), their findings, and which periods are due."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.views import View


class FindingView(View):
    id: str
    round_id: str
    description: str
    category: str
    category_label: str
    parties_text: str
    risk_level: str
    action: str
    case_id: str | None
    case_no: str | None  # the linked case's number, once the finding became a case
    is_major: bool
    reported_on: date | None  # the written report of a major finding (2 days)
    report_due: date | None  # held_on + 2 days while a major finding is neither reported
    #                          nor a case (a case's own major-report deadline takes over)


class ScreeningRoundView(View):
    id: str
    period_start: date
    period_end: date
    label: str  # "2026年11月", "第47周（11月16日—22日）", "11月21日"
    held_on: date
    scope: str
    performed_by: list[str]  # as stored: mediator ids, or names of others who took part
    performed_by_names: list[str]
    is_zero_report: bool
    findings: list[FindingView]
    notes: str

    @property
    def has_major(self) -> bool:
        return any(f.is_major for f in self.findings)

    @property
    def open_findings(self) -> int:
        """Findings that have not become a case."""
        return sum(1 for f in self.findings if f.case_id is None)


class ScreeningPeriodView(View):
    """One period of the committee's frequency whose round is due or missing."""

    start: date
    end: date
    label: str
    subject: str  # "2026年11月排查"
    due_on: date
    overdue: bool
    days_left: int


class ScreeningStatusView(View):
    frequency: str
    today: date
    current: ScreeningPeriodView
    current_recorded: bool
    missing: list[ScreeningPeriodView]  # oldest first, the current period last if missing
    next_to_record: ScreeningPeriodView  # the first missing period, else the next one

    @property
    def overdue(self) -> list[ScreeningPeriodView]:
        return [p for p in self.missing if p.overdue]
