"""Where each case stands with the township (sync.md §6), and the sync page's overview.

未导出: changed since the last bundle. 已导出待确认: in a bundle, no receipt yet.
乡镇已接收: the township's receipt acknowledged it. 乡镇退回: the township returned it and
has not yet marked the return as put right."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import sync_ranges
from mediation_desk.domain.sync_views import CaseSyncState, CaseSyncView, SyncOverview
from mediation_desk.services import sync_export, sync_keys, township
from mediation_desk.store import sync_repo
from mediation_desk.store.uow import UnitOfWork


def _states(uow: UnitOfWork, case_ids: Iterable[str] | None) -> dict[str, CaseSyncState]:
    local = sync_repo.station(uow.session, uow.station_id)
    if local is None:
        return {}
    last = sync_repo.case_last_changes(uow.session, local.id)
    if case_ids is not None:
        wanted = set(case_ids)
        last = {k: v for k, v in last.items() if k in wanted}
    up = sync_repo.upstream(uow.session)
    acked = exported = 0
    if up is not None:
        ranges, _ = sync_repo.progress_ranges(uow.session, up.id, local.incarnation_id,
                                              sync_repo.ACKNOWLEDGED)
        acked = sync_ranges.contiguous_high(ranges)
        exported = max((e.seq_to for e in sync_repo.exports(uow.session, up.id)
                        if e.incarnation_id == local.incarnation_id
                        and e.export_level != "statistics"), default=0)
    returned = {n.case_id for n in sync_repo.supervision_notes(uow.session)
                if n.kind == "return" and n.closed_on is None
                and n.origin_station_id != local.id}
    out = {}
    for case_id, seq in last.items():
        if case_id in returned:
            out[case_id] = CaseSyncState.RETURNED
        elif seq <= acked:
            out[case_id] = CaseSyncState.RECEIVED
        elif seq <= exported:
            out[case_id] = CaseSyncState.EXPORTED
        else:
            out[case_id] = CaseSyncState.NOT_EXPORTED
    return out


def case_states(ctx: AppContext, case_ids: Iterable[str] | None = None
                ) -> dict[str, CaseSyncState]:
    """State per case of this station (cases of other stations are not listed)."""
    with ctx.uow() as uow:
        return _states(uow, case_ids)


def case_sync(ctx: AppContext, case_id: str) -> CaseSyncView | None:
    """The case's state and the township's notes on it; None for another station's case."""
    with ctx.uow() as uow:
        state = _states(uow, [case_id]).get(case_id)
        last = sync_repo.case_last_changes(uow.session, uow.station_id).get(case_id, 0)
    if state is None:
        return None
    return CaseSyncView(case_id=case_id, state=state, last_change=last,
                        notes=township.notes_for_case(ctx, case_id))


def overview(ctx: AppContext) -> SyncOverview:
    own = sync_keys.own_identity(ctx)
    up = sync_keys.upstream(ctx)
    log = sync_export.export_log(ctx, limit=1)
    with ctx.uow() as uow:
        states = Counter(s.value for s in _states(uow, None).values())
        receipts = [i.imported_at for i in sync_repo.imports_from(
            uow.session, up.station_id, "receipt")] if up is not None else []
        conflicts = len(sync_repo.open_conflicts(uow.session))
    return SyncOverview(
        kind=own.kind, own=own, upstream=up,
        pending_changes=sync_export.pending_changes(ctx) if up is not None else 0,
        last_export=log[0] if log else None,
        last_receipt_at=receipts[-1] if receipts else None,
        cases_by_state=dict(states), open_returns=states.get(CaseSyncState.RETURNED.value, 0),
        villages=township.villages(ctx) if own.kind == "township" else [],
        open_conflicts=conflicts)
