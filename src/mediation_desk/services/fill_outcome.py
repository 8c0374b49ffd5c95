"""Fills the papers of a case's outcome: the oral-agreement register, follow-up visits, the
court application for judicial confirmation, the major-dispute report and the closing report."""

from __future__ import annotations

from mediation_desk.documents.forms.closing_report import ClosingParty, ClosingReportData
from mediation_desk.documents.forms.follow_up import FollowUpData
from mediation_desk.documents.forms.judicial_confirmation import JudicialConfirmationData
from mediation_desk.documents.forms.major_report import MajorReportData
from mediation_desk.documents.forms.oral_agreement import OralAgreementData
from mediation_desk.documents.kit import cn_date, money_text
from mediation_desk.domain import deadlines
from mediation_desk.domain.enums import AgreementKind, CodeTable, EscalationKind
from mediation_desk.services.fill_agreement import performance_lines
from mediation_desk.services.paper_source import PaperSource
from mediation_desk.store.tables import Agreement, MediationCase, PerformanceItem

ITEM_STATUS = {"pending": "尚未履行", "overdue": "逾期未履行", "waived": "已免除履行"}
RISK_ZH = {"low": "低", "medium": "中", "high": "高"}


def _live(rows: list) -> list:
    return [r for r in rows if r.voided_at is None]


def _agreement(src: PaperSource, ref: str | None, kind: AgreementKind, title: str
               ) -> Agreement:
    rows = [a for a in src.agg.agreements if a.kind == kind]
    return src.record(rows, ref, title)


def _items(src: PaperSource, a: Agreement) -> list[PerformanceItem]:
    return [i for i in src.agg.items if i.agreement_id == a.id]


def fill_oral_agreement(src: PaperSource, ref: str | None) -> OralAgreementData:
    a = _agreement(src, ref, AgreementKind.ORAL, "人民调解口头协议登记表")
    case = src.agg.case
    return OralAgreementData(
        committee_name=src.committee_name, number=a.number or case.case_no,
        parties=src.parties(), summary=a.facts_and_issues or case.facts, terms=tuple(a.terms),
        performance_manner=a.performance_manner, performance_place=a.performance_place,
        performance_deadline=a.performance_deadline,
        performance_items=performance_lines(src, _items(src, a)), amount_fen=a.amount_fen,
        # Law Art. 30: an oral agreement takes effect the day it is reached.
        reached_on=a.effective_on or a.reached_on, mediators=src.case_mediators,
        recorder=a.recorder_name)


def fill_follow_up(src: PaperSource, ref: str | None) -> FollowUpData:
    v = src.record(src.agg.followups, ref, "人民调解回访记录")
    case = src.agg.case
    visited = src.party_names([v.visited_party_id]) if v.visited_party_id else ()
    agreement = next((a for a in src.agg.agreements if a.id == v.agreement_id),
                     src.agg.agreement)
    number = (agreement.number if agreement is not None else "") or case.case_no
    return FollowUpData(
        committee_name=src.committee_name, parties="、".join(visited or src.party_names()),
        agreement_number=number, reason=case.title,
        performance_status=v.performance_status, satisfaction=v.satisfaction,
        litigation_note=v.litigation_note, risk_found=v.risk_found, measures=v.measures,
        note=v.note, visitor=src.mediator(v.visitor_mediator_id), visited_on=v.visited_on)


def fill_judicial_confirmation(src: PaperSource, ref: str | None
                               ) -> JudicialConfirmationData:
    a = _agreement(src, ref, AgreementKind.WRITTEN, "司法确认申请书")
    case = src.agg.case
    applied = [c for c in _live(src.agg.confirmations) if c.agreement_id == a.id]
    confirmation = applied[-1] if applied else None
    effective = a.effective_on
    return JudicialConfirmationData(
        court_name=confirmation.court_name if confirmation else "",
        committee_name=src.committee_name, number=a.number or case.case_no,
        # The court needs every applicant's identity: the one paper with full ID numbers.
        applicants=src.parties(with_id=True), dispute=case.title, reached_on=a.reached_on,
        effective_on=effective, terms=tuple(a.terms),
        performance_items=performance_lines(src, _items(src, a)),
        copies=1,  # the original kept for the court; the parties keep theirs
        deadline=deadlines.confirmation_window_end(effective) if effective else None,
        applied_on=confirmation.applied_on if confirmation else None)


def _measures(src: PaperSource) -> tuple[str, ...]:
    """What the committee has done so far, from the records it kept."""
    done = [(r.held_on, f"{cn_date(r.held_on)}在{r.place or '现场'}开展调查"
                        + (f"，走访{r.interviewee_name}" if r.interviewee_name else ""))
            for r in _live(src.agg.investigations)]
    done += [(s.held_on, f"{cn_date(s.held_on)}在{s.place or '调解室'}组织调解"
                         + (f"（{s.matter}）" if s.matter else ""))
             for s in _live(src.agg.sessions)]
    done += [(e.reported_on, f"{cn_date(e.reported_on)}向{e.to_body}报告")
             for e in _live(src.agg.escalations) if e.kind == EscalationKind.POLICE_REPORT]
    return tuple(text for _, text in sorted(done, key=lambda x: x[0]))


