"""党费: yearly assessments, payments and the months they cover, each branch's rate table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dues_rate_table',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dues_rate_table', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_rate_table_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index('uq_dues_rate_table_live', ['branch_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('dues_assessment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('from_month', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('base_fen', sa.Integer(), nullable=False),
    sa.Column('rate_bp', sa.Integer(), nullable=False),
    sa.Column('due_fen', sa.Integer(), nullable=False),
    sa.Column('reduction', sa.String(length=4), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approval_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dues_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_assessment_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_assessment_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_assessment_year'), ['year'], unique=False)
        batch_op.create_index('uq_dues_assessment_live', ['person_id', 'year', 'from_month'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('dues_payment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('receiver', sa.String(length=50), nullable=False),
    sa.Column('paid_by', sa.String(length=50), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dues_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_payment_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_payment_paid_on'), ['paid_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_payment_person_id'), ['person_id'], unique=False)

    op.create_table('dues_payment_month',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('payment_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['dues_payment.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dues_payment_month', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_payment_month_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_payment_month_payment_id'), ['payment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_payment_month_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_payment_month_year'), ['year'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dues_payment_month', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dues_payment_month_year'))
        batch_op.drop_index(batch_op.f('ix_dues_payment_month_person_id'))
        batch_op.drop_index(batch_op.f('ix_dues_payment_month_payment_id'))
        batch_op.drop_index(batch_op.f('ix_dues_payment_month_deleted_at'))

    op.drop_table('dues_payment_month')
    with op.batch_alter_table('dues_payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dues_payment_person_id'))
        batch_op.drop_index(batch_op.f('ix_dues_payment_paid_on'))
        batch_op.drop_index(batch_op.f('ix_dues_payment_deleted_at'))

    op.drop_table('dues_payment')
    with op.batch_alter_table('dues_assessment', schema=None) as batch_op:
        batch_op.drop_index('uq_dues_assessment_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_dues_assessment_year'))
        batch_op.drop_index(batch_op.f('ix_dues_assessment_person_id'))
        batch_op.drop_index(batch_op.f('ix_dues_assessment_deleted_at'))

    op.drop_table('dues_assessment')
    with op.batch_alter_table('dues_rate_table', schema=None) as batch_op:
        batch_op.drop_index('uq_dues_rate_table_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_dues_rate_table_deleted_at'))

    op.drop_table('dues_rate_table')
