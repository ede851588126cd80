"""Attachments kept in a server database (attachment_blob), and a version on each setting.

On a server every clerk's computer reads an attachment's bytes from the database (keyed by SHA-256, as
the files are named); a SQLite file keeps its files beside it and leaves the table empty. The settings
get the records' version column, so two people saving the 设置 at once cannot overwrite each other.

Revision ID: 0015
Revises: 0013
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.add_column("app_setting", sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    op.execute("ALTER TABLE app_setting DROP COLUMN version")
    op.drop_table("attachment_blob")
