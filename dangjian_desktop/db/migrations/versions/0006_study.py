"""学习笔记: study sessions, attendance, notes, full-text search.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Full-text index over notes and sessions. SQLite: an FTS5 table (below). PostgreSQL: GIN indexes on the branch
# and, through pg_trgm, the same text (title, then the body, joined by line breaks; live rows only) that
# services answer with ILIKE '%word%' on exactly these expressions (db/dialect/postgresql.py). Others: ILIKE.
# kind is 'note' or 'session', ref_id the row's id; title and body are what users search. ref_id and
# branch_id are indexed too, so a row is found by its id and a search is limited to one branch in the index.
_FTS = [
    "CREATE VIRTUAL TABLE study_fts USING fts5(kind UNINDEXED, ref_id, branch_id, title, body, "
    "tokenize='trigram')",
    # notes
    "CREATE TRIGGER study_note_fts_ai AFTER INSERT ON study_note WHEN new.deleted_at IS NULL BEGIN "
    "INSERT INTO study_fts (kind, ref_id, branch_id, title, body) "
    "VALUES ('note', new.id, new.branch_id, new.title, new.content || char(10) || new.reflection); END",
    "CREATE TRIGGER study_note_fts_au AFTER UPDATE ON study_note BEGIN "
    "DELETE FROM study_fts WHERE rowid IN (SELECT rowid FROM study_fts WHERE study_fts MATCH "
    "'ref_id : \"' || old.id || '\"'); "
    "INSERT INTO study_fts (kind, ref_id, branch_id, title, body) "
    "SELECT 'note', new.id, new.branch_id, new.title, new.content || char(10) || new.reflection "
    "WHERE new.deleted_at IS NULL; END",
    "CREATE TRIGGER study_note_fts_ad AFTER DELETE ON study_note BEGIN "
    "DELETE FROM study_fts WHERE rowid IN (SELECT rowid FROM study_fts WHERE study_fts MATCH "
    "'ref_id : \"' || old.id || '\"'); END",
    # sessions
    "CREATE TRIGGER study_session_fts_ai AFTER INSERT ON study_session WHEN new.deleted_at IS NULL BEGIN "
    "INSERT INTO study_fts (kind, ref_id, branch_id, title, body) "
    "VALUES ('session', new.id, new.branch_id, new.topic, "
    "new.materials || char(10) || new.material_text || char(10) || new.host || char(10) || new.note); END",
    "CREATE TRIGGER study_session_fts_au AFTER UPDATE ON study_session BEGIN "
    "DELETE FROM study_fts WHERE rowid IN (SELECT rowid FROM study_fts WHERE study_fts MATCH "
    "'ref_id : \"' || old.id || '\"'); "
    "INSERT INTO study_fts (kind, ref_id, branch_id, title, body) "
    "SELECT 'session', new.id, new.branch_id, new.topic, "
    "new.materials || char(10) || new.material_text || char(10) || new.host || char(10) || new.note "
    "WHERE new.deleted_at IS NULL; END",
    "CREATE TRIGGER study_session_fts_ad AFTER DELETE ON study_session BEGIN "
    "DELETE FROM study_fts WHERE rowid IN (SELECT rowid FROM study_fts WHERE study_fts MATCH "
    "'ref_id : \"' || old.id || '\"'); END",
]
_TRGM = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS btree_gin",  # branch_id in the same GIN index: a search reads one branch's hits
    "CREATE INDEX ix_study_note_text_trgm ON study_note USING gin "
    "(branch_id, (title || chr(10) || content || chr(10) || reflection) gin_trgm_ops) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_study_session_text_trgm ON study_session USING gin "
    "(branch_id, (topic || chr(10) || materials || chr(10) || material_text || chr(10) || host || chr(10) || note) "
    "gin_trgm_ops) WHERE deleted_at IS NULL",
]
_TRGM_DROP = ["DROP INDEX IF EXISTS ix_study_session_text_trgm", "DROP INDEX IF EXISTS ix_study_note_text_trgm"]
_FTS_DROP = [
    "DROP TRIGGER IF EXISTS study_session_fts_ad",
    "DROP TRIGGER IF EXISTS study_session_fts_au",
    "DROP TRIGGER IF EXISTS study_session_fts_ai",
    "DROP TRIGGER IF EXISTS study_note_fts_ad",
    "DROP TRIGGER IF EXISTS study_note_fts_au",
    "DROP TRIGGER IF EXISTS study_note_fts_ai",
    "DROP TABLE IF EXISTS study_fts",
]


def upgrade() -> None:
    op.create_table('study_session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('form', sa.String(length=10), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('host', sa.String(length=100), nullable=False),
    sa.Column('location', sa.String(length=100), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('material_text', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_session_branch_id'), ['branch_id'], unique=False)
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_session_deleted_at'), ['deleted_at'], unique=False)
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_session_held_on'), ['held_on'], unique=False)
    op.create_table('study_attendance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['study_session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('study_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_attendance_deleted_at'), ['deleted_at'], unique=False)
    with op.batch_alter_table('study_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_attendance_person_id'), ['person_id'], unique=False)
    with op.batch_alter_table('study_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_attendance_session_id'), ['session_id'], unique=False)
    op.create_table('study_note',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('branch_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('note_date', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('reflection', sa.Text(), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=True),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['study_session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_note_branch_id'), ['branch_id'], unique=False)
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_note_deleted_at'), ['deleted_at'], unique=False)
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_note_note_date'), ['note_date'], unique=False)
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_note_person_id'), ['person_id'], unique=False)
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_note_session_id'), ['session_id'], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _TRGM:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _FTS_DROP:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _TRGM_DROP:
            op.execute(statement)
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_note_session_id'))
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_note_person_id'))
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_note_note_date'))
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_note_deleted_at'))
    with op.batch_alter_table('study_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_note_branch_id'))
    op.drop_table('study_note')
    with op.batch_alter_table('study_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_attendance_session_id'))
    with op.batch_alter_table('study_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_attendance_person_id'))
    with op.batch_alter_table('study_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_attendance_deleted_at'))
    op.drop_table('study_attendance')
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_session_held_on'))
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_session_deleted_at'))
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_session_branch_id'))
    op.drop_table('study_session')
