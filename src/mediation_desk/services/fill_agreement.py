"""Fills the written agreement (人民调解协议书) from the stored agreement and its case."""

from __future__ import annotations

from mediation_desk.documents.forms.agreement import AgreementData
from mediation_desk.documents.kit import cn_date, money_text
from mediation_desk.services.paper_source import PaperSource
from mediation_desk.store.tables import Agreement, PerformanceItem


def performance_lines(src: PaperSource, items: list[PerformanceItem]) -> tuple[str, ...]:
    """``王某于2026年12月31日前支付赔偿款，金额人民币12,000.00元（大写：壹万贰仟元整）``."""
    names = {p.id: p.snapshot_name for p in src.agg.parties}
    lines = []
    for i in items:
        if i.voided_at is not None:
            continue
        text = names.get(i.obligor_party_id or "", "")
        if i.due_on:
            text += f"于{cn_date(i.due_on)}前"
        text += i.description
        if i.amount_fen:
            text += f"，金额{money_text(i.amount_fen)}"
        lines.append(text)
    return tuple(lines)


def agreement_data(src: PaperSource, a: Agreement) -> AgreementData:
    case = src.agg.case
    items = [i for i in src.agg.items if i.agreement_id == a.id]
    parties = src.parties()
    return AgreementData(
        committee_name=src.committee_name, number=a.number or case.case_no, parties=parties,
        facts_and_issues=a.facts_and_issues or case.facts, terms=tuple(a.terms),
        performance_manner=a.performance_manner, performance_place=a.performance_place,
        performance_deadline=a.performance_deadline,
        performance_items=performance_lines(src, items), amount_fen=a.amount_fen,
        copies=a.copies or len(parties) + 1, mediators=src.case_mediators,
        recorder=a.recorder_name, reached_on=a.reached_on, version=a.row_version,
        record_id=a.id)


def fill_agreement(src: PaperSource, ref: str | None) -> AgreementData:
    return agreement_data(src, src.record(src.agg.agreements, ref, "人民调解协议书"))


FILLERS = {"agreement": fill_agreement}
