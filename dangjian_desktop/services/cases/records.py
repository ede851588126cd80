"""三卡一法 cases (一人一事): open, edit, list with filters, per-person history, 销号 and reopening.

Closing and reopening are kept as CaseEvent rows, so a reopened case still shows when and with
what result it was closed before, and why it was reopened.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, func

from dangjian_desktop.db import read
from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.cases import CaseCard, CaseEvent, CaseRecord
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import Changed, get_live
from dangjian_desktop.services.branches import require_writable

_TEXT_LIMITS = {"person_name": 100, "person_unit": 200, "person_post": 100, "person_phone": 30, "category": 20,
                "noticed_via": 20, "responsible": 100}


@dataclass(frozen=True)
class CaseInput:
    """One case as the editor (or the demo, or a 结对) gives it: what ``save_case`` stores."""

    person_name: str
    opened_on: date | None  # 立案（发现）日期
    next_follow_up: date | None = None
    person_id: str | None = None  # on the roster, or None for someone named only
    person_unit: str = ""
    person_post: str = ""
    person_phone: str = ""
    category: str = ""
    noticed_via: str = ""  # 发现方式
    level: str = "一般"  # 关注等级
    responsible: str = ""  # 责任人
    summary: str = ""
    status: str = "摸排"

    def checked(self, today: date) -> tuple[CaseInput, dict[str, str]]:
        """The case's rules without the database: texts trimmed to their columns, field → message."""
        values = dict(self.__dict__)
        for key, limit in _TEXT_LIMITS.items():
            values[key] = str(values[key] or "").strip()[:limit]
        values["summary"] = str(values["summary"] or "")
        values["person_id"] = values["person_id"] or None
        return CaseInput(**values), rules.check_case(values, today)


CASE_FIELDS = tuple(f.name for f in fields(CaseInput))


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    person_id: str | None
    person_name: str
    person_unit: str
    person_post: str
    category: str
    noticed_via: str
    level: str
    responsible: str
    opened_on: date
    status: str
    next_follow_up: date | None
    closed_on: date | None
    card_count: int
    overdue_days: int
    summary: str

    @property
    def is_open(self) -> bool:
        return self.status != rules.CLOSED

    def open_on(self, day: date) -> bool:
        """Open at the end of ``day``: opened by then and not closed by then (``is_open`` for today)."""
        return self.opened_on <= day and (self.is_open or (self.closed_on is not None and self.closed_on > day))

    @property
    def who(self) -> str:
        """'李四（县供电所 抄表员）' — the person with unit and post when given."""
        extra = " ".join(p for p in (self.person_unit, self.person_post) if p)
        return f"{self.person_name}（{extra}）" if extra else self.person_name


def get_case(session: Session, case_id: str) -> CaseRecord:
    return get_live(session, CaseRecord, case_id, "找不到这个事项（可能已被删除）")


def case_input(row: CaseRecord) -> CaseInput:
    """A stored case as the editor starts from."""
    return CaseInput(**{k: getattr(row, k) for k in CASE_FIELDS})


def _validate(session: Session, branch_id: str, data: CaseInput, today: date) -> tuple[CaseInput, dict[str, str]]:
    clean, errors = data.checked(today)
    if clean.person_id:
        person = session.get(Person, clean.person_id)
        if person is None or person.deleted_at is not None or person.branch_id != branch_id:
            errors["person_name"] = "所选人员不在本支部的花名册中"
    return clean, errors


def save_case(session: Session, branch_id: str, *, data: CaseInput, case_id: str | None = None,
              today: date | None = None) -> Changed:
    """Open a case (``case_id`` None) or change one that is still open. Raises ValidationError."""
    require_writable(session, branch_id)
    today = today or date.today()
    clean, errors = _validate(session, branch_id, data, today)
    if errors:
        raise ValidationError(errors)
    assert clean.opened_on is not None  # checked
    if case_id is None:
        row = CaseRecord(branch_id=branch_id, person_name=clean.person_name, opened_on=clean.opened_on)
        before = ""
    else:
        row = get_case(session, case_id)
        if row.status == rules.CLOSED:
            raise UserError("这个事项已销号，要修改请先“重新打开”")
        before = row.status
    for key, value in clean.__dict__.items():
        setattr(row, key, value)
    session.add(row)
    session.flush()
    if case_id is None:
        _event(session, row.id, row.opened_on, "立案", "", row.status, row.summary[:200])
    elif before != row.status:
        _event(session, row.id, today, "状态", before, row.status, "")
    return Changed("case_record", (row.id,))


