"""Printing a meeting: the record as a 会议记录本 page, and a blank 签到表 for a planned meeting."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from itertools import groupby
from operator import and_, itemgetter
from pathlib import Path

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db.models import PartyGroup
from dangjian_desktop.db.models.meetings import (
    Meeting,
    MeetingAmendment,
    MeetingAttachment,
    MeetingAttendance,
    MeetingItem,
)
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dates import local_time
from dangjian_desktop.domain.meetings_data import AttendanceData, Counts, ItemData, MeetingData, count, item_check
from dangjian_desktop.errors import NotFoundError
from dangjian_desktop.export.meeting_pdf import ItemPrint, MeetingPrint, write_meeting_pdf
from dangjian_desktop.export.signin_pdf import SignInSheet, write_signin_pdf
from dangjian_desktop.services import branches
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import records as meetings

_WEEKDAYS = "一二三四五六日"
_HEAD = tuple(f.name for f in fields(MeetingData) if f.name not in ("types", "attendance", "items"))  # Meeting's own


def date_text(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日（星期{_WEEKDAYS[d.weekday()]}）" if d else "＿＿年＿＿月＿＿日"


def _names(rows: Sequence[Sequence[str]], with_reason: bool = True) -> str:
    """The names of (name, reason) rows, "张三（外出）" with a reason given."""
    if with_reason:
        return "、".join([f"{r[0]}（{r[1]}）" if r[1] else r[0] for r in rows])
    return "、".join(map(itemgetter(0), rows))


@dataclass(frozen=True)
class Attended:
    """A meeting's attendance as its printout shows it: the counts, and each state's (name, reason) rows in
    the attendance's order."""

    counts: Counts
    by_status: dict[str, list[Sequence[str]]]

    @classmethod
    def of(cls, attendance: list[AttendanceData]) -> Attended:
        return cls(count(attendance), {s: [(a.name, a.reason) for a in attendance if a.status == s]
                                       for s in rules.ATTENDANCE_STATES})


def _attendance(session: Session, chunks: list[list[str]]) -> dict[str, Attended]:
    """The attendance of these meetings, one statement per 500 meetings: the columns a printout shows and counts
    (not records), sorted by meeting, state and order, so that each state's names come as one run."""
    a = MeetingAttendance
    conn = session.connection()
    found: dict[str, Attended] = {}
    for chunk in chunks:
        result = conn.execute(core_select(col(a.name), col(a.reason), col(a.meeting_id), col(a.status),
                                          col(a.can_vote), col(a.written_opinion))
                              .where(col(a.meeting_id).in_(chunk), col(a.deleted_at).is_(None))
                              .order_by(col(a.meeting_id), col(a.status), col(a.sort_order)))
        try:  # the driver's own rows: texts, and flags that add up as 0/1, need no conversion (a year: 500,000 rows)
            rows = result.cursor.fetchall() if result.cursor is not None else []
        finally:
            result.close()
        for mid, runs in groupby(rows, key=itemgetter(2)):
            by_status: dict[str, list[Sequence[str]]] = {s: [] for s in rules.ATTENDANCE_STATES}
            total = voters = voters_here = written = 0
            for status, group in groupby(runs, key=itemgetter(3)):
                people = list(group)
                n_voters = sum(map(itemgetter(4), people))
                total, voters = total + len(people), voters + n_voters
                if status in (rules.PRESENT, rules.LATE):
                    voters_here += n_voters
                else:
                    written += sum(map(and_, map(itemgetter(4), people), map(itemgetter(5), people)))
                if status in by_status:
                    by_status[status] = people
            here = len(by_status[rules.PRESENT]) + len(by_status[rules.LATE])
            found[mid] = Attended(Counts(total, here, len(by_status[rules.LATE]), len(by_status[rules.LEAVE]),
                                         len(by_status[rules.ABSENT]), voters, voters_here, written), by_status)
    return found


def meeting_print(session: Session, meeting_id: str) -> MeetingPrint:
    return meeting_prints(session, [meeting_id])[0]


