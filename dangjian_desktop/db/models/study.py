"""学习笔记 tables: study sessions (集中学习 …) with attendance, and members' notes and 心得体会.

The full-text index ``study_fts`` (SQLite FTS5, trigram tokenizer) over notes and sessions is created
by migration 0006 with raw SQL and kept in step by triggers; the models do not know it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase


class StudySession(RecordBase, table=True):
    """One collective study session (集中学习, 专题研讨, 党课, 观看, 参观, 线上)."""

    __tablename__ = "study_session"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    held_on: date = Field(index=True)
    topic: str = Field(max_length=200)
    form: str = Field(default="集中学习", max_length=10)
    hours: int = 1  # 学时: 1 per hour, half day 4, full day 8
    host: str = Field(default="", max_length=100)  # 主持人/授课人
    location: str = Field(default="", max_length=100)
    materials: str = Field(default="", sa_type=Text)  # 学习材料 titles, one per line
    material_text: str = Field(default="", sa_type=Text)  # the material itself, when pasted in
    note: str = Field(default="", sa_type=Text)


class StudyAttendance(RecordBase, table=True):
    """A member who took part in a session (ticked from the roster); earns the session's 学时."""

    __tablename__ = "study_attendance"

    session_id: str = Field(foreign_key="study_session.id", index=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)


class StudyNote(RecordBase, table=True):
    """A member's study note (学习笔记) with its 心得体会, optionally linked to a session."""

    __tablename__ = "study_note"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    note_date: date = Field(index=True)
    title: str = Field(default="", max_length=200)
    content: str = Field(default="", sa_type=Text)
    reflection: str = Field(default="", sa_type=Text)  # 心得体会
    session_id: str | None = Field(default=None, foreign_key="study_session.id", index=True, max_length=36)
    word_count: int = 0  # 字数 of content and 心得体会 (characters, without spaces)
