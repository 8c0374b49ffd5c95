"""Lookups in the versioned code tables (categories, sources, reasons)."""

from __future__ import annotations

from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.errors import DomainError
from mediation_desk.store import repos
from mediation_desk.store.uow import UnitOfWork


def labels(uow: UnitOfWork, table: CodeTable) -> dict[str, str]:
    return {row.code: row.label_zh for row in repos.active_codes(uow.session, table.value)}


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
