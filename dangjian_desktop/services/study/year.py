"""学习笔记 per member and year: 学时 earned vs target, notes and 心得体会 vs target, who is short."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case
from sqlalchemy import select as core_select
from sqlmodel import Session, col, func

from dangjian_desktop.db import read, settings
from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.study import StudyAttendance, StudyNote, StudySession
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.domain.study import MemberYear, StudyTargets, check_targets
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.committee import committee_ids_by_branch, committee_person_ids

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


def targets_by_branch(session: Session, branch_ids: list[str]) -> dict[str, StudyTargets]:
    values = {field: settings.get_per_branch(session, setting, branch_ids) for field, setting in _TARGET_SETTINGS.items()}
    return {b: StudyTargets(**{field: found[b] for field, found in values.items()}) for b in branch_ids}


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
    stmt = _members_query(all_categories).where(col(Person.branch_id) == branch_id)
    return _members(read.rows(session, stmt), leaders)


def _members_query(all_categories: bool) -> Any:
    stmt = core_select(col(Person.id), col(Person.name), col(Person.category), col(Person.party_post)).where(
        col(Person.deleted_at).is_(None), col(Person.status).in_(ACTIVE_STATUSES))
    if not all_categories:
        stmt = stmt.where(col(Person.category).in_(MEMBER_CATEGORIES))
    return stmt


def _members(found: Iterable[Sequence[Any]], leaders: set[str]) -> list[Member]:
    rows = [Member(id=pid, name=name, category=category, post=post or "", is_leader=pid in leaders)
            for pid, name, category, post in found]
    return sorted(rows, key=lambda m: stroke_key(m.name))


def hours_by_person(session: Session, branch_id: str, year: int) -> Counter[str]:
    return _hours(session, year, branch_id).get(branch_id, Counter())


def _hours(session: Session, year: int, branch_id: str | None) -> dict[str, Counter[str]]:
    stmt = (core_select(col(StudySession.branch_id), col(StudyAttendance.person_id), func.sum(col(StudySession.hours)))
            .join(StudySession, col(StudySession.id) == col(StudyAttendance.session_id))
            .where(col(StudySession.deleted_at).is_(None), col(StudyAttendance.deleted_at).is_(None),
                   col(StudySession.held_on).between(date(year, 1, 1), date(year, 12, 31)))
            .group_by(col(StudySession.branch_id), col(StudyAttendance.person_id)))
    if branch_id is not None:
        stmt = stmt.where(col(StudySession.branch_id) == branch_id)
    found: dict[str, Counter[str]] = {}
    for branch, pid, total in read.rows(session, stmt):
        found.setdefault(branch, Counter())[pid] = int(total or 0)
    return found


def _notes(session: Session, year: int, branch_id: str | None) -> dict[str, dict[str, tuple[int, int, int]]]:
    stmt = (core_select(col(StudyNote.branch_id), col(StudyNote.person_id), func.count(),
                        func.sum(case((func.length(col(StudyNote.reflection)) > 0, 1), else_=0)),
                        func.sum(col(StudyNote.word_count)))
            .where(col(StudyNote.deleted_at).is_(None),
                   col(StudyNote.note_date).between(date(year, 1, 1), date(year, 12, 31)))
            .group_by(col(StudyNote.branch_id), col(StudyNote.person_id)))
    if branch_id is not None:
        stmt = stmt.where(col(StudyNote.branch_id) == branch_id)
    found: dict[str, dict[str, tuple[int, int, int]]] = {}
    for branch, pid, n, r, w in read.rows(session, stmt):
        found.setdefault(branch, {})[pid] = (int(n), int(r or 0), int(w or 0))
    return found


def year_view(session: Session, branch_id: str, year: int) -> list[MemberYear]:
    """Every member's year, in 姓氏笔画 order."""
    return _year_rows(members(session, branch_id), get_targets(session, branch_id),
                      _hours(session, year, branch_id).get(branch_id, Counter()),
                      _notes(session, year, branch_id).get(branch_id, {}))


def year_views(session: Session, year: int) -> dict[str, list[MemberYear]]:
    """``year_view`` of every branch, in a fixed number of statements: branch id → its members' year."""
    leaders = committee_ids_by_branch(session)
    found: dict[str, list[Any]] = {}
    for r in read.rows(session, _members_query(False).add_columns(col(Person.branch_id))):
        found.setdefault(r[-1], []).append(r[:-1])
    targets = targets_by_branch(session, list(found))
    hours, notes = _hours(session, year, None), _notes(session, year, None)
    return {b: _year_rows(_members(rows, leaders.get(b, set())), targets[b], hours.get(b, Counter()),
                          notes.get(b, {})) for b, rows in found.items()}


def _year_rows(people: list[Member], targets: StudyTargets, hours: Counter[str],
               notes: dict[str, tuple[int, int, int]]) -> list[MemberYear]:
    out = []
    for m in people:
        n, r, w = notes.get(m.id, (0, 0, 0))
        out.append(MemberYear(person_id=m.id, name=m.name, post=m.post, is_leader=m.is_leader, hours=hours[m.id],
                              hours_target=targets.hours_for(m.is_leader), notes=n, notes_target=targets.notes,
                              reflections=r, reflections_target=targets.reflections, words=w))
    return out


def short_members(rows: list[MemberYear]) -> list[MemberYear]:
    return [r for r in rows if r.is_short]
