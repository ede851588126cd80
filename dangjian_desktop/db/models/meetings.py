"""会议记录 tables: the meeting, who was there, its 议题 with 表决, attachments and amendments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import LargeBinary, Text
from sqlmodel import Field, SQLModel

from dangjian_desktop.db.base import RecordBase, utcnow


class Meeting(RecordBase, table=True):
    """One meeting. ``types`` holds one or more 会议类型 joined by "、" (a 主题党日 with a 党课)."""

    __tablename__ = "meeting"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    group_id: str | None = Field(default=None, foreign_key="party_group.id", index=True, max_length=36)
    types: str = Field(max_length=100)
    title: str = Field(max_length=200)  # 会议名称/主题
    held_on: date = Field(index=True)
    start_time: str = Field(default="", max_length=5)  # HH:MM
    end_time: str = Field(default="", max_length=5)  # 散会 HH:MM
    place: str = Field(default="", max_length=200)
    host: str = Field(default="", max_length=100)  # 主持人
    recorder: str = Field(default="", max_length=100)  # 记录人
    lecturer: str = Field(default="", max_length=100)  # 授课人 (党课)
    observers: str = Field(default="", sa_type=Text)  # 列席人员
    summary: str = Field(default="", sa_type=Text)  # 主持人小结
    note: str = Field(default="", sa_type=Text)
    late_entry: bool = False  # 补录: entered more than N days after the meeting
    finalized_at: datetime | None = None  # 定稿时间; set = locked


class MeetingAttendance(RecordBase, table=True):
    """One person expected at the meeting and whether they came."""

    __tablename__ = "meeting_attendance"

    meeting_id: str = Field(foreign_key="meeting.id", index=True, max_length=36)
    person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    name: str = Field(max_length=100)
    category: str = Field(default="", max_length=10)  # 人员类别 on the meeting date
    can_vote: bool = True  # 表决权: none for 预备党员 and 留党察看
    status: str = Field(default="出席", max_length=4)  # 出席 / 迟到 / 请假 / 缺席
    reason: str = Field(default="", max_length=200)
    written_opinion: bool = False  # an absent voter sent a written opinion
    sort_order: int = 0


class MeetingItem(RecordBase, table=True):
    """One 议题: what was said, how it was voted on, what was resolved."""

    __tablename__ = "meeting_item"

    meeting_id: str = Field(foreign_key="meeting.id", index=True, max_length=36)
    sort_order: int = 0
    title: str = Field(max_length=200)
    candidate: str = Field(default="", max_length=100)  # 接收预备党员 / 转正: the person voted on
    speeches: str = Field(default="", sa_type=Text)  # 发言记录
    vote_method: str = Field(default="", max_length=20)  # '' = no vote; 举手表决 / 无记名投票 / …
    is_election: bool = False
    votes_for: int = 0
    votes_against: int = 0
    votes_abstain: int = 0
    written_for: int = 0  # written opinions of absent voters in favour
    resolution: str = Field(default="", sa_type=Text)  # 决议


class MeetingAttachment(RecordBase, table=True):
    """A photo or scan, stored once under attachments/ by its SHA-256."""

    __tablename__ = "meeting_attachment"

    meeting_id: str = Field(foreign_key="meeting.id", index=True, max_length=36)
    sha256: str = Field(max_length=64)
    ext: str = Field(default="", max_length=10)
    original_name: str = Field(default="", max_length=260)
    size: int = 0
    sort_order: int = 0


class AttachmentBlob(SQLModel, table=True):
    """An attachment's bytes kept in a server database, once per content (services/meetings/attachments.py).

    Hash-addressed and never changed: no version, no 修改记录, not a record of any branch. A SQLite file
    keeps its attachments as files beside it and leaves this table empty."""

    __tablename__ = "attachment_blob"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_type=LargeBinary)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)


class MeetingAmendment(RecordBase, table=True):
    """An edit made after 定稿: why, and what changed (one line per field)."""

    __tablename__ = "meeting_amendment"

    meeting_id: str = Field(foreign_key="meeting.id", index=True, max_length=36)
    reason: str = Field(sa_type=Text)
    changes: str = Field(default="", sa_type=Text)

