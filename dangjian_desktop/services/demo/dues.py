"""党费 history for the demo branch, written through the services.

Every paying member is assessed each year by occupation (村民/种植户 … → 农民 fixed amount; 村干部,
教师 → 在职 with a base of 2500–6500 元; 退休职工 → 离退休), with a small raise each year and one base
change during the current year. Dues are collected once a month, mostly on time. Exceptions, so that
the ledger has something to show: one member six months and more behind, one three months and more,
one a month behind; one who missed three months and paid them later in one 补交; a 困难党员 whose
dues are waived (免交) with a reason and an approval note; and a 流出 member whose dues a relative pays
(代缴). Deterministic for a given ``rng`` state and ``today``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import OrgTransfer, Person
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import suggest_category, uses_base
from dangjian_desktop.services import Changed, branches
from dangjian_desktop.services.demo.people import make_name
from dangjian_desktop.services.dues.payments import PaymentInput, collect_month, record_payment
from dangjian_desktop.services.dues.standards import AssessmentInput, Payer, payers, set_assessment


@dataclass
class _Member:
    person: Person
    category: str
    base_fen: int = 0
    waived: bool = False
    paid_by: str = ""  # a relative who pays (代缴)
    skip: frozenset[int] = frozenset()  # month indexes not paid on the collection day
    back_pay_on: int | None = None  # the month whose collection day pays the skipped months (补交)


def create_demo_dues(session: Session, branch_id: str, *, years: int = 1, today: date,
                     rng: random.Random) -> Changed:
    """Assessments and payments from January ``years`` years before ``today``'s year up to ``today``."""
    first_year = today.year - years
    roles = branches.committee(session, branch_id)
    receiver = roles.get("组织委员") or roles.get("书记") or ""
    members = _plan(session, branch_id, first_year, today, rng)
    payments: list[str] = []
    now = dm.month_of(today)
    for year in range(first_year, today.year + 1):
        who = payers(session, branch_id, year)
        _assess(session, year, who, members, today, rng)
        for month in range(1, 13):
            index = dm.month_index(year, month)
            paid_on = date(year, month, rng.randint(5, 20))
            if index > now or paid_on > today:
                break
            due_here = [p for p in who if p.window.outside(index) is None]
            regular = [p.person_id for p in due_here if _regular(members[p.person_id], index)]
            payments += collect_month(session, branch_id, year, month, regular, paid_on, receiver, today=today).ids
            for p in due_here:
                payments += _special_payment(session, members[p.person_id], index, paid_on, receiver, today)
    return Changed("dues_payment", tuple(payments))


def _plan(session: Session, branch_id: str, first_year: int, today: date, rng: random.Random) -> dict[str, _Member]:
    people = sorted(session.exec(select(Person).where(Person.branch_id == branch_id,
                                                      col(Person.deleted_at).is_(None))),
                    key=lambda p: p.id_number or p.name)
    moved = {t.person_id for t in session.exec(select(OrgTransfer).where(col(OrgTransfer.deleted_at).is_(None)))}
    members: dict[str, _Member] = {}
    for p in people:
        category = suggest_category(p.work_unit, is_retired=p.is_retired, is_hardship=p.is_hardship)
        base = rng.randrange(2500, 6501, 10) * 100 if category in ("在职", "离退休") else 0
        members[p.id] = _Member(p, category, base)
    hardship = [m for m in members.values() if m.person.is_hardship and m.person.category == "正式党员"]
    if hardship:
        hardship[0].waived = True
    for m in members.values():
        if m.person.status == "流出":
            m.paid_by = m.person.name[0] + make_name(rng, rng.random() < 0.5)[1:] + "（家属）"
    plain = [m for m in members.values() if m.person.category == "正式党员" and m.person.status == "正常"
             and not m.person.party_post and not m.person.is_hardship and m.person.id not in moved
             and m.person.join_date is not None and m.person.join_date.year < first_year]
    now = dm.month_of(today)
    runs = [range(now - 7, now + 1), range(now - 4, now + 1), range(now - 6, now - 3), range(now - 1, now + 1)]
    for m, months in zip(rng.sample(plain, min(len(plain), len(runs))), runs, strict=False):
        m.skip = frozenset(months)
        if months.start == now - 6:  # missed three months, paid them at the collection three months later
            m.back_pay_on = now - 3
    return members


def _assess(session: Session, year: int, who: list[Payer], members: dict[str, _Member], today: date,
            rng: random.Random) -> None:
    changed_base = False
    for p in who:
        m = members[p.person_id]
        share = max(40, 100 - 3 * (today.year - year))  # about 3% less for each year back
        base = m.base_fen * share // 100 // 1000 * 1000  # whole 10 元
        data = AssessmentInput(m.category, base_fen=base if uses_base(m.category) else 0)
        if m.waived:
            data = AssessmentInput("低保/困难", reduction="免交", reason="因病致困，家庭收入低于当地低保标准",
                                   approval_note=f"经{year}年1月支部委员会研究同意，报上级党委批准")
        set_assessment(session, p.person_id, year, data)
        if year == today.year and today.month >= 3 and not changed_base and uses_base(m.category) and not m.waived:
            month = rng.randint(2, today.month)
            set_assessment(session, p.person_id, year, AssessmentInput(m.category, base_fen=base + 50_000,
                                                                        from_month=month))
            changed_base = True


def _regular(m: _Member, index: int) -> bool:
    """Paid with everyone else on the collection day."""
    return not m.waived and not m.paid_by and index not in m.skip and index != m.back_pay_on


def _special_payment(session: Session, m: _Member, index: int, paid_on: date, receiver: str,
                     today: date) -> tuple[str, ...]:
    if m.paid_by and index not in m.skip:
        data = PaymentInput(paid_on, [dm.year_month(index)], receiver=receiver, paid_by=m.paid_by,
                            note="外出务工，由家属代缴")
        return record_payment(session, m.person.id, data, today=today).ids
    if m.back_pay_on == index:
        months = [dm.year_month(i) for i in sorted(m.skip)] + [dm.year_month(index)]
        data = PaymentInput(paid_on, months, receiver=receiver, note="补交前三个月党费")
        return record_payment(session, m.person.id, data, today=today).ids
    return ()
