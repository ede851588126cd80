"""A 三卡一法 case gathered for printing (export/case_pdf.py), with the person's ID number and phone
masked unless asked otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.db.models import Person
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.domain.dates import fmt, local_time
from dangjian_desktop.export.case_pdf import CasePrint, PrintedCard, write_case_pdf
from dangjian_desktop.services import branches
from dangjian_desktop.services.cases.cards import list_cards
from dangjian_desktop.services.cases.records import case_events, get_case

TITLE = "一人一事思想政治工作记录（三卡一法）"


def case_print(session: Session, case_id: str, *, mask: bool = True, today: date | None = None) -> CasePrint:
    case = get_case(session, case_id)
    person = session.get(Person, case.person_id) if case.person_id else None
    id_number = person.id_number or "" if person else ""
    phone = case.person_phone or (person.phone if person else "")

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
    cards = [PrintedCard(c.type_name, fmt(c.card_date),
                         [*((v.label, shown(v.text)) for v in c.shown), ("录入时间", local_time(c.created_at))])
             for c in list_cards(session, case_id)]
    closing = []
    if case.status == rules.CLOSED:
        closing = [("办理结果", shown(case.result)), ("本人确认", shown(case.confirmation) or "已确认"),
                   ("销号日期", fmt(case.closed_on))]
    history = [shown(e.text) for e in case_events(session, case_id)]
    branch = branches.get_branch(session, case.branch_id).name
    return CasePrint(TITLE, branch, head, cards, history, closing, fmt(today or date.today()))


def export_case_pdf(session: Session, case_id: str, path: Path, *, mask: bool = True,
                    today: date | None = None) -> Path:
    return write_case_pdf(case_print(session, case_id, mask=mask, today=today), path)


def suggested_name(session: Session, case_id: str) -> str:
    case = get_case(session, case_id)
    return f"三卡一法_{case.person_name}_{case.opened_on:%Y%m%d}.pdf"
