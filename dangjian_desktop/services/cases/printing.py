"""A 三卡一法 case gathered for printing (export/case_pdf.py), with the person's ID number and phone
masked unless asked otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.cases import CaseRecord
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.domain.dates import fmt, local_time
from dangjian_desktop.errors import NotFoundError
from dangjian_desktop.export.case_pdf import CasePrint, PrintedCard, write_case_pdf
from dangjian_desktop.services import branches
from dangjian_desktop.services.cases.cards import CardView, cards_of
from dangjian_desktop.services.cases.records import CaseEventRow, events_of, get_case

TITLE = "一人一事思想政治工作记录（三卡一法）"


def case_print(session: Session, case_id: str, *, mask: bool = True, today: date | None = None) -> CasePrint:
    return case_prints(session, [case_id], mask=mask, today=today)[0]


def case_prints(session: Session, case_ids: Sequence[str], *, mask: bool = True,
                today: date | None = None) -> list[CasePrint]:
    """The printouts of these cases, in this order; the cases, their people, cards and history are each read
    once for all of them (the year archive prints a year of cases)."""
    ids = list(dict.fromkeys(case_ids))
    found: dict[str, CaseRecord] = {}
    for i in range(0, len(ids), 500):
        found.update((c.id, c) for c in session.exec(select(CaseRecord).where(
            col(CaseRecord.id).in_(ids[i:i + 500]), col(CaseRecord.deleted_at).is_(None))))
    for case_id in ids:
        if case_id not in found:
            raise NotFoundError("找不到这个事项（可能已被删除）")
    cases = [found[i] for i in ids]
    person_ids = sorted({c.person_id for c in cases if c.person_id})
    people: dict[str, tuple[str | None, str]] = {}
    for i in range(0, len(person_ids), 500):
        people.update((pid, (id_number, phone)) for pid, id_number, phone in session.execute(
            core_select(col(Person.id), col(Person.id_number), col(Person.phone))
            .where(col(Person.id).in_(person_ids[i:i + 500]))))
    cards = cards_of(session, cases)
    events = events_of(session, ids)
    names = {b: branches.get_branch(session, b).name for b in sorted({c.branch_id for c in cases})}
    printed = {c.id: _print(c, people.get(c.person_id) if c.person_id else None, cards[c.id], events[c.id],
                            names[c.branch_id], mask, today) for c in cases}
    return [printed[i] for i in case_ids]


def _print(case: CaseRecord, person: tuple[str | None, str] | None, cards: list[CardView],
           events: list[CaseEventRow], branch: str, mask: bool, today: date | None) -> CasePrint:
    """``person``: the ID number and phone of the person on the roster the case is about (None: not on it)."""
    id_number = person[0] or "" if person else ""
    phone = case.person_phone or (person[1] if person else "")

    def shown(value: str) -> str:
        return rules.mask_text(value) if mask else value

    if mask:
        id_number, phone = rules.mask_id_number(id_number), rules.mask_phone(phone)
    who = case.person_name + ("（本支部党员）" if person else "")
    head = [("姓名", who), ("单位", case.person_unit), ("岗位", case.person_post)]
    if id_number:
        head.append(("公民身份号码", id_number))
    if phone:
        head.append(("联系电话", phone))
    head += [("类别", case.category), ("发现方式", case.noticed_via), ("关注等级", case.level),
             ("责任人", case.responsible), ("立案日期", fmt(case.opened_on)), ("事由", shown(case.summary)),
             ("目前进展", case.status)]
    if case.status != rules.CLOSED:
        head.append(("下次回访", fmt(case.next_follow_up)))
    head += [("录入时间", local_time(case.created_at)), ("最后修改", local_time(case.updated_at))]
    head = [(k, v) for k, v in head if v]
    printed_cards = [PrintedCard(c.type_name, fmt(c.card_date),
                                 [*((v.label, shown(v.text)) for v in c.shown), ("录入时间", local_time(c.created_at))])
                     for c in cards]
    closing = []
    if case.status == rules.CLOSED:
        closing = [("办理结果", shown(case.result)), ("本人确认", shown(case.confirmation) or "已确认"),
                   ("销号日期", fmt(case.closed_on))]
    history = [shown(e.text) for e in events]
    return CasePrint(TITLE, branch, head, printed_cards, history, closing, fmt(today or date.today()))


def export_case_pdf(session: Session, case_id: str, path: Path, *, mask: bool = True,
                    today: date | None = None) -> Path:
    return write_case_pdf(case_print(session, case_id, mask=mask, today=today), path)


def suggested_name(session: Session, case_id: str) -> str:
    case = get_case(session, case_id)
    return f"三卡一法_{case.person_name}_{case.opened_on:%Y%m%d}.pdf"
