"""Screening rounds (排查): each round lists its findings or is a nil report (零报告); the
committee screens daily, weekly or monthly (domain.md §6.1) and every period needs a round.

``performed_by`` holds mediator ids; anyone else who took part (a group head, a grid
worker) is kept by name. Findings become cases, and major findings are reported, through
``services.screening_findings`` (re-exported here)."""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain import screening_schedule as sched
from mediation_desk.domain.enums import CodeTable, ScreeningFrequency
from mediation_desk.domain.errors import DomainError, NotFound, ValidationErrors
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.screening_commands import FrequencyInput, ScreeningRoundInput
from mediation_desk.domain.screening_views import ScreeningRoundView, ScreeningStatusView
from mediation_desk.services import authz, code_tables, screening_read
from mediation_desk.services.case_register import check_date
from mediation_desk.services.inputs import parse
from mediation_desk.services.screening_findings import (
    finding_to_case,
    mark_finding_major,
    record_finding_report,
)
from mediation_desk.store import repos
from mediation_desk.store.tables import Mediator, ScreeningFinding, ScreeningRound

__all__ = ["finding_to_case", "get_screening_frequency", "get_screening_round",
           "list_screening_rounds", "mark_finding_major", "record_finding_report",
           "record_screening_round", "screening_status", "set_screening_frequency"]


def get_screening_frequency(ctx: AppContext) -> str:
    with ctx.uow() as uow:
        return screening_read.frequency_of(screening_read.committee(uow)).value


def set_screening_frequency(ctx: AppContext, frequency: str) -> ScreeningStatusView:
    """From now on rounds are due per ``frequency``; periods before the change are no
    longer asked for (the look-back starts at the change)."""
    authz.require(ctx, Permission.SETTINGS_WRITE)
    cmd = parse(FrequencyInput, {"frequency": frequency})
    with ctx.uow(write=True) as uow:
        c = screening_read.committee(uow)
        before = c.screening_frequency
        if before != cmd.frequency.value:
            c.screening_frequency = cmd.frequency.value
            uow.log(screening_read.FREQUENCY_ACTION, "committee", c.id,
                    before={"frequency": before}, after={"frequency": cmd.frequency.value})
        uow.commit()
    return screening_status(ctx)


def screening_status(ctx: AppContext) -> ScreeningStatusView:
    """The current period and the periods still missing a round."""
    with ctx.uow() as uow:
        return screening_read.status(uow, ctx.today())


def _period(cmd: ScreeningRoundInput, freq: ScreeningFrequency) -> tuple[Any, Any]:
    """The round's range: one period of the frequency unless ``custom_period`` is set."""
    if cmd.period_end is None:
        p = sched.period_of(freq, cmd.period_start)
        return (cmd.period_start if cmd.custom_period else p.start), p.end
    if not cmd.custom_period and cmd.period_end >= cmd.period_start and \
            not sched.is_whole_period(freq, cmd.period_start, cmd.period_end):
        p = sched.period_of(freq, cmd.period_start)
        raise DomainError("screening.period_mismatch", "period_start",
                          frequency=freq.value, start=p.start.isoformat(),
                          end=p.end.isoformat())
    return cmd.period_start, cmd.period_end


def record_screening_round(ctx: AppContext, data: dict[str, Any]) -> ScreeningRoundView:
    cmd = parse(ScreeningRoundInput, data)
    today = ctx.today()
    held = cmd.held_on or today
    errors: list[DomainError] = []
    with ctx.uow(write=True) as uow:
        c = screening_read.committee(uow)
        start, end = cmd.period_start, cmd.period_end or cmd.period_start
        try:
            start, end = _period(cmd, screening_read.frequency_of(c))
        except DomainError as exc:
            errors.append(exc)
        if end < start:
            errors.append(DomainError("date.before", "period_end", date=end.isoformat(),
                                      earliest=start.isoformat()))
        elif start > today:
            errors.append(DomainError("screening.period_in_future", "period_start",
                                      date=start.isoformat()))
        if cmd.is_zero_report and cmd.findings:
            errors.append(DomainError("screening.zero_report_with_findings", "findings"))
        if not cmd.is_zero_report and not cmd.findings:
            errors.append(DomainError("screening.no_findings", "findings"))
        try:
            check_date(held, field="held_on", today=today, not_before=start)
        except DomainError as exc:
            errors.append(exc)
        existing = screening_read.rounds(uow, c.id)
        if not errors:
            clash = next((r for r in existing if r.period_start <= end
                          and start <= r.period_end), None)
            if clash is not None:
                errors.append(DomainError(
                    "screening.period_taken", "period_start",
                    period=sched.period_label(clash.period_start, clash.period_end),
                    held_on=clash.held_on.isoformat()))
        for i, f in enumerate(cmd.findings):
            if f.category:
                try:
                    code_tables.require(uow, CodeTable.DISPUTE_CATEGORY, f.category,
                                        f"findings[{i}].category")
                except DomainError as exc:
                    errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        r = ScreeningRound(committee_id=c.id, period_start=start, period_end=end, held_on=held,
                           scope=cmd.scope, performed_by=_people(uow, cmd.performed_by),
                           is_zero_report=cmd.is_zero_report, notes=cmd.notes,
                           origin_station_id=uow.station_id)
        uow.session.add(r)
        uow.session.flush()
        rows = [ScreeningFinding(round_id=r.id, description=f.description,
                                 category_code=f.category, parties_text=f.parties_text,
                                 risk_level=f.risk_level.value, action=f.action,
                                 is_major=f.is_major, origin_station_id=uow.station_id)
                for f in cmd.findings]
        uow.session.add_all(rows)
        uow.session.flush()
        uow.log("screening.round", "screening_round", r.id,
                after={"period": f"{r.period_start}..{r.period_end}",
                       "zero_report": r.is_zero_report, "findings": len(rows),
                       "major": sum(1 for f in rows if f.is_major)})
        uow.commit()
        return screening_read.round_views(uow, [r])[0]


def _people(uow: Any, given: list[str]) -> list[str]:
    """Mediator ids stay ids; a name that is a mediator's becomes that mediator's id; any
    other name is kept as typed (someone who helped but is not on the roster)."""
    by_name = {p.name: m.id for m, p in repos.mediators_with_names(uow.session)}
    out: list[str] = []
    for raw in given:
        who = raw.strip()
        if not who:
            continue
        if repos.get(uow.session, Mediator, who) is None:
            who = by_name.get(who, who)
        if who not in out:
            out.append(who)
    return out


def list_screening_rounds(ctx: AppContext, *, year: int | None = None, zero_only: bool = False,
                          open_findings: bool = False) -> list[ScreeningRoundView]:
    """Rounds oldest first. ``open_findings``: only rounds with a finding not yet a case."""
    with ctx.uow() as uow:
        c = screening_read.committee(uow)
        rows = [r for r in screening_read.rounds(uow, c.id)
                if year is None or r.period_start.year == year]
        if zero_only:
            rows = [r for r in rows if r.is_zero_report]
        views = screening_read.round_views(uow, rows)
        if open_findings:
            views = [v for v in views if v.open_findings]
        return views


def get_screening_round(ctx: AppContext, round_id: str) -> ScreeningRoundView:
    with ctx.uow() as uow:
        r = repos.get(uow.session, ScreeningRound, round_id)
        if r is None or r.voided_at is not None:
            raise NotFound("screening_round", round_id)
        return screening_read.round_views(uow, [r])[0]
