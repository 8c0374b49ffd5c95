"""Screening rounds (排查): each round lists its findings or is a nil report (零报告); a finding
becomes a case in one step."""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.errors import DomainError, NotFound, ValidationErrors
from mediation_desk.domain.screening_commands import ScreeningRoundInput
from mediation_desk.domain.screening_views import FindingView, ScreeningRoundView
from mediation_desk.services import code_tables
from mediation_desk.services.case_register import check_date, register_case
from mediation_desk.services.community import local_committee_id
from mediation_desk.services.inputs import parse
from mediation_desk.store import repos
from mediation_desk.store.tables import ScreeningFinding, ScreeningRound


def record_screening_round(ctx: AppContext, data: dict[str, Any]) -> ScreeningRoundView:
    cmd = parse(ScreeningRoundInput, data)
    today = ctx.today()
    held = cmd.held_on or today
    errors: list[DomainError] = []
    if cmd.period_end < cmd.period_start:
        errors.append(DomainError("date.before", "period_end", date=cmd.period_end.isoformat(),
                                  earliest=cmd.period_start.isoformat()))
    if cmd.is_zero_report and cmd.findings:
        errors.append(DomainError("screening.zero_report_with_findings", "findings"))
    if not cmd.is_zero_report and not cmd.findings:
        errors.append(DomainError("screening.no_findings", "findings"))
    try:
        check_date(held, field="held_on", today=today, not_before=cmd.period_start)
    except DomainError as exc:
        errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    with ctx.uow(write=True) as uow:
        for i, f in enumerate(cmd.findings):
            if f.category:
                code_tables.require(uow, CodeTable.DISPUTE_CATEGORY, f.category,
                                    f"findings[{i}].category")
        r = ScreeningRound(committee_id=local_committee_id(uow), period_start=cmd.period_start,
                           period_end=cmd.period_end, held_on=held, scope=cmd.scope,
                           performed_by=list(cmd.performed_by),
                           is_zero_report=cmd.is_zero_report, notes=cmd.notes,
                           origin_station_id=uow.station_id)
        uow.session.add(r)
        uow.session.flush()
        rows = [ScreeningFinding(round_id=r.id, description=f.description,
                                 category_code=f.category, parties_text=f.parties_text,
                                 risk_level=f.risk_level.value, action=f.action,
                                 origin_station_id=uow.station_id) for f in cmd.findings]
        uow.session.add_all(rows)
        uow.session.flush()
        uow.log("screening.round", "screening_round", r.id,
                after={"period": f"{r.period_start}..{r.period_end}",
                       "zero_report": r.is_zero_report, "findings": len(rows)})
        uow.commit()
        return _round_view(r, rows)


def list_screening_rounds(ctx: AppContext, *, year: int | None = None) -> list[ScreeningRoundView]:
    with ctx.uow() as uow:
        rounds = repos.screening_rounds(uow.session, year=year)
        return [_round_view(r, list(repos.children(uow.session, ScreeningFinding, "round_id",
                                                   r.id))) for r in rounds]


def finding_to_case(ctx: AppContext, finding_id: str, case: dict[str, Any]) -> str:
    """Register the dispute a screening found; returns the case id and links the finding."""
    detail = register_case(ctx, {**case, "source": "screening",
                                 "origin_kind": "screening_finding", "origin_id": finding_id})
    with ctx.uow(write=True) as uow:
        finding = repos.get(uow.session, ScreeningFinding, finding_id)
        if finding is None:
            raise NotFound("screening_finding", finding_id)
        finding.case_id = detail.summary.id
        uow.log("screening.to_case", "screening_finding", finding.id,
                case_id=detail.summary.id, after={"case_no": detail.summary.case_no})
        uow.commit()
    return detail.summary.id


def _round_view(r: ScreeningRound, findings: list[ScreeningFinding]) -> ScreeningRoundView:
    return ScreeningRoundView(
        id=r.id, period_start=r.period_start, period_end=r.period_end, held_on=r.held_on,
        scope=r.scope, is_zero_report=r.is_zero_report, notes=r.notes,
        findings=[FindingView(id=f.id, description=f.description, category=f.category_code,
                              risk_level=f.risk_level, action=f.action, case_id=f.case_id)
                  for f in findings])

