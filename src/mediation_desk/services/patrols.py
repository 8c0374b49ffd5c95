"""Patrol rotas (轮户值日) of the joint-defence groups: generating a fair rota, swaps, missed
shifts, patrol logs and the fairness summary.

Rules decided here (domain.md §7.2 leaves them open):
* A rota uses the households that are members of the group on its first day, in address
  order; turns in earlier shifts (missed ones excepted: still owed) decide who goes first.
* A new rota may not overlap a live rota of the same group. Asked to ``replace``, the older
  rota is cut at the new first day: its planned shifts from that day on are voided (it ends
  the day before, or is voided whole if it started that day or later). Days already
  patrolled or marked missed are history: they cannot be replaced.
* A swap keeps the shift planned, leaves ``planned_assignees`` as the rota chose (so the
  change stays visible) and notes who swapped with whom.
* A shift is missed as a whole (nobody patrolled); a household that stayed away while others
  went is written in that shift's patrol log."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from mediation_desk.bootstrap import CHINA_TZ, AppContext
from mediation_desk.domain import rota
from mediation_desk.domain.enums import ShiftStatus
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.patrol_commands import (
    MissedInput,
    PatrolLogInput,
    RotaInput,
    SwapInput,
)
from mediation_desk.domain.patrol_views import (
    FairnessLine,
    PatrolLogView,
    RotaDetail,
    RotaPreview,
    RotaView,
    ShiftHousehold,
    ShiftView,
)
from mediation_desk.services import patrol_reads as reads
from mediation_desk.services.inputs import parse
from mediation_desk.store.tables import PatrolLog, PatrolRota, PatrolShift
from mediation_desk.store.uow import UnitOfWork

PREVIEW_SHIFTS = 14


def _plan(uow: UnitOfWork, group_id: str, cmd: RotaInput) -> rota.RotaPlan:
    households = reads.members_on(uow, group_id, cmd.starts_on)
    if not households:
        raise DomainError("rota.no_households", "group_id", on=cmd.starts_on.isoformat())
    return rota.RotaPlan(households=tuple(households), starts_on=cmd.starts_on,
                         ends_on=cmd.ends_on, weekdays=tuple(sorted(set(cmd.weekdays))),
                         windows=tuple(cmd.windows), per_shift=cmd.per_shift,
                         prior=reads.prior_counts(uow, group_id, cmd.starts_on))


def _overlapping(uow: UnitOfWork, group_id: str, cmd: RotaInput) -> list[PatrolRota]:
    return [r for r in reads.group_rotas(uow, group_id)
            if r.starts_on <= cmd.ends_on and r.ends_on >= cmd.starts_on]


def _check_overlap(uow: UnitOfWork, group_id: str, cmd: RotaInput) -> list[PatrolRota]:
    """The rotas ``cmd`` would replace; refuses an overlap unless ``replace`` is asked and
    nothing already happened on the days it takes over."""
    older = _overlapping(uow, group_id, cmd)
    if older and not cmd.replace:
        first = older[0]
        raise DomainError("rota.overlap", "starts_on", starts_on=first.starts_on.isoformat(),
                          ends_on=first.ends_on.isoformat())
    for r in older:
        for s in reads.group_shifts(uow, group_id, rota_id=r.id, from_date=cmd.starts_on):
            if s.status != ShiftStatus.PLANNED or reads.logged_shift_ids(uow, [s.id]):
                raise DomainError("rota.replace_has_records", "starts_on",
                                  date=s.shift_date.isoformat())
    return older


def preview_rota(ctx: AppContext, group_id: str, data: dict[str, Any]) -> RotaPreview:
    """The rota ``data`` would make, without saving it: the counts and the first shifts."""
    cmd = parse(RotaInput, data)
    with ctx.uow() as uow:
        g = reads.group_row(uow, group_id)
        plan = _plan(uow, g.id, cmd)
        shifts = rota.generate(plan)
        older = _overlapping(uow, g.id, cmd)
        names = reads.head_names(uow, plan.households)
        counts = rota.turn_counts(shifts, plan.households)
        lines = [FairnessLine(household_id=h, head_name=names[h], planned=counts[h], done=0,
                              missed=0, prior=(plan.prior or {}).get(h, 0))
                 for h in plan.households]
        first = [_draft_view(g.id, s, cmd.area, names) for s in shifts[:PREVIEW_SHIFTS]]
        return RotaPreview(shifts=len(shifts), first_shifts=first, fairness=lines,
                           replaces=[r.id for r in older])


def _draft_view(group_id: str, s: rota.Shift, area: str, names: dict[str, str]) -> ShiftView:
    people = [ShiftHousehold(id=h, head_name=names[h]) for h in s.households]
    return ShiftView(id="", rota_id=None, group_id=group_id, shift_date=s.on,
                     weekday=s.on.weekday(), window=s.window, area=area, households=people,
                     planned=people, status=s.status, swapped=False, note="", has_log=False)


def generate_rota(ctx: AppContext, group_id: str, data: dict[str, Any]) -> RotaDetail:
    cmd = parse(RotaInput, data)
    with ctx.uow(write=True) as uow:
        g = reads.group_row(uow, group_id)
        plan = _plan(uow, g.id, cmd)
        shifts = rota.generate(plan)
        older = _check_overlap(uow, g.id, cmd)
        for r in older:
            _cut(uow, r, cmd.starts_on)
        windows = {w.text: w for w in rota.validate(plan)}
        r = PatrolRota(group_id=g.id, starts_on=cmd.starts_on, ends_on=cmd.ends_on,
                       weekdays=list(plan.weekdays), windows=[w for w in windows],
                       per_shift=cmd.per_shift, area=cmd.area, note=cmd.note,
                       origin_station_id=uow.station_id)
        uow.session.add(r)
        uow.session.flush()
        rows = [PatrolShift(group_id=g.id, rota_id=r.id, shift_date=s.on,
                            start_time=windows[s.window].start, end_time=windows[s.window].end,
                            area=cmd.area, assignees=list(s.households),
                            planned_assignees=list(s.households),
                            origin_station_id=uow.station_id) for s in shifts]
        uow.session.add_all(rows)
        uow.session.flush()
        uow.log("patrol.rota", "patrol_rota", r.id,
                after={"group_id": g.id, "starts_on": r.starts_on.isoformat(),
                       "ends_on": r.ends_on.isoformat(), "shifts": len(rows),
                       "per_shift": r.per_shift, "replaced": [o.id for o in older]})
        uow.commit()
        return RotaDetail(rota=reads.rota_view(uow, r, g.name),
                          shifts=reads.shift_views(uow, rows),
                          fairness=reads.fairness(uow, rows, plan.households, plan.prior))


def _cut(uow: UnitOfWork, r: PatrolRota, new_start: date) -> None:
    for s in reads.group_shifts(uow, r.group_id, rota_id=r.id, from_date=new_start):
        s.voided_at = uow.now
        s.void_reason = "replaced by a newer rota"
    if r.starts_on >= new_start:
        r.voided_at = uow.now
        r.void_reason = "replaced by a newer rota"
    else:
        r.ends_on = new_start - timedelta(days=1)
    uow.log("patrol.rota_cut", "patrol_rota", r.id,
            after={"from": new_start.isoformat(), "voided": r.voided_at is not None})


def list_rotas(ctx: AppContext, group_id: str) -> list[RotaView]:
    with ctx.uow() as uow:
        g = reads.group_row(uow, group_id)
        return [reads.rota_view(uow, r, g.name) for r in reads.group_rotas(uow, g.id)]


def rota_detail(ctx: AppContext, rota_id: str) -> RotaDetail:
    with ctx.uow() as uow:
        r = reads.rota_row(uow, rota_id)
        g = reads.group_row(uow, r.group_id)
        rows = reads.group_shifts(uow, g.id, rota_id=r.id)
        members = reads.members_on(uow, g.id, r.starts_on)
        return RotaDetail(rota=reads.rota_view(uow, r, g.name),
                          shifts=reads.shift_views(uow, rows),
                          fairness=reads.fairness(uow, rows, members))


def shifts(ctx: AppContext, group_id: str | None = None, *, rota_id: str | None = None,
           from_date: date | None = None, to_date: date | None = None) -> list[ShiftView]:
    """The shifts of a group (in a date range) or of one rota."""
    with ctx.uow() as uow:
        if rota_id is not None:
            r = reads.rota_row(uow, rota_id)
            group = r.group_id
        elif group_id is not None:
            group = reads.group_row(uow, group_id).id
        else:
            raise DomainError("field.required", "group_id")
        rows = reads.group_shifts(uow, group, rota_id=rota_id, from_date=from_date,
                                  to_date=to_date)
        return reads.shift_views(uow, rows)


def fairness(ctx: AppContext, group_id: str, *, from_date: date | None = None,
             to_date: date | None = None) -> list[FairnessLine]:
    """Each household's planned, done and missed turns in the period (all turns without)."""
    with ctx.uow() as uow:
        g = reads.group_row(uow, group_id)
        rows = reads.group_shifts(uow, g.id, from_date=from_date, to_date=to_date)
        return reads.fairness(uow, rows, reads.members_on(uow, g.id, to_date or ctx.today()))


