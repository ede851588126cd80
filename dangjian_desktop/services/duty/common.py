"""What the duty services share: the branch's people on the books, looked up by id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select as core_select
from sqlmodel import Session, col

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


_ROSTER_COLUMNS = ("id", "name", "category", "work_unit", "contact_persons", "is_hardship")  # RosterPerson's


def roster(session: Session, branch_id: str, categories: tuple[str, ...] | None = None) -> list[RosterPerson]:
    """People on the branch's books (all categories, or those given), in 姓氏笔画 order."""
    stmt = core_select(*(col(getattr(Person, f)) for f in _ROSTER_COLUMNS)).where(
        col(Person.branch_id) == branch_id, col(Person.deleted_at).is_(None), col(Person.status).in_(ACTIVE_STATUSES))
    if categories:
        stmt = stmt.where(col(Person.category).in_(categories))
    rows = [RosterPerson(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda r: stroke_key(r.name))


def members(session: Session, branch_id: str) -> list[RosterPerson]:
    """正式党员 and 预备党员 on the books."""
    return roster(session, branch_id, MEMBER_CATEGORIES)


def get_person(session: Session, branch_id: str, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None or person.branch_id != branch_id:
        raise NotFoundError("所选人员不在本支部的花名册中")
    return person
