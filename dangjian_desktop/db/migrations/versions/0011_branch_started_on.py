"""启用日期: the day a branch started keeping its records in this software (branch.started_on).

Months before it are 未启用 in 年度自查. Branches made before this revision keep no date: every month
is judged, as before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("branch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("started_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite ≥ 3.35 drops a column in place (a batch copy of branch would trip the foreign keys to it)
    op.execute("ALTER TABLE branch DROP COLUMN started_on")
