"""党员责任区: the areas of a branch, the people in each (responsible members, people, 积极分子), and the
yearly record of the 四个明确 — with the area's 三卡一法 cases, 谈心谈话 and 帮扶 read from the cases
themselves, never entered twice."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, or_, select

from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.cases import CaseCard, CaseCardType, CaseRecord
from dangjian_desktop.db.models.duty import DutyArea, DutyAreaPerson, DutyAreaRecord
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.errors import NotFoundError, ValidationError
from dangjian_desktop.services import Changed, get_live, soft_delete
from dangjian_desktop.services.branches import require_writable
from dangjian_desktop.services.duty.common import get_person

_ROLE_ORDER = {r: n for n, r in enumerate(rules.AREA_ROLES)}


@dataclass(frozen=True)
class AreaPerson:
    id: str
    role: str
    person_id: str | None
    name: str
    unit: str
    contact_persons: str = ""  # for a 积极分子 on the roster: their 培养联系人

    @property
    def who(self) -> str:
        return f"{self.name}（{self.unit}）" if self.unit else self.name


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    kind: str
    note: str
    people: tuple[AreaPerson, ...]

    def with_role(self, role: str) -> list[AreaPerson]:
        return [p for p in self.people if p.role == role]

    @property
    def leaders(self) -> list[AreaPerson]:
        return self.with_role(rules.LEADER)

    @property
    def leader_names(self) -> str:
        return "、".join(p.name for p in self.leaders)


def _get(session: Session, area_id: str) -> DutyArea:
    return get_live(session, DutyArea, area_id, "找不到这个责任区（可能已被删除）")


@dataclass(frozen=True)
class AreaInput:
    """A 党员责任区 as the form gives it."""

    name: str
    kind: str  # rules.AREA_KINDS
    note: str = ""


def save_area(session: Session, branch_id: str, *, data: AreaInput, area_id: str | None = None) -> Changed:
    """Create or change an area (name, kind, note)."""
    require_writable(session, branch_id)
    name, kind, note = str(data.name or "").strip()[:100], data.kind, str(data.note or "")
    errors = rules.check_area({"name": name, "kind": kind})
    if errors:
        raise ValidationError(errors)
    if area_id is None:
        taken = session.exec(select(DutyArea).where(DutyArea.branch_id == branch_id, DutyArea.name == name,
                                                    col(DutyArea.deleted_at).is_(None))).first()
        if taken is not None:
            raise ValidationError({"name": "已有同名的责任区"})
        row = DutyArea(branch_id=branch_id, name=name)
    else:
        row = _get(session, area_id)
    row.name, row.kind, row.note = name, str(kind), note
    session.add(row)
    session.flush()
    return Changed("duty_area", (row.id,))


def delete_area(session: Session, area_id: str) -> Changed:
    return soft_delete(session, DutyArea, area_id, "找不到这个责任区（可能已被删除）")


def add_person(session: Session, area_id: str, role: str, *, person_id: str | None = None, name: str = "",
               unit: str = "") -> Changed:
    """Attach someone to an area: a 负责人 must be a member on the roster, a 积极分子 someone on the roster,
    the people in the area anyone (on the roster or not)."""
    area = _get(session, area_id)
    if role not in rules.AREA_ROLES:
        raise ValidationError({"role": "请选择身份"})
    if person_id:
        person = get_person(session, area.branch_id, person_id)
        name = person.name
        if role == rules.LEADER and person.category not in ("正式党员", "预备党员"):
            raise ValidationError({"person": "责任区负责人应为党员"})
        if role == rules.ACTIVIST and person.category not in ("入党积极分子", "发展对象"):
            raise ValidationError({"person": f"{person.name}不是入党积极分子或发展对象"})
    elif role != rules.MEMBER:
        raise ValidationError({"person": "请从花名册中选择"})
    name = name.strip()[:100]
    if not name:
        raise ValidationError({"name": "请填写姓名"})
    existing = session.exec(select(DutyAreaPerson).where(
        DutyAreaPerson.area_id == area_id, DutyAreaPerson.role == role, col(DutyAreaPerson.deleted_at).is_(None),
        (DutyAreaPerson.person_id == person_id) if person_id else (DutyAreaPerson.person_name == name))).first()
    if existing is not None:
        raise ValidationError({"person": f"{name}已在这个责任区中"})
    row = DutyAreaPerson(area_id=area_id, role=role, person_id=person_id or None, person_name=name,
                         person_unit=unit.strip()[:200])
    session.add(row)
    session.flush()
    return Changed("duty_area_person", (row.id,))


def remove_person(session: Session, area_person_id: str) -> Changed:
    return soft_delete(session, DutyAreaPerson, area_person_id, "找不到这个人（可能已移出）")


def list_areas(session: Session, branch_id: str) -> list[Area]:
    """The branch's areas in order of creation, each with its people (负责人, 成员, 积极分子)."""
    areas = list(session.exec(select(DutyArea).where(DutyArea.branch_id == branch_id,
                                                     col(DutyArea.deleted_at).is_(None))
                              .order_by(col(DutyArea.sort_order), col(DutyArea.created_at))))
    if not areas:
        return []
    rows = session.exec(select(DutyAreaPerson, Person).outerjoin(Person, col(Person.id) == col(DutyAreaPerson.person_id))
                        .where(col(DutyAreaPerson.area_id).in_([a.id for a in areas]),
                               col(DutyAreaPerson.deleted_at).is_(None))
                        .order_by(col(DutyAreaPerson.created_at)))
    people: dict[str, list[AreaPerson]] = {a.id: [] for a in areas}
    for ap, person in rows:
        gone = person is not None and person.deleted_at is not None
        if gone:
            continue
        people[ap.area_id].append(AreaPerson(
            ap.id, ap.role, ap.person_id, person.name if person else ap.person_name,
            ap.person_unit or (person.work_unit if person else ""),
            person.contact_persons if person is not None and ap.role == rules.ACTIVIST else ""))
    return [Area(a.id, a.name, a.kind, a.note,
                 tuple(sorted(people[a.id], key=lambda p: _ROLE_ORDER.get(p.role, 9)))) for a in areas]


