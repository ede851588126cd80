"""What the duty services share: the branch's people on the books, looked up by id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import Person
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES, MEMBER_CATEGORIES
from dangjian_desktop.errors import NotFoundError


@dataclass(frozen=True)
class RosterPerson:
    id: str
    name: str
    category: str
    work_unit: str
    contact_persons: str  # 培养联系人, as written on the roster
    is_hardship: bool


def roster(session: Session, branch_id: str, categories: tuple[str, ...] | None = None) -> list[RosterPerson]:
    """People on the branch's books (all categories, or those given), in 姓氏笔画 order."""
    stmt = select(Person).where(Person.branch_id == branch_id, col(Person.deleted_at).is_(None),
                                col(Person.status).in_(ACTIVE_STATUSES))
    if categories:
        stmt = stmt.where(col(Person.category).in_(categories))
    rows = [RosterPerson(p.id, p.name, p.category, p.work_unit, p.contact_persons, p.is_hardship)
            for p in session.exec(stmt)]
    return sorted(rows, key=lambda r: stroke_key(r.name))


def members(session: Session, branch_id: str) -> list[RosterPerson]:
    """正式党员 and 预备党员 on the books."""
    return roster(session, branch_id, MEMBER_CATEGORIES)


def get_person(session: Session, branch_id: str, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None or person.branch_id != branch_id:
        raise NotFoundError("所选人员不在本支部的花名册中")
    return person
