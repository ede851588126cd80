"""三卡一法: cases, configurable card types, cards.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_card_type',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_card_type', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_card_type_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_card_type_deleted_at'), ['deleted_at'], unique=False)
    op.create_table('case_card_field',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('card_type_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['card_type_id'], ['case_card_type.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_card_field', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_card_field_card_type_id'), ['card_type_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_card_field_deleted_at'), ['deleted_at'], unique=False)
    op.create_table('case_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('person_name', sa.String(length=100), nullable=False),
    sa.Column('person_unit', sa.String(length=200), nullable=False),
    sa.Column('person_post', sa.String(length=100), nullable=False),
    sa.Column('person_phone', sa.String(length=30), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('noticed_via', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=4), nullable=False),
    sa.Column('responsible', sa.String(length=100), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=4), nullable=False),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('confirmation', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_record_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_record_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_record_opened_on'), ['opened_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_record_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_record_status'), ['status'], unique=False)
    op.create_table('case_card',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('card_type_id', sa.String(length=36), nullable=False),
    sa.Column('card_date', sa.Date(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['card_type_id'], ['case_card_type.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['case_record.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_card_card_date'), ['card_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_card_card_type_id'), ['card_type_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_card_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_card_deleted_at'), ['deleted_at'], unique=False)
    op.create_table('case_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('from_status', sa.String(length=4), nullable=False),
    sa.Column('to_status', sa.String(length=4), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_record.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_event_deleted_at'), ['deleted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_case_id'))
        batch_op.drop_index(batch_op.f('ix_case_event_deleted_at'))

    op.drop_table('case_event')
    with op.batch_alter_table('case_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_card_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_case_card_case_id'))
        batch_op.drop_index(batch_op.f('ix_case_card_card_type_id'))
        batch_op.drop_index(batch_op.f('ix_case_card_card_date'))

    op.drop_table('case_card')
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_record_status'))
        batch_op.drop_index(batch_op.f('ix_case_record_person_id'))
        batch_op.drop_index(batch_op.f('ix_case_record_opened_on'))
        batch_op.drop_index(batch_op.f('ix_case_record_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_case_record_branch_id'))

    op.drop_table('case_record')
    with op.batch_alter_table('case_card_field', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_card_field_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_case_card_field_card_type_id'))

    op.drop_table('case_card_field')
    with op.batch_alter_table('case_card_type', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_card_type_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_case_card_type_branch_id'))

    op.drop_table('case_card_type')
