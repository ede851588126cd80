"""学习笔记 per member and year: 学时 earned vs target, notes and 心得体会 vs target, who is short."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case
from sqlalchemy import select as core_select
from sqlmodel import Session, col, func

from dangjian_desktop.db import settings
from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.study import StudyAttendance, StudyNote, StudySession
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.domain.study import MemberYear, StudyTargets, check_targets
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.committee import committee_person_ids

MEMBER_CATEGORIES = ("正式党员", "预备党员")  # whose 学时 and notes are counted against the targets
_TARGET_SETTINGS = {"member_hours": settings.MEMBER_HOURS, "leader_hours": settings.LEADER_HOURS,
                    "notes": settings.NOTES_TARGET, "reflections": settings.REFLECTIONS_TARGET}


@dataclass(frozen=True)
class Member:
    """Someone who can attend a study session or write a note."""

    id: str
    name: str
    category: str
    post: str
    is_leader: bool


def get_targets(session: Session, branch_id: str) -> StudyTargets:
    return StudyTargets(**{field: settings.get(session, setting, branch_id=branch_id)
                           for field, setting in _TARGET_SETTINGS.items()})


def set_targets(session: Session, branch_id: str, targets: StudyTargets) -> Changed:
    errors = check_targets(targets)
    if errors:
        raise ValidationError(errors)
    for field, setting in _TARGET_SETTINGS.items():
        settings.put(session, setting, getattr(targets, field), branch_id=branch_id)
    return Changed("study_targets", (branch_id,))


def members(session: Session, branch_id: str, *, all_categories: bool = False) -> list[Member]:
    """People on the branch's books in 姓氏笔画 order; 书记 and 支委 first are not singled out here."""
    leaders = committee_person_ids(session, branch_id)  # 支部信息's seats and the 党内职务 field
    stmt = core_select(col(Person.id), col(Person.name), col(Person.category), col(Person.party_post)).where(
        col(Person.branch_id) == branch_id, col(Person.deleted_at).is_(None),
        col(Person.status).in_(ACTIVE_STATUSES))
    if not all_categories:
        stmt = stmt.where(col(Person.category).in_(MEMBER_CATEGORIES))
    rows = [Member(id=pid, name=name, category=category, post=post or "",
                   is_leader=pid in leaders)
            for pid, name, category, post in session.execute(stmt)]
    return sorted(rows, key=lambda m: stroke_key(m.name))


def hours_by_person(session: Session, branch_id: str, year: int) -> Counter[str]:
    stmt = (core_select(col(StudyAttendance.person_id), func.sum(col(StudySession.hours)))
            .join(StudySession, col(StudySession.id) == col(StudyAttendance.session_id))
            .where(col(StudySession.branch_id) == branch_id, col(StudySession.deleted_at).is_(None),
                   col(StudyAttendance.deleted_at).is_(None),
                   col(StudySession.held_on).between(date(year, 1, 1), date(year, 12, 31)))
            .group_by(col(StudyAttendance.person_id)))
    return Counter({pid: int(total or 0) for pid, total in session.execute(stmt)})


def year_view(session: Session, branch_id: str, year: int) -> list[MemberYear]:
    """Every member's year, in 姓氏笔画 order."""
    targets = get_targets(session, branch_id)
    hours = hours_by_person(session, branch_id, year)
    stmt = (core_select(col(StudyNote.person_id), func.count(),
                        func.sum(case((func.length(col(StudyNote.reflection)) > 0, 1), else_=0)), func.sum(col(StudyNote.word_count)))
            .where(col(StudyNote.branch_id) == branch_id, col(StudyNote.deleted_at).is_(None),
                   col(StudyNote.note_date).between(date(year, 1, 1), date(year, 12, 31)))
            .group_by(col(StudyNote.person_id)))
    notes = {pid: (int(n), int(r or 0), int(w or 0)) for pid, n, r, w in session.execute(stmt)}
    out = []
    for m in members(session, branch_id):
        n, r, w = notes.get(m.id, (0, 0, 0))
        out.append(MemberYear(person_id=m.id, name=m.name, post=m.post, is_leader=m.is_leader, hours=hours[m.id],
                              hours_target=targets.hours_for(m.is_leader), notes=n, notes_target=targets.notes,
                              reflections=r, reflections_target=targets.reflections, words=w))
    return out


def short_members(rows: list[MemberYear]) -> list[MemberYear]:
    return [r for r in rows if r.is_short]
