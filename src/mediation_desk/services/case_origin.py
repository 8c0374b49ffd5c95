"""Whose a case is. At a township every village's case arrives by USB sync and may only be
read there (its village alone changes it, sync.md §3); the case pages ask here whether a
case is this station's own and which village reported it."""

from __future__ import annotations

from collections.abc import Iterable

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.case_origin_views import CaseOrigin, StationScope
from mediation_desk.domain.errors import NotFound
from mediation_desk.store import case_origin_repo
from mediation_desk.store.case_origin_repo import CaseSource, StationName


def _origin(source: CaseSource, stations: dict[str, StationName], local_id: str | None
            ) -> CaseOrigin:
    station = stations.get(source.station_id)
    # A case whose station row is missing (never expected) still names its committee.
    return CaseOrigin(
        case_id=source.case_id, is_own=source.station_id == local_id,
        station_id=source.station_id,
        village_name=station.name if station is not None else source.committee_name,
        village_code=station.code if station is not None else "",
        short_name=source.committee_short_name or (station.name if station else ""))


def case_origins(ctx: AppContext, case_ids: Iterable[str]) -> dict[str, CaseOrigin]:
    """case id → its origin, for a page of the case list (unknown ids are left out)."""
    ids = list(case_ids)
    if not ids:
        return {}
    with ctx.uow() as uow:
        stations = {s.station_id: s for s in case_origin_repo.stations(uow.session)}
        local = next((s.station_id for s in stations.values() if s.is_local), None)
        return {src.case_id: _origin(src, stations, local)
                for src in case_origin_repo.case_sources(uow.session, ids)}


def case_origin(ctx: AppContext, case_id: str) -> CaseOrigin:
    origin = case_origins(ctx, [case_id]).get(case_id)
    if origin is None:
        raise NotFound("mediation_case", case_id, "case")
    return origin


def owner_names(ctx: AppContext, subject: str, ids: Iterable[str]) -> dict[str, str]:
    """record id → the short name of the station that owns it (青石村), for the records a
    今日待办 line is about: subject "case", "mediator", "group" or "screening" (a finding).
    At a township these are mostly villages' records that arrived by sync."""
    ids = list(ids)
    if not ids:
        return {}
    with ctx.uow() as uow:
        owners = case_origin_repo.record_stations(uow.session, subject, ids)
        names = case_origin_repo.committee_short_names(uow.session)
        stations = {s.station_id: s.name for s in case_origin_repo.stations(uow.session)}
    return {rid: names.get(owner) or stations.get(owner, "") for rid, owner in owners.items()}


def station_scope(ctx: AppContext) -> StationScope:
    """This station's kind and whether it reports to a township (empty before setup)."""
    with ctx.uow() as uow:
        stations = case_origin_repo.stations(uow.session)
    local = next((s for s in stations if s.is_local), None)
    return StationScope(kind=local.kind if local is not None else "",
                        name=local.name if local is not None else "",
                        has_upstream=any(s.role == "upstream" for s in stations))
