"""USB sync (issue 6): peer keys on stations, the export log, the import ledger, progress
ranges, the conflict queue, parked rows and the township's supervision notes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_STATION_COLUMNS = ("signing_key", "exchange_key", "role", "trusted_at", "trusted_by")


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


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    # Plain ADD COLUMN, never a table rebuild (see 0003).
    op.add_column("station", sa.Column("signing_key", sa.String(), nullable=False,
                                       server_default=""))
    op.add_column("station", sa.Column("exchange_key", sa.String(), nullable=False,
                                       server_default=""))
    op.add_column("station", sa.Column("role", sa.String(length=16), nullable=False,
                                       server_default=""))
    op.add_column("station", sa.Column("trusted_at", sa.DateTime(), nullable=True))
    op.add_column("station", sa.Column("trusted_by", sa.String(length=64), nullable=False,
                                       server_default=""))
    op.create_table(
        "supervision_note",
        *_sync_columns(),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("village_station_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_note", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_note")),
    )
    _index("supervision_note", "change_seq", "origin_station_id", "case_id",
           "village_station_id")
    op.create_table(
        "sync_export",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("to_station_id", sa.String(length=36), nullable=False),
        sa.Column("incarnation_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("export_level", sa.String(length=16), nullable=False),
        sa.Column("is_full", sa.Boolean(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("case_count", sa.Integer(), nullable=False),
        sa.Column("person_count", sa.Integer(), nullable=False),
        sa.Column("table_counts", sa.JSON(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("file_path", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_export")),
    )
    _index("sync_export", "seq", "to_station_id")
    op.create_table(
        "sync_import",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("from_station_id", sa.String(length=36), nullable=False),
        sa.Column("incarnation_id", sa.String(length=36), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("export_level", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("statistics", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_import")),
    )
    _index("sync_import", "sha256", "from_station_id")
    op.create_table(
        "sync_progress",
        sa.Column("peer_station_id", sa.String(length=36), nullable=False),
        sa.Column("incarnation_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("ranges", sa.JSON(), nullable=False),
        sa.Column("last_digest_ok", sa.Boolean(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("peer_station_id", "incarnation_id", "direction",
                                name=op.f("pk_sync_progress")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("from_station_id", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("local_data", sa.JSON(), nullable=False),
        sa.Column("incoming_data", sa.JSON(), nullable=False),
        sa.Column("local_updated_at", sa.DateTime(), nullable=True),
        sa.Column("incoming_updated_at", sa.DateTime(), nullable=True),
        sa.Column("incoming_author", sa.String(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    _index("sync_conflict", "row_id", "from_station_id")
    op.create_table(
        "sync_parked",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("from_station_id", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("missing", sa.String(), nullable=False),
        sa.Column("parked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_parked")),
    )
    _index("sync_parked", "from_station_id")


def downgrade() -> None:
    for table in ("sync_parked", "sync_conflict", "sync_progress", "sync_import",
                  "sync_export", "supervision_note"):
        op.drop_table(table)
    # SQLite's own DROP COLUMN (see 0003).
    for column in reversed(_STATION_COLUMNS):
        op.execute(f'ALTER TABLE "station" DROP COLUMN "{column}"')
