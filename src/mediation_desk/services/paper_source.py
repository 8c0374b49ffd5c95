"""Everything a case's papers are filled from, loaded once: the case aggregate, the committee,
code labels, mediator names, and the party blocks with their full phone numbers.

Papers carry personal data unmasked where the form has the field (the agreement's 联系方式,
the court application's 公民身份号码): that is what the paper is for. The screen still masks
them; every print and every saved PDF is logged by :mod:`mediation_desk.services.papers`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.forms.common import PartyBlock
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import case_state, code_tables
from mediation_desk.services.case_state import CaseAggregate
from mediation_desk.store import repos
from mediation_desk.store.tables import CaseParty, Committee
from mediation_desk.store.uow import UnitOfWork

GENDER_ZH = {"male": "男", "female": "女"}
LABEL_TABLES = (CodeTable.DISPUTE_CATEGORY, CodeTable.CASE_SOURCE, CodeTable.DECLINE_REASON,
                CodeTable.TERMINATION_REASON, CodeTable.ADVISED_ROUTE,
                CodeTable.MAJOR_CRITERION, CodeTable.CLOSE_REASON)


@dataclass
class PaperSource:
    agg: CaseAggregate
    committee: Committee
    labels: dict[str, dict[str, str]]
    mediator_names: dict[str, str]
    today: date
    ctx: AppContext
    session: Any = None
    """The unit of work's session the rows were loaded in (None: not attached to one)."""

    @property
    def committee_name(self) -> str:
        return self.committee.name

    def label(self, table: CodeTable, code: str | None) -> str:
        if not code:
            return ""
        return self.labels.get(table.value, {}).get(code, code)

    def mediator(self, mediator_id: str | None) -> str:
        return self.mediator_names.get(mediator_id or "", "")

    def mediators(self, ids: list[str]) -> tuple[str, ...]:
        return tuple(n for n in (self.mediator(i) for i in ids) if n)

    @property
    def case_mediators(self) -> tuple[str, ...]:
        """Active mediators of the case, host first."""
        c = self.agg.case
        active = [m for m in self.agg.mediators if m.removed_on is None]
        active.sort(key=lambda m: (m.mediator_id != c.host_mediator_id, m.assigned_on))
        return tuple(self.mediator(m.mediator_id) for m in active)

    @property
    def host(self) -> str:
        return self.mediator(self.agg.case.host_mediator_id)

    def party(self, p: CaseParty, *, with_id: bool = False) -> PartyBlock:
        id_number = ""
        if with_id:
            id_number = (self.ctx.cipher.decrypt(p.snapshot_id_number_enc)
                         if p.snapshot_id_number_enc else "")
        return PartyBlock(
            name=p.snapshot_name, gender=GENDER_ZH.get(p.snapshot_gender, ""),
            ethnicity=p.snapshot_ethnicity,
            age="" if p.snapshot_age is None else str(p.snapshot_age),
            occupation=p.snapshot_occupation, phone=p.snapshot_phone,
            address=p.snapshot_address, is_organisation=p.is_organisation,
            representative=p.org_representative, agent_name=p.agent_name,
            agent_phone=p.agent_phone, id_number=id_number)

    def parties(self, role: str | None = None, *, with_id: bool = False
                ) -> tuple[PartyBlock, ...]:
        return tuple(self.party(p, with_id=with_id) for p in self.agg.parties
                     if role is None or p.role == role)

    def party_names(self, ids: list[str] | None = None) -> tuple[str, ...]:
        rows = self.agg.parties if ids is None else [p for p in self.agg.parties if p.id in ids]
        return tuple(p.snapshot_name for p in rows)

    def record(self, rows: list, ref: str | None, kind: str):
        """The record ``ref`` among ``rows`` (the latest when no ref is given)."""
        live = [r for r in rows if getattr(r, "voided_at", None) is None]
        if ref is None:
            if not live:
                raise DomainError("paper.no_record", "ref", kind=kind)
            return live[-1]
        for r in rows:
            if r.id == ref:
                return r
        raise DomainError("paper.no_record", "ref", kind=kind, ref=ref)


def load_source(ctx: AppContext, uow: UnitOfWork, case_ref: str) -> PaperSource:
    agg = case_state.load(uow, case_ref)
    committee = repos.get(uow.session, Committee, agg.case.committee_id)
    if committee is None:  # foreign key makes this impossible short of a damaged file
        raise DomainError("paper.no_committee", None)
    ids = {m.mediator_id for m in agg.mediators}
    ids |= {i for s in agg.sessions for i in s.mediator_ids}
    ids |= {i for r in agg.investigations for i in r.investigator_ids}
    ids |= {x for x in [agg.case.host_mediator_id]
            + [s.recorder_id for s in agg.sessions]
            + [r.recorder_id for r in agg.investigations]
            + [f.visitor_mediator_id for f in agg.followups] if x}
    labels = {t.value: code_tables.labels(uow, t) for t in LABEL_TABLES}
    return PaperSource(agg=agg, committee=committee, labels=labels,
                       mediator_names=repos.host_names(uow.session, sorted(ids)),
                       today=ctx.today(), ctx=ctx, session=uow.session)
