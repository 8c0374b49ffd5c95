"""今日待办 lines: Screening rounds due or overdue for the committee's frequency, and major findings whose
written report (2 days) is outstanding."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.views import AgendaItem
from mediation_desk.store.uow import UnitOfWork


def agenda_items(uow: UnitOfWork, today: date, horizon: date) -> list[AgendaItem]:
    """Lines due on or before ``horizon`` (overdue ones included)."""
    return []