def swap_shifts(ctx: AppContext, data: dict[str, Any]) -> list[ShiftView]:
    """Two households exchange turns; returns the two shifts as they are now."""
    cmd = parse(SwapInput, data)
    with ctx.uow(write=True) as uow:
        a = reads.shift_row(uow, cmd.shift_a, "shift_a")
        b = reads.shift_row(uow, cmd.shift_b, "shift_b")
        if a.group_id != b.group_id:
            raise DomainError("rota.swap_other_group", "shift_b")
        logged = reads.logged_shift_ids(uow, [a.id, b.id])
        domain = [rota.Shift(key=s.id, on=s.shift_date, window=reads.window_text(s),
                             households=tuple(s.assignees),
                             status=ShiftStatus.DONE.value if s.id in logged else s.status)
                  for s in (a, b)]
        new_a, new_b = rota.swap(domain, a.id, cmd.household_a, b.id, cmd.household_b)
        names = reads.head_names(uow, [cmd.household_a, cmd.household_b])
        text = (f"{names[cmd.household_a]}户（{_md(a.shift_date)}）与"
                f"{names[cmd.household_b]}户（{_md(b.shift_date)}）调换")
        if cmd.note:
            text += f"：{cmd.note}"
        for row, new in ((a, new_a), (b, new_b)):
            if not row.planned_assignees:
                row.planned_assignees = list(row.assignees)
            row.assignees = list(new.households)
            row.note = "；".join(p for p in (row.note, text) if p)
        uow.log("patrol.swap", "patrol_shift", a.id,
                after={"shift_a": a.id, "household_a": cmd.household_a, "shift_b": b.id,
                       "household_b": cmd.household_b})
        uow.commit()
        return reads.shift_views(uow, [a, b])


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def mark_missed(ctx: AppContext, shift_id: str, data: dict[str, Any]) -> ShiftView:
    cmd = parse(MissedInput, data)
    today = ctx.today()
    with ctx.uow(write=True) as uow:
        s = reads.shift_row(uow, shift_id)
        if s.status == ShiftStatus.DONE or reads.logged_shift_ids(uow, [s.id]):
            raise DomainError("patrol.shift_done", "shift_id", date=s.shift_date.isoformat())
        if s.status == ShiftStatus.MISSED:
            raise DomainError("patrol.already_missed", "shift_id",
                              date=s.shift_date.isoformat())
        if s.shift_date > today:
            raise DomainError("patrol.not_yet", "shift_id", date=s.shift_date.isoformat())
        s.status = ShiftStatus.MISSED.value
        s.note = "；".join(p for p in (s.note, "缺勤" + (f"：{cmd.reason}" if cmd.reason
                                                       else "")) if p)
        uow.log("patrol.missed", "patrol_shift", s.id,
                after={"reason": cmd.reason, "households": list(s.assignees)})
        uow.commit()
        return reads.shift_views(uow, [s])[0]


