"""恢复党籍: a 停止党籍 that was later lifted keeps both dates (person.suspended_date, person.restored_date).

The 党内统计 table 两年党员数综合比较 counts 停止党籍 and 恢复党籍 in the year they happened; the single
组织关系状态 forgets a 停止党籍 once the status is 正常 again. People made before this revision have neither.

Revision ID: 0014
Revises: 0012
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suspended_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("restored_date", sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite ≥ 3.35 drops a column in place (a batch copy of person would trip the foreign keys to it)
    op.execute("ALTER TABLE person DROP COLUMN restored_date")
    op.execute("ALTER TABLE person DROP COLUMN suspended_date")