def get_area(session: Session, area_id: str) -> Area:
    area = _get(session, area_id)
    return next(a for a in list_areas(session, area.branch_id) if a.id == area_id)


# --- the yearly record -----------------------------------------------------------------------------

@dataclass(frozen=True)
class RecordRow:
    """One line of an area's year: entered against a duty, or read from a 三卡一法 case or card."""

    id: str  # the DutyAreaRecord id; '' for lines read from 三卡一法
    duty: int
    content: str
    due_on: date | None
    result: str
    done_on: date | None
    source: str = ""  # '' entered here; '三卡一法' read from a case
    case_id: str = ""
    card_role: str = ""  # read from 三卡一法: opened / closed (the case), talk / help (a card)

    @property
    def when(self) -> date | None:
        return self.done_on or self.due_on


@dataclass(frozen=True)
class AreaRecordInput:
    """One 履责 entry of an area as the form gives it."""

    duty: int | None  # rules.DUTIES
    content: str
    due_on: date | None = None  # 完成时限
    result: str = ""
    done_on: date | None = None


def save_record(session: Session, area_id: str, year: int, *, data: AreaRecordInput,
                record_id: str | None = None) -> Changed:
    _get(session, area_id)
    clean: dict[str, Any] = {"duty": data.duty, "content": str(data.content or "").strip(),
                             "due_on": data.due_on, "result": str(data.result or "").strip(), "done_on": data.done_on}
    errors = rules.check_area_record(clean, year)
    if errors:
        raise ValidationError(errors)
    if record_id is None:
        row = DutyAreaRecord(area_id=area_id, year=year, duty=int(clean["duty"]))
    else:
        found = session.get(DutyAreaRecord, record_id)
        if found is None or found.deleted_at is not None:
            raise NotFoundError("找不到这条记录（可能已被删除）")
        row = found
    for key, value in clean.items():
        setattr(row, key, value)
    session.add(row)
    session.flush()
    return Changed("duty_area_record", (row.id,))


def delete_record(session: Session, record_id: str) -> Changed:
    return soft_delete(session, DutyAreaRecord, record_id, "找不到这条记录（可能已被删除）")


def _card_text(content: str) -> str:
    try:
        data = json.loads(content or "{}")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    values = [str(v).strip() for v in data.values() if str(v).strip()]
    # the first value of a dated card is its date; the rest say what happened
    text = "；".join(v for v in values if not (len(v) == 10 and v[4] == "-" and v[7] == "-"))
    return text[:120] + ("…" if len(text) > 120 else "")