def _aware(v: datetime | None) -> datetime | None:
    # A time typed without a zone is Beijing time (the village's clock).
    if v is None or v.tzinfo is not None:
        return v
    return v.replace(tzinfo=CHINA_TZ)


def record_log(ctx: AppContext, shift_id: str, data: dict[str, Any]) -> PatrolLogView:
    """巡逻记录 of a shift; the shift is then done."""
    cmd = parse(PatrolLogInput, data)
    start, end = _aware(cmd.actual_start), _aware(cmd.actual_end)
    if start is not None and end is not None and end < start:
        raise DomainError("patrol.end_before_start", "actual_end")
    today = ctx.today()
    with ctx.uow(write=True) as uow:
        s = reads.shift_row(uow, shift_id)
        if reads.logged_shift_ids(uow, [s.id]):
            raise DomainError("patrol.already_logged", "shift_id",
                              date=s.shift_date.isoformat())
        if s.status == ShiftStatus.MISSED:
            raise DomainError("patrol.shift_missed", "shift_id", date=s.shift_date.isoformat())
        if s.shift_date > today:
            raise DomainError("patrol.not_yet", "shift_id", date=s.shift_date.isoformat())
        if not cmd.participants:
            raise DomainError("patrol.no_participants", "participants")
        log = PatrolLog(shift_id=s.id, actual_start=start, actual_end=end,
                        participants=[p.strip() for p in cmd.participants if p.strip()],
                        observations=cmd.observations, hazards=cmd.hazards,
                        origin_station_id=uow.station_id)
        uow.session.add(log)
        s.status = ShiftStatus.DONE.value
        uow.session.flush()
        uow.log("patrol.log", "patrol_log", log.id,
                after={"shift_id": s.id, "participants": len(log.participants),
                       "hazards": bool(log.hazards)})
        uow.commit()
        return reads.log_view(log, s)


def list_logs(ctx: AppContext, group_id: str, *, from_date: date | None = None,
              to_date: date | None = None) -> list[PatrolLogView]:
    with ctx.uow() as uow:
        g = reads.group_row(uow, group_id)
        return reads.group_logs(uow, g.id, from_date, to_date)


def get_shift(ctx: AppContext, shift_ref: str) -> ShiftView:
    """A shift by its id or the first characters of it (at least 4, as lists print them)."""
    with ctx.uow() as uow:
        return reads.shift_views(uow, [reads.shift_by_prefix(uow, shift_ref)])[0]


def find_rota_id(ctx: AppContext, rota_ref: str) -> str:
    """A rota's id from its id or the first characters of it (at least 4)."""
    with ctx.uow() as uow:
        return reads.rota_by_prefix(uow, rota_ref).id


def group_name(ctx: AppContext, group_id: str) -> str:
    with ctx.uow() as uow:
        return reads.group_row(uow, group_id).name
