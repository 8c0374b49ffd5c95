"""Setting up this installation as a village or township station (`init`)."""

from __future__ import annotations

import re

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.caseno import validate_short_name
from mediation_desk.domain.codes import DEFAULT_CODES
from mediation_desk.domain.enums import StationKind
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.views import StationView
from mediation_desk.store import pii, repos
from mediation_desk.store.tables import CodeEntry, Committee, Station
from mediation_desk.sync import keys as station_keys

_CODE_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{0,31}$")
_SUFFIXES = ("人民调解委员会", "调解委员会", "村民委员会", "居民委员会", "委员会", "司法所")


def derive_short_name(name: str) -> str:
    """青石村人民调解委员会 → 青石村 (what goes into 人调字 numbers)."""
    short = name.strip()
    for suffix in _SUFFIXES:
        if short.endswith(suffix) and len(short) > len(suffix):
            short = short[: -len(suffix)]
            break
    return short[:8]


def init_station(ctx: AppContext, *, kind: str, code: str, name: str,
                 short_name: str = "", township_name: str = "", county_name: str = "",
                 village_name: str = "") -> StationView:
    errors: list[DomainError] = []
    if kind not in {k.value for k in StationKind}:
        errors.append(DomainError("field.choice", "kind", allowed=[k.value for k in StationKind]))
    code = code.strip()
    if not _CODE_RE.match(code):
        errors.append(DomainError("station.code_format", "code"))
    name = name.strip()
    if not name:
        errors.append(DomainError("field.required", "name"))
    elif len(name) > 100:
        errors.append(DomainError("field.too_long", "name", max_length=100))
    short = short_name.strip() or derive_short_name(name)
    try:
        validate_short_name(short, field="short_name")
    except DomainError as exc:
        if name:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)

    with ctx.uow(write=True) as uow:
        if repos.local_station(uow.session) is not None:
            raise DomainError("station.already_initialised")
        station = Station(kind=kind, code=code, name=name, is_local=True)
        uow.session.add(station)
        uow.session.flush()
        uow.bind_station(station.id)
        committee = Committee(kind=kind, name=name, short_name=short,
                              village_name=village_name or (name if kind == "village" else ""),
                              township_name=township_name, county_name=county_name,
                              region_code=code, origin_station_id=station.id)
        uow.session.add(committee)
        for table, defs in DEFAULT_CODES.items():
            for order, d in enumerate(defs):
                uow.session.add(CodeEntry(table_name=table.value, code=d.code,
                                          label_zh=d.label_zh, label_en=d.label_en,
                                          group_code=d.group, sort_order=order))
        uow.session.flush()
        uow.log("station.init", "committee", committee.id,
                after={"kind": kind, "code": code, "name": name, "short_name": short})
        # The key must exist before any ID number can be stored; created with the station
        # so that a key never silently replaces one that encrypted existing data.
        pii.create_key(ctx.paths.keys_dir)
        # Sync keys too: the fingerprint is on screen from the first day, for enrollment.
        keys = station_keys.ensure_keys(ctx.paths.keys_dir)
        station.signing_key, station.exchange_key = keys.signing_public, keys.exchange_public
        uow.commit()
        view = _view(station, committee)
    ctx.set_station(view.station_id)
    return view


def get_station(ctx: AppContext) -> StationView | None:
    with ctx.uow() as uow:
        station = repos.local_station(uow.session)
        if station is None:
            return None
        committee = repos.local_committee(uow.session, station.id)
        if committee is None:
            return None
        return _view(station, committee)


def require_station(ctx: AppContext) -> StationView:
    view = get_station(ctx)
    if view is None:
        raise DomainError("station.not_initialised")
    return view


def _view(station: Station, committee: Committee) -> StationView:
    return StationView(station_id=station.id, kind=station.kind, code=station.code,
                       name=station.name, incarnation_id=station.incarnation_id,
                       committee_id=committee.id, committee_name=committee.name,
                       short_name=committee.short_name, township_name=committee.township_name,
                       county_name=committee.county_name)
