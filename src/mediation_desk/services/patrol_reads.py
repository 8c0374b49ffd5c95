"""Reading patrol rotas, shifts and logs into read models, with the households' head names.

Shared by the patrol services (services/patrols.py) and the printed rota; every function
takes an open unit of work."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.domain.enums import ShiftStatus
from mediation_desk.domain.errors import NotFound
from mediation_desk.domain.patrol_views import (
    FairnessLine,
    PatrolLogView,
    RotaView,
    ShiftHousehold,
    ShiftView,
)
from mediation_desk.store import patrol_repo, repos
from mediation_desk.store.tables import JointDefenseGroup, PatrolLog, PatrolRota, PatrolShift
from mediation_desk.store.uow import UnitOfWork


def group_row(uow: UnitOfWork, group_ref: str, field: str = "group_id") -> JointDefenseGroup:
    """A group by id, or by its exact name (handy on the command line)."""
    g = repos.get(uow.session, JointDefenseGroup, group_ref)
    if g is None or g.voided_at is not None:
        g = patrol_repo.group_by_name(uow.session, group_ref)
    if g is None:
        raise NotFound("joint_defense_group", group_ref, field)
    return g


def shift_row(uow: UnitOfWork, shift_id: str, field: str = "shift_id") -> PatrolShift:
    s = repos.get(uow.session, PatrolShift, shift_id)
    if s is None or s.voided_at is not None:
        raise NotFound("patrol_shift", shift_id, field)
    return s


def rota_row(uow: UnitOfWork, rota_id: str, field: str = "rota_id") -> PatrolRota:
    r = repos.get(uow.session, PatrolRota, rota_id)
    if r is None or r.voided_at is not None:
        raise NotFound("patrol_rota", rota_id, field)
    return r


def members_on(uow: UnitOfWork, group_id: str, on: date) -> list[str]:
    """Household ids of the group's members on ``on``, in address order (neighbours follow
    each other in the rotation)."""
    rows = patrol_repo.memberships_with_households(uow.session, group_id, on)
    live = [(hh.address, hh.id) for m, hh in rows
            if hh.voided_at is None and (m.left_on is None or m.left_on > on)]
    return [hid for _addr, hid in sorted(set(live))]


def head_names(uow: UnitOfWork, household_ids: Iterable[str]) -> dict[str, str]:
    """The head's name per household; the address when a household has no head recorded."""
    ids = sorted(set(household_ids))
    if not ids:
        return {}
    rows = patrol_repo.households_by_ids(uow.session, ids)
    heads = sorted({hh.head_person_id for hh in rows if hh.head_person_id})
    names = {p.id: p.name for p in repos.persons_by_ids(uow.session, heads)}
    out = {hh.id: names.get(hh.head_person_id or "", "") or hh.address or hh.id[:8]
           for hh in rows}
    return {h: out.get(h, h[:8]) for h in ids}


def group_shifts(uow: UnitOfWork, group_id: str, *, rota_id: str | None = None,
                 from_date: date | None = None, to_date: date | None = None
                 ) -> list[PatrolShift]:
    return patrol_repo.group_shifts(uow.session, group_id, rota_id=rota_id,
                                    from_date=from_date, to_date=to_date)


def group_rotas(uow: UnitOfWork, group_id: str) -> list[PatrolRota]:
    return patrol_repo.group_rotas(uow.session, group_id)


def logged_shift_ids(uow: UnitOfWork, shift_ids: Sequence[str]) -> set[str]:
    return patrol_repo.logged_shift_ids(uow.session, shift_ids)


def window_text(s: PatrolShift) -> str:
    if s.start_time is None or s.end_time is None:
        return ""
    return f"{s.start_time:%H:%M}-{s.end_time:%H:%M}"


def shift_views(uow: UnitOfWork, rows: Sequence[PatrolShift]) -> list[ShiftView]:
    names = head_names(uow, [h for s in rows for h in (*s.assignees, *s.planned_assignees)])
    logged = logged_shift_ids(uow, [s.id for s in rows])
    return [shift_view(s, names, s.id in logged) for s in rows]


