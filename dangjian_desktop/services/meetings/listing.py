"""The 会议记录 list: one row per meeting, filtered by year, type, 党小组 and text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db import read
from dangjian_desktop.db.models import PartyGroup
from dangjian_desktop.db.models.meetings import Meeting, MeetingAttendance, MeetingItem
from dangjian_desktop.domain import meetings as rules


@dataclass(frozen=True)
class MeetingRow:
    id: str
    held_on: date
    types: str
    title: str
    group_name: str
    host: str
    expected: int
    present: int
    item_count: int
    late_entry: bool
    finalized_at: datetime | None
    created_at: datetime
    voters: int = 0  # 有表决权的应到
    voters_present: int = 0
    group_id: str | None = None

    @property
    def state(self) -> str:
        return "定稿" if self.finalized_at else "草稿"

    @property
    def valid(self) -> bool | None:
        """A 支部党员大会 is valid with more than half its voting members present; None: no quorum applies
        (not a 支部党员大会, or nobody with a vote entered)."""
        if rules.GENERAL not in rules.split_types(self.types) or not self.voters:
            return None
        return rules.general_quorum(self.voters, self.voters_present).ok


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_meetings(session: Session, branch_id: str, *, year: int | None = None, kind: str = "",
                  group_id: str | None = None, search: str = "") -> list[MeetingRow]:
    """Newest first."""
    stmt = select(Meeting).where(Meeting.branch_id == branch_id, col(Meeting.deleted_at).is_(None))
    if year:
        stmt = stmt.where(col(Meeting.held_on) >= date(year, 1, 1), col(Meeting.held_on) <= date(year, 12, 31))
    if kind:
        stmt = stmt.where(col(Meeting.types).contains(kind))
    if group_id:
        stmt = stmt.where(Meeting.group_id == group_id)
    for word in search.split():
        pattern = _like(word)
        in_items = select(MeetingItem.meeting_id).where(col(MeetingItem.deleted_at).is_(None), or_(
            *(col(getattr(MeetingItem, f)).like(pattern, escape="\\")
              for f in ("title", "candidate", "speeches", "resolution"))))
        in_people = select(MeetingAttendance.meeting_id).where(
            col(MeetingAttendance.deleted_at).is_(None), col(MeetingAttendance.name).like(pattern, escape="\\"))
        stmt = stmt.where(or_(
            *(col(getattr(Meeting, f)).like(pattern, escape="\\")
              for f in ("title", "types", "place", "host", "recorder", "lecturer", "observers", "summary", "note")),
            col(Meeting.id).in_(in_items), col(Meeting.id).in_(in_people)))
    meetings = list(session.exec(stmt.order_by(col(Meeting.held_on).desc(), col(Meeting.start_time).desc())))
    ids = [m.id for m in meetings]
    groups = {g.id: g.name for g in session.exec(select(PartyGroup).where(PartyGroup.branch_id == branch_id))}
    return _rows(session, meetings, [ids[i:i + 500] for i in range(0, len(ids), 500)], groups)


def meetings_by_branch(session: Session, year: int) -> dict[str, list[MeetingRow]]:
    """``list_meetings(year=…)`` of every branch, in a fixed number of statements: branch id → its rows."""
    in_year = (col(Meeting.deleted_at).is_(None), col(Meeting.held_on) >= date(year, 1, 1),
               col(Meeting.held_on) <= date(year, 12, 31))
    fields = ("id", "branch_id", "held_on", "types", "title", "group_id", "host", "late_entry", "finalized_at",
              "created_at")  # what a row shows: not the meeting's texts
    meetings = list(read.rows(session, core_select(*(col(getattr(Meeting, f)) for f in fields)).where(*in_year).order_by(
        col(Meeting.held_on).desc(), col(Meeting.start_time).desc())))
    groups = {g.id: g.name for g in session.exec(select(PartyGroup))}
    found: dict[str, list[MeetingRow]] = {}
    rows = _rows(session, meetings, [select(Meeting.id).where(*in_year)], groups)
    for row, m in zip(rows, meetings, strict=True):
        found.setdefault(m.branch_id, []).append(row)
    return found


def _rows(session: Session, meetings: Sequence[Any], which: list[Any], groups: dict[str, str]) -> list[MeetingRow]:
    """The rows of ``meetings`` (Meeting records, or rows of their columns); ``which``: lists of meeting ids, or a
    query of them, that together cover them."""
    expected: dict[str, int] = defaultdict(int)
    present: dict[str, int] = defaultdict(int)
    voters: dict[str, int] = defaultdict(int)
    voters_present: dict[str, int] = defaultdict(int)
    item_count: dict[str, int] = defaultdict(int)
    here = col(MeetingAttendance.status).in_((rules.PRESENT, rules.LATE))
    can_vote = col(MeetingAttendance.can_vote).is_(True)
    for ids in which:
        for mid, n, n_here, n_voters, n_voters_here in read.rows(session,
                core_select(col(MeetingAttendance.meeting_id), func.count(), func.sum(case((here, 1), else_=0)),
                            func.sum(case((can_vote, 1), else_=0)),
                            func.sum(case((and_(can_vote, here), 1), else_=0)))
                .where(col(MeetingAttendance.meeting_id).in_(ids), col(MeetingAttendance.deleted_at).is_(None))
                .group_by(col(MeetingAttendance.meeting_id))):
            expected[mid], present[mid], voters[mid], voters_present[mid] = n, n_here, n_voters, n_voters_here
        for mid, n in read.rows(session,
                core_select(col(MeetingItem.meeting_id), func.count())
                .where(col(MeetingItem.meeting_id).in_(ids), col(MeetingItem.deleted_at).is_(None))
                .group_by(col(MeetingItem.meeting_id))):
            item_count[mid] = n
    return [MeetingRow(id=m.id, held_on=m.held_on, types=m.types, title=m.title,
                       group_name=groups.get(m.group_id or "", ""), host=m.host, expected=expected[m.id],
                       present=present[m.id], item_count=item_count[m.id], late_entry=m.late_entry,
                       finalized_at=m.finalized_at, created_at=m.created_at, voters=voters[m.id],
                       voters_present=voters_present[m.id], group_id=m.group_id) for m in meetings]


def years_with_meetings(session: Session, branch_id: str) -> list[int]:
    rows = session.exec(select(Meeting).where(Meeting.branch_id == branch_id, col(Meeting.deleted_at).is_(None)))
    return sorted({m.held_on.year for m in rows}, reverse=True)
