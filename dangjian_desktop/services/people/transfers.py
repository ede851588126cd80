"""组织关系转接: transfers in and out, recorded per person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import OrgTransfer
from dangjian_desktop.domain.people import TRANSFER_DIRECTIONS
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.branches import require_writable_person
from dangjian_desktop.services.people.records import check_id_number, get_person

_YEAR_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass
class TransferInput:
    direction: str
    transfer_date: date | None
    other_unit: str = ""
    letter_no: str = ""
    dues_paid_until: str = ""  # YYYY-MM
    note: str = ""
    update_status: bool = True  # 转出 → status 转出; 转入 → 正常


def _check(data: TransferInput, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.direction not in TRANSFER_DIRECTIONS:
        errors["direction"] = "请选择转入或转出"
    if data.transfer_date is None:
        errors["transfer_date"] = "请填写转接日期"
    elif data.transfer_date > today:
        errors["transfer_date"] = "转接日期在今天之后"
    if not data.other_unit.strip():
        errors["other_unit"] = "请填写对方党组织名称"
    paid = data.dues_paid_until.strip()
    if paid and not _YEAR_MONTH.match(paid):
        errors["dues_paid_until"] = "党费交至请写成“年-月”，如 2026-10"
    return errors


def add_transfer(session: Session, person_id: str, data: TransferInput, today: date | None = None) -> Changed:
    require_writable_person(session, person_id)
    errors = _check(data, today or date.today())
    if errors:
        raise ValidationError(errors)
    person = get_person(session, person_id)
    assert data.transfer_date is not None
    if data.update_status and data.direction == "转入" and person.id_number:  # back on this branch's roll
        clash = check_id_number(session, person.branch_id, person.id_number, "正常", exclude_id=person.id)
        if clash:
            raise UserError(clash)
    row = OrgTransfer(person_id=person_id, direction=data.direction, transfer_date=data.transfer_date,
                      other_unit=data.other_unit.strip(), letter_no=data.letter_no.strip(),
                      dues_paid_until=data.dues_paid_until.strip(), note=data.note)
    session.add(row)
    if data.update_status:
        person.status = "转出" if data.direction == "转出" else "正常"
        person.status_date = data.transfer_date
        session.add(person)
    session.flush()
    return Changed("org_transfer", (row.id,))


def list_transfers(session: Session, person_id: str) -> list[OrgTransfer]:
    stmt = select(OrgTransfer).where(OrgTransfer.person_id == person_id, col(OrgTransfer.deleted_at).is_(None))
    return list(session.exec(stmt.order_by(col(OrgTransfer.transfer_date))))