def fill_major_report(src: PaperSource, ref: str | None) -> MajorReportData:
    case = src.agg.case
    reports = [e for e in _live(src.agg.escalations) if e.kind == EscalationKind.MAJOR_REPORT]
    report = reports[-1] if reports else None
    township = src.committee.township_name
    to_body = report.to_body if report else (f"{township}司法所" if township else "")
    options = tuple(src.labels.get(CodeTable.MAJOR_CRITERION.value, {}).items())
    extra = {"criteria_options": options} if options else {}
    return MajorReportData(
        to_body=to_body, committee_name=src.committee_name, case_no=case.case_no,
        title=case.title, category=src.label(CodeTable.DISPUTE_CATEGORY, case.category_code),
        parties=tuple(f"{p.snapshot_name}（住{p.snapshot_address}）" if p.snapshot_address
                      else p.snapshot_name for p in src.agg.parties),
        facts=case.facts, summary=report.summary if report else "",
        criteria=tuple(case.major_criteria), escalation_risk=case.escalation_risk,
        measures=_measures(src), reporter=src.host,
        reported_on=report.reported_on if report else case.major_flagged_on, **extra)


def _result(src: PaperSource, case: MediationCase) -> str:
    """调解结果: how mediation ended, in the words the statistics use."""
    if case.declined_on:
        text = f"不予受理：{src.label(CodeTable.DECLINE_REASON, case.declined_reason_code)}"
        return text + (f"（{case.declined_note}）" if case.declined_note else "")
    if case.terminated_on:
        text = (f"{cn_date(case.terminated_on)}终止调解：" +
                src.label(CodeTable.TERMINATION_REASON, case.terminated_reason_code))
        if case.terminated_note:
            text += f"（{case.terminated_note}）"
        routes = "、".join(src.label(CodeTable.ADVISED_ROUTE, r) for r in case.advised_routes)
        if routes:  # Law Art. 26: the parties were told of the other routes
            text += f"。已告知当事人可以依法通过{routes}等途径维护自己的权利"
        return text
    parts = []
    a = src.agg.agreement
    if a is not None:
        kind = ("达成人民调解协议书" if a.kind == AgreementKind.WRITTEN else "达成口头调解协议")
        text = f"{cn_date(a.reached_on)}{kind}"
        if a.number:
            text += f"（编号：{a.number}）"
        if a.amount_fen:
            text += f"，涉及金额{money_text(a.amount_fen)}"
        parts.append(text)
    for e in _live(src.agg.escalations):
        if e.kind in (EscalationKind.TRANSFER, EscalationKind.JOINT_MEDIATION):
            verb = "移交" if e.kind == EscalationKind.TRANSFER else "提请联合调解："
            parts.append(f"{cn_date(e.reported_on)}{verb}{e.to_body}"
                         + (f"，处理结果：{e.result}" if e.result else ""))
    return "；".join(parts)


def _performance(src: PaperSource) -> tuple[str, ...]:
    a = src.agg.agreement
    if a is None:
        return ()
    out = []
    for item in [i for i in _items(src, a) if i.voided_at is None]:
        [line] = performance_lines(src, [item])
        status = (f"已于{cn_date(item.done_on)}履行完毕" if item.done_on
                  else ITEM_STATUS.get(item.status, item.status))
        out.append(f"{line}（{status}）")
    if not out and src.agg.case.performed_on:
        out.append(f"已于{cn_date(src.agg.case.performed_on)}全部履行完毕")
    return tuple(out)


def _follow_ups(src: PaperSource) -> tuple[str, ...]:
    out = []
    for v in _live(src.agg.followups):
        who = "、".join(src.party_names([v.visited_party_id])) if v.visited_party_id else ""
        said = "；".join(t for t in (v.performance_status, v.satisfaction, v.litigation_note)
                        if t.strip())
        out.append(f"{cn_date(v.visited_on)}回访{who}" + (f"：{said}" if said else ""))
    return tuple(out)


def fill_closing_report(src: PaperSource, ref: str | None) -> ClosingReportData:
    case = src.agg.case
    implied = "declined" if case.declined_on else "terminated" if case.terminated_on else ""
    sources = tuple(src.labels.get(CodeTable.CASE_SOURCE.value, {}).items())
    closes = tuple(src.labels.get(CodeTable.CLOSE_REASON.value, {}).items())
    extra = ({"source_options": sources} if sources else {}) | (
        {"close_options": closes} if closes else {})
    return ClosingReportData(
        case_no=case.case_no, filled_on=src.today, committee_name=src.committee_name,
        host=src.host, accepted_on=case.accepted_on,
        closed_on=case.closed_on or case.terminated_on or case.declined_on,
        parties=tuple(ClosingParty(p.snapshot_name, p.snapshot_address, p.snapshot_phone)
                      for p in src.agg.parties),
        source=case.source_code, facts=case.facts, result=_result(src, case),
        performance=_performance(src), follow_ups=_follow_ups(src),
        close_reason=case.close_reason_code or implied, close_note=case.close_note, **extra)


FILLERS = {
    "oral_agreement": fill_oral_agreement,
    "follow_up": fill_follow_up,
    "judicial_confirmation": fill_judicial_confirmation,
    "major_report": fill_major_report,
    "closing_report": fill_closing_report,
}
