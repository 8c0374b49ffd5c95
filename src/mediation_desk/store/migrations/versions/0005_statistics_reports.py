"""Statistics (issue 7): the monthly reports a village sends its township

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statistics_report",
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
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("period_key", sa.String(length=32), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("is_zero_report", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["committee_id"], ["committee.id"],
                                name=op.f("fk_statistics_report_committee_id_committee")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics_report")),
    )
    for column in ("change_seq", "origin_station_id", "committee_id", "period_key"):
        op.create_index(op.f(f"ix_statistics_report_{column}"), "statistics_report", [column],
                        unique=False)


def downgrade() -> None:
    op.drop_table("statistics_report")
