"""数据包冲突: changes a package made to a 定稿 record without a 修改说明, kept for review (never applied).

Each conflict shows both versions field by field — the one this database holds (as finalized) and the
one in the package — with the fields that differ marked. The clerk marks a conflict 已处理 once the
branch has been told (the held version stays; to change a finalized record the branch adds a 修改说明
and sends a new package). Nothing here ever writes the package's version into the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models import Branch
from dangjian_desktop.db.models.exchange import ExchangeConflict
from dangjian_desktop.errors import NotFoundError
from dangjian_desktop.services import Changed

KINDS = {"meeting": "会议记录", "meeting_attendance": "出席情况", "meeting_item": "会议议题",
         "meeting_attachment": "会议附件"}

# the fields shown, in order, with their names on screen (bookkeeping keys are left out)
FIELDS: dict[str, list[tuple[str, str]]] = {
    "meeting": [("title", "会议名称"), ("types", "会议类型"), ("held_on", "召开日期"), ("start_time", "开始时间"),
                ("end_time", "结束时间"), ("place", "地点"), ("host", "主持人"), ("recorder", "记录人"),
                ("lecturer", "授课人"), ("observers", "列席人员"), ("summary", "会议小结"), ("note", "备注"),
                ("late_entry", "补录"), ("finalized_at", "定稿时间")],
    "meeting_attendance": [("name", "姓名"), ("category", "人员类别"), ("can_vote", "有表决权"),
                           ("status", "出席情况"), ("reason", "缺席原因"), ("written_opinion", "书面意见"),
                           ("sort_order", "顺序")],
    "meeting_item": [("sort_order", "顺序"), ("title", "议题"), ("candidate", "人选"), ("speeches", "发言记录"),
                     ("vote_method", "表决方式"), ("is_election", "选举"), ("votes_for", "赞成"),
                     ("votes_against", "反对"), ("votes_abstain", "弃权"), ("written_for", "书面赞成"),
                     ("resolution", "决议")],
    "meeting_attachment": [("original_name", "文件名"), ("size", "大小（字节）"), ("sort_order", "顺序")],
}
COMMON = [("deleted_at", "删除时间"), ("updated_at", "修改时间")]


@dataclass(frozen=True)
class FieldDiff:
    label: str
    held: str  # this database's version ("" when the record is new in the package)
    incoming: str
    changed: bool


@dataclass(frozen=True)
class ConflictView:
    id: str
    branch_name: str
    kind: str  # 会议记录 / 出席情况 …
    title: str  # which record, in words
    exported_at: datetime | None  # of the package it came in
    resolved_at: datetime | None
    fields: list[FieldDiff]

    @property
    def changed_labels(self) -> list[str]:
        return [f.label for f in self.fields if f.changed]


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return value
    return str(value)


def _time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def diff(table: str, held: dict[str, Any], incoming: dict[str, Any]) -> list[FieldDiff]:
    """Both versions field by field (a field missing from one side shows empty)."""
    out = []
    for key, label in [*FIELDS.get(table, []), *COMMON]:
        a, b = _shown(held.get(key)), _shown(incoming.get(key))
        # the 修改时间 always differs: shown, not marked (the marks say what the branch changed)
        out.append(FieldDiff(label, a, b, bool(held) and a != b and key != "updated_at"))
    return out


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """The conflicts held, newest package first (the 已处理 ones only when asked)."""
    from dangjian_desktop.db.models.meetings import Meeting

    stmt = select(ExchangeConflict).where(col(ExchangeConflict.deleted_at).is_(None))
    if not include_resolved:
        stmt = stmt.where(col(ExchangeConflict.resolved_at).is_(None))
    rows = list(session.exec(stmt.order_by(col(ExchangeConflict.exported_at).desc(),
                                           col(ExchangeConflict.created_at))))
    names = {b.id: b.name for b in session.exec(select(Branch).where(
        col(Branch.id).in_({r.branch_id for r in rows})))}
    parsed = [(r, json.loads(r.held or "{}"), json.loads(r.incoming or "{}")) for r in rows]
    meeting_ids = {(i.get("meeting_id") or h.get("meeting_id") or r.row_id) for r, h, i in parsed}
    meetings = {m.id: m for m in session.exec(select(Meeting).where(col(Meeting.id).in_(meeting_ids)))}
    out = []
    for r, held, incoming in parsed:
        meeting = meetings.get(incoming.get("meeting_id") or held.get("meeting_id") or r.row_id)
        where = f"“{meeting.title}”（{meeting.held_on:%Y-%m-%d}）" if meeting is not None else ""
        if r.table_name == "meeting":
            title = where or f"“{incoming.get('title', '')}”"
        else:
            what = incoming.get("name") or incoming.get("title") or incoming.get("original_name") or ""
            title = f"{where}{KINDS.get(r.table_name, '')}：{what}" if what else f"{where}{KINDS.get(r.table_name, '')}"
        out.append(ConflictView(r.id, names.get(r.branch_id, ""), KINDS.get(r.table_name, "记录"), title,
                                _time(r.exported_at), r.resolved_at, diff(r.table_name, held, incoming)))
    return out


def open_count(session: Session) -> int:
    """How many conflicts still wait for review."""
    from sqlalchemy import func

    stmt = select(func.count()).select_from(ExchangeConflict).where(
        col(ExchangeConflict.resolved_at).is_(None), col(ExchangeConflict.deleted_at).is_(None))
    return int(session.exec(stmt).one())


def resolve(session: Session, *, conflict_id: str) -> Changed:
    """已处理: the held (finalized) version stays as it is; the package's version is kept here for the record."""
    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None or conflict.deleted_at is not None:
        raise NotFoundError("找不到这条冲突记录（可能已处理）")
    if conflict.resolved_at is None:  # the audit log records who marked it, and when
        conflict.resolved_at = utcnow()
        session.add(conflict)
        session.flush()
    return Changed("exchange_conflict", (conflict_id,))
