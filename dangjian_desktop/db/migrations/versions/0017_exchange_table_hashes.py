"""数据包: the SHA-256 of each table of the last package taken from a branch (exchange_source.table_hashes).

A package brought in again, or a later one in which most tables did not change, then skips each table
whose hash is the one already merged, without reading its rows. Sources registered before this revision
hold none: their next package is merged table by table in full, as before, and its hashes kept.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("exchange_source", sa.Column("table_hashes", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite ≥ 3.35 drops a column in place (a batch copy would trip the foreign key to branch)
    op.execute("ALTER TABLE exchange_source DROP COLUMN table_hashes")
