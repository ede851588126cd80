"""回收站: records of every kind moved there by 删除, listed newest first, and restored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from dangjian_desktop.db.base import RecordBase
from dangjian_desktop.db.models import Discipline, Person
from dangjian_desktop.db.models.cases import CaseRecord
from dangjian_desktop.db.models.dues import DuesPayment
from dangjian_desktop.db.models.duty import DutyArea, DutyNotice, DutyPair, DutyPledge
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.db.models.study import StudyNote, StudySession
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.errors import NotFoundError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.dues import payments as dues_payments
from dangjian_desktop.services.people import records as people


@dataclass(frozen=True)
class DeletedRow:
    kind: str  # 人员 / 会议记录 / …
    table: str
    id: str
    title: str
    deleted_at: datetime


@dataclass(frozen=True)
class _Kind:
    label: str
    model: type[RecordBase]
    describe: Callable[[Any], str]


KINDS = (
    _Kind("人员", Person, lambda r: f"{r.name}（{r.category}）"),
    _Kind("会议记录", Meeting, lambda r: f"{r.held_on:%Y-%m-%d} {r.title}"),
    _Kind("一人一事", CaseRecord, lambda r: f"{r.person_name}：{r.category}（{r.opened_on:%Y-%m-%d}）"),
    _Kind("学习活动", StudySession, lambda r: f"{r.held_on:%Y-%m-%d} {r.topic}"),
    _Kind("学习笔记", StudyNote, lambda r: f"{r.note_date:%Y-%m-%d} {r.title}"),
    _Kind("党员责任区", DutyArea, lambda r: f"{r.name}（{r.kind}）"),
    _Kind("党员承诺", DutyPledge, lambda r: f"{r.year}年度：{r.content[:40]}"),
    _Kind("一帮一结对", DutyPair, lambda r: f"{r.kind}（{r.started_on:%Y-%m-%d}结对）"),
    _Kind("发展党员公示", DutyNotice, lambda r: f"{r.kind}公示 {r.start_on:%Y-%m-%d}至{r.end_on:%Y-%m-%d}"),
)


def list_deleted(session: Session, branch_id: str) -> list[DeletedRow]:
    rows: list[DeletedRow] = []
    for kind in KINDS:
        model: Any = kind.model
        stmt = select(model).where(model.branch_id == branch_id, col(model.deleted_at).is_not(None))
        rows += [DeletedRow(kind.label, model.__tablename__, r.id, kind.describe(r), r.deleted_at)
                 for r in session.exec(stmt)]
    stmt2 = (select(DuesPayment, Person.name).join(Person, col(Person.id) == col(DuesPayment.person_id))
             .where(Person.branch_id == branch_id, col(DuesPayment.deleted_at).is_not(None)))
    for payment, name in session.exec(stmt2):
        assert payment.deleted_at is not None
        rows.append(DeletedRow("党费缴纳", "dues_payment", payment.id,
                               f"{name} {payment.paid_on:%Y-%m-%d} {format_fen(payment.amount_fen)}元", payment.deleted_at))
    stmt3 = (select(Discipline, Person.name).join(Person, col(Person.id) == col(Discipline.person_id))
             .where(Person.branch_id == branch_id, col(Discipline.deleted_at).is_not(None)))
    for record, name in session.exec(stmt3):
        assert record.deleted_at is not None
        rows.append(DeletedRow("党纪处分", "discipline", record.id,
                               f"{name} {record.decided_on:%Y-%m-%d} {record.kind}", record.deleted_at))
    return sorted(rows, key=lambda r: r.deleted_at, reverse=True)


def restore(session: Session, table: str, row_id: str) -> Changed:
    """Put one record back; a person whose ID number is now held by someone else is refused."""
    if table == "person":
        return people.restore_person(session, row_id)
    if table == "dues_payment":
        return dues_payments.restore_payment(session, row_id)
    model: type[RecordBase] | None = Discipline if table == "discipline" else next(
        (k.model for k in KINDS if k.model.__tablename__ == table), None)
    row = session.get(model, row_id) if model is not None else None
    if row is None:
        raise NotFoundError("找不到这条记录")
    row.deleted_at = None
    session.add(row)
    return Changed(table, (row_id,))
