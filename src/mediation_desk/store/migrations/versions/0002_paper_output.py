"""paper_output: every printed or saved paper (issue 4)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paper_output",
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
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=16), nullable=False),
        sa.Column("destination", sa.String(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("output_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["mediation_case.id"],
                                name=op.f("fk_paper_output_case_id_mediation_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_output")),
    )
    with op.batch_alter_table("paper_output", schema=None) as batch_op:
        for column in ("case_id", "change_seq", "origin_station_id", "output_at"):
            batch_op.create_index(batch_op.f(f"ix_paper_output_{column}"), [column],
                                  unique=False)


def downgrade() -> None:
    op.drop_table("paper_output")
