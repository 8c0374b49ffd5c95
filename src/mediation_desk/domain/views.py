"""Read models the services return: plain frozen values, never ORM rows.

Personal data appears masked (ID numbers, phones) unless a service is asked to reveal it.
These are also the CLI's ``--json`` output formats: add fields, never rename them."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class StationView(View):
    station_id: str
    kind: str
    code: str
    name: str
    incarnation_id: str
    committee_id: str
    committee_name: str
    short_name: str
    township_name: str
    county_name: str


class PersonView(View):
    id: str
    name: str
    gender: str
    ethnicity: str
    birth_date: date | None
    age: int | None
    id_type: str
    id_number_masked: str
    phone_masked: str
    address: str
    occupation: str
    household_id: str | None
    voided: bool = False


class PartyView(View):
    id: str
    person_id: str | None
    order_no: int
    role: str
    name: str
    gender: str
    ethnicity: str
    age: int | None
    occupation: str
    phone_masked: str
    address: str
    id_number_masked: str
    agent_type: str
    agent_name: str
    consented: bool


class CaseMediatorView(View):
    id: str
    mediator_id: str
    name: str
    is_host: bool
    chosen_by_party: bool
    assigned_on: date
    removed_on: date | None


class RecordView(View):
    """One dated entry in a case's record (notice, investigation, session, follow-up ...)."""

    id: str
    kind: str
    on: date
    summary: str
    details: dict[str, object]


class PerformanceItemView(View):
    id: str
    description: str
    obligor_party_id: str | None
    due_on: date | None
    amount_fen: int
    done_on: date | None
    status: str


class AgreementView(View):
    id: str
    kind: str
    number: str
    facts_and_issues: str
    terms: list[str]
    performance_manner: str
    performance_place: str
    performance_deadline: date | None
    copies: int
    reached_on: date
    effective_on: date | None
    all_parties_signed: bool
    mediator_signed: bool
    recorder_signed: bool
    sealed: bool
    amount_fen: int
    subject_is_status_relation: bool
    confirmation_declined: bool
    items: list[PerformanceItemView]
    voided: bool = False


class DeadlineView(View):
    kind: str
    due_on: date
    state: str
    days_left: int
    ref_id: str | None


class ActionView(View):
    action: str
    target: str | None
    allowed: bool
    refusal_code: str | None
    refusal_params: dict[str, object]


class EventView(View):
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, object] | None
    after: dict[str, object] | None


class AgendaItem(View):
    """One line of 今日待办: a deadline of a case, or of the committee's other work (a screening
    round, a mediator's or group head's term, a major finding's written report)."""

    case_id: str | None
    case_no: str  # for other subjects: what the line is about, e.g. "2026年11月排查"
    title: str
    kind: str
    due_on: date
    state: str
    days_left: int
    ref_id: str | None
    subject: str = "case"  # case | screening | mediator | group
    subject_id: str | None = None
    village: str = ""  # at a township: the village whose case this is


class CaseSummary(View):
    """One row of the case list."""

    id: str
    case_no: str
    title: str
    category: str
    category_label: str
    status: str
    received_on: date
    accepted_on: date | None
    due_on: date | None
    overdue: bool
    is_major: bool
    party_names: list[str]
    host_mediator_name: str | None
    next_deadline_on: date | None = None
    """The soonest deadline that can become overdue (any kind), and its kind."""
    next_deadline_kind: str | None = None


class CaseDetail(View):
    summary: CaseSummary
    committee_id: str
    sub_category: str
    source: str
    source_label: str
    referred_by: str
    application_channel: str
    received_by: str
    facts: str
    requests: list[str]
    consent_recorded: bool
    is_public: bool
    major_criteria: list[str]
    major_flagged_on: date | None
    extended_due_on: date | None
    declined_reason: str | None
    terminated_reason: str | None
    advised_routes: list[str]
    amount_fen: int
    closed_on: date | None
    close_reason: str | None
    archived_on: date | None
    parties: list[PartyView]
    mediators: list[CaseMediatorView]
    records: list[RecordView]
    agreements: list[AgreementView]
    deadlines: list[DeadlineView]
    actions: list[ActionView]
    events: list[EventView]
    row_version: int
    prevented_outcome: str | None = None  # 防止激化 code (prevented_outcome code table)
    prevented_persons: int = 0


class CasePage(View):
    total: int
    offset: int
    rows: list[CaseSummary]


class MediatorView(View):
    id: str
    person_id: str
    name: str
    gender: str
    role: str
    employment: str
    appointed_on: date | None
    term_end: date | None
    certificate_no: str
    specialties: list[str]
    is_chief: bool
    status: str


class IntegrityProblem(View):
    code: str
    entity: str
    entity_id: str
    params: dict[str, object]


class IntegrityReport(View):
    ok: bool
    sqlite_integrity: str
    foreign_key_violations: int
    search_index_ok: bool
    problems: list[IntegrityProblem]
    counts: dict[str, int]


class DraftView(View):
    """A form the user was filling in when the window closed or the power went."""

    key: str
    title: str
    saved_at: datetime


class CodeChoice(View):
    """One entry of a code table as a form offers it."""

    code: str
    label_zh: str
    label_en: str
    group: str = ""


class PaperChoice(View):
    """A paper the case can print now (one per record for per-record forms)."""

    form: str
    ref: str | None
    title: str
    label: str
    """The title, with the record's date or party where there are several."""
    on: date | None
    dossier_order: int
    version: int
    outputs: int
    """How many times this paper was printed or saved."""
    last_output_at: datetime | None
    printed_version: int | None
    """The version of the record at its last print (an agreement changed after printing
    shows as such)."""


class PaperPdf(View):
    """A made paper (or the whole dossier), ready to preview, print or save."""

    form: str
    case_id: str | None
    case_no: str
    ref: str | None
    title: str
    file_name: str
    pages: int
    version: int
    digest: str
    data: bytes


class PaperOutputView(View):
    form: str
    ref: str | None
    version: int
    digest: str
    target: str
    destination: str
    copies: int
    pages: int
    output_at: datetime
    actor: str