def _event(session: Session, case_id: str, on: date, action: str, from_status: str, to_status: str,
           note: str) -> None:
    session.add(CaseEvent(case_id=case_id, event_date=on, action=action, from_status=from_status,
                          to_status=to_status, note=note))


def set_status(session: Session, case_id: str, status: str, *, on: date, next_follow_up: date | None = None) -> Changed:
    """Move an open case along the method (used when a card is added); records the move."""
    row = get_case(session, case_id)
    if status != row.status:
        _event(session, case_id, on, "状态", row.status, status, "")
        row.status = status
    if next_follow_up is not None:
        row.next_follow_up = next_follow_up
    session.add(row)
    return Changed("case_record", (case_id,))


def set_level(session: Session, case_id: str, level: str, *, on: date) -> Changed:
    """A card's 关注等级 becomes the case's; the change is kept in the case's history."""
    row = get_case(session, case_id)
    if level in rules.LEVELS and level != row.level:
        _event(session, case_id, on, "关注等级", "", row.status, f"由“{row.level}”改为“{level}”")
        row.level = level
        session.add(row)
    return Changed("case_record", (case_id,))


def close_case(session: Session, case_id: str, *, result: str, confirmed: bool, confirmation: str = "",
               closed_on: date | None = None, today: date | None = None) -> Changed:
    """销号: only with a result and the person's confirmation."""
    today = today or date.today()
    row = get_case(session, case_id)
    if row.status == rules.CLOSED:
        raise UserError("这个事项已经销号")
    errors = rules.check_close(result, confirmed, closed_on, row.opened_on, today)
    if errors:
        raise ValidationError(errors)
    assert closed_on is not None
    note = f"办理结果：{result.strip()}\n本人确认：{confirmation.strip() or '已确认'}"
    _event(session, case_id, closed_on, "销号", row.status, rules.CLOSED, note)
    row.status, row.result, row.confirmed = rules.CLOSED, result.strip(), True
    row.confirmation, row.closed_on, row.next_follow_up = confirmation.strip(), closed_on, None
    session.add(row)
    session.flush()
    return Changed("case_record", (case_id,))


def reopen_case(session: Session, case_id: str, *, reason: str, next_follow_up: date | None,
                status: str = "回访", today: date | None = None) -> Changed:
    """Reopen a closed case with a reason; the earlier 销号 stays in the case's history."""
    today = today or date.today()
    row = get_case(session, case_id)
    if row.status != rules.CLOSED:
        raise UserError("这个事项没有销号，不需要重新打开")
    errors = rules.check_reopen(reason, next_follow_up, today)
    if status not in rules.OPEN_STATUSES:
        errors["status"] = "请选择重新打开后的进展"
    if errors:
        raise ValidationError(errors)
    _event(session, case_id, today, "重新打开", rules.CLOSED, status, reason.strip())
    row.status, row.next_follow_up, row.closed_on = status, next_follow_up, None
    row.result, row.confirmed, row.confirmation = "", False, ""
    session.add(row)
    session.flush()
    return Changed("case_record", (case_id,))


def delete_case(session: Session, case_id: str) -> Changed:
    """Move a case (with its cards) to the 回收站."""
    from dangjian_desktop.services import soft_delete

    return soft_delete(session, CaseRecord, case_id, "找不到这个事项（可能已被删除）")


@dataclass(frozen=True)
class CaseEventRow:
    event_date: date
    action: str
    from_status: str
    to_status: str
    note: str

    @property
    def text(self) -> str:
        move = f"{self.from_status}→{self.to_status}" if self.from_status and self.to_status else self.to_status
        return f"{fmt(self.event_date)}　{self.action}（{move}）" + (f"：{self.note}" if self.note else "")


def case_events(session: Session, case_id: str) -> list[CaseEventRow]:
    return events_of(session, [case_id])[case_id]


