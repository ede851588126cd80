"""People in the roster: list rows for the ledger, add, edit, soft delete and restore."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import MISSING, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select

from dangjian_desktop.db import read, settings
from dangjian_desktop.db.base import new_id, utcnow
from dangjian_desktop.db.models import Branch, PartyGroup, Person
from dangjian_desktop.domain.names import pinyin_keys
from dangjian_desktop.domain.people import ACTIVE_STATUSES, check_person
from dangjian_desktop.errors import NotFoundError, UserError, ValidationError
from dangjian_desktop.services import Changed, soft_delete
from dangjian_desktop.services.branches import require_writable
from dangjian_desktop.services.people.rows import (  # noqa: F401 (PersonRow and the helpers are used from here)
    ROW_FIELDS,
    STEP_FIELDS,
    LedgerRows,
    PersonRow,
    attention_text,
    build_rows,
    category_counts,
    iter_rows,
)


@dataclass(frozen=True)
class PersonInput:
    """One person's fields as the editor, an import row or the demo gives them: what ``save_person``
    stores. The defaults are the table's (a test keeps the fields and defaults in step with ``Person``)."""

    name: str
    group_id: str | None = None
    gender: str = ""  # 男 / 女
    ethnicity: str = ""
    birth_date: date | None = None
    id_number: str | None = None
    native_place: str = ""  # 籍贯
    education: str = ""
    work_unit: str = ""  # 工作单位及职务
    phone: str = ""
    address: str = ""  # 现居住地
    party_post: str = ""  # 党内职务
    category: str = "正式党员"  # 人员类别
    is_hardship: bool = False  # 困难党员
    is_veteran: bool = False  # 退役军人
    is_retired: bool = False  # 离退休
    status: str = "正常"  # 组织关系状态
    status_date: date | None = None
    status_note: str = ""
    suspended_date: date | None = None  # 停止党籍 that was later lifted: from …
    restored_date: date | None = None  # … 恢复党籍
    note: str = ""
    apply_date: date | None = None  # 申请入党
    first_talk_date: date | None = None  # 首次谈话
    activist_date: date | None = None  # 确定为入党积极分子
    candidate_date: date | None = None  # 确定为发展对象
    review_date: date | None = None  # 政治审查
    training_start: date | None = None  # 集中培训
    training_end: date | None = None
    training_hours: int | None = None
    join_date: date | None = None  # 支部大会接收 = 入党日期
    approval_date: date | None = None  # 上级党委审批
    oath_date: date | None = None  # 入党宣誓
    full_apply_date: date | None = None  # 转正申请
    full_member_date: date | None = None  # 转为正式党员
    probation_extension_months: int = 0  # 延长预备期（6–12 个月）
    contact_persons: str = ""  # 培养联系人
    introducer1: str = ""  # 入党介绍人
    introducer2: str = ""

    def values(self) -> dict[str, Any]:
        """field → value, for the rules in ``domain`` that read a mapping."""
        return dict(self.__dict__)

    def checked(self, today: date | None = None) -> tuple[PersonInput, dict[str, str]]:
        """The roster rules (``domain.people.check_person``) without the database: the values normalised
        (ID number, phone, name; birth date and sex from the ID when empty) and field → message."""
        return PersonInput.check(self.__dict__, today)

    @staticmethod
    def check(values: Mapping[str, Any], today: date | None = None) -> tuple[PersonInput, dict[str, str]]:
        """``checked()`` for field → value as an import row reads them (the fields not given keep their
        defaults); an unknown field is a programming error (TypeError)."""
        clean, errors = check_person(values, today)
        unknown = clean.keys() - _DEFAULTS.keys()
        if unknown:
            raise TypeError(f"unknown person fields: {sorted(unknown)}")
        # built without __init__: its 40 frozen-field assignments cost a third as much again as the
        # rules, and the import checks every row twice (preview and commit)
        data = object.__new__(PersonInput)
        data.__dict__.update(_DEFAULTS)
        data.__dict__.update(clean)
        return data, errors


