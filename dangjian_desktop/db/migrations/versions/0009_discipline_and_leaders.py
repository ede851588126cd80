"""党纪处分 as records (table discipline); a 党小组's 组长 linked to the roster (party_group.leader_id).

Notes that mention 留党察看 are left as they are: the ledger lists those people so that the secretary can
enter the record once (services/people/discipline.py).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "discipline",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("probation_start", sa.Date(), nullable=True),
        sa.Column("probation_years", sa.Integer(), nullable=True),
        sa.Column("restored_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("discipline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discipline_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_discipline_person_id"), ["person_id"], unique=False)
    with op.batch_alter_table("party_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("leader_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("party_group", schema=None) as batch_op:
        batch_op.drop_column("leader_id")
    with op.batch_alter_table("discipline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discipline_person_id"))
        batch_op.drop_index(batch_op.f("ix_discipline_deleted_at"))
    op.drop_table("discipline")
