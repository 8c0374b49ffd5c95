"""The case (纠纷/案件) and who takes part in it: parties, mediators, recusal, rights notice."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field

from mediation_desk.store.tables.base import SyncColumns


class MediationCase(SyncColumns, table=True):
    __tablename__ = "mediation_case"
    __table_args__ = (UniqueConstraint("committee_id", "year", "seq"),)

    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=36)
    case_no: str = Field(index=True)
    year: int = Field(index=True)
    seq: int
    title: str
    category_code: str = Field(index=True, max_length=64)
    sub_category: str = ""
    source_code: str = Field(max_length=64)
    referred_by: str = ""
    application_channel: str = Field(default="oral", max_length=16)
    received_on: date = Field(index=True)
    received_by: str = ""
    facts: str = ""
    requests: list[str] = Field(default_factory=list, sa_type=JSON)
    consent_recorded: bool = False
    consent_note: str = ""
    status: str = Field(index=True, max_length=32)
    last_event_on: date | None = None
    accepted_on: date | None = None
    host_mediator_id: str | None = Field(default=None, foreign_key="mediator.id", index=True,
                                         max_length=36)
    declined_on: date | None = None
    declined_reason_code: str | None = None
    declined_note: str = ""
    is_public: bool = True
    privacy_note: str = ""
    is_major: bool = Field(default=False, index=True)
    major_criteria: list[str] = Field(default_factory=list, sa_type=JSON)
    major_flagged_on: date | None = None
    complexity: str = Field(default="simple", max_length=16)
    escalation_risk: str = Field(default="low", max_length=16)
    due_on: date | None = Field(default=None, index=True)
    # Earliest deadline still needing attention (domain.deadlines), recomputed on every write
    # to the case, so "overdue" is an indexed comparison with today over 100,000 cases.
    next_deadline_on: date | None = Field(default=None, index=True)
    next_deadline_kind: str | None = None
    extended_due_on: date | None = None
    extension_consent_on: date | None = None
    extension_note: str = ""
    escalated_from: str | None = None
    terminated_on: date | None = None
    terminated_reason_code: str | None = None
    terminated_note: str = ""
    advised_routes: list[str] = Field(default_factory=list, sa_type=JSON)
    amount_fen: int = 0
    prevented_outcome: str | None = None
    prevented_persons: int = 0
    performed_on: date | None = None
    closed_on: date | None = None
    close_reason_code: str | None = None
    close_note: str = ""
    archived_on: date | None = None
    origin_kind: str | None = None  # "screening_finding" | "incident_report"
    origin_id: str | None = Field(default=None, max_length=36)


class CaseParty(SyncColumns, table=True):
    """A party as it stands in this case. The snapshot fields are what documents print, so
    editing the person later never changes a signed paper (domain.md §10 note)."""

    __tablename__ = "case_party"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True,
                                  max_length=36)
    order_no: int = 0
    role: str = Field(max_length=16)
    is_organisation: bool = False
    org_representative: str = ""
    snapshot_name: str
    snapshot_gender: str = "unknown"
    snapshot_ethnicity: str = ""
    snapshot_birth_date: date | None = None
    snapshot_age: int | None = None
    snapshot_occupation: str = ""
    snapshot_phone: str = ""
    snapshot_address: str = ""
    snapshot_id_type: str = "resident_id"
    snapshot_id_number_enc: str | None = None
    snapshot_id_number_masked: str = ""
    agent_type: str = "none"
    agent_name: str = ""
    agent_phone: str = ""
    consented: bool = False


class CaseMediator(SyncColumns, table=True):
    __tablename__ = "case_mediator"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    mediator_id: str = Field(foreign_key="mediator.id", index=True, max_length=36)
    is_host: bool = False
    chosen_by_party: bool = False
    assigned_on: date
    removed_on: date | None = None
    removed_reason: str = ""


class RecusalRequest(SyncColumns, table=True):
    """A party asks a mediator to step aside (2002 rule Art. 6; host must be replaced)."""

    __tablename__ = "recusal_request"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    mediator_id: str = Field(foreign_key="mediator.id", index=True, max_length=36)
    requested_by_party_id: str | None = Field(default=None, foreign_key="case_party.id",
                                              max_length=36)
    requested_on: date
    reason: str = ""
    result: str = Field(default="pending", max_length=16)
    decided_on: date | None = None
    replacement_mediator_id: str | None = Field(default=None, foreign_key="mediator.id",
                                                max_length=36)


class RightsNotice(SyncColumns, table=True):
    """告知书 given to a party (2002 rule Art. 30), with the PI notice (PIPL Art. 17)."""

    __tablename__ = "rights_notice"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, max_length=36)
    party_id: str = Field(foreign_key="case_party.id", index=True, max_length=36)
    given_on: date
    method: str = Field(default="written", max_length=16)
    acknowledged: bool = False
    pi_notice_included: bool = True
    extra: dict[str, Any] | None = Field(default=None, sa_type=JSON)
