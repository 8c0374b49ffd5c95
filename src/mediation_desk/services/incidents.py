"""Incident reports (情况报告) of joint-defence group heads, and where each went: handled by
the head, the security committee (治保会), the mediation committee (调委会) or the police.

Routed to the mediation committee, a report registers a case in the same call: source
``joint_defense``, the report's description as the facts, origin = the report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from mediation_desk.bootstrap import CHINA_TZ, AppContext
from mediation_desk.domain.community_commands import IncidentFollowUp, IncidentInput
from mediation_desk.domain.community_views import IncidentView
from mediation_desk.domain.enums import GroupStatus, IncidentRoute
from mediation_desk.domain.errors import DomainError, NotFound
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services.case_register import register_case
from mediation_desk.services.community import persons_by_id
from mediation_desk.services.inputs import parse
from mediation_desk.store import community_repo, repos
from mediation_desk.store.tables import (
    IncidentReport,
    JointDefenseGroup,
    Person,
)
from mediation_desk.store.tables.base import new_id
from mediation_desk.store.uow import UnitOfWork

CASE_SOURCE = "joint_defense"
ORIGIN_KIND = "incident_report"
# Report times are typed in village time; dates are compared in it too.
LOCAL_TZ = CHINA_TZ


@dataclass(frozen=True)
class IncidentFilter:
    group_id: str | None = None
    kind: str | None = None
    routed_to: str | None = None
    date_from: date | None = None
    date_to: date | None = None


def report_incident(ctx: AppContext, group_id: str, data: dict[str, Any]) -> IncidentView:
    """A head's 情况报告. Routed to the mediation committee it needs ``case`` (the parties and
    category at least) and is registered as a case linked to the report."""
    cmd = parse(IncidentInput, data)
    if cmd.routed_to == IncidentRoute.MEDIATION_COMMITTEE and cmd.case is None:
        raise DomainError("incident.needs_case", "case")
    view, _detail = _report(ctx, group_id, cmd, cmd.case)
    return view


def report_incident_to_case(ctx: AppContext, group_id: str, incident: dict[str, Any],
                            case: dict[str, Any]) -> CaseDetail:
    """The 调委会 path of the new-case form: reports the incident and registers its case in one
    call; returns the case (the report is found by ``detail.origin_id`` / the incident list)."""
    cmd = parse(IncidentInput, {**incident, "routed_to": IncidentRoute.MEDIATION_COMMITTEE.value,
                                "case": None})
    _view, detail = _report(ctx, group_id, cmd, case)
    assert detail is not None
    return detail


def _report(ctx: AppContext, group_id: str, cmd: IncidentInput,
            case: dict[str, Any] | None) -> tuple[IncidentView, CaseDetail | None]:
    now = ctx.clock()
    reported_at = cmd.reported_at or now
    if reported_at.tzinfo is None:
        reported_at = reported_at.replace(tzinfo=LOCAL_TZ)
    if reported_at > now + timedelta(minutes=5):
        raise DomainError("date.in_future", "reported_at",
                          date=reported_at.astimezone(LOCAL_TZ).date().isoformat())
    with ctx.uow() as uow:
        group = _active_group(uow, group_id)
        group_name = group.name
        if cmd.reporter_person_id and repos.get(uow.session, Person,
                                                cmd.reporter_person_id) is None:
            raise NotFound("person", cmd.reporter_person_id, "reporter_person_id")
    report_id = new_id()
    detail = None
    routed = cmd.routed_to == IncidentRoute.MEDIATION_COMMITTEE
    if routed:
        if case is None:
            raise DomainError("incident.needs_case", "case")
        # The case is registered first (its own transaction: case numbering takes the write
        # lock); it already names the report it came from, which is written right after.
        detail = register_case(ctx, {
            "facts": cmd.description, "referred_by": group_name,
            "received_on": reported_at.astimezone(LOCAL_TZ).date().isoformat(),
            **case, "source": CASE_SOURCE, "origin_kind": ORIGIN_KIND,
            "origin_id": report_id})
    with ctx.uow(write=True) as uow:
        r = IncidentReport(id=report_id, group_id=group_id, reported_at=reported_at,
                           reporter_person_id=cmd.reporter_person_id, kind=cmd.kind.value,
                           description=cmd.description, action_taken=cmd.action_taken,
                           routed_to=cmd.routed_to.value, follow_up=cmd.follow_up,
                           case_id=detail.summary.id if detail else None,
                           origin_station_id=uow.station_id)
        uow.session.add(r)
        uow.session.flush()
        uow.log("incident.report", "incident_report", r.id, case_id=r.case_id,
                after={"kind": r.kind, "routed_to": r.routed_to, "group": group_name,
                       "case_no": detail.summary.case_no if detail else None})
        uow.commit()
        return _views(uow, [r])[0], detail


def list_incidents(ctx: AppContext, flt: IncidentFilter | None = None) -> list[IncidentView]:
    """Newest first."""
    f = flt or IncidentFilter()
    with ctx.uow() as uow:
        rows = community_repo.incidents(
            uow.session, group_id=f.group_id, kind=f.kind, routed_to=f.routed_to,
            reported_from=_local_start(f.date_from) if f.date_from else None,
            reported_before=_local_start(f.date_to + timedelta(days=1)) if f.date_to else None)
        return _views(uow, rows)


def get_incident(ctx: AppContext, incident_id: str) -> IncidentView:
    with ctx.uow() as uow:
        return _views(uow, [_incident(uow, incident_id)])[0]


def update_follow_up(ctx: AppContext, incident_id: str, data: dict[str, Any]) -> IncidentView:
    """What happened afterwards (后续处理情况)."""
    cmd = parse(IncidentFollowUp, data)
    with ctx.uow(write=True) as uow:
        r = _incident(uow, incident_id)
        before = r.follow_up
        r.follow_up = cmd.follow_up
        uow.log("incident.follow_up", "incident_report", r.id, case_id=r.case_id,
                before={"follow_up": before}, after={"follow_up": r.follow_up})
        uow.commit()
        return _views(uow, [r])[0]


def local_date(at: datetime) -> date:
    return at.astimezone(LOCAL_TZ).date()


def _local_start(d: date) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=LOCAL_TZ)


def _active_group(uow: UnitOfWork, group_id: str) -> JointDefenseGroup:
    g = repos.get(uow.session, JointDefenseGroup, group_id)
    if g is None or g.voided_at is not None:
        raise NotFound("joint_defense_group", group_id, "group_id")
    if g.status != GroupStatus.ACTIVE.value:
        raise DomainError("group.dissolved", "group_id", name=g.name)
    return g


def _incident(uow: UnitOfWork, incident_id: str) -> IncidentReport:
    r = repos.get(uow.session, IncidentReport, incident_id)
    if r is None or r.voided_at is not None:
        raise NotFound("incident_report", incident_id, "incident_id")
    return r


def _views(uow: UnitOfWork, rows: list[IncidentReport]) -> list[IncidentView]:
    group_ids = {r.group_id for r in rows}
    groups = {g.id: g.name for g in community_repo.groups_by_ids(uow.session, group_ids)}
    case_ids = {r.case_id for r in rows if r.case_id}
    cases = {c.id: c.case_no for c in community_repo.cases_by_ids(uow.session, case_ids)}
    people = persons_by_id(uow, [r.reporter_person_id for r in rows])
    return [IncidentView(
        id=r.id, group_id=r.group_id, group_name=groups.get(r.group_id, ""),
        reported_at=r.reported_at, kind=r.kind, description=r.description,
        action_taken=r.action_taken, routed_to=r.routed_to, follow_up=r.follow_up,
        reporter_person_id=r.reporter_person_id,
        reporter_name=people[r.reporter_person_id].name
        if r.reporter_person_id in people else "",
        case_id=r.case_id, case_no=cases.get(r.case_id or "", "")) for r in rows]
