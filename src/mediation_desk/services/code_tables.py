"""Lookups in the versioned code tables (categories, sources, reasons)."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.views import CodeChoice
from mediation_desk.store import repos
from mediation_desk.store.uow import UnitOfWork


def labels(uow: UnitOfWork, table: CodeTable) -> dict[str, str]:
    return {row.code: row.label_zh for row in repos.active_codes(uow.session, table.value)}


def choices(ctx: AppContext, table: CodeTable | str) -> list[CodeChoice]:
    """The active codes of a table in display order, for a drop-down list.

    ``group`` carries the parent code of two-level tables (category → sub-category)."""
    with ctx.uow() as uow:
        return [CodeChoice(code=r.code, label_zh=r.label_zh, label_en=r.label_en or r.label_zh,
                           group=r.group_code)
                for r in repos.active_codes(uow.session, CodeTable(table).value)]


def require(uow: UnitOfWork, table: CodeTable, code: str, field: str) -> str:
    known = labels(uow, table)
    if code not in known:
        raise DomainError("code.unknown", field, table=table.value, value=code,
                          allowed=sorted(known))
    return code


def require_all(uow: UnitOfWork, table: CodeTable, codes: list[str], field: str) -> list[str]:
    known = labels(uow, table)
    for i, code in enumerate(codes):
        if code not in known:
            raise DomainError("code.unknown", f"{field}[{i}]", table=table.value, value=code,
                              allowed=sorted(known))
    return codes
