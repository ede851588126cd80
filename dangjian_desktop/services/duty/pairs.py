"""一帮一结对: a member paired with a person in difficulty or with a 积极分子.

The pair's partner, its visits and its help are an ordinary 三卡一法 case (category 一帮一结对, the member
as 责任人): visits are 谈心谈话卡 and help 帮扶解难卡 added with the case machinery, so they show in the
三卡一法 tab, in the 谈心谈话 coverage and in the 责任区 record without a second copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select

from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.cases import CaseCard, CaseRecord
from dangjian_desktop.db.models.duty import DutyPair
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.errors import NotFoundError, UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.duty.common import get_person, members, roster

CASE_CATEGORY = "一帮一结对"


@dataclass(frozen=True)
class PairRow:
    id: str
    member_id: str
    member_name: str
    kind: str
    partner_id: str | None
    partner_name: str
    partner_unit: str
    case_id: str
    case_status: str
    started_on: date
    ended_on: date | None
    visits: int  # cards on the pair's case
    last_visit: date | None
    note: str

    @property
    def active(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class PairInput:
    """A 一帮一结对 as the form gives it: the partner on the roster (``partner_id``) or named."""

    member_id: str | None
    kind: str | None  # rules.PAIR_KINDS
    started_on: date | None
    partner_id: str | None = None
    partner_name: str = ""
    partner_unit: str = ""  # 单位或住址
    note: str = ""


def create_pair(session: Session, branch_id: str, *, data: PairInput, today: date | None = None) -> Changed:
    """Pair a member with a partner (on the roster by ``partner_id``, or by name and unit); opens the case
    that will hold the visits and help."""
    today = today or date.today()
    values: dict[str, Any] = dict(data.__dict__)
    errors: dict[str, str] = {}
    kind = values.get("kind")
    if kind not in rules.PAIR_KINDS:
        errors["kind"] = "请选择结对类型"
    started = values.get("started_on")
    if not isinstance(started, date):
        errors["started_on"] = "请填写结对日期"
    elif started > today:
        errors["started_on"] = "结对日期不能晚于今天"
    member_id = str(values.get("member_id") or "")
    if not member_id:
        errors["member_id"] = "请选择结对党员"
    partner_id = str(values.get("partner_id") or "") or None
    partner_name = str(values.get("partner_name") or "").strip()
    if not partner_id and not partner_name:
        errors["partner_name"] = "请选择或填写结对对象"
    if errors:
        raise ValidationError(errors)
    assert isinstance(started, date)
    member = get_person(session, branch_id, member_id)
    if member.category not in ("正式党员", "预备党员"):
        raise ValidationError({"member_id": f"{member.name}不是党员，不能作为结对党员"})
    unit = str(values.get("partner_unit") or "").strip()
    if partner_id:
        partner = get_person(session, branch_id, partner_id)
        if partner.id == member.id:
            raise ValidationError({"partner_name": "结对双方不能是同一人"})
        if kind == "培养积极分子" and partner.category not in ("入党积极分子", "发展对象"):
            raise ValidationError({"partner_name": f"{partner.name}不是入党积极分子或发展对象"})
        partner_name, unit = partner.name, unit or partner.work_unit
    elif kind == "培养积极分子":
        raise ValidationError({"partner_name": "培养的积极分子请从花名册中选择"})
    note = str(values.get("note") or "").strip()
    changed = cases.save_case(session, branch_id, data=cases.CaseInput(
        person_id=partner_id, person_name=partner_name, person_unit=unit,
        category=CASE_CATEGORY, noticed_via="走访", level="一般", responsible=member.name,
        opened_on=started, status="摸排", next_follow_up=started + timedelta(days=30),
        summary=f"一帮一结对（{kind}）：{member.name}与{partner_name}结对" + (f"。{note}" if note else ""),
    ), today=today)
    row = DutyPair(branch_id=branch_id, member_id=member.id, kind=str(kind), case_id=changed.id, started_on=started,
                   note=note)
    session.add(row)
    session.flush()
    return Changed("duty_pair", (row.id,))


def end_pair(session: Session, pair_id: str, ended_on: date | None, *, today: date | None = None) -> Changed:
    today = today or date.today()
    row = session.get(DutyPair, pair_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("找不到这个结对（可能已被删除）")
    if row.ended_on is not None:
        raise UserError("这个结对已经结束")
    if ended_on is None or ended_on > today or ended_on < row.started_on:
        raise ValidationError({"ended_on": "结束日期应在结对日期和今天之间"})
    row.ended_on = ended_on
    session.add(row)
    return Changed("duty_pair", (pair_id,))


def delete_pair(session: Session, pair_id: str) -> Changed:
    """Remove a pair and move its case (with the visits) to the 回收站."""
    row = session.get(DutyPair, pair_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("找不到这个结对（可能已被删除）")
    from dangjian_desktop.db.base import utcnow

    row.deleted_at = utcnow()
    session.add(row)
    case = session.get(CaseRecord, row.case_id)
    if case is not None and case.deleted_at is None:
        cases.delete_case(session, case.id)
    return Changed("duty_pair", (pair_id,))


def list_pairs(session: Session, branch_id: str, *, year: int | None = None) -> list[PairRow]:
    """The branch's pairs (those running at some time in ``year`` when given), by member in 姓氏笔画 order."""
    paired = select(DutyPair.case_id).where(col(DutyPair.branch_id) == branch_id)  # the branch's cards only
    counts = (select(CaseCard.case_id, func.count().label("n"), func.max(CaseCard.card_date).label("last"))
              .where(col(CaseCard.deleted_at).is_(None), col(CaseCard.case_id).in_(paired))
              .group_by(col(CaseCard.case_id)).subquery())
    stmt = (core_select(DutyPair, Person, CaseRecord, counts.c.n, counts.c.last)
            .join(Person, col(Person.id) == col(DutyPair.member_id))
            .join(CaseRecord, col(CaseRecord.id) == col(DutyPair.case_id))
            .outerjoin(counts, counts.c.case_id == DutyPair.case_id)
            .where(col(DutyPair.branch_id) == branch_id, col(DutyPair.deleted_at).is_(None),
                   col(CaseRecord.deleted_at).is_(None)))
    out = []
    for pair, member, case, n, last in session.execute(stmt):
        if year is not None and (pair.started_on.year > year or (pair.ended_on and pair.ended_on.year < year)):
            continue
        last_day = date.fromisoformat(last) if isinstance(last, str) else last
        out.append(PairRow(pair.id, member.id, member.name, pair.kind, case.person_id, case.person_name,
                           case.person_unit, case.id, case.status, pair.started_on, pair.ended_on, int(n or 0),
                           last_day, pair.note))
    return sorted(out, key=lambda r: (stroke_key(r.member_name), r.started_on))


@dataclass(frozen=True)
class PairCoverage:
    members_without: list[str]  # members with no running pair
    activists_without: list[str]  # 积极分子 and 发展对象 nobody is paired with
    hardship_without: list[str]  # 困难党员 nobody is paired with
    members: int
    paired_members: int

    @property
    def text(self) -> str:
        return f"已结对党员 {self.paired_members} / {self.members} 人"


def coverage(session: Session, branch_id: str, *, today: date | None = None) -> PairCoverage:
    """Who has no running pair: members, and the 积极分子 and 困难党员 nobody is paired with."""
    running = [p for p in list_pairs(session, branch_id) if p.active]
    paired = {p.member_id for p in running}
    partners = {p.partner_id for p in running if p.partner_id}
    everyone = members(session, branch_id)
    activists = roster(session, branch_id, ("入党积极分子", "发展对象"))
    return PairCoverage(
        [m.name for m in everyone if m.id not in paired],
        [a.name for a in activists if a.id not in partners],
        [m.name for m in everyone if m.is_hardship and m.id not in partners],
        len(everyone), sum(1 for m in everyone if m.id in paired))
