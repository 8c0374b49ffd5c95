"""Inputs to the services (what a form or a CASE.json file supplies), validated on parse.

These are the documented JSON formats of the CLI (`case add --file`, `case record`, ...):
add fields, never rename them. Unknown keys are refused so typos do not silently vanish."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from mediation_desk.domain.enums import (
    AgentType,
    AgreementKind,
    ApplicationChannel,
    AppointmentMethod,
    ConfirmationResult,
    Employment,
    EscalationKind,
    Gender,
    IdType,
    MediatorRole,
    NoticeMethod,
    PartyRole,
    RecusalResult,
    SessionResult,
)

NAME_MAX = 50
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class PersonInput(Command):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    gender: Gender = Gender.UNKNOWN
    ethnicity: str = Field(default="", max_length=20)
    birth_date: date | None = None
    age: int | None = Field(default=None, ge=0, le=130)
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = Field(default="", max_length=40)
    phone: str = Field(default="", max_length=40)
    address: str = Field(default="", max_length=SHORT_TEXT_MAX)
    occupation: str = Field(default="", max_length=NAME_MAX)
    household_id: str | None = None
    notes: str = Field(default="", max_length=LONG_TEXT_MAX)


class PartyInput(Command):
    """Either ``person_id`` (someone already registered) or ``person`` (new), not both."""

    person_id: str | None = None
    person: PersonInput | None = None
    role: PartyRole
    is_organisation: bool = False
    org_representative: str = Field(default="", max_length=NAME_MAX)
    agent_type: AgentType = AgentType.NONE
    agent_name: str = Field(default="", max_length=NAME_MAX)
    agent_phone: str = Field(default="", max_length=40)
    consented: bool = False


class CaseCreate(Command):
    title: str = Field(default="", max_length=SHORT_TEXT_MAX)
    category: str = Field(min_length=1, max_length=64)
    sub_category: str = Field(default="", max_length=NAME_MAX)
    source: str = Field(default="party_application", max_length=64)
    referred_by: str = Field(default="", max_length=SHORT_TEXT_MAX)
    application_channel: ApplicationChannel = ApplicationChannel.ORAL
    received_on: date | None = None
    received_by: str = Field(default="", max_length=NAME_MAX)
    facts: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    requests: list[str] = Field(default_factory=list, max_length=20)
    parties: list[PartyInput] = Field(min_length=2, max_length=50)
    is_public: bool = True
    privacy_note: str = Field(default="", max_length=SHORT_TEXT_MAX)
    consent_note: str = Field(default="", max_length=SHORT_TEXT_MAX)
    amount_fen: int = Field(default=0, ge=0, le=10**12)
    is_major: bool = False
    major_criteria: list[str] = Field(default_factory=list)
    origin_kind: str | None = None
    origin_id: str | None = None


class ActionCommand(Command):
    """Arguments of a lifecycle action (`case do`); each action reads what it needs."""

    on_date: date | None = None
    reason: str | None = Field(default=None, max_length=64)
    advised_routes: list[str] = Field(default_factory=list)
    consent_of_all_parties: bool = False
    host_mediator_id: str | None = None
    notice_given_to_all: bool = False
    notice_method: NoticeMethod = NoticeMethod.WRITTEN
    to_body: str | None = Field(default=None, max_length=SHORT_TEXT_MAX)
    escalation_kind: EscalationKind = EscalationKind.TRANSFER
    result_text: str | None = Field(default=None, max_length=LONG_TEXT_MAX)
    note: str = Field(default="", max_length=LONG_TEXT_MAX)


class NoticeInput(Command):
    party_ids: list[str] = Field(default_factory=list)  # empty = every party
    given_on: date | None = None
    method: NoticeMethod = NoticeMethod.WRITTEN
    acknowledged: bool = True


class InvestigationInput(Command):
    held_on: date | None = None
    place: str = Field(default="", max_length=SHORT_TEXT_MAX)
    investigator_ids: list[str] = Field(default_factory=list)
    recorder_id: str | None = None
    interviewee_name: str = Field(default="", max_length=NAME_MAX)
    interviewee_relation: str = Field(default="", max_length=NAME_MAX)
    present: str = Field(default="", max_length=SHORT_TEXT_MAX)
    content: str = Field(min_length=1, max_length=LONG_TEXT_MAX)


class SessionInput(Command):
    held_on: date | None = None
    place: str = Field(default="", max_length=SHORT_TEXT_MAX)
    matter: str = Field(default="", max_length=SHORT_TEXT_MAX)
    participants: list[str] = Field(default_factory=list)
    parties_present: list[str] = Field(default_factory=list)
    mediator_ids: list[str] = Field(default_factory=list)
    recorder_id: str | None = None
    content: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    result: SessionResult = SessionResult.CONTINUE
    simplified: bool = False


class PerformanceItemInput(Command):
    description: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    obligor_party_id: str | None = None
    due_on: date | None = None
    amount_fen: int = Field(default=0, ge=0, le=10**12)
    done_on: date | None = None


class AgreementInput(Command):
    kind: AgreementKind
    facts_and_issues: str = Field(default="", max_length=LONG_TEXT_MAX)
    terms: list[str] = Field(min_length=1, max_length=50)
    performance_manner: str = Field(default="", max_length=LONG_TEXT_MAX)
    performance_place: str = Field(default="", max_length=SHORT_TEXT_MAX)
    performance_deadline: date | None = None
    reached_on: date | None = None
    all_parties_signed: bool = False
    mediator_signed: bool = False
    recorder_signed: bool = False
    sealed: bool = False
    recorder_name: str = Field(default="", max_length=NAME_MAX)
    amount_fen: int = Field(default=0, ge=0, le=10**12)
    items: list[PerformanceItemInput] = Field(default_factory=list, max_length=100)
    subject_is_status_relation: bool = False
    confirmation_declined: bool = False


class SignaturesInput(Command):
    all_parties_signed: bool | None = None
    mediator_signed: bool | None = None
    recorder_signed: bool | None = None
    sealed: bool | None = None
    signed_on: date | None = None


class ItemDoneInput(Command):
    item_id: str
    done_on: date | None = None
    waived: bool = False


class ReminderInput(Command):
    item_id: str
    reminded_on: date | None = None
    method: str = Field(default="", max_length=NAME_MAX)
    note: str = Field(default="", max_length=LONG_TEXT_MAX)


class FollowUpInput(Command):
    visited_on: date | None = None
    visited_party_id: str | None = None
    visitor_mediator_id: str | None = None
    performance_status: str = Field(default="", max_length=SHORT_TEXT_MAX)
    satisfaction: str = Field(default="", max_length=SHORT_TEXT_MAX)
    litigation_note: str = Field(default="", max_length=LONG_TEXT_MAX)
    risk_found: bool = False
    measures: str = Field(default="", max_length=LONG_TEXT_MAX)
    note: str = Field(default="", max_length=LONG_TEXT_MAX)


class ConfirmationInput(Command):
    applied_on: date | None = None
    joint_application: bool = True
    court_name: str = Field(default="", max_length=SHORT_TEXT_MAX)
    court_case_no: str = Field(default="", max_length=NAME_MAX)
    notes: str = Field(default="", max_length=LONG_TEXT_MAX)


class ConfirmationDecision(Command):
    result: ConfirmationResult
    decided_on: date | None = None
    court_case_no: str = Field(default="", max_length=NAME_MAX)
    notes: str = Field(default="", max_length=LONG_TEXT_MAX)


class ReportInput(Command):
    """A report upward that does not hand the case over (major dispute, police)."""

    kind: EscalationKind
    to_body: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    reported_on: date | None = None
    written: bool = True
    summary: str = Field(default="", max_length=LONG_TEXT_MAX)


class MajorFlagInput(Command):
    criteria: list[str] = Field(min_length=1)
    flagged_on: date | None = None


class ExtensionInput(Command):
    new_due_on: date
    consent_recorded: bool
    consent_on: date | None = None
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class RecusalInput(Command):
    mediator_id: str
    requested_by_party_id: str | None = None
    requested_on: date | None = None
    reason: str = Field(default="", max_length=LONG_TEXT_MAX)


class RecusalDecisionInput(Command):
    recusal_id: str
    result: RecusalResult
    decided_on: date | None = None
    replacement_mediator_id: str | None = None


class MediatorInput(Command):
    person_id: str | None = None
    person: PersonInput | None = None
    role: MediatorRole = MediatorRole.MEMBER
    appointment_method: AppointmentMethod = AppointmentMethod.ELECTED
    employment: Employment = Employment.PART_TIME
    appointed_on: date | None = None
    term_end: date | None = None
    certificate_no: str = Field(default="", max_length=NAME_MAX)
    certificate_issued_on: date | None = None
    work_cert_no: str = Field(default="", max_length=NAME_MAX)
    specialties: list[str] = Field(default_factory=list)
    level: str = Field(default="", max_length=NAME_MAX)
    is_chief: bool = False


class PreventedInput(Command):
    """防止激化: what the committee's work prevented (domain.md §6.4, §9.2). An empty
    ``outcome`` clears an earlier entry."""

    outcome: str = Field(default="", max_length=64)
    persons: int = Field(default=0, ge=0, le=100_000)
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class VoidCaseInput(Command):
    """作废: a registration made in error (a duplicate, the wrong committee). The record
    stays, marked void with the reason; lists and statistics leave it out."""

    reason: str = Field(min_length=2, max_length=SHORT_TEXT_MAX)
