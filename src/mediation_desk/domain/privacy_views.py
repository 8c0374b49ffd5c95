"""Read models of the personal-data features: who was in an exported bundle (for an
incident report when a stick is lost, 个人信息保护法 第五十七条), dossiers due for their
retention review, a review's decision, and the purposes a full ID number may be shown for."""

from __future__ import annotations

from datetime import date, datetime

from mediation_desk.domain.views import View

# Why a full ID number is shown (the reveal dialog's choices); "other" needs words.
REVEAL_PURPOSES: tuple[str, ...] = (
    "judicial_confirmation", "verify_identity", "own_access", "other")
OTHER_PURPOSE = "other"


class BundlePersonView(View):
    person_id: str
    name: str
    id_number_masked: str
    phone_masked: str
    case_nos: list[str]


class BundlePeopleView(View):
    """The persons whose data went onto the stick with one bundle."""

    bundle_id: str
    bundle_seq: int
    file_name: str
    created_at: datetime
    actor: str
    export_level: str
    to_name: str
    to_code: str
    person_count: int  # as logged at export (persons and anonymous parties)
    case_count: int
    recorded: bool  # False: exported before the list was kept (schema 0006); counts only
    persons: list[BundlePersonView]
    anonymous_parties: int  # parties without a registered person (counted, not named)
    case_nos: list[str]


class RetentionDueView(View):
    """An archived dossier whose retention period has run out, waiting for a decision."""

    case_id: str
    case_no: str
    title: str
    parties: list[str]
    category: str
    archived_on: date
    retention: str  # short | long | permanent
    due_on: date
    keep_until: date | None  # set when an earlier review kept it


class RetentionDecisionView(View):
    case_id: str
    case_no: str
    decision: str  # keep | disposed
    reviewed_on: date
    reviewed_by: str
    keep_until: date | None
    note: str
    parties_anonymised: int = 0
    persons_anonymised: int = 0
