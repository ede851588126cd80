"""Several people at once: a version on every record (optimistic locking), and the users who sign in on a server.

Existing rows get version 1.

Revision ID: 0013
Revises: 0014
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0014"
branch_labels = None
depends_on = None

# every record table at 0014 (those with id, created_at, updated_at, deleted_at)
RECORD_TABLES = (
    "branch", "duty_workday", "case_card_type", "dues_rate_table", "duty_area", "exchange_conflict",
    "exchange_source", "import_batch", "party_group", "study_session", "case_card_field", "duty_area_record",
    "meeting", "person", "case_record", "committee_member", "discipline", "dues_assessment", "dues_payment",
    "duty_area_person", "duty_notice", "duty_pledge", "duty_pledge_review", "meeting_amendment",
    "meeting_attachment", "meeting_attendance", "meeting_item", "org_transfer", "study_attendance", "study_note",
    "case_card", "case_event", "dues_payment_month", "duty_pair",
)


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN on both SQLite and PostgreSQL (no table copy: the foreign keys stay)
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))

    op.create_table(
        "app_user",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=6), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("uq_app_user_username_live", "app_user", ["username"], unique=True,
                    sqlite_where=sa.text("deleted_at IS NULL"), postgresql_where=sa.text("deleted_at IS NULL"))
    op.create_index("ix_app_user_deleted", "app_user", ["deleted_at"], unique=False,
                    sqlite_where=sa.text("deleted_at IS NOT NULL"), postgresql_where=sa.text("deleted_at IS NOT NULL"))
    op.create_index("ix_app_user_live_branch", "app_user", ["branch_id"], unique=False,
                    sqlite_where=sa.text("deleted_at IS NULL"), postgresql_where=sa.text("deleted_at IS NULL"))


def downgrade() -> None:
    op.drop_table("app_user")
    # SQLite ≥ 3.35 drops a column in place (a batch copy would trip the foreign keys)
    for table in RECORD_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
