"""People in the roster: list rows for the ledger, add, edit, soft delete and restore."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select

from dangjian_desktop.db import settings
from dangjian_desktop.db.base import new_id, utcnow
from dangjian_desktop.db.models import PartyGroup, Person
from dangjian_desktop.domain.names import pinyin_keys
from dangjian_desktop.domain.people import check_person
from dangjian_desktop.errors import NotFoundError, UserError, ValidationError
from dangjian_desktop.services import Changed, soft_delete
from dangjian_desktop.services.branches import require_writable
from dangjian_desktop.services.people.rows import (  # noqa: F401 (PersonRow and the helpers are used from here)
    ROW_FIELDS,
    STEP_FIELDS,
    PersonRow,
    attention_text,
    build_rows,
    category_counts,
)

_SYSTEM = {"id", "created_at", "updated_at", "deleted_at", "version", "branch_id", "name_pinyin", "name_initials",
           "import_batch_id"}
EDITABLE_FIELDS = tuple(k for k in Person.model_fields if k not in _SYSTEM)


def activist_wait_months(session: Session) -> int:
    """The local waiting period before 确定积极分子 (设置; db/settings.py)."""
    return settings.get(session, settings.ACTIVIST_WAIT_MONTHS)


def list_rows(session: Session, branch_id: str, today: date | None = None) -> list[PersonRow]:
    """Every non-deleted person of the branch, with the 党小组 name and what needs attention, in one query."""
    columns = [getattr(Person, f) for f in (*ROW_FIELDS, *STEP_FIELDS)]
    stmt = (
        core_select(*columns, col(PartyGroup.name))
        .select_from(Person)
        .outerjoin(PartyGroup, col(PartyGroup.id) == col(Person.group_id))
        .where(col(Person.branch_id) == branch_id, col(Person.deleted_at).is_(None))
    )
    wait = activist_wait_months(session)
    return build_rows(session.execute(stmt.execution_options(yield_per=1000)), today, wait)


def get_person(session: Session, person_id: str, *, include_deleted: bool = False) -> Person:
    person = session.get(Person, person_id)
    if person is None or (person.deleted_at is not None and not include_deleted):
        raise NotFoundError("找不到这个人员（可能已被删除）")
    return person


def person_values(person: Person) -> dict[str, Any]:
    return {k: getattr(person, k) for k in EDITABLE_FIELDS}


def find_by_id_number(session: Session, id_number: str, *, exclude_id: str | None = None) -> Person | None:
    stmt = select(Person).where(Person.id_number == id_number, col(Person.deleted_at).is_(None))
    if exclude_id:
        stmt = stmt.where(Person.id != exclude_id)
    return session.exec(stmt).first()


def validate(session: Session, branch_id: str, values: dict[str, Any], *, person_id: str | None = None,
             today: date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Field checks plus the ones that need the database (duplicate ID, 党小组 of this branch)."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown person fields: {sorted(unknown)}")
    clean, errors = check_person(values, today)
    if clean.get("id_number") and "id_number" not in errors:
        other = find_by_id_number(session, clean["id_number"], exclude_id=person_id)
        if other is not None:
            errors["id_number"] = f"这个公民身份号码已登记给“{other.name}”，不能重复"
    group_id = clean.get("group_id")
    if group_id:
        group = session.get(PartyGroup, group_id)
        if group is None or group.branch_id != branch_id or group.deleted_at is not None:
            errors["group_id"] = "所选党小组不属于本支部"
    return clean, errors


def save_person(session: Session, branch_id: str, values: dict[str, Any], *, person_id: str | None = None,
                today: date | None = None, import_batch_id: str | None = None) -> Changed:
    """Add a person (``person_id`` None) or update one. Raises ValidationError with field messages."""
    require_writable(session, branch_id)
    clean, errors = validate(session, branch_id, values, person_id=person_id, today=today)
    if errors:
        raise ValidationError(errors)
    if person_id is None:
        person = Person(branch_id=branch_id, name=clean["name"], import_batch_id=import_batch_id)
    else:
        person = get_person(session, person_id)
        if person.branch_id != branch_id:
            raise UserError("这个人员不属于当前支部")
    for key, value in clean.items():
        setattr(person, key, value)
    person.name_pinyin, person.name_initials = pinyin_keys(person.name)
    session.add(person)
    session.flush()
    return Changed("person", (person.id,))


def new_person_row(branch_id: str, clean: dict[str, Any], *, import_batch_id: str | None = None) -> dict[str, Any]:
    """Every column of a new person from checked values (as ``save_person`` would store them), for
    inserting many at once (a plain dict: building a Person object per row costs milliseconds)."""
    row = {**_PERSON_DEFAULTS, **clean, "id": new_id(), "branch_id": branch_id, "import_batch_id": import_batch_id}
    row["created_at"] = row["updated_at"] = utcnow()
    row["name_pinyin"], row["name_initials"] = pinyin_keys(row["name"])
    return row


def _defaults() -> dict[str, Any]:
    from pydantic_core import PydanticUndefined

    out = {}
    for key, info in Person.model_fields.items():
        if info.default is not PydanticUndefined:
            out[key] = info.default
    return out


_PERSON_DEFAULTS = _defaults()


def delete_person(session: Session, person_id: str) -> Changed:
    """Move to the 回收站 (soft delete)."""
    return soft_delete(session, Person, person_id, "找不到这个人员（可能已被删除）")


def restore_person(session: Session, person_id: str) -> Changed:
    person = get_person(session, person_id, include_deleted=True)
    if person.deleted_at is None:
        return Changed("person", (person_id,))
    if person.id_number:
        other = find_by_id_number(session, person.id_number, exclude_id=person_id)
        if other is not None:
            raise UserError(f"无法恢复：公民身份号码 {person.id_number} 现已登记给“{other.name}”")
    person.deleted_at = None
    session.add(person)
    return Changed("person", (person_id,))


def list_deleted(session: Session, branch_id: str) -> list[Person]:
    stmt = select(Person).where(Person.branch_id == branch_id, col(Person.deleted_at).is_not(None))
    return list(session.exec(stmt.order_by(col(Person.deleted_at).desc())))


def count_people(session: Session, branch_id: str | None = None) -> int:
    stmt = select(func.count()).select_from(Person).where(col(Person.deleted_at).is_(None))
    if branch_id:
        stmt = stmt.where(Person.branch_id == branch_id)
    return int(session.exec(stmt).one())
