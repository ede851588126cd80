"""党员责任区, 党员承诺, 一帮一结对, 发展党员的公示, and corrections to the working-day calendar.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('duty_workday',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_workday', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_workday', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_workday_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_workday_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('duty_area',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_area', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_area_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_area_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('duty_area_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('area_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('duty', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['area_id'], ['duty_area.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_area_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_area_record_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_area_record_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_area_record_year'), ['year'], unique=False)

    op.create_table('duty_area_person',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('area_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=6), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('person_name', sa.String(length=100), nullable=False),
    sa.Column('person_unit', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['duty_area.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_area_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_area_person_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_area_person_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_area_person_person_id'), ['person_id'], unique=False)

    op.create_table('duty_notice',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=6), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_notice_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_notice_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_notice_person_id'), ['person_id'], unique=False)

    op.create_table('duty_pledge',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('pledged_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_pledge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_pledge_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pledge_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pledge_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pledge_year'), ['year'], unique=False)

    op.create_table('duty_pledge_review',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('grade', sa.String(length=4), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_pledge_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_pledge_review_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pledge_review_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pledge_review_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pledge_review_year'), ['year'], unique=False)

    op.create_table('duty_pair',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['case_record.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duty_pair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_pair_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pair_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pair_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_pair_member_id'), ['member_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('duty_pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_pair_member_id'))
        batch_op.drop_index(batch_op.f('ix_duty_pair_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_pair_case_id'))
        batch_op.drop_index(batch_op.f('ix_duty_pair_branch_id'))

    op.drop_table('duty_pair')
    with op.batch_alter_table('duty_pledge_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_pledge_review_year'))
        batch_op.drop_index(batch_op.f('ix_duty_pledge_review_person_id'))
        batch_op.drop_index(batch_op.f('ix_duty_pledge_review_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_pledge_review_branch_id'))

    op.drop_table('duty_pledge_review')
    with op.batch_alter_table('duty_pledge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_pledge_year'))
        batch_op.drop_index(batch_op.f('ix_duty_pledge_person_id'))
        batch_op.drop_index(batch_op.f('ix_duty_pledge_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_pledge_branch_id'))

    op.drop_table('duty_pledge')
    with op.batch_alter_table('duty_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_notice_person_id'))
        batch_op.drop_index(batch_op.f('ix_duty_notice_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_notice_branch_id'))

    op.drop_table('duty_notice')
    with op.batch_alter_table('duty_area_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_area_person_person_id'))
        batch_op.drop_index(batch_op.f('ix_duty_area_person_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_area_person_area_id'))

    op.drop_table('duty_area_person')
    with op.batch_alter_table('duty_area_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_area_record_year'))
        batch_op.drop_index(batch_op.f('ix_duty_area_record_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_area_record_area_id'))

    op.drop_table('duty_area_record')
    with op.batch_alter_table('duty_area', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_area_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_area_branch_id'))

    op.drop_table('duty_area')
    with op.batch_alter_table('duty_workday', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_workday_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_duty_workday_day'))

    op.drop_table('duty_workday')