def events_of(session: Session, case_ids: list[str]) -> dict[str, list[CaseEventRow]]:
    """The history of these cases, read together: case id → its events in order."""
    out: dict[str, list[CaseEventRow]] = {i: [] for i in case_ids}
    for i in range(0, len(case_ids), 500):
        for case_id, *values in session.execute(core_select(
                col(CaseEvent.case_id), col(CaseEvent.event_date), col(CaseEvent.action), col(CaseEvent.from_status),
                col(CaseEvent.to_status), col(CaseEvent.note))
                .where(col(CaseEvent.case_id).in_(case_ids[i:i + 500]), col(CaseEvent.deleted_at).is_(None))
                .order_by(col(CaseEvent.event_date), col(CaseEvent.created_at))):
            out[case_id].append(CaseEventRow(*values))
    return out


def list_cases(session: Session, branch_id: str, *, today: date | None = None, person_id: str | None = None,
               person_name: str | None = None) -> list[CaseRow]:
    """The branch's cases, newest first; with ``person_id`` or ``person_name`` one person's history."""
    today = today or date.today()
    stmt = _cases_query(branch_id).where(col(CaseRecord.branch_id) == branch_id)
    if person_id:
        stmt = stmt.where(col(CaseRecord.person_id) == person_id)
    elif person_name:
        stmt = stmt.where(col(CaseRecord.person_name) == person_name, col(CaseRecord.person_id).is_(None))
    return [_row(values, today) for _branch, *values in read.rows(session, _newest_first(stmt))]


def cases_by_branch(session: Session, *, today: date) -> dict[str, list[CaseRow]]:
    """``list_cases`` of every branch, in one statement: branch id → its cases, newest first."""
    found: dict[str, list[CaseRow]] = {}
    for branch_id, *values in read.rows(session, _newest_first(_cases_query())):
        found.setdefault(branch_id, []).append(_row(values, today))
    return found


# the columns a CaseRow is made of (in its order, without the card count and the overdue days)
_ROW_COLUMNS = ("id", "person_id", "person_name", "person_unit", "person_post", "category", "noticed_via", "level",
                "responsible", "opened_on", "status", "next_follow_up", "closed_on")
_STATUS, _NEXT_FOLLOW_UP = _ROW_COLUMNS.index("status"), _ROW_COLUMNS.index("next_follow_up")


def _cases_query(branch_id: str | None = None) -> Any:
    """The live cases as (branch id, the CaseRow columns …, summary, card count): columns, not whole records;
    with ``branch_id`` the cards of that branch's cases are counted, not every branch's."""
    cards = core_select(col(CaseCard.case_id), func.count().label("n")).where(col(CaseCard.deleted_at).is_(None))
    if branch_id is not None:
        cards = cards.where(col(CaseCard.case_id).in_(
            core_select(col(CaseRecord.id)).where(col(CaseRecord.branch_id) == branch_id)))
    counts = cards.group_by(col(CaseCard.case_id)).subquery()
    return (core_select(col(CaseRecord.branch_id), *(col(getattr(CaseRecord, c)) for c in _ROW_COLUMNS),
                        col(CaseRecord.summary), counts.c.n)
            .outerjoin(counts, counts.c.case_id == col(CaseRecord.id)).where(col(CaseRecord.deleted_at).is_(None)))


def _newest_first(stmt: Any) -> Any:
    return stmt.order_by(col(CaseRecord.opened_on).desc(), col(CaseRecord.created_at).desc())


def _row(values: list[Any], today: date) -> CaseRow:
    *fields_, summary, cards = values
    overdue = rules.overdue_days(fields_[_STATUS], fields_[_NEXT_FOLLOW_UP], today)
    return CaseRow(*(*fields_, cards or 0, overdue, summary))


def overdue_count(rows: list[CaseRow]) -> int:
    return sum(1 for r in rows if r.overdue_days > 0)


def filter_rows(rows: list[CaseRow], *, status: str = "", category: str = "", responsible: str = "",
                overdue_only: bool = False, text: str = "") -> list[CaseRow]:
    """status '' = all, '未销号' = every open case, else one status."""
    def keep(r: CaseRow) -> bool:
        if status == "未销号" and not r.is_open:
            return False
        if status and status != "未销号" and r.status != status:
            return False
        if category and r.category != category:
            return False
        if responsible and r.responsible != responsible:
            return False
        if overdue_only and r.overdue_days <= 0:
            return False
        return not text or any(text in s for s in (r.person_name, r.person_unit, r.summary, r.category))
    return [r for r in rows if keep(r)]
