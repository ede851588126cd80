"""Partial indexes for live rows instead of plain ``deleted_at`` indexes; planner statistics.

With a plain index on ``deleted_at`` (and no statistics) SQLite answered "live rows of branch X" by
walking every branch's live rows. Each branch-scoped table now has ``(branch_id[, date]) WHERE
deleted_at IS NULL``, and every record table a small ``(deleted_at) WHERE deleted_at IS NOT NULL``
for the 回收站. ``ANALYZE`` runs after the migration (db/migrate.py).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# the date column each branch-scoped list is ordered or filtered by; other branch tables: (branch_id)
LIVE_DATE_COLUMN = {
    "case_record": "opened_on",
    "meeting": "held_on",
    "study_session": "held_on",
    "study_note": "note_date",
}


def _where(condition: str) -> dict[str, sa.TextClause]:
    return {"sqlite_where": sa.text(condition), "postgresql_where": sa.text(condition)}


def _record_tables() -> list[tuple[str, bool]]:
    """(table, has branch_id) for every table with a soft-delete column, as the file has them now."""
    inspector = sa.inspect(op.get_bind())
    tables = []
    for table in sorted(inspector.get_table_names()):
        columns = {c["name"] for c in inspector.get_columns(table)}
        if "deleted_at" in columns:
            tables.append((table, "branch_id" in columns))
    return tables


def upgrade() -> None:
    for table, branch_scoped in _record_tables():
        op.drop_index(f"ix_{table}_deleted_at", table_name=table)
        op.create_index(f"ix_{table}_deleted", table, ["deleted_at"], **_where("deleted_at IS NOT NULL"))
        if branch_scoped and table != "dues_rate_table":  # that one has its unique live index already
            columns = ["branch_id", *([LIVE_DATE_COLUMN[table]] if table in LIVE_DATE_COLUMN else [])]
            op.create_index(f"ix_{table}_live_branch", table, columns, **_where("deleted_at IS NULL"))


def downgrade() -> None:
    for table, branch_scoped in _record_tables():
        if branch_scoped and table != "dues_rate_table":
            op.drop_index(f"ix_{table}_live_branch", table_name=table)
        op.drop_index(f"ix_{table}_deleted", table_name=table)
        op.create_index(f"ix_{table}_deleted_at", table, ["deleted_at"])