def shift_view(s: PatrolShift, names: dict[str, str], has_log: bool) -> ShiftView:
    planned = s.planned_assignees or s.assignees

    def people(ids: Sequence[str]) -> list[ShiftHousehold]:
        return [ShiftHousehold(id=h, head_name=names.get(h, h[:8])) for h in ids]

    return ShiftView(id=s.id, rota_id=s.rota_id, group_id=s.group_id, shift_date=s.shift_date,
                     weekday=s.shift_date.weekday(), window=window_text(s), area=s.area,
                     households=people(s.assignees), planned=people(planned), status=s.status,
                     swapped=list(s.assignees) != list(planned), note=s.note, has_log=has_log)


def rota_view(uow: UnitOfWork, r: PatrolRota, group_name: str) -> RotaView:
    count = len(group_shifts(uow, r.group_id, rota_id=r.id))
    return RotaView(id=r.id, group_id=r.group_id, group_name=group_name, starts_on=r.starts_on,
                    ends_on=r.ends_on, weekdays=list(r.weekdays), windows=list(r.windows),
                    per_shift=r.per_shift, area=r.area, note=r.note, shifts=count)


def fairness(uow: UnitOfWork, rows: Sequence[PatrolShift], households: Sequence[str],
             prior: dict[str, int] | None = None) -> list[FairnessLine]:
    """Turns per household over ``rows``: every assignment, the done ones, the missed ones.
    The listed ``households`` come first (with zeros), then anyone else who had a turn."""
    order = list(dict.fromkeys([*households, *(h for s in rows for h in s.assignees)]))
    planned = dict.fromkeys(order, 0)
    done, missed = dict.fromkeys(order, 0), dict.fromkeys(order, 0)
    for s in rows:
        for h in s.assignees:
            planned[h] += 1
            if s.status == ShiftStatus.DONE:
                done[h] += 1
            elif s.status == ShiftStatus.MISSED:
                missed[h] += 1
    names = head_names(uow, order)
    return [FairnessLine(household_id=h, head_name=names.get(h, h[:8]), planned=planned[h],
                         done=done[h], missed=missed[h], prior=(prior or {}).get(h, 0))
            for h in order]


def prior_counts(uow: UnitOfWork, group_id: str, before: date) -> dict[str, int]:
    """Turns each household had before ``before``. A missed turn does not count: the
    household still owes it, so it goes first in the next rota."""
    counts: dict[str, int] = {}
    for s in group_shifts(uow, group_id, to_date=before - timedelta(days=1)):
        if s.status == ShiftStatus.MISSED:
            continue
        for h in s.assignees:
            counts[h] = counts.get(h, 0) + 1
    return counts


def _local(v: datetime | None) -> datetime | None:
    # Stored in UTC; the village reads Beijing time.
    return v.astimezone(CHINA_TZ) if v is not None else None


def log_view(log: PatrolLog, s: PatrolShift) -> PatrolLogView:
    return PatrolLogView(id=log.id, shift_id=s.id, group_id=s.group_id,
                         shift_date=s.shift_date, window=window_text(s),
                         actual_start=_local(log.actual_start),
                         actual_end=_local(log.actual_end),
                         participants=list(log.participants), observations=log.observations,
                         hazards=log.hazards)


def group_logs(uow: UnitOfWork, group_id: str, from_date: date | None = None,
               to_date: date | None = None) -> list[PatrolLogView]:
    rows = patrol_repo.group_logs(uow.session, group_id, from_date, to_date)
    return [log_view(log, s) for log, s in rows]


def _by_prefix(uow: UnitOfWork, model: type[PatrolShift] | type[PatrolRota], ref: str,
               entity: str, field: str) -> PatrolShift | PatrolRota:
    row = repos.get(uow.session, model, ref)
    if row is not None and row.voided_at is None:
        return row
    found = patrol_repo.by_id_prefix(uow.session, model, ref) if len(ref) >= 4 else []
    if len(found) != 1:
        raise NotFound(entity, ref, field)
    return found[0]


def shift_by_prefix(uow: UnitOfWork, ref: str, field: str = "shift_id") -> PatrolShift:
    return _by_prefix(uow, PatrolShift, ref, "patrol_shift", field)  # type: ignore[return-value]


def rota_by_prefix(uow: UnitOfWork, ref: str, field: str = "rota_id") -> PatrolRota:
    return _by_prefix(uow, PatrolRota, ref, "patrol_rota", field)  # type: ignore[return-value]
