"""The 会议记录 list: one row per meeting, filtered by year, type, 党小组 and text."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_
from sqlmodel import Session, col, select

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
    expected: dict[str, int] = defaultdict(int)
    present: dict[str, int] = defaultdict(int)
    voters: dict[str, int] = defaultdict(int)
    voters_present: dict[str, int] = defaultdict(int)
    item_count: dict[str, int] = defaultdict(int)
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for mid, status, can_vote in session.exec(select(
                MeetingAttendance.meeting_id, MeetingAttendance.status, MeetingAttendance.can_vote).where(
                col(MeetingAttendance.meeting_id).in_(chunk), col(MeetingAttendance.deleted_at).is_(None))):
            here = status in (rules.PRESENT, rules.LATE)
            expected[mid] += 1
            present[mid] += here
            voters[mid] += bool(can_vote)
            voters_present[mid] += bool(can_vote) and here
        for mid in session.exec(select(MeetingItem.meeting_id).where(
                col(MeetingItem.meeting_id).in_(chunk), col(MeetingItem.deleted_at).is_(None))):
            item_count[mid] += 1
    groups = {g.id: g.name for g in session.exec(select(PartyGroup).where(PartyGroup.branch_id == branch_id))}
    return [MeetingRow(id=m.id, held_on=m.held_on, types=m.types, title=m.title,
                       group_name=groups.get(m.group_id or "", ""), host=m.host, expected=expected[m.id],
                       present=present[m.id], item_count=item_count[m.id], late_entry=m.late_entry,
                       finalized_at=m.finalized_at, created_at=m.created_at, voters=voters[m.id],
                       voters_present=voters_present[m.id], group_id=m.group_id) for m in meetings]


def years_with_meetings(session: Session, branch_id: str) -> list[int]:
    rows = session.exec(select(Meeting).where(Meeting.branch_id == branch_id, col(Meeting.deleted_at).is_(None)))
    return sorted({m.held_on.year for m in rows}, reverse=True)
