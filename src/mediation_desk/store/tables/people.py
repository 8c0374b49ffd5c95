"""Persons, households, mediators and their training records."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field

from mediation_desk.store.tables.base import SyncColumns


class Household(SyncColumns, table=True):
    __tablename__ = "household"

    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=36)
    # No FK: person.household_id already points here and SQLite cannot add a cyclic
    # constraint later; `check` verifies this reference instead.
    head_person_id: str | None = Field(default=None, index=True, max_length=36)
    address: str = ""
    villager_group: str = ""
    grid: str = ""
    note: str = ""


class Person(SyncColumns, table=True):
    """A resident or outsider who is a party, mediator, head of household, reporter ...

    The ID number is stored encrypted (``id_number_enc``), with a keyed hash for duplicate
    detection and a masked copy for display (个人信息保护法 Art. 51; domain.md §12)."""

    __tablename__ = "person"

    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=36)
    name: str = Field(index=True)
    gender: str = Field(default="unknown", max_length=8)
    ethnicity: str = ""
    birth_date: date | None = None
    id_type: str = Field(default="resident_id", max_length=16)
    id_number_enc: str | None = None
    id_number_hash: str | None = Field(default=None, index=True, max_length=64)
    id_number_masked: str = ""
    phone: str = ""
    address: str = ""
    occupation: str = ""
    household_id: str | None = Field(default=None, foreign_key="household.id", index=True,
                                     max_length=36)
    notes: str = ""


class Mediator(SyncColumns, table=True):
    """人民调解员: committee member or hired mediator (Law Arts. 9, 13–15)."""

    __tablename__ = "mediator"

    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=36)
    role: str = Field(max_length=16)
    appointment_method: str = Field(max_length=16)
    employment: str = Field(default="part_time", max_length=16)
    appointed_on: date | None = None
    term_end: date | None = None
    certificate_no: str = ""
    certificate_issued_on: date | None = None
    work_cert_no: str = ""
    specialties: list[str] = Field(default_factory=list, sa_type=JSON)
    level: str = ""
    honours: list[str] = Field(default_factory=list, sa_type=JSON)
    is_chief: bool = False
    status: str = Field(default="active", max_length=16, index=True)
    status_reason_code: str | None = None
    status_reason_text: str = ""
    status_changed_on: date | None = None


class MediatorTraining(SyncColumns, table=True):
    __tablename__ = "mediator_training"

    mediator_id: str = Field(foreign_key="mediator.id", index=True, max_length=36)
    held_on: date
    organiser: str = ""
    topic: str = ""
    hours: float = 0
    exam_passed: bool | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_type=JSON)


class MediatorStatusChange(SyncColumns, table=True):
    """One step in a mediator's service: re-election, resignation, recall under Art. 15 …

    The mediator row holds the current status; these rows are the history the roster shows."""

    __tablename__ = "mediator_status_change"

    mediator_id: str = Field(foreign_key="mediator.id", index=True, max_length=36)
    changed_on: date
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    reason_code: str = Field(default="", max_length=32)
    reason_text: str = ""
    new_term_end: date | None = None


class PersonRelation(SyncColumns, table=True):
    """A recorded family tie, kept once per pair; lookups go both ways.

    Recusal checks use it: a mediator who is a party's close relative must be warned about."""

    __tablename__ = "person_relation"

    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    relative_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    relation: str = Field(max_length=16)
    note: str = ""
