"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SEARCH_SCHEMA_V1 = (
    "CREATE TABLE search_doc (\n    id INTEGER PRIMARY KEY,\n    kind TEXT NOT NULL,\n    entity_id TEXT NOT NULL,\n    chars TEXT NOT NULL,\n    keys TEXT NOT NULL,\n    UNIQUE (kind, entity_id)\n)",
    "CREATE VIRTUAL TABLE search_fts USING fts5(\n    chars,\n    keys,\n    content='search_doc',\n    content_rowid='id',\n    tokenize='unicode61 remove_diacritics 0'\n)",
)


def upgrade() -> None:
    op.create_table(
        "code_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_zh", sa.String(), nullable=False),
        sa.Column("label_en", sa.String(), nullable=False),
        sa.Column("group_code", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_entry")),
        sa.UniqueConstraint(
            "table_name", "code", "version", name=op.f("uq_code_entry_table_name_code_version")
        ),
    )
    with op.batch_alter_table("code_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_code_entry_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_code_entry_origin_station_id"), ["origin_station_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_code_entry_table_name"), ["table_name"], unique=False)

    op.create_table(
        "committee",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(length=16), nullable=False),
        sa.Column("village_name", sa.String(), nullable=False),
        sa.Column("township_name", sa.String(), nullable=False),
        sa.Column("county_name", sa.String(), nullable=False),
        sa.Column("region_code", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("seal_description", sa.String(), nullable=False),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
    )
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_committee_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "event_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_log")),
    )
    with op.batch_alter_table("event_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_log_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_log_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_log_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "station",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("incarnation_id", sa.String(length=36), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("last_change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
    )
    with op.batch_alter_table("station", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_station_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_station_is_local"), ["is_local"], unique=False)

    op.create_table(
        "case_number_counter",
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_case_number_counter_committee_id_committee"),
        ),
        sa.PrimaryKeyConstraint("committee_id", "year", name=op.f("pk_case_number_counter")),
    )
    op.create_table(
        "household",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("head_person_id", sa.String(length=36), nullable=True),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("villager_group", sa.String(), nullable=False),
        sa.Column("grid", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_household_committee_id_committee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_head_person_id"), ["head_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "screening_round",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("performed_by", sa.JSON(), nullable=False),
        sa.Column("is_zero_report", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_screening_round_committee_id_committee"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_round")),
    )
    with op.batch_alter_table("screening_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_screening_round_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_screening_round_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_screening_round_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=False),
        sa.Column("ethnicity", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_type", sa.String(length=16), nullable=False),
        sa.Column("id_number_enc", sa.String(), nullable=True),
        sa.Column("id_number_hash", sa.String(length=64), nullable=True),
        sa.Column("id_number_masked", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("occupation", sa.String(), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_person_committee_id_committee")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_person_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_committee_id"), ["committee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_id_number_hash"), ["id_number_hash"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "joint_defense_group",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("villager_group", sa.String(), nullable=False),
        sa.Column("grid", sa.String(), nullable=False),
        sa.Column("head_person_id", sa.String(length=36), nullable=True),
        sa.Column("head_household_id", sa.String(length=36), nullable=True),
        sa.Column("deputy_person_id", sa.String(length=36), nullable=True),
        sa.Column("elected_on", sa.Date(), nullable=True),
        sa.Column("selection_method", sa.String(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_joint_defense_group_committee_id_committee"),
        ),
        sa.ForeignKeyConstraint(
            ["deputy_person_id"],
            ["person.id"],
            name=op.f("fk_joint_defense_group_deputy_person_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["head_household_id"],
            ["household.id"],
            name=op.f("fk_joint_defense_group_head_household_id_household"),
        ),
        sa.ForeignKeyConstraint(
            ["head_person_id"],
            ["person.id"],
            name=op.f("fk_joint_defense_group_head_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_defense_group")),
    )
    with op.batch_alter_table("joint_defense_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_joint_defense_group_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_joint_defense_group_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_joint_defense_group_origin_station_id"),
            ["origin_station_id"],
            unique=False,
        )

    op.create_table(
        "mediator",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("appointment_method", sa.String(length=16), nullable=False),
        sa.Column("employment", sa.String(length=16), nullable=False),
        sa.Column("appointed_on", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("certificate_no", sa.String(), nullable=False),
        sa.Column("certificate_issued_on", sa.Date(), nullable=True),
        sa.Column("work_cert_no", sa.String(), nullable=False),
        sa.Column("specialties", sa.JSON(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("honours", sa.JSON(), nullable=False),
        sa.Column("is_chief", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_reason_code", sa.String(), nullable=True),
        sa.Column("status_reason_text", sa.String(), nullable=False),
        sa.Column("status_changed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"], name=op.f("fk_mediator_committee_id_committee")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_mediator_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediator")),
    )
    with op.batch_alter_table("mediator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediator_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mediator_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediator_origin_station_id"), ["origin_station_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mediator_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mediator_status"), ["status"], unique=False)

    op.create_table(
        "group_member",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["joint_defense_group.id"],
            name=op.f("fk_group_member_group_id_joint_defense_group"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_group_member_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_member")),
    )
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_member_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_group_member_group_id"), ["group_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_group_member_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_member_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "mediation_case",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("case_no", sa.String(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("category_code", sa.String(length=64), nullable=False),
        sa.Column("sub_category", sa.String(), nullable=False),
        sa.Column("source_code", sa.String(length=64), nullable=False),
        sa.Column("referred_by", sa.String(), nullable=False),
        sa.Column("application_channel", sa.String(length=16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("received_by", sa.String(), nullable=False),
        sa.Column("facts", sa.String(), nullable=False),
        sa.Column("requests", sa.JSON(), nullable=False),
        sa.Column("consent_recorded", sa.Boolean(), nullable=False),
        sa.Column("consent_note", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("last_event_on", sa.Date(), nullable=True),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("host_mediator_id", sa.String(length=36), nullable=True),
        sa.Column("declined_on", sa.Date(), nullable=True),
        sa.Column("declined_reason_code", sa.String(), nullable=True),
        sa.Column("declined_note", sa.String(), nullable=False),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("privacy_note", sa.String(), nullable=False),
        sa.Column("is_major", sa.Boolean(), nullable=False),
        sa.Column("major_criteria", sa.JSON(), nullable=False),
        sa.Column("major_flagged_on", sa.Date(), nullable=True),
        sa.Column("complexity", sa.String(length=16), nullable=False),
        sa.Column("escalation_risk", sa.String(length=16), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("next_deadline_on", sa.Date(), nullable=True),
        sa.Column("next_deadline_kind", sa.String(), nullable=True),
        sa.Column("extended_due_on", sa.Date(), nullable=True),
        sa.Column("extension_consent_on", sa.Date(), nullable=True),
        sa.Column("extension_note", sa.String(), nullable=False),
        sa.Column("escalated_from", sa.String(), nullable=True),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.Column("terminated_reason_code", sa.String(), nullable=True),
        sa.Column("terminated_note", sa.String(), nullable=False),
        sa.Column("advised_routes", sa.JSON(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("prevented_outcome", sa.String(), nullable=True),
        sa.Column("prevented_persons", sa.Integer(), nullable=False),
        sa.Column("performed_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason_code", sa.String(), nullable=True),
        sa.Column("close_note", sa.String(), nullable=False),
        sa.Column("archived_on", sa.Date(), nullable=True),
        sa.Column("origin_kind", sa.String(), nullable=True),
        sa.Column("origin_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_mediation_case_committee_id_committee"),
        ),
        sa.ForeignKeyConstraint(
            ["host_mediator_id"],
            ["mediator.id"],
            name=op.f("fk_mediation_case_host_mediator_id_mediator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_case")),
        sa.UniqueConstraint(
            "committee_id", "year", "seq", name=op.f("uq_mediation_case_committee_id_year_seq")
        ),
    )
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediation_case_case_no"), ["case_no"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mediation_case_category_code"), ["category_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediation_case_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediation_case_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mediation_case_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mediation_case_host_mediator_id"), ["host_mediator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mediation_case_is_major"), ["is_major"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mediation_case_next_deadline_on"), ["next_deadline_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediation_case_origin_station_id"), ["origin_station_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediation_case_received_on"), ["received_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mediation_case_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_mediation_case_year"), ["year"], unique=False)

    op.create_table(
        "mediator_training",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("mediator_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("organiser", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("exam_passed", sa.Boolean(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediator.id"], name=op.f("fk_mediator_training_mediator_id_mediator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediator_training")),
    )
    with op.batch_alter_table("mediator_training", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mediator_training_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediator_training_mediator_id"), ["mediator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediator_training_origin_station_id"),
            ["origin_station_id"],
            unique=False,
        )

    op.create_table(
        "patrol_shift",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("shift_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("assignees", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["joint_defense_group.id"],
            name=op.f("fk_patrol_shift_group_id_joint_defense_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_shift")),
    )
    with op.batch_alter_table("patrol_shift", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_patrol_shift_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_patrol_shift_group_id"), ["group_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_patrol_shift_origin_station_id"), ["origin_station_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_patrol_shift_shift_date"), ["shift_date"], unique=False
        )

    op.create_table(
        "agreement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("facts_and_issues", sa.String(), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("performance_manner", sa.String(), nullable=False),
        sa.Column("performance_place", sa.String(), nullable=False),
        sa.Column("performance_deadline", sa.Date(), nullable=True),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("all_parties_signed", sa.Boolean(), nullable=False),
        sa.Column("mediator_signed", sa.Boolean(), nullable=False),
        sa.Column("recorder_signed", sa.Boolean(), nullable=False),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.Column("recorder_name", sa.String(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("subject_is_status_relation", sa.Boolean(), nullable=False),
        sa.Column("confirmation_declined", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["mediation_case.id"], name=op.f("fk_agreement_case_id_mediation_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agreement_effective_on"), ["effective_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("stored_path_rel", sa.String(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["mediation_case.id"], name=op.f("fk_attachment_case_id_mediation_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attachment_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "case_mediator",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("mediator_id", sa.String(length=36), nullable=False),
        sa.Column("is_host", sa.Boolean(), nullable=False),
        sa.Column("chosen_by_party", sa.Boolean(), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("removed_reason", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["mediation_case.id"], name=op.f("fk_case_mediator_case_id_mediation_case")
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediator.id"], name=op.f("fk_case_mediator_mediator_id_mediator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_mediator")),
    )
    with op.batch_alter_table("case_mediator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_mediator_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_mediator_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_case_mediator_mediator_id"), ["mediator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_case_mediator_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "case_party",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("order_no", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("is_organisation", sa.Boolean(), nullable=False),
        sa.Column("org_representative", sa.String(), nullable=False),
        sa.Column("snapshot_name", sa.String(), nullable=False),
        sa.Column("snapshot_gender", sa.String(), nullable=False),
        sa.Column("snapshot_ethnicity", sa.String(), nullable=False),
        sa.Column("snapshot_birth_date", sa.Date(), nullable=True),
        sa.Column("snapshot_age", sa.Integer(), nullable=True),
        sa.Column("snapshot_occupation", sa.String(), nullable=False),
        sa.Column("snapshot_phone", sa.String(), nullable=False),
        sa.Column("snapshot_address", sa.String(), nullable=False),
        sa.Column("snapshot_id_type", sa.String(), nullable=False),
        sa.Column("snapshot_id_number_enc", sa.String(), nullable=True),
        sa.Column("snapshot_id_number_masked", sa.String(), nullable=False),
        sa.Column("agent_type", sa.String(), nullable=False),
        sa.Column("agent_name", sa.String(), nullable=False),
        sa.Column("agent_phone", sa.String(), nullable=False),
        sa.Column("consented", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["mediation_case.id"], name=op.f("fk_case_party_case_id_mediation_case")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_case_party_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_party")),
    )
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_party_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_party_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_party_origin_station_id"), ["origin_station_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_party_person_id"), ["person_id"], unique=False)

    op.create_table(
        "dossier",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("volume_no", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("compiled_by", sa.String(), nullable=False),
        sa.Column("compiled_on", sa.Date(), nullable=True),
        sa.Column("retention", sa.String(length=16), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["mediation_case.id"], name=op.f("fk_dossier_case_id_mediation_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_case_id"), ["case_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_dossier_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dossier_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "escalation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("to_body", sa.String(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("written", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("result", sa.String(), nullable=False),
        sa.Column("result_on", sa.Date(), nullable=True),
        sa.Column("returned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["mediation_case.id"], name=op.f("fk_escalation_case_id_mediation_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
    )
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_escalation_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "incident_report",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("reporter_person_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("action_taken", sa.String(), nullable=False),
        sa.Column("routed_to", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("follow_up", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_incident_report_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["joint_defense_group.id"],
            name=op.f("fk_incident_report_group_id_joint_defense_group"),
        ),
        sa.ForeignKeyConstraint(
            ["reporter_person_id"],
            ["person.id"],
            name=op.f("fk_incident_report_reporter_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_report")),
    )
    with op.batch_alter_table("incident_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_report_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_incident_report_group_id"), ["group_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_incident_report_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "investigation_record",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("investigator_ids", sa.JSON(), nullable=False),
        sa.Column("recorder_id", sa.String(length=36), nullable=True),
        sa.Column("interviewee_name", sa.String(), nullable=False),
        sa.Column("interviewee_relation", sa.String(), nullable=False),
        sa.Column("present", sa.String(), nullable=False),
        sa.Column("content", sa.String(), nullable=False),
        sa.Column("signed", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_investigation_record_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["recorder_id"],
            ["mediator.id"],
            name=op.f("fk_investigation_record_recorder_id_mediator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investigation_record")),
    )
    with op.batch_alter_table("investigation_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_investigation_record_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_investigation_record_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_investigation_record_origin_station_id"),
            ["origin_station_id"],
            unique=False,
        )

    op.create_table(
        "mediation_session",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("matter", sa.String(), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("parties_present", sa.JSON(), nullable=False),
        sa.Column("mediator_ids", sa.JSON(), nullable=False),
        sa.Column("recorder_id", sa.String(length=36), nullable=True),
        sa.Column("content", sa.String(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("simplified", sa.Boolean(), nullable=False),
        sa.Column("signed", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_mediation_session_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["recorder_id"], ["mediator.id"], name=op.f("fk_mediation_session_recorder_id_mediator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_session")),
    )
    with op.batch_alter_table("mediation_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediation_session_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mediation_session_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mediation_session_origin_station_id"),
            ["origin_station_id"],
            unique=False,
        )

    op.create_table(
        "patrol_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("shift_id", sa.String(length=36), nullable=False),
        sa.Column("actual_start", sa.DateTime(), nullable=True),
        sa.Column("actual_end", sa.DateTime(), nullable=True),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("observations", sa.String(), nullable=False),
        sa.Column("hazards", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["patrol_shift.id"], name=op.f("fk_patrol_log_shift_id_patrol_shift")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_log")),
    )
    with op.batch_alter_table("patrol_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patrol_log_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_patrol_log_origin_station_id"), ["origin_station_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_patrol_log_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "screening_finding",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("category_code", sa.String(), nullable=False),
        sa.Column("parties_text", sa.String(), nullable=False),
        sa.Column("risk_level", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_screening_finding_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["screening_round.id"],
            name=op.f("fk_screening_finding_round_id_screening_round"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_finding")),
    )
    with op.batch_alter_table("screening_finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_screening_finding_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_screening_finding_origin_station_id"),
            ["origin_station_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_screening_finding_round_id"), ["round_id"], unique=False
        )

    op.create_table(
        "dossier_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=40), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("page_from", sa.Integer(), nullable=True),
        sa.Column("page_to", sa.Integer(), nullable=True),
        sa.Column("attachment_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_dossier_item_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_item_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_item")),
    )
    with op.batch_alter_table("dossier_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_item_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dossier_item_dossier_id"), ["dossier_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dossier_item_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "follow_up_visit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=True),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("visited_party_id", sa.String(length=36), nullable=True),
        sa.Column("visitor_mediator_id", sa.String(length=36), nullable=True),
        sa.Column("performance_status", sa.String(), nullable=False),
        sa.Column("satisfaction", sa.String(), nullable=False),
        sa.Column("litigation_note", sa.String(), nullable=False),
        sa.Column("risk_found", sa.Boolean(), nullable=False),
        sa.Column("measures", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_follow_up_visit_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_follow_up_visit_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["visited_party_id"],
            ["case_party.id"],
            name=op.f("fk_follow_up_visit_visited_party_id_case_party"),
        ),
        sa.ForeignKeyConstraint(
            ["visitor_mediator_id"],
            ["mediator.id"],
            name=op.f("fk_follow_up_visit_visitor_mediator_id_mediator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_visit")),
    )
    with op.batch_alter_table("follow_up_visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_visit_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_follow_up_visit_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_visit_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "judicial_confirmation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("joint_application", sa.Boolean(), nullable=False),
        sa.Column("court_name", sa.String(), nullable=False),
        sa.Column("court_case_no", sa.String(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_judicial_confirmation_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_judicial_confirmation_case_id_mediation_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judicial_confirmation")),
    )
    with op.batch_alter_table("judicial_confirmation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_judicial_confirmation_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_judicial_confirmation_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_judicial_confirmation_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_judicial_confirmation_origin_station_id"),
            ["origin_station_id"],
            unique=False,
        )

    op.create_table(
        "performance_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("obligor_party_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("evidence_attachment_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_performance_item_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_performance_item_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["evidence_attachment_id"],
            ["attachment.id"],
            name=op.f("fk_performance_item_evidence_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["obligor_party_id"],
            ["case_party.id"],
            name=op.f("fk_performance_item_obligor_party_id_case_party"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_item")),
    )
    with op.batch_alter_table("performance_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_performance_item_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_performance_item_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_performance_item_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_performance_item_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_performance_item_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "recusal_request",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("mediator_id", sa.String(length=36), nullable=False),
        sa.Column("requested_by_party_id", sa.String(length=36), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("replacement_mediator_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_recusal_request_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["mediator.id"], name=op.f("fk_recusal_request_mediator_id_mediator")
        ),
        sa.ForeignKeyConstraint(
            ["replacement_mediator_id"],
            ["mediator.id"],
            name=op.f("fk_recusal_request_replacement_mediator_id_mediator"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_party_id"],
            ["case_party.id"],
            name=op.f("fk_recusal_request_requested_by_party_id_case_party"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recusal_request")),
    )
    with op.batch_alter_table("recusal_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recusal_request_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_recusal_request_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recusal_request_mediator_id"), ["mediator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recusal_request_origin_station_id"), ["origin_station_id"], unique=False
        )

    op.create_table(
        "rights_notice",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("party_id", sa.String(length=36), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.Column("pi_notice_included", sa.Boolean(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["mediation_case.id"], name=op.f("fk_rights_notice_case_id_mediation_case")
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["case_party.id"], name=op.f("fk_rights_notice_party_id_case_party")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_notice")),
    )
    with op.batch_alter_table("rights_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rights_notice_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rights_notice_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rights_notice_origin_station_id"), ["origin_station_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_rights_notice_party_id"), ["party_id"], unique=False)

    op.create_table(
        "performance_reminder",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_performance_reminder_case_id_mediation_case"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["performance_item.id"],
            name=op.f("fk_performance_reminder_item_id_performance_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_reminder")),
    )
    with op.batch_alter_table("performance_reminder", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_performance_reminder_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_performance_reminder_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_performance_reminder_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_performance_reminder_origin_station_id"),
            ["origin_station_id"],
            unique=False,
        )

    # Search index (SQLite FTS5; see store/search_index.py). Copied literally so this
    # migration never changes when that module does.
    if op.get_bind().dialect.name == "sqlite":
        for statement in SEARCH_SCHEMA_V1:
            op.execute(statement)
        # The event log is append-only: refuse edits at the storage level too.
        op.execute(
            "CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log "
            "BEGIN SELECT RAISE(ABORT, 'event_log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log "
            "BEGIN SELECT RAISE(ABORT, 'event_log is append-only'); END"
        )
        # INSERT OR REPLACE deletes without firing delete triggers; refuse a reused id.
        op.execute(
            "CREATE TRIGGER event_log_no_replace BEFORE INSERT ON event_log "
            "WHEN EXISTS (SELECT 1 FROM event_log WHERE id = NEW.id) "
            "BEGIN SELECT RAISE(ABORT, 'event_log is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS event_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS event_log_no_delete")
        op.execute("DROP TRIGGER IF EXISTS event_log_no_replace")
        op.execute("DROP TABLE IF EXISTS search_fts")
        op.execute("DROP TABLE IF EXISTS search_doc")
    with op.batch_alter_table("performance_reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_performance_reminder_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_performance_reminder_item_id"))
        batch_op.drop_index(batch_op.f("ix_performance_reminder_change_seq"))
        batch_op.drop_index(batch_op.f("ix_performance_reminder_case_id"))

    op.drop_table("performance_reminder")
    with op.batch_alter_table("rights_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rights_notice_party_id"))
        batch_op.drop_index(batch_op.f("ix_rights_notice_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_rights_notice_change_seq"))
        batch_op.drop_index(batch_op.f("ix_rights_notice_case_id"))

    op.drop_table("rights_notice")
    with op.batch_alter_table("recusal_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recusal_request_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_recusal_request_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_recusal_request_change_seq"))
        batch_op.drop_index(batch_op.f("ix_recusal_request_case_id"))

    op.drop_table("recusal_request")
    with op.batch_alter_table("performance_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_performance_item_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_performance_item_due_on"))
        batch_op.drop_index(batch_op.f("ix_performance_item_change_seq"))
        batch_op.drop_index(batch_op.f("ix_performance_item_case_id"))
        batch_op.drop_index(batch_op.f("ix_performance_item_agreement_id"))

    op.drop_table("performance_item")
    with op.batch_alter_table("judicial_confirmation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_judicial_confirmation_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_judicial_confirmation_change_seq"))
        batch_op.drop_index(batch_op.f("ix_judicial_confirmation_case_id"))
        batch_op.drop_index(batch_op.f("ix_judicial_confirmation_agreement_id"))

    op.drop_table("judicial_confirmation")
    with op.batch_alter_table("follow_up_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_visit_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_visit_change_seq"))
        batch_op.drop_index(batch_op.f("ix_follow_up_visit_case_id"))

    op.drop_table("follow_up_visit")
    with op.batch_alter_table("dossier_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_item_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_item_dossier_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_item_change_seq"))

    op.drop_table("dossier_item")
    with op.batch_alter_table("screening_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screening_finding_round_id"))
        batch_op.drop_index(batch_op.f("ix_screening_finding_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_screening_finding_change_seq"))

    op.drop_table("screening_finding")
    with op.batch_alter_table("patrol_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patrol_log_shift_id"))
        batch_op.drop_index(batch_op.f("ix_patrol_log_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_patrol_log_change_seq"))

    op.drop_table("patrol_log")
    with op.batch_alter_table("mediation_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediation_session_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_mediation_session_change_seq"))
        batch_op.drop_index(batch_op.f("ix_mediation_session_case_id"))

    op.drop_table("mediation_session")
    with op.batch_alter_table("investigation_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_investigation_record_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_investigation_record_change_seq"))
        batch_op.drop_index(batch_op.f("ix_investigation_record_case_id"))

    op.drop_table("investigation_record")
    with op.batch_alter_table("incident_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_report_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_incident_report_group_id"))
        batch_op.drop_index(batch_op.f("ix_incident_report_change_seq"))

    op.drop_table("incident_report")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_change_seq"))
        batch_op.drop_index(batch_op.f("ix_escalation_case_id"))

    op.drop_table("escalation")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_change_seq"))
        batch_op.drop_index(batch_op.f("ix_dossier_case_id"))

    op.drop_table("dossier")
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_party_person_id"))
        batch_op.drop_index(batch_op.f("ix_case_party_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_case_party_change_seq"))
        batch_op.drop_index(batch_op.f("ix_case_party_case_id"))

    op.drop_table("case_party")
    with op.batch_alter_table("case_mediator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_mediator_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_case_mediator_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_case_mediator_change_seq"))
        batch_op.drop_index(batch_op.f("ix_case_mediator_case_id"))

    op.drop_table("case_mediator")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_change_seq"))
        batch_op.drop_index(batch_op.f("ix_attachment_case_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_effective_on"))
        batch_op.drop_index(batch_op.f("ix_agreement_change_seq"))
        batch_op.drop_index(batch_op.f("ix_agreement_case_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("patrol_shift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patrol_shift_shift_date"))
        batch_op.drop_index(batch_op.f("ix_patrol_shift_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_patrol_shift_group_id"))
        batch_op.drop_index(batch_op.f("ix_patrol_shift_change_seq"))

    op.drop_table("patrol_shift")
    with op.batch_alter_table("mediator_training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediator_training_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_mediator_training_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_mediator_training_change_seq"))

    op.drop_table("mediator_training")
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediation_case_year"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_status"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_received_on"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_next_deadline_on"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_is_major"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_host_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_due_on"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_committee_id"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_change_seq"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_category_code"))
        batch_op.drop_index(batch_op.f("ix_mediation_case_case_no"))

    op.drop_table("mediation_case")
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_member_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_household_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_group_id"))
        batch_op.drop_index(batch_op.f("ix_group_member_change_seq"))

    op.drop_table("group_member")
    with op.batch_alter_table("mediator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediator_status"))
        batch_op.drop_index(batch_op.f("ix_mediator_person_id"))
        batch_op.drop_index(batch_op.f("ix_mediator_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_mediator_committee_id"))
        batch_op.drop_index(batch_op.f("ix_mediator_change_seq"))

    op.drop_table("mediator")
    with op.batch_alter_table("joint_defense_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_joint_defense_group_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_joint_defense_group_committee_id"))
        batch_op.drop_index(batch_op.f("ix_joint_defense_group_change_seq"))

    op.drop_table("joint_defense_group")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_person_name"))
        batch_op.drop_index(batch_op.f("ix_person_id_number_hash"))
        batch_op.drop_index(batch_op.f("ix_person_household_id"))
        batch_op.drop_index(batch_op.f("ix_person_committee_id"))
        batch_op.drop_index(batch_op.f("ix_person_change_seq"))

    op.drop_table("person")
    with op.batch_alter_table("screening_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screening_round_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_screening_round_committee_id"))
        batch_op.drop_index(batch_op.f("ix_screening_round_change_seq"))

    op.drop_table("screening_round")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_household_head_person_id"))
        batch_op.drop_index(batch_op.f("ix_household_committee_id"))
        batch_op.drop_index(batch_op.f("ix_household_change_seq"))

    op.drop_table("household")
    op.drop_table("case_number_counter")
    with op.batch_alter_table("station", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_station_is_local"))
        batch_op.drop_index(batch_op.f("ix_station_code"))

    op.drop_table("station")
    with op.batch_alter_table("event_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_log_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_event_log_entity_id"))
        batch_op.drop_index(batch_op.f("ix_event_log_change_seq"))
        batch_op.drop_index(batch_op.f("ix_event_log_case_id"))
        batch_op.drop_index(batch_op.f("ix_event_log_at"))

    op.drop_table("event_log")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_committee_change_seq"))

    op.drop_table("committee")
    with op.batch_alter_table("code_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_code_entry_table_name"))
        batch_op.drop_index(batch_op.f("ix_code_entry_origin_station_id"))
        batch_op.drop_index(batch_op.f("ix_code_entry_change_seq"))

    op.drop_table("code_entry")
