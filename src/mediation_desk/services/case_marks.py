"""Two marks on a case that are not steps of its legal life: what mediation prevented
(防止民转刑, 群体性上访, 自杀, 群体性械斗 — counted in the statistics with persons), and the
voiding of a registration made in error (the record stays; lists and statistics leave it out)."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.commands import PreventedInput, VoidCaseInput
from mediation_desk.domain.enums import CaseStatus, CodeTable
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import authz, case_state, code_tables
from mediation_desk.services.case_mutation import mutate_case
from mediation_desk.services.case_state import CaseAggregate
from mediation_desk.services.inputs import parse
from mediation_desk.store.uow import UnitOfWork

# Prevention is judged while the committee works the case, and may be written up at closing.
PREVENTED_STATUSES = frozenset(s for s in CaseStatus if s != CaseStatus.ARCHIVED)


def record_prevented(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> CaseDetail:
    cmd = parse(PreventedInput, data)

    def change(uow: UnitOfWork, agg: CaseAggregate, today: date) -> dict[str, Any]:
        c = agg.case
        if cmd.outcome:
            code_tables.require(uow, CodeTable.PREVENTED_OUTCOME, cmd.outcome, "outcome")
            if cmd.persons < 1:
                raise DomainError("prevented.persons_required", "persons")
        before = {"outcome": c.prevented_outcome, "persons": c.prevented_persons}
        c.prevented_outcome = cmd.outcome or None
        c.prevented_persons = cmd.persons if cmd.outcome else 0
        return {"before": before, "outcome": c.prevented_outcome,
                "persons": c.prevented_persons, **({"note": cmd.note} if cmd.note else {})}

    return mutate_case(ctx, case_ref, "case.prevented", change, allowed=PREVENTED_STATUSES)


def void_case(ctx: AppContext, case_ref: str, data: dict[str, Any]) -> None:
    """Mark a case registered in error as void. Its number is not given out again."""
    authz.require(ctx, Permission.CASE_VOID)
    cmd = parse(VoidCaseInput, data)
    with ctx.uow(write=True) as uow:
        case = case_state.resolve_case(uow, case_ref)
        case_state.require_live(case)
        if case.status == CaseStatus.ARCHIVED.value:
            raise DomainError("case.archived_read_only", "case", action="case.void")
        case.voided_at = uow.now
        case.void_reason = cmd.reason
        case.updated_at = uow.now
        uow.log("case.void", "mediation_case", case.id, case_id=case.id,
                before={"status": case.status}, after={"reason": cmd.reason})
        uow.commit()
