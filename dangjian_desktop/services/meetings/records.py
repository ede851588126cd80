"""Meetings: save (with attendance and 议题), read back, 定稿, amendments after 定稿, templates, delete."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from dangjian_desktop.db import settings
from dangjian_desktop.db.base import RecordBase, utcnow
from dangjian_desktop.db.models import PartyGroup
from dangjian_desktop.db.models.meetings import Meeting, MeetingAmendment, MeetingAttendance, MeetingItem
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.domain.meetings_data import TIME_FORMAT, ItemData, MeetingData, missing_fields
from dangjian_desktop.errors import NotFoundError, UserError, ValidationError
from dangjian_desktop.services import Changed, soft_delete
from dangjian_desktop.services.branches import require_writable
from dangjian_desktop.services.meetings.attendance import saved as saved_attendance

_FIELDS = ("title", "held_on", "start_time", "end_time", "place", "host", "recorder", "lecturer", "group_id",
           "observers", "summary", "note")
_LABELS = {"types": "会议类型", "title": "会议名称", "held_on": "会议日期", "start_time": "开始时间",
           "end_time": "散会时间", "place": "地点", "host": "主持人", "recorder": "记录人", "lecturer": "授课人",
           "group_id": "党小组", "observers": "列席人员", "summary": "主持人小结", "note": "备注",
           "attendance": "出席情况", "items": "议题"}


@dataclass
class MeetingInfo:
    """What the editor and the printout show beside the fields."""

    id: str
    branch_id: str
    created_at: datetime
    updated_at: datetime
    finalized_at: datetime | None
    late_entry: bool
    amendments: list[MeetingAmendment] = field(default_factory=list)

    @property
    def locked(self) -> bool:
        return self.finalized_at is not None


def late_entry_days(session: Session) -> int:
    return settings.get(session, settings.LATE_ENTRY_DAYS)


def set_late_entry_days(session: Session, days: int) -> Changed:
    if settings.LATE_ENTRY_DAYS.check(days):
        raise UserError("补录天数应在0到365之间")
    settings.put(session, settings.LATE_ENTRY_DAYS, days)
    return Changed("settings", (settings.LATE_ENTRY_DAYS.name,))


def validate(session: Session, branch_id: str, data: MeetingData) -> dict[str, str]:
    errors = missing_fields(data)
    if data.types and any(t not in rules.TYPES for t in data.types):
        errors["types"] = "未知的会议类型"
    if len(data.title.strip()) > 200:
        errors["title"] = "会议名称过长（不超过200字）"
    for name in ("start_time", "end_time"):
        if not rules.valid_time(getattr(data, name)):
            errors[name] = f"时间{TIME_FORMAT}"
    for name, limit in (("place", 200), ("host", 100), ("recorder", 100), ("lecturer", 100)):
        if len(getattr(data, name)) > limit:
            errors[name] = f"{_LABELS[name]}过长（不超过{limit}字）"
    if data.group_id:
        group = session.get(PartyGroup, data.group_id)
        if group is None or group.branch_id != branch_id or group.deleted_at is not None:
            errors["group_id"] = "所选党小组不属于本支部"
    for n, item in enumerate(data.items, 1):
        if not item.title.strip():
            errors["items"] = f"第{n}个议题没有标题"
        elif min(item.votes_for, item.votes_against, item.votes_abstain, item.written_for) < 0:
            errors["items"] = f"第{n}个议题的票数不能为负数"
    for a in data.attendance:
        if a.status not in rules.ATTENDANCE_STATES:
            errors["attendance"] = f"{a.name}的出席情况不正确"
    return errors


def save_meeting(session: Session, branch_id: str, data: MeetingData, meeting_id: str | None = None, *,
                 reason: str = "", now: datetime | None = None) -> Changed:
    """Create or update a meeting. A finalized meeting changes only with a reason, kept as an amendment."""
    require_writable(session, branch_id)
    errors = validate(session, branch_id, data)
    if errors:
        raise ValidationError(errors)
    assert data.held_on is not None
    now = now or utcnow()
    if meeting_id is None:
        meeting = Meeting(branch_id=branch_id, types="", title="", held_on=data.held_on, created_at=now,
                          updated_at=now)
        before: dict[str, str] = {}
    else:
        meeting = get_meeting(session, meeting_id)
        before = snapshot(session, meeting.id)
        if meeting.finalized_at is not None and not reason.strip():
            raise ValidationError({"reason": "这份记录已定稿，修改须写明原因"})
    meeting.types = rules.join_types(data.types)
    for name in _FIELDS:
        value = getattr(data, name)
        setattr(meeting, name, value.strip() if isinstance(value, str) and name not in ("summary", "note") else value)
    meeting.late_entry = rules.is_late_entry(data.held_on, meeting.created_at, late_entry_days(session))
    session.add(meeting)
    new = meeting_id is None
    _sync(session, MeetingAttendance, meeting.id, new, [
        dict(person_id=a.person_id, name=a.name, category=a.category, can_vote=a.can_vote, status=a.status,
             reason=a.reason.strip(), written_opinion=a.written_opinion, id=a.id) for a in data.attendance])
    _sync(session, MeetingItem, meeting.id, new, [dict(vars(i)) for i in data.items])
    if meeting.finalized_at is not None:
        session.flush()
        changes = _diff(before, snapshot(session, meeting.id))
        if changes:
            session.add(MeetingAmendment(meeting_id=meeting.id, reason=reason.strip(), changes=changes))
    return Changed("meeting", (meeting.id,))


def _sync(session: Session, model: type[RecordBase], meeting_id: str, new: bool, rows: list[dict[str, Any]]) -> None:
    """Update rows by id, add new ones, move the ones no longer listed to the 回收站."""
    existing = {} if new else {r.id: r for r in session.exec(select(model).where(
        model.meeting_id == meeting_id, col(model.deleted_at).is_(None)))}  # type: ignore[attr-defined]
    for order, values in enumerate(rows):
        row_id = values.pop("id", None)
        row = existing.pop(row_id, None) if row_id else None
        if row is None:
            session.add(model(meeting_id=meeting_id, **values, sort_order=order))  # type: ignore[call-arg]
            continue
        for k, v in {**values, "sort_order": order}.items():
            if getattr(row, k) != v:
                setattr(row, k, v)
        session.add(row)
    for row in existing.values():
        row.deleted_at = utcnow()
        session.add(row)


def get_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFoundError("找不到这份会议记录（可能已被删除）")
    return meeting


def items(session: Session, meeting_id: str) -> list[ItemData]:
    rows = session.exec(select(MeetingItem).where(
        MeetingItem.meeting_id == meeting_id, col(MeetingItem.deleted_at).is_(None),
    ).order_by(col(MeetingItem.sort_order)))
    return [ItemData(title=r.title, candidate=r.candidate, speeches=r.speeches, vote_method=r.vote_method,
                     is_election=r.is_election, votes_for=r.votes_for, votes_against=r.votes_against,
                     votes_abstain=r.votes_abstain, written_for=r.written_for, resolution=r.resolution, id=r.id)
            for r in rows]


def meeting_data(session: Session, meeting_id: str) -> MeetingData:
    m = get_meeting(session, meeting_id)
    return MeetingData(types=rules.split_types(m.types), **{k: getattr(m, k) for k in _FIELDS},
                       attendance=saved_attendance(session, m.id), items=items(session, m.id))


def meeting_info(session: Session, meeting_id: str) -> MeetingInfo:
    m = get_meeting(session, meeting_id)
    return MeetingInfo(id=m.id, branch_id=m.branch_id, created_at=m.created_at, updated_at=m.updated_at,
                       finalized_at=m.finalized_at, late_entry=m.late_entry, amendments=amendments(session, m.id))


def amendments(session: Session, meeting_id: str) -> list[MeetingAmendment]:
    return list(session.exec(select(MeetingAmendment).where(
        MeetingAmendment.meeting_id == meeting_id, col(MeetingAmendment.deleted_at).is_(None),
    ).order_by(col(MeetingAmendment.created_at))))


def finalize(session: Session, meeting_id: str, now: datetime | None = None) -> Changed:
    """定稿: lock the record; later edits need a reason and are kept as amendments."""
    require_writable(session, get_meeting(session, meeting_id).branch_id)
    meeting = get_meeting(session, meeting_id)
    if meeting.finalized_at is not None:
        raise UserError("这份记录已经定稿")
    meeting.finalized_at = now or utcnow()
    session.add(meeting)
    return Changed("meeting", (meeting.id,))


def delete_meeting(session: Session, meeting_id: str) -> Changed:
    return soft_delete(session, Meeting, meeting_id, "找不到这份会议记录（可能已被删除）")


def snapshot(session: Session, meeting_id: str) -> dict[str, str]:
    """Each field as readable text, to describe what an amendment changed."""
    data = meeting_data(session, meeting_id)
    group = session.get(PartyGroup, data.group_id) if data.group_id else None
    out = {"types": "、".join(data.types)}
    for name in _FIELDS:
        value = getattr(data, name)
        out[name] = fmt(value) if isinstance(value, date) else (group.name if name == "group_id" and group else
                                                                 "" if name == "group_id" else str(value))
    out["attendance"] = "；".join(f"{a.name}{a.status}{'（' + a.reason + '）' if a.reason else ''}"
                                  for a in data.attendance)
    out["items"] = "；".join(
        f"{i.title} {i.speeches} {i.vote_method} 赞成{i.votes_for} 反对{i.votes_against} 弃权{i.votes_abstain}"
        f" {i.resolution}" for i in data.items)
    return out


def _diff(before: dict[str, str], after: dict[str, str]) -> str:
    lines = []
    for key, label in _LABELS.items():
        old, new = before.get(key, ""), after.get(key, "")
        if old != new:
            lines.append(f"{label}：“{_short(old)}” 改为 “{_short(new)}”")
    return "\n".join(lines)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def template_from_last(session: Session, branch_id: str, kind: str, held_on: date | None = None) -> MeetingData:
    """A new meeting like the last one of ``kind``: same place, people, times and 议题 titles, nothing said yet."""
    stmt = select(Meeting).where(Meeting.branch_id == branch_id, col(Meeting.deleted_at).is_(None),
                                 col(Meeting.types).contains(kind)).order_by(col(Meeting.held_on).desc())
    last = session.exec(stmt).first()
    if last is None:
        raise UserError(f"还没有{kind}的记录，无法从上次复制")
    return MeetingData(
        types=rules.split_types(last.types), title=last.title, held_on=held_on, start_time=last.start_time,
        end_time=last.end_time, place=last.place, host=last.host, recorder=last.recorder, lecturer=last.lecturer,
        group_id=last.group_id, observers=last.observers,
        items=[ItemData(title=i.title, vote_method=i.vote_method, is_election=i.is_election)
               for i in items(session, last.id)])
