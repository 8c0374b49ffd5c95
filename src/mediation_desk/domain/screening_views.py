"""Read models for screening rounds (排查) and their findings."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.views import View


class FindingView(View):
    id: str
    description: str
    category: str
    risk_level: str
    action: str
    case_id: str | None


class ScreeningRoundView(View):
    id: str
    period_start: date
    period_end: date
    held_on: date
    scope: str
    is_zero_report: bool
    findings: list[FindingView]
    notes: str
