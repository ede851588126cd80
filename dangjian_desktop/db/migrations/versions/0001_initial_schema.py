"""Initial schema: branch, committee, 党小组, people, 组织关系转接, audit log, settings.

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('audit_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_row_id'), ['row_id'], unique=False)

    op.create_table('branch',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_org', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('session_no', sa.Integer(), nullable=True),
    sa.Column('election_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('party_group',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('leader_name', sa.String(length=100), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_group_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_group_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('gender', sa.String(length=2), nullable=False),
    sa.Column('ethnicity', sa.String(length=20), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('native_place', sa.String(length=100), nullable=False),
    sa.Column('education', sa.String(length=20), nullable=False),
    sa.Column('work_unit', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('party_post', sa.String(length=50), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('is_hardship', sa.Boolean(), nullable=False),
    sa.Column('is_veteran', sa.Boolean(), nullable=False),
    sa.Column('is_retired', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('apply_date', sa.Date(), nullable=True),
    sa.Column('first_talk_date', sa.Date(), nullable=True),
    sa.Column('activist_date', sa.Date(), nullable=True),
    sa.Column('candidate_date', sa.Date(), nullable=True),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('training_start', sa.Date(), nullable=True),
    sa.Column('training_end', sa.Date(), nullable=True),
    sa.Column('training_hours', sa.Integer(), nullable=True),
    sa.Column('join_date', sa.Date(), nullable=True),
    sa.Column('approval_date', sa.Date(), nullable=True),
    sa.Column('oath_date', sa.Date(), nullable=True),
    sa.Column('full_apply_date', sa.Date(), nullable=True),
    sa.Column('full_member_date', sa.Date(), nullable=True),
    sa.Column('probation_extension_months', sa.Integer(), nullable=False),
    sa.Column('contact_persons', sa.String(length=100), nullable=False),
    sa.Column('introducer1', sa.String(length=50), nullable=False),
    sa.Column('introducer2', sa.String(length=50), nullable=False),
    sa.Column('name_pinyin', sa.String(length=400), nullable=False),
    sa.Column('name_initials', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['group_id'], ['party_group.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_status'), ['status'], unique=False)
        batch_op.create_index('uq_person_id_number_live', ['id_number'], unique=True, sqlite_where=sa.text('deleted_at IS NULL AND id_number IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NULL AND id_number IS NOT NULL'))

    op.create_table('committee_member',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('committee_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_member_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_member_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('org_transfer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('transfer_date', sa.Date(), nullable=False),
    sa.Column('other_unit', sa.String(length=200), nullable=False),
    sa.Column('letter_no', sa.String(length=50), nullable=False),
    sa.Column('dues_paid_until', sa.String(length=7), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('org_transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_transfer_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_transfer_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('org_transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_transfer_person_id'))
        batch_op.drop_index(batch_op.f('ix_org_transfer_deleted_at'))

    op.drop_table('org_transfer')
    with op.batch_alter_table('committee_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_member_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_committee_member_branch_id'))

    op.drop_table('committee_member')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('uq_person_id_number_live', sqlite_where=sa.text('deleted_at IS NULL AND id_number IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NULL AND id_number IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_person_status'))
        batch_op.drop_index(batch_op.f('ix_person_group_id'))
        batch_op.drop_index(batch_op.f('ix_person_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_person_category'))
        batch_op.drop_index(batch_op.f('ix_person_branch_id'))

    op.drop_table('person')
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_group_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_party_group_branch_id'))

    op.drop_table('party_group')
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_branch_deleted_at'))

    op.drop_table('branch')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_row_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('app_setting')
