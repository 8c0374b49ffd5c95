"""The village's people (issue 5): family ties for recusal checks, mediator status history,
patrol rotas, major screening findings and the committee's screening frequency

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_station_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(), nullable=True),
    ]


def _indexes(table: str, columns: tuple[str, ...]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ("change_seq", "origin_station_id", *columns):
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "person_relation",
        *_sync_columns(),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("relative_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_person_relation_person_id_person")),
        sa.ForeignKeyConstraint(["relative_id"], ["person.id"],
                                name=op.f("fk_person_relation_relative_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_relation")),
    )
    _indexes("person_relation", ("person_id", "relative_id"))
    op.create_table(
        "mediator_status_change",
        *_sync_columns(),
        sa.Column("mediator_id", sa.String(length=36), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("reason_text", sa.String(), nullable=False),
        sa.Column("new_term_end", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["mediator_id"], ["mediator.id"],
                                name=op.f("fk_mediator_status_change_mediator_id_mediator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediator_status_change")),
    )
    _indexes("mediator_status_change", ("mediator_id",))
    op.create_table(
        "patrol_rota",
        *_sync_columns(),
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("weekdays", sa.JSON(), nullable=False),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("per_shift", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["joint_defense_group.id"],
                                name=op.f("fk_patrol_rota_group_id_joint_defense_group")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_rota")),
    )
    _indexes("patrol_rota", ("group_id",))
    # Plain ADD COLUMN, never a table rebuild: a populated station's child rows would block
    # the rebuild, and its constraint order is not stable.
    op.add_column("committee", sa.Column("screening_frequency", sa.String(length=16),
                                         nullable=False, server_default="monthly"))
    op.add_column("patrol_shift", sa.Column("rota_id", sa.String(length=36), nullable=True))
    op.add_column("patrol_shift", sa.Column("planned_assignees", sa.JSON(), nullable=False,
                                            server_default="[]"))
    op.add_column("patrol_shift", sa.Column("note", sa.String(), nullable=False,
                                            server_default=""))
    op.create_index(op.f("ix_patrol_shift_rota_id"), "patrol_shift", ["rota_id"], unique=False)
    op.add_column("screening_finding", sa.Column("is_major", sa.Boolean(create_constraint=False),
                                                 nullable=False, server_default="0"))
    op.add_column("screening_finding", sa.Column("reported_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+) rather than batch mode: batch rebuilds the table, which
    # a populated station's child rows would block and which rewrites the table's DDL.
    op.drop_index(op.f("ix_patrol_shift_rota_id"), table_name="patrol_shift")
    for table, column in (("screening_finding", "reported_on"), ("screening_finding", "is_major"),
                          ("patrol_shift", "note"), ("patrol_shift", "planned_assignees"),
                          ("patrol_shift", "rota_id"), ("committee", "screening_frequency")):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    op.drop_table("patrol_rota")
    op.drop_table("mediator_status_change")
    op.drop_table("person_relation")
