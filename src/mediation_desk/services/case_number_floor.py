"""Keeping case numbers unique after a village is restored from an old backup (issue 8).

The township's receipts carry the highest number it holds of each of the village's
committees and years; the village moves its counters past them, logging each skip, so a
restored village never reissues a number the township already has."""

from __future__ import annotations

from collections.abc import Iterable

from mediation_desk.store import case_numbers, repos
from mediation_desk.store.tables import Committee
from mediation_desk.store.uow import UnitOfWork


def adopt(uow: UnitOfWork, floors: Iterable[tuple[str, int, int]], *, source: str) -> int:
    """Raise the counters to the given floors; returns how many moved. Committees this
    station does not have are ignored (they cannot be its own)."""
    moved = 0
    for committee_id, year, last_seq in floors:
        if repos.get(uow.session, Committee, committee_id) is None:
            continue
        old = case_numbers.raise_counter(uow.session, committee_id, year, last_seq)
        if old is None:
            continue
        moved += 1
        uow.log(case_numbers.SKIP_ACTION, "committee", committee_id,
                after={"year": year, "from": old + 1, "to": last_seq, "source": source})
    return moved