_DEFAULTS = {f.name: None if f.default is MISSING else f.default for f in fields(PersonInput)}
EDITABLE_FIELDS = tuple(_DEFAULTS)


def activist_wait_months(session: Session) -> int:
    """The local waiting period before 确定积极分子 (设置; db/settings.py)."""
    return settings.get(session, settings.ACTIVIST_WAIT_MONTHS)


def list_rows(session: Session, branch_id: str, today: date | None = None) -> list[PersonRow]:
    """Every non-deleted person of the branch, with the 党小组 name and what needs attention, in one query."""
    stmt = _rows_query().where(col(Person.branch_id) == branch_id)
    wait = activist_wait_months(session)
    return build_rows(session.execute(stmt.execution_options(yield_per=1000)), today, wait)


def ledger_rows(session: Session, branch_id: str, today: date | None = None) -> LedgerRows:
    """``list_rows`` held as columns (rows.LedgerRows), taken apart as they arrive from the database:
    100,000 people are never row objects all at once."""
    stmt = _rows_query().where(col(Person.branch_id) == branch_id)
    wait = activist_wait_months(session)
    return LedgerRows(iter_rows(session.execute(stmt.execution_options(yield_per=1000)), today, wait, shared=False))


def ledger_rows_of(session: Session, branch_id: str, person_ids: Iterable[str], today: date | None = None,
                   ) -> list[PersonRow]:
    """The rows of ``ledger_rows`` of just ``person_ids`` (those still on the branch's roster), in one query:
    the ledger takes the people just saved without reading everyone again."""
    stmt = _rows_query().where(col(Person.branch_id) == branch_id, col(Person.id).in_(list(person_ids)))
    wait = activist_wait_months(session)
    return list(iter_rows(session.execute(stmt), today, wait, shared=False))


def _rows_query() -> Any:
    columns = [getattr(Person, f) for f in (*ROW_FIELDS, *STEP_FIELDS)]
    return (core_select(*columns, col(PartyGroup.name))
            .select_from(Person)
            .outerjoin(PartyGroup, col(PartyGroup.id) == col(Person.group_id))
            .where(col(Person.deleted_at).is_(None)))


def rows_by_branch(session: Session, today: date | None = None) -> dict[str, list[PersonRow]]:
    """``list_rows`` of every branch, in one query: branch id → its rows."""
    stmt = _rows_query().add_columns(col(Person.branch_id)).order_by(col(Person.branch_id))
    wait = activist_wait_months(session)
    found: dict[str, list[Any]] = {}
    for r in read.rows(session, stmt.execution_options(yield_per=1000)):
        found.setdefault(r[-1], []).append(r[:-1])
    return {b: build_rows(records, today, wait) for b, records in found.items()}


def get_person(session: Session, person_id: str, *, include_deleted: bool = False) -> Person:
    person = session.get(Person, person_id)
    if person is None or (person.deleted_at is not None and not include_deleted):
        raise NotFoundError("找不到这个人员（可能已被删除）")
    return person


def person_values(person: Person) -> dict[str, Any]:
    return {k: getattr(person, k) for k in EDITABLE_FIELDS}


def person_input(person: Person) -> PersonInput:
    """A stored person as the editor starts from (change fields with ``dataclasses.replace``)."""
    return PersonInput(**person_values(person))


@dataclass(frozen=True)
class IdHolder:
    """A live (not deleted) person who holds a 公民身份号码, as the rule below reads them."""

    name: str
    branch_id: str
    branch_name: str
    status: str  # 组织关系状态


def id_number_clash(branch_id: str, status: str, holders: Iterable[IdHolder]) -> str | None:
    """The rule for a 公民身份号码 (the one place it is decided): a branch holds one live person per number;
    across branches only one can be on the roll (在册: ``ACTIVE_STATUSES``) — a member who moved keeps the
    old branch's 转出 record beside the new branch's. ``status`` is the person's being saved. The message
    for the field, or None."""
    holders = list(holders)
    for h in holders:
        if h.branch_id == branch_id:
            return f"这个公民身份号码已登记给“{h.name}”，不能重复"
    if status in ACTIVE_STATUSES:
        for h in holders:
            if h.status in ACTIVE_STATUSES:
                return f"此身份证号码已在“{h.branch_name}”在册（{h.name}），请先办理转出"
    return None


