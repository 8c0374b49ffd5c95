"""What happens in a case: investigations, sessions, agreements, performance, follow-up,
judicial confirmation and escalation."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field

from mediation_desk.store.tables.base import SyncColumns, UtcDateTime


class InvestigationRecord(SyncColumns, table=True):
    """人民调解调查记录 (domain.md §4.5)."""

    __tablename__ = "investigation_record"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    held_on: date
    place: str = ""
    investigator_ids: list[str] = Field(default_factory=list, sa_type=JSON)
    recorder_id: str | None = Field(default=None, foreign_key="mediator.id", max_length=36)
    interviewee_name: str = ""
    interviewee_relation: str = ""
    present: str = ""
    content: str = ""
    signed: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class MediationSession(SyncColumns, table=True):
    """人民调解记录: one sitting (domain.md §4.6)."""

    __tablename__ = "mediation_session"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    held_on: date
    started_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    place: str = ""
    matter: str = ""
    participants: list[str] = Field(default_factory=list, sa_type=JSON)
    parties_present: list[str] = Field(default_factory=list, sa_type=JSON)
    mediator_ids: list[str] = Field(default_factory=list, sa_type=JSON)
    recorder_id: str | None = Field(default=None, foreign_key="mediator.id", max_length=36)
    content: str = ""
    result: str = Field(default="continue", max_length=16)
    simplified: bool = False
    signed: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class Agreement(SyncColumns, table=True):
    """人民调解协议书 (written, Law Art. 29) or 口头协议登记表 (oral, Arts. 28, 30)."""

    __tablename__ = "agreement"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    kind: str = Field(max_length=16)
    number: str = ""
    facts_and_issues: str = ""
    terms: list[str] = Field(default_factory=list, sa_type=JSON)
    performance_manner: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    copies: int = 0
    reached_on: date
    effective_on: date | None = Field(default=None, index=True)
    all_parties_signed: bool = False
    mediator_signed: bool = False
    recorder_signed: bool = False
    sealed: bool = False
    recorder_name: str = ""
    amount_fen: int = 0
    # Courts do not confirm agreements on identity, adoption or marriage (法释〔2011〕5号 Art. 4).
    subject_is_status_relation: bool = False
    confirmation_declined: bool = False


class PerformanceItem(SyncColumns, table=True):
    __tablename__ = "performance_item"

    agreement_id: str = Field(foreign_key="agreement.id", index=True, max_length=36)
    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    obligor_party_id: str | None = Field(default=None, foreign_key="case_party.id",
                                         max_length=36)
    description: str
    due_on: date | None = Field(default=None, index=True)
    amount_fen: int = 0
    done_on: date | None = None
    evidence_attachment_id: str | None = Field(default=None, foreign_key="attachment.id",
                                               max_length=36)
    status: str = Field(default="pending", max_length=16)


class PerformanceReminder(SyncColumns, table=True):
    """督促履行 (Law Art. 31)."""

    __tablename__ = "performance_reminder"

    item_id: str = Field(foreign_key="performance_item.id", index=True, max_length=36)
    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    reminded_on: date
    method: str = ""
    note: str = ""


class FollowUpVisit(SyncColumns, table=True):
    """人民调解回访记录 (domain.md §4.9)."""

    __tablename__ = "follow_up_visit"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    agreement_id: str | None = Field(default=None, foreign_key="agreement.id", max_length=36)
    visited_on: date
    visited_party_id: str | None = Field(default=None, foreign_key="case_party.id",
                                         max_length=36)
    visitor_mediator_id: str | None = Field(default=None, foreign_key="mediator.id",
                                            max_length=36)
    performance_status: str = ""
    satisfaction: str = ""
    litigation_note: str = ""
    risk_found: bool = False
    measures: str = ""
    note: str = ""


class JudicialConfirmation(SyncColumns, table=True):
    """司法确认 application by both parties within 30 days (Law Art. 33; CPL Art. 205)."""

    __tablename__ = "judicial_confirmation"

    agreement_id: str = Field(foreign_key="agreement.id", index=True, max_length=36)
    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    applied_on: date
    joint_application: bool = True
    court_name: str = ""
    court_case_no: str = ""
    result: str = Field(default="pending", max_length=16)
    decided_on: date | None = None
    notes: str = ""


class Escalation(SyncColumns, table=True):
    """上报/移交: major-dispute report, police report (Law Art. 25), transfer, joint mediation."""

    __tablename__ = "escalation"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    kind: str = Field(max_length=32)
    to_body: str
    reported_on: date
    written: bool = True
    summary: str = ""
    result: str = ""
    result_on: date | None = None
    returned: bool = False
