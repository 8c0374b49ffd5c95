"""Changes to the mediator roster: fields, status with its reason, re-election or
re-appointment, training records. Every write is in the event log.

Decisions:
* Several mediators may be 首席调解员 (chief): it is a title the committee or the county gives
  to skilled mediators (Seed 002/004), not an office; only the chair is one person, and that is
  a committee check (a warning), since the roster must be able to record the real state.
* A recall or dismissal (罢免 / 解聘) needs one of the grounds of Law Art. 15 or the 2002 rule
  (code table ``misconduct``); other changes name a ``StatusReason``.
* A former mediator does not come back by a status change: only a renewal (连选连任 / 续聘)
  or adding them again as a new appointment does, so the history shows how they returned."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.deadlines import add_months
from mediation_desk.domain.enums import (
    AppointmentMethod,
    CodeTable,
    MediatorStatus,
    StatusReason,
)
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.roster_commands import (
    FORMER_STATUSES,
    REMOVAL_STATUSES,
    MediatorChangeInput,
    RenewalInput,
    StatusChangeInput,
    TrainingInput,
    plain_reasons,
)
from mediation_desk.domain.roster_views import RosterEntry
from mediation_desk.services import authz, code_tables
from mediation_desk.services.inputs import parse
from mediation_desk.services.mediators import TERM_MONTHS
from mediation_desk.services.roster import entry_of
from mediation_desk.store import repos
from mediation_desk.store.tables import Mediator, MediatorStatusChange, MediatorTraining
from mediation_desk.store.uow import UnitOfWork

# Statuses from which a renewal continues the same service.
RENEWABLE = frozenset({MediatorStatus.ACTIVE.value, MediatorStatus.TERM_ENDED.value})


def update_mediator(ctx: AppContext, mediator_id: str,
                    data: dict[str, Any] | MediatorChangeInput) -> RosterEntry:
    authz.require(ctx, Permission.ROSTER_WRITE)
    cmd = parse(MediatorChangeInput, data)
    changes = {k: getattr(cmd, k) for k in cmd.model_fields_set}
    with ctx.uow(write=True) as uow:
        m = _mediator(uow, mediator_id)
        if changes.get("specialties") is not None:
            code_tables.require_all(uow, CodeTable.MEDIATOR_SPECIALTY,
                                    list(changes["specialties"]), "specialties")
        for key in ("role", "appointment_method", "employment", "certificate_no",
                    "work_cert_no", "level", "is_chief", "specialties", "honours"):
            if key in changes and changes[key] is None:
                raise DomainError("field.required", key)
        if "honours" in changes:
            changes["honours"] = [h.strip() for h in changes["honours"] if h.strip()]
        before = {k: _plain(getattr(m, k)) for k in changes}
        for key, value in changes.items():
            setattr(m, key, value.value if hasattr(value, "value") else value)
        if m.appointed_on and m.term_end and m.term_end <= m.appointed_on:
            raise DomainError("mediator.term_before_appointment", "term_end",
                              appointed_on=m.appointed_on.isoformat())
        uow.log("mediator.change", "mediator", m.id, before=before,
                after={k: _plain(getattr(m, k)) for k in changes})
        uow.commit()
        return entry_of(uow, m.id, ctx.today())


def change_status(ctx: AppContext, mediator_id: str,
                  data: dict[str, Any] | StatusChangeInput) -> RosterEntry:
    """任免/状态变更: resigned, recalled (Art. 15), term ended, deceased …"""
    authz.require(ctx, Permission.ROSTER_WRITE)
    cmd = parse(StatusChangeInput, data)
    today = ctx.today()
    on = cmd.on_date or today
    to = cmd.to_status.value
    with ctx.uow(write=True) as uow:
        m = _mediator(uow, mediator_id)
        if m.status in FORMER_STATUSES:
            raise DomainError("mediator.already_former", "to_status", status=m.status)
        if to == MediatorStatus.ACTIVE.value:
            raise DomainError("mediator.reactivate_by_renewal", "to_status")
        misconduct = set(code_tables.labels(uow, CodeTable.MISCONDUCT))
        if to in REMOVAL_STATUSES:
            if cmd.reason not in misconduct:
                raise DomainError("mediator.removal_needs_ground", "reason",
                                  status=to, allowed=sorted(misconduct))
        elif cmd.reason not in set(plain_reasons()) | misconduct:
            raise DomainError("mediator.status_reason", "reason", value=cmd.reason,
                              allowed=list(plain_reasons()))
        _check_date(on, today, m)
        _record(uow, m, to=to, reason=cmd.reason, text=cmd.note, on=on)
        uow.commit()
        return entry_of(uow, m.id, today)


def renew_term(ctx: AppContext, mediator_id: str,
               data: dict[str, Any] | RenewalInput | None = None) -> RosterEntry:
    """连选连任 (elected) or 续聘 (appointed): a new term of three years from ``on_date``."""
    authz.require(ctx, Permission.ROSTER_WRITE)
    cmd = parse(RenewalInput, data or {})
    today = ctx.today()
    on = cmd.on_date or today
    with ctx.uow(write=True) as uow:
        m = _mediator(uow, mediator_id)
        if m.status not in RENEWABLE:
            raise DomainError("mediator.cannot_renew", None, status=m.status)
        _check_date(on, today, m)
        term_end = cmd.term_end or add_months(on, TERM_MONTHS)
        if term_end <= on:
            raise DomainError("mediator.term_before_appointment", "term_end",
                              appointed_on=on.isoformat())
        reason = (StatusReason.RE_ELECTED if m.appointment_method == AppointmentMethod.ELECTED
                  else StatusReason.REAPPOINTED).value
        m.term_end = term_end
        _record(uow, m, to=MediatorStatus.ACTIVE.value, reason=reason, text=cmd.note, on=on,
                new_term_end=term_end)
        uow.commit()
        return entry_of(uow, m.id, today)


def add_training(ctx: AppContext, mediator_id: str,
                 data: dict[str, Any] | TrainingInput) -> RosterEntry:
    authz.require(ctx, Permission.ROSTER_WRITE)
    cmd = parse(TrainingInput, data)
    today = ctx.today()
    if cmd.held_on > today:
        raise DomainError("date.in_future", "held_on", date=cmd.held_on.isoformat())
    with ctx.uow(write=True) as uow:
        m = _mediator(uow, mediator_id)
        t = MediatorTraining(mediator_id=m.id, held_on=cmd.held_on, organiser=cmd.organiser,
                             topic=cmd.topic, hours=cmd.hours, exam_passed=cmd.exam_passed,
                             origin_station_id=uow.station_id)
        uow.session.add(t)
        uow.session.flush()
        uow.log("mediator.training", "mediator_training", t.id,
                after={"mediator_id": m.id, "held_on": cmd.held_on.isoformat(),
                       "topic": cmd.topic, "hours": cmd.hours})
        uow.commit()
        return entry_of(uow, m.id, today)


def _mediator(uow: UnitOfWork, mediator_id: str) -> Mediator:
    m = repos.get(uow.session, Mediator, mediator_id)
    if m is None or m.voided_at is not None:
        raise NotFound("mediator", mediator_id, "mediator_id")
    return m


def _check_date(on: date, today: date, m: Mediator) -> None:
    if on > today:
        raise DomainError("date.in_future", "on_date", date=on.isoformat())
    if m.appointed_on and on < m.appointed_on:
        raise DomainError("mediator.before_appointment", "on_date", date=on.isoformat(),
                          appointed_on=m.appointed_on.isoformat())
    if m.status_changed_on and on < m.status_changed_on:
        # The history reads in order: a step cannot come before the one already recorded.
        raise DomainError("mediator.before_last_change", "on_date", date=on.isoformat(),
                          last=m.status_changed_on.isoformat())


def _record(uow: UnitOfWork, m: Mediator, *, to: str, reason: str, text: str, on: date,
            new_term_end: date | None = None) -> None:
    """The history row, the mediator's current status, and the event-log entry."""
    change = MediatorStatusChange(mediator_id=m.id, changed_on=on, from_status=m.status,
                                  to_status=to, reason_code=reason, reason_text=text,
                                  new_term_end=new_term_end, origin_station_id=uow.station_id)
    uow.session.add(change)
    before = {"status": m.status, "reason": m.status_reason_code}
    m.status, m.status_reason_code, m.status_reason_text = to, reason, text
    m.status_changed_on = on
    uow.session.flush()
    uow.log("mediator.status", "mediator", m.id, before=before,
            after={"status": to, "reason": reason, "on": on.isoformat(),
                   "term_end": new_term_end.isoformat() if new_term_end else None})


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value
