"""Who is expected at a meeting: the branch's members (or a 党小组's, or the 支委会) as of the meeting date."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import OrgTransfer, PartyGroup, Person
from dangjian_desktop.db.models.meetings import MeetingAttendance
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain import party_stats
from dangjian_desktop.domain.meetings_data import AttendanceData
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.services.branches import Seat
from dangjian_desktop.services.committee import committee_seats, group_leader
from dangjian_desktop.services.people import discipline

_MEMBERS = ("正式党员", "预备党员")


def category_on(person: Person, day: date) -> str:
    """人员类别 on ``day``: a 正式党员 who was converted later was still a 预备党员 then."""
    return party_stats.category_on(person.category, person.full_member_date, day)


def members_on(session: Session, branch_id: str, day: date, group_id: str | None = None) -> list[Person]:
    """Members (正式 and 预备) on the branch's books on ``day``, in 姓氏笔画 order."""
    stmt = select(Person).where(Person.branch_id == branch_id, col(Person.deleted_at).is_(None),
                                col(Person.category).in_(_MEMBERS))
    if group_id:
        stmt = stmt.where(Person.group_id == group_id)
    branch_people = select(Person.id).where(Person.branch_id == branch_id)
    arrived = {t.person_id: t.transfer_date for t in session.exec(select(OrgTransfer).where(
        col(OrgTransfer.person_id).in_(branch_people), OrgTransfer.direction == "转入",
        col(OrgTransfer.deleted_at).is_(None)).order_by(col(OrgTransfer.transfer_date)))}
    out = []
    for p in session.exec(stmt):
        if p.join_date and p.join_date >= day:  # admitted at this very meeting: not yet a member
            continue
        if p.status not in ACTIVE_STATUSES and (p.status_date is None or p.status_date <= day):
            continue
        if p.id in arrived and arrived[p.id] > day:
            continue
        out.append(p)
    return sorted(out, key=lambda p: stroke_key(p.name))


def committee_members(session: Session, branch_id: str) -> list[Seat]:
    """The 支部委员会 whose quorum a 支委会 needs: 支部信息's seats and the 党内职务 field (services/committee.py)."""
    return committee_seats(session, branch_id)


def group_host(session: Session, group_id: str | None) -> str:
    """Who hosts a 党小组会: the group's 组长 (picked from the roster in 支部信息, or typed there)."""
    group = session.get(PartyGroup, group_id) if group_id else None
    if group is None or group.deleted_at is not None:
        return ""
    leader = group_leader(session, group)
    return leader.name if leader else ""


def expected(session: Session, branch_id: str, day: date, types: list[str],
             group_id: str | None = None) -> list[AttendanceData]:
    """The attendance list to tick: the 支委 for a 支委会 alone, a 党小组's members, or the whole branch."""
    if types and set(types) <= {rules.COMMITTEE}:
        rows = []
        for c in committee_members(session, branch_id):
            person = session.get(Person, c.person_id) if c.person_id else None
            category = category_on(person, day) if person else "正式党员"
            rows.append(AttendanceData(name=c.name, person_id=c.person_id, category=category, can_vote=True))
        return rows
    only_group = group_id if rules.GROUP in types else None
    people = members_on(session, branch_id, day, only_group)
    probation = discipline.on_probation(session, (p.id for p in people), day)
    return [AttendanceData(name=p.name, person_id=p.id, category=category_on(p, day),
                           can_vote=rules.has_vote(category_on(p, day), p.id in probation))
            for p in people]


def saved(session: Session, meeting_id: str) -> list[AttendanceData]:
    rows = session.exec(select(MeetingAttendance).where(
        MeetingAttendance.meeting_id == meeting_id, col(MeetingAttendance.deleted_at).is_(None),
    ).order_by(col(MeetingAttendance.sort_order)))
    return [AttendanceData(name=r.name, person_id=r.person_id, category=r.category, can_vote=r.can_vote,
                           status=r.status, reason=r.reason, written_opinion=r.written_opinion, id=r.id)
            for r in rows]
