"""The live 公民身份号码 unique index per branch: (id_number, branch_id) instead of id_number alone.

A database holding several branches (a township's, or a local one) keeps a member who moved from branch A
to branch B twice: A's record (转出, its history) and B's (转入). One live person per number in a branch
stays enforced here; that only one of them is on a roll (在册) at a time is the people service's rule.
The number comes first so a look-up by number alone (the service's check) still uses the index.

The way down fails while two branches hold the same number (those records would have to go first).

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

NAME = "uq_person_id_number_live"
LIVE = "deleted_at IS NULL AND id_number IS NOT NULL"


def _create(columns: list[str]) -> None:
    op.create_index(NAME, "person", columns, unique=True, sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))


def upgrade() -> None:
    op.drop_index(NAME, table_name="person")
    _create(["id_number", "branch_id"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="person")
    _create(["id_number"])
