"""今日待办 lines: Mediators whose term ends soon or has ended while they are still recorded as serving."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.views import AgendaItem
from mediation_desk.store.uow import UnitOfWork


def agenda_items(uow: UnitOfWork, today: date, horizon: date) -> list[AgendaItem]:
    """Lines due on or before ``horizon`` (overdue ones included)."""
    return []
