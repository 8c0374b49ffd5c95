"""Safe keeping (issue 8): local user accounts, who went into each bundle, retention review

Only adds a table and columns (see docs/architecture.md, schema 0003, for why).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

def _dossier_columns() -> list[sa.Column]:
    # Fresh objects on every call: a Column belongs to one table once added.
    return [
        sa.Column("review_decision", sa.String(length=16), nullable=False, server_default=""),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=64), nullable=False, server_default=""),
        sa.Column("keep_until", sa.Date(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "user_account",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=False),
        sa.Column("mediator_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
    )
    op.create_index(op.f("ix_user_account_login"), "user_account", ["login"], unique=True)
    # Plain ADD COLUMN, never a table rebuild (see 0003).
    op.add_column("sync_export", sa.Column("contents", sa.JSON(), nullable=False,
                                           server_default="{}"))
    for column in _dossier_columns():
        op.add_column("dossier", column)


def downgrade() -> None:
    # SQLite's own DROP COLUMN, as in 0003.
    for column in reversed(_dossier_columns()):
        op.execute(f'ALTER TABLE "dossier" DROP COLUMN "{column.name}"')
    op.execute('ALTER TABLE "sync_export" DROP COLUMN "contents"')
    op.drop_index(op.f("ix_user_account_login"), table_name="user_account")
    op.drop_table("user_account")