def meeting_prints(session: Session, meeting_ids: Sequence[str]) -> list[MeetingPrint]:
    """The printouts of these meetings, in this order; each table is read once for all of them (the year
    archive prints a whole year of meetings), columns only, no per-meeting look-ups."""
    ids = list(dict.fromkeys(meeting_ids))
    chunks = [ids[i:i + 500] for i in range(0, len(ids), 500)]
    heads = {}
    for chunk in chunks:
        heads.update({r.id: r for r in session.execute(select(*Meeting.__table__.c).where(  # type: ignore[attr-defined]
            col(Meeting.id).in_(chunk), col(Meeting.deleted_at).is_(None)))})
    for meeting_id in ids:
        if meeting_id not in heads:
            raise NotFoundError("找不到这份会议记录（可能已被删除）")

    def rows(columns: Sequence[object], meeting_id: object, deleted_at: object, *order: object) -> dict[str, list]:
        found: dict[str, list] = defaultdict(list)
        for chunk in chunks:
            for r in session.execute(select(meeting_id, *columns).where(  # type: ignore[call-overload]
                    col(meeting_id).in_(chunk), col(deleted_at).is_(None)).order_by(*order)):
                found[r[0]].append(r[1:])
        return found

    attendance = _attendance(session, chunks)
    nobody = Attended.of([])
    i = MeetingItem
    items = rows([i.title, i.candidate, i.speeches, i.vote_method, i.is_election, i.votes_for, i.votes_against,
                  i.votes_abstain, i.written_for, i.resolution, i.id], i.meeting_id, i.deleted_at, col(i.sort_order))
    files = rows([MeetingAttachment.original_name], MeetingAttachment.meeting_id, MeetingAttachment.deleted_at,
                 col(MeetingAttachment.sort_order), col(MeetingAttachment.created_at))
    amended: dict[str, list[MeetingAmendment]] = defaultdict(list)
    for chunk in chunks:
        for amendment in session.exec(select(MeetingAmendment).where(
                col(MeetingAmendment.meeting_id).in_(chunk), col(MeetingAmendment.deleted_at).is_(None),
        ).order_by(col(MeetingAmendment.created_at))):
            amended[amendment.meeting_id].append(amendment)
    group_ids = sorted({m.group_id for m in heads.values() if m.group_id})
    groups = {g.id: g.name for g in session.execute(select(PartyGroup.id, PartyGroup.name).where(
        col(PartyGroup.id).in_(group_ids)))} if group_ids else {}
    branch_names = {b: branches.get_branch(session, b).name for b in sorted({m.branch_id for m in heads.values()})}
    printed = []
    for meeting_id in ids:
        m = heads[meeting_id]
        data = MeetingData(types=rules.split_types(m.types), **{k: getattr(m, k) for k in _HEAD},
                           items=[ItemData(*r) for r in items[meeting_id]])
        info = meetings.MeetingInfo(id=m.id, branch_id=m.branch_id, created_at=m.created_at, updated_at=m.updated_at,
                                    finalized_at=m.finalized_at, late_entry=m.late_entry,
                                    amendments=amended[meeting_id])
        one = build_print(data, branch_names[m.branch_id], groups.get(m.group_id, "") if m.group_id else "", info,
                          [name for (name,) in files[meeting_id]], attendance.get(meeting_id, nobody))
        if rules.APPRAISAL in data.types and data.held_on is not None:
            from dangjian_desktop.services.duty import pledges

            one.pledge_reviews = pledges.review_lines(session, info.branch_id, data.held_on)
        printed.append(one)
    by_id = dict(zip(ids, printed, strict=True))
    return [by_id[meeting_id] for meeting_id in meeting_ids]


def build_print(data: MeetingData, branch: str, group: str, info: meetings.MeetingInfo | None = None,
                attachments: list[str] | None = None, attended: Attended | None = None) -> MeetingPrint:
    """The printout of ``data``; ``attended``: its attendance as read for printing, when ``data`` does not
    carry it (the year archive's meetings), else taken from ``data.attendance``."""
    attended = attended or Attended.of(data.attendance)
    c, by = attended.counts, attended.by_status
    expected = f"{c.expected} 人" + (f"（有表决权 {c.voters} 人）" if c.voters != c.expected else "")
    present = f"{c.present} 人" + (f"（有表决权 {c.voters_present} 人）" if c.voters != c.expected else "")
    items = []
    for item in data.items:
        vote = ""
        if item.vote_method:
            vote = (f"{item.vote_method}，赞成 {item.votes_for} 票，反对 {item.votes_against} 票，"
                    f"弃权 {item.votes_abstain} 票" + (f"，书面意见赞成 {item.written_for} 票" if item.written_for else ""))
        result = item_check(data, item, c)
        items.append(ItemPrint(title=item.title, candidate=item.candidate, speeches=item.speeches, vote=vote,
                               vote_result=result.message if result else "", resolution=item.resolution))
    late = ""
    if info is not None and info.late_entry and data.held_on:
        late = f"补录（会后 {rules.days_late(data.held_on, info.created_at)} 天录入）"
    amendments = []
    for a in info.amendments if info else []:
        amendments.append(f"{local_time(a.created_at)} 修改，原因：{a.reason}")
        amendments += [f"　　{line}" for line in a.changes.splitlines()]
    return MeetingPrint(
        branch=branch, title=data.title, types="、".join(data.types), date_text=date_text(data.held_on),
        time_text=f"{data.start_time or '＿＿:＿＿'}—{data.end_time or '＿＿:＿＿'}", place=data.place,
        host=data.host, recorder=data.recorder, lecturer=data.lecturer, group=group, expected=expected,
        present=present, leave=_names(by[rules.LEAVE]), absent=_names(by[rules.ABSENT]),
        late=_names(by[rules.LATE], with_reason=True), present_names=_names(by[rules.PRESENT] + by[rules.LATE], False),
        observers=data.observers, items=items, summary=data.summary, end_time=data.end_time,
        entered=local_time(info.created_at) if info else "（未保存）",
        finalized=local_time(info.finalized_at) if info and info.finalized_at else "未定稿",
        late_entry=late, amendments=amendments, attachments="、".join(attachments or []))


def print_meeting(session: Session, meeting_id: str, out: Path) -> Path:
    return write_meeting_pdf(meeting_print(session, meeting_id), out)


def sign_in_sheet(session: Session, meeting_id: str) -> SignInSheet:
    """Everyone expected (the 党小组's members for a 党小组会), 姓氏笔画 order, from the roster on the day."""
    data = meetings.meeting_data(session, meeting_id)
    info = meetings.meeting_info(session, meeting_id)
    assert data.held_on is not None
    people = meeting_attendance.expected(session, info.branch_id, data.held_on, data.types, data.group_id)
    return SignInSheet(branch=branches.get_branch(session, info.branch_id).name, title=data.title,
                       date_text=date_text(data.held_on),
                       time_text=data.start_time or "", place=data.place, host=data.host,
                       names=[p.name for p in people],
                       remarks=["预备党员（无表决权）" if p.category == "预备党员" else "" for p in people])


def print_sign_in_sheet(session: Session, meeting_id: str, out: Path) -> Path:
    return write_signin_pdf(sign_in_sheet(session, meeting_id), out)
