"""What happens to a screening finding: it becomes a case, or — when it is a major dispute
(重大疑难纠纷) — its written report to the 司法所 is due within 2 days of the round
(domain.md §6.2, seed 003).

Once a major finding is a case, the case carries the deadline: it is flagged major as of the
round's held_on, and a report already recorded for the finding counts as the case's report."""

from __future__ import annotations

from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import EscalationKind
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.screening_commands import FindingReportInput
from mediation_desk.domain.screening_views import FindingView
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import case_queries, case_state, screening_read
from mediation_desk.services.case_register import check_date, register_case
from mediation_desk.services.inputs import parse
from mediation_desk.store import repos
from mediation_desk.store.tables import Escalation, MediationCase, ScreeningRound

REPORT_BODY = "司法所"


def finding_to_case(ctx: AppContext, finding_id: str, case: dict[str, Any]) -> CaseDetail:
    """Register the dispute a screening found and link the finding to it."""
    with ctx.uow() as uow:
        f = screening_read.get_finding(uow, finding_id)
        if f.case_id is not None:
            c = repos.get(uow.session, MediationCase, f.case_id)
            raise DomainError("screening.finding_has_case", "finding",
                              case_no=c.case_no if c else f.case_id)
        major = f.is_major
    detail = register_case(ctx, {**case, "source": "screening", "is_major":
                                 bool(case.get("is_major")) or major,
                                 "origin_kind": "screening_finding", "origin_id": finding_id})
    with ctx.uow(write=True) as uow:
        f = screening_read.get_finding(uow, finding_id)
        r = repos.get(uow.session, ScreeningRound, f.round_id)
        assert r is not None
        f.case_id = detail.summary.id
        f.is_major = f.is_major or detail.summary.is_major
        agg = case_state.load(uow, detail.summary.id)
        if major:
            # The 2 days ran from the round, not from the day the case was written up: the
            # dispute was known to be major then (earlier than the case's receipt).
            agg.case.major_flagged_on = min(r.held_on, agg.case.major_flagged_on or r.held_on)
            if f.reported_on is not None:
                uow.session.add(Escalation(
                    case_id=agg.case.id, kind=EscalationKind.MAJOR_REPORT.value,
                    to_body=REPORT_BODY, reported_on=f.reported_on, written=True,
                    summary="排查发现时已书面报告", origin_station_id=uow.station_id))
            uow.session.flush()
            agg = case_state.load(uow, detail.summary.id)
            case_state.refresh_deadlines(agg)
        uow.log("screening.to_case", "screening_finding", f.id, case_id=detail.summary.id,
                after={"case_no": detail.summary.case_no, "major": f.is_major})
        uow.commit()
        return case_queries.case_detail(uow, detail.summary.id, ctx.today())


def record_finding_report(ctx: AppContext, finding_id: str,
                          data: dict[str, Any] | None = None) -> FindingView:
    """The written report of a major finding was sent (``reported_on``, default today)."""
    cmd = parse(FindingReportInput, data or {})
    today = ctx.today()
    with ctx.uow(write=True) as uow:
        f = screening_read.get_finding(uow, finding_id)
        r = repos.get(uow.session, ScreeningRound, f.round_id)
        assert r is not None
        if not f.is_major:
            raise DomainError("screening.finding_not_major", "finding")
        if f.case_id is not None:
            c = repos.get(uow.session, MediationCase, f.case_id)
            raise DomainError("screening.report_on_case", "finding",
                              case_no=c.case_no if c else f.case_id)
        on = cmd.reported_on or today
        check_date(on, field="reported_on", today=today, not_before=r.period_start)
        f.reported_on = on
        uow.log("screening.finding_report", "screening_finding", f.id,
                after={"reported_on": on.isoformat()})
        uow.commit()
        return screening_read.one_finding_view(uow, f)


def mark_finding_major(ctx: AppContext, finding_id: str, major: bool = True) -> FindingView:
    """Mark (or unmark) a finding as a major dispute. A finding that is already a case is
    flagged on the case instead (case_records.flag_major)."""
    with ctx.uow(write=True) as uow:
        f = screening_read.get_finding(uow, finding_id)
        if f.case_id is not None:
            c = repos.get(uow.session, MediationCase, f.case_id)
            raise DomainError("screening.major_on_case", "finding",
                              case_no=c.case_no if c else f.case_id)
        if f.reported_on is not None and not major:
            raise DomainError("screening.already_reported", "finding",
                              date=f.reported_on.isoformat())
        if f.is_major != major:
            f.is_major = major
            uow.log("screening.finding_major", "screening_finding", f.id,
                    before={"major": not major}, after={"major": major})
        uow.commit()
        return screening_read.one_finding_view(uow, f)
