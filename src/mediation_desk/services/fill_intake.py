"""Fills the papers of intake and mediation — application, acceptance register, rights notice,
investigation and session records — from the stored case."""

from __future__ import annotations

from datetime import UTC, datetime

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.documents.forms.acceptance import AcceptanceData
from mediation_desk.documents.forms.application import ApplicationData
from mediation_desk.documents.forms.investigation import InvestigationData
from mediation_desk.documents.forms.rights_notice import RightsNoticeData
from mediation_desk.documents.forms.session import SessionData
from mediation_desk.domain.enums import CodeTable, PartyRole
from mediation_desk.services.paper_source import PaperSource


def fill_application(src: PaperSource, ref: str | None) -> ApplicationData:
    case = src.agg.case
    return ApplicationData(
        committee_name=src.committee_name, number=case.case_no,
        applicants=src.parties(PartyRole.APPLICANT.value),
        respondents=src.parties(PartyRole.RESPONDENT.value), facts=case.facts,
        requests=tuple(case.requests), received_on=case.received_on)


def _source_options(src: PaperSource, chosen: str) -> tuple[tuple[str, str], ...]:
    """Every active source, and the case's own even if it has since been retired."""
    options = dict(src.labels.get(CodeTable.CASE_SOURCE.value, {}))
    if chosen and chosen not in options:
        options[chosen] = src.label(CodeTable.CASE_SOURCE, chosen)
    return tuple(options.items())


def fill_acceptance(src: PaperSource, ref: str | None) -> AcceptanceData:
    case = src.agg.case
    return AcceptanceData(
        committee_name=src.committee_name, number=case.case_no,
        on=case.accepted_on or case.received_on, party_names=src.party_names(),
        category=src.label(CodeTable.DISPUTE_CATEGORY, case.category_code),
        source_options=_source_options(src, case.source_code), source_code=case.source_code,
        facts=case.facts, registrar=case.received_by)


def fill_rights_notice(src: PaperSource, ref: str | None) -> RightsNoticeData:
    given = {}
    for n in src.agg.notices:
        if n.voided_at is None:
            given.setdefault(n.party_id, n.given_on)
    c = src.committee
    return RightsNoticeData(
        committee_name=c.name, committee_address=c.address, committee_phone=c.phone,
        township=c.township_name, number=src.agg.case.case_no, parties=src.party_names(),
        given_on=tuple(given.get(p.id) for p in src.agg.parties))


def fill_investigation(src: PaperSource, ref: str | None) -> InvestigationData:
    r = src.record(src.agg.investigations, ref, "人民调解调查记录")
    return InvestigationData(
        number=src.agg.case.case_no, held_on=r.held_on, place=r.place,
        investigators=src.mediators(r.investigator_ids), recorder=src.mediator(r.recorder_id),
        interviewee=r.interviewee_name, relation=r.interviewee_relation, present=r.present,
        content=r.content)


def _clock(at: datetime | None) -> str:
    """``14时30分`` in Beijing time (stored times are UTC)."""
    if at is None:
        return ""
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(CHINA_TZ)
    return f"{local.hour}时{local.minute:02d}分"


def fill_session(src: PaperSource, ref: str | None) -> SessionData:
    s = src.record(src.agg.sessions, ref, "人民调解记录")
    present = src.party_names(list(s.parties_present)) if s.parties_present else ()
    return SessionData(
        number=src.agg.case.case_no, held_on=s.held_on, started_at=_clock(s.started_at),
        place=s.place, matter=s.matter, participants=tuple(s.participants),
        parties=present or src.party_names(),
        mediators=src.mediators(s.mediator_ids) or src.case_mediators,
        recorder=src.mediator(s.recorder_id), content=s.content, result=s.result)


FILLERS = {"application": fill_application, "acceptance": fill_acceptance,
           "rights_notice": fill_rights_notice, "investigation": fill_investigation,
           "session": fill_session}