def id_number_holders(session: Session, id_number: str | None = None, *,
                      exclude_id: str | None = None) -> dict[str, list[IdHolder]]:
    """公民身份号码 → the live people holding it, in every branch (only ``id_number``'s when given)."""
    stmt = (core_select(col(Person.id_number), col(Person.name), col(Person.branch_id), col(Branch.name),
                        col(Person.status))
            .join(Branch, col(Branch.id) == col(Person.branch_id))
            .where(col(Person.deleted_at).is_(None), col(Person.id_number).is_not(None)))
    if id_number is not None:
        stmt = stmt.where(col(Person.id_number) == id_number)
    if exclude_id:
        stmt = stmt.where(col(Person.id) != exclude_id)
    found: dict[str, list[IdHolder]] = {}
    for number, name, branch, branch_name, status in session.execute(stmt):
        if number:
            found.setdefault(number, []).append(IdHolder(name, branch, branch_name, status))
    return found


def check_id_number(session: Session, branch_id: str, id_number: str, status: str, *,
                    exclude_id: str | None = None) -> str | None:
    """``id_number_clash`` against the database: the field's message, or None."""
    holders = id_number_holders(session, id_number, exclude_id=exclude_id).get(id_number, [])
    return id_number_clash(branch_id, status, holders)


def validate(session: Session, branch_id: str, data: PersonInput, *, person_id: str | None = None,
             today: date | None = None) -> tuple[PersonInput, dict[str, str]]:
    """Field checks plus the ones that need the database (duplicate ID, 党小组 of this branch)."""
    clean, errors = data.checked(today)
    if clean.id_number and "id_number" not in errors:
        clash = check_id_number(session, branch_id, clean.id_number, clean.status, exclude_id=person_id)
        if clash:
            errors["id_number"] = clash
    group_id = clean.group_id
    if group_id:
        group = session.get(PartyGroup, group_id)
        if group is None or group.branch_id != branch_id or group.deleted_at is not None:
            errors["group_id"] = "所选党小组不属于本支部"
    return clean, errors


def save_person(session: Session, branch_id: str, *, data: PersonInput, person_id: str | None = None,
                today: date | None = None, import_batch_id: str | None = None) -> Changed:
    """Add a person (``person_id`` None) or update one with every field of ``data``.
    Raises ValidationError with field messages."""
    require_writable(session, branch_id)
    clean, errors = validate(session, branch_id, data, person_id=person_id, today=today)
    if errors:
        raise ValidationError(errors)
    if person_id is None:
        person = Person(branch_id=branch_id, name=clean.name, import_batch_id=import_batch_id)
    else:
        person = get_person(session, person_id)
        if person.branch_id != branch_id:
            raise UserError("这个人员不属于当前支部")
    for key, value in clean.__dict__.items():
        setattr(person, key, value)
    person.name_pinyin, person.name_initials = pinyin_keys(person.name)
    session.add(person)
    session.flush()
    return Changed("person", (person.id,))


def new_person_row(branch_id: str, clean: PersonInput, *, import_batch_id: str | None = None) -> dict[str, Any]:
    """Every column of a new person from checked values (as ``save_person`` would store them), for
    inserting many at once (a plain dict: building a Person object per row costs milliseconds)."""
    row = {**_PERSON_DEFAULTS, **clean.__dict__, "id": new_id(), "branch_id": branch_id,
           "import_batch_id": import_batch_id}
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
        clash = check_id_number(session, person.branch_id, person.id_number, person.status, exclude_id=person_id)
        if clash:
            raise UserError(f"无法恢复：{clash}")
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
