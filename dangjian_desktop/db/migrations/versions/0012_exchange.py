"""数据包 exchange: the branch's code (支部编码) and read-only flag, registered branch keys, conflicts for review.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _live_indexes(table: str) -> None:
    op.create_index(f"ix_{table}_deleted", table, ["deleted_at"], unique=False,
                    sqlite_where=sa.text("deleted_at IS NOT NULL"), postgresql_where=sa.text("deleted_at IS NOT NULL"))
    op.create_index(f"ix_{table}_live_branch", table, ["branch_id"], unique=False,
                    sqlite_where=sa.text("deleted_at IS NULL"), postgresql_where=sa.text("deleted_at IS NULL"))


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN (a batch copy of branch would trip the foreign keys to it)
    op.add_column("branch", sa.Column("code", sa.String(length=50), nullable=False, server_default=""))
    false = "0" if op.get_bind().dialect.name == "sqlite" else "false"  # SQLite stores booleans as 0/1
    op.add_column("branch", sa.Column("read_only", sa.Boolean(), nullable=False, server_default=sa.text(false)))

    op.create_table(
        "exchange_source", *_record_columns(),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("last_exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_imported_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_exchange_source_branch_id"), "exchange_source", ["branch_id"], unique=True)
    _live_indexes("exchange_source")

    op.create_table(
        "exchange_conflict", *_record_columns(),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("held", sa.Text(), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("incoming_updated_at", sa.String(length=40), nullable=False),
        sa.Column("exported_at", sa.String(length=40), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_exchange_conflict_branch_id"), "exchange_conflict", ["branch_id"], unique=False)
    _live_indexes("exchange_conflict")


def downgrade() -> None:
    op.drop_table("exchange_conflict")
    op.drop_table("exchange_source")
    # SQLite ≥ 3.35 drops a column in place (a batch copy of branch would trip the foreign keys to it)
    op.execute("ALTER TABLE branch DROP COLUMN read_only")
    op.execute("ALTER TABLE branch DROP COLUMN code")