def case_rows(session: Session, area: Area, year: int) -> list[RecordRow]:
    """The year's 三卡一法 cases and their 谈心谈话 and 帮扶 cards for the people of ``area``:
    思想政治工作 (duty 3) for the area's people, 培养积极分子 (duty 4) for its 积极分子."""
    ids = {p.person_id: p.role for p in area.people if p.person_id}
    names = {p.name: p.role for p in area.people if not p.person_id}
    if not ids and not names:
        return []
    base = _get(session, area.id)
    start, end = date(year, 1, 1), date(year, 12, 31)
    who = or_(col(CaseRecord.person_id).in_(list(ids)),
              (col(CaseRecord.person_id).is_(None)) & col(CaseRecord.person_name).in_(list(names)))
    cases = list(session.exec(select(CaseRecord).where(
        CaseRecord.branch_id == base.branch_id, col(CaseRecord.deleted_at).is_(None), who,
        col(CaseRecord.opened_on) <= end, or_(col(CaseRecord.closed_on).is_(None), col(CaseRecord.closed_on) >= start))))
    out: list[RecordRow] = []
    if not cases:
        return out
    by_id = {c.id: c for c in cases}

    def duty_of(c: CaseRecord) -> int:
        role = ids.get(c.person_id) if c.person_id else names.get(c.person_name)
        return 4 if role == rules.ACTIVIST else 3

    for c in cases:
        if start <= c.opened_on <= end:
            what = c.summary[:60] if c.summary.startswith(c.category) else f"（{c.category}）{c.summary[:60]}"
            out.append(RecordRow("", duty_of(c), f"一人一事立案：{c.person_name}{what}", None, c.status, c.opened_on,
                                 "三卡一法", c.id, "opened"))
        if c.closed_on is not None and start <= c.closed_on <= end:
            out.append(RecordRow("", duty_of(c), f"一人一事销号：{c.person_name}", None, c.result[:80], c.closed_on,
                                 "三卡一法", c.id, "closed"))
    cards = session.exec(select(CaseCard, CaseCardType).join(CaseCardType, col(CaseCardType.id) == col(CaseCard.card_type_id))
                         .where(col(CaseCard.case_id).in_(list(by_id)), col(CaseCard.deleted_at).is_(None),
                                col(CaseCardType.role).in_(("talk", "help")),
                                col(CaseCard.card_date).between(start, end)))
    for card, ctype in cards:
        c = by_id[card.case_id]
        out.append(RecordRow("", duty_of(c), f"{ctype.name}：{c.person_name}　{_card_text(card.content)}", None, "",
                             card.card_date, "三卡一法", c.id, ctype.role))
    return out


def public_rows(rows: list[RecordRow]) -> list[RecordRow]:
    """The record for a notice board or the archive's area item: what was entered as it is, and the lines
    read from 三卡一法 (private matters of named people) only as counts per duty."""
    out = [r for r in rows if not r.source]
    for duty in sorted({r.duty for r in rows if r.source}):
        mine = [r for r in rows if r.source and r.duty == duty]
        opened = sum(1 for r in mine if r.card_role == "opened")
        talks = sum(1 for r in mine if r.card_role == "talk")
        helps = sum(1 for r in mine if r.card_role == "help")
        parts = [f"{what} {n} {unit}" for what, n, unit in (("一人一事立案", opened, "件"), ("谈心谈话", talks, "次"),
                                                          ("帮扶", helps, "次")) if n]
        if parts:
            last = max(r.when for r in mine if r.when is not None)
            out.append(RecordRow("", duty, "三卡一法：" + "，".join(parts) + "（详见一人一事记录）", None, "", last,
                                 "三卡一法"))
    return sorted(out, key=lambda r: (r.duty, r.when or date.max))


def year_record(session: Session, area_id: str, year: int) -> list[RecordRow]:
    """The area's year: what was entered here and what 三卡一法 holds, by duty then date."""
    area = get_area(session, area_id)
    rows = [RecordRow(r.id, r.duty, r.content, r.due_on, r.result, r.done_on)
            for r in session.exec(select(DutyAreaRecord).where(DutyAreaRecord.area_id == area_id,
                                                                DutyAreaRecord.year == year,
                                                                col(DutyAreaRecord.deleted_at).is_(None)))]
    rows += case_rows(session, area, year)
    return sorted(rows, key=lambda r: (r.duty, r.when or date(year, 12, 31), r.source, r.content))
