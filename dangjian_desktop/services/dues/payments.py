"""党费 payments: one payment for one or more months, quick collection on a collection day, deletion.

A payment's amount is split over its months exactly in fen (DuesPaymentMonth rows). A payment may
cover months back to the sixth month before the month it is made in (补交) and forward to December
(预交) — see domain.dues_months. A month already paid in full is paid again only with
``repeat_ok`` (the window asks first; AlreadyPaidError says which months).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models import DuesPayment, DuesPaymentMonth
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import MAX_FEN, DuesRuleError, format_fen
from dangjian_desktop.errors import NotFoundError, UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.branches import require_writable_person
from dangjian_desktop.services.dues.ledger import MonthCell, ledger, person_year
from dangjian_desktop.services.dues.standards import payer

_OUTSIDE = (dm.NOT_MEMBER_YET, dm.NOT_ARRIVED, dm.TRANSFERRED, dm.LEFT)


@dataclass
class PaymentInput:
    paid_on: date | None
    months: Sequence[tuple[int, int]]  # (year, month)
    amount_fen: int | None = None  # None: what the months still owe
    receiver: str = ""  # 收款人
    paid_by: str = ""  # 代缴人; '' = the member in person
    note: str = ""
    split: Mapping[tuple[int, int], int] | None = None  # an explicit amount per month
    repeat_ok: bool = False  # also pay months already paid in full (or 免交)


class AlreadyPaidError(UserError):
    """Some chosen months are already paid in full; ``months`` lists them as (year, month)."""

    def __init__(self, message: str, months: tuple[tuple[int, int], ...]) -> None:
        super().__init__(message)
        self.months = months


@dataclass(frozen=True)
class PaymentRow:
    id: str
    person_id: str
    paid_on: date
    amount_fen: int
    months: tuple[tuple[int, int, int], ...]  # (year, month, amount_fen)
    receiver: str
    paid_by: str
    note: str

    @property
    def months_text(self) -> str:
        return dm.months_label([dm.month_index(y, m) for y, m, _ in self.months])

    @property
    def kind(self) -> str:
        """补交 / 当月 / 预交, joined when a payment is several ('补交、当月')."""
        kinds = {dm.payment_kind(self.paid_on, dm.month_index(y, m)) for y, m, _ in self.months}
        return "、".join(k for k in (dm.BACK_PAY, dm.CURRENT, dm.PREPAY) if k in kinds)


def _check_fields(data: PaymentInput, today: date) -> tuple[list[int], dict[str, str]]:
    errors: dict[str, str] = {}
    if data.paid_on is None:
        errors["paid_on"] = "请填写缴费日期"
    elif data.paid_on > today:
        errors["paid_on"] = f"缴费日期{dm.day_label(data.paid_on)}在今天之后"
    try:
        months = sorted({dm.month_index(y, m) for y, m in data.months})
    except ValueError:
        months = []
        errors["months"] = "月份不正确"
    if not months and "months" not in errors:
        errors["months"] = "请选择这笔党费所交的月份"
    if data.amount_fen is not None and not 0 < data.amount_fen <= MAX_FEN:
        errors["amount_fen"] = "金额应大于0" if data.amount_fen <= 0 else "金额过大"
    for field, label in (("receiver", "收款人"), ("paid_by", "代缴人")):
        if len(getattr(data, field).strip()) > 50:
            errors[field] = f"{label}过长"
    return months, errors


def _cells(session: Session, person_id: str, months: list[int], as_of: date) -> dict[int, MonthCell]:
    cells: dict[int, MonthCell] = {}
    for year in sorted({dm.year_month(i)[0] for i in months}):
        row = person_year(session, person_id, year, as_of=as_of)
        cells.update({dm.month_index(year, c.month): c for c in row.months})
    return {i: cells[i] for i in months}


def _split(data: PaymentInput, cells: dict[int, MonthCell]) -> list[int]:
    months = list(cells)
    if data.split is not None:
        given = {dm.month_index(y, m): v for (y, m), v in data.split.items()}
        if set(given) != set(months) or any(v <= 0 for v in given.values()):
            raise ValidationError({"amount_fen": "请为所选的每个月填写大于0的金额"})
        if data.amount_fen is not None and sum(given.values()) != data.amount_fen:
            raise ValidationError({"amount_fen": f"各月金额之和{format_fen(sum(given.values()))}元与缴费金额不一致"})
        return [given[i] for i in months]
    outstanding = [max(c.due_fen - c.paid_fen, 0) for c in cells.values()]
    amount = data.amount_fen if data.amount_fen is not None else sum(outstanding)
    if amount <= 0:
        raise ValidationError({"amount_fen": "所选月份没有欠缴金额，请填写缴费金额"})
    try:
        return dm.split_amount(amount, outstanding)
    except DuesRuleError as exc:
        raise ValidationError({"amount_fen": exc.message}) from exc


def record_payment(session: Session, person_id: str, data: PaymentInput, *, today: date | None = None) -> Changed:
    """Record one payment by ``person_id``; nothing is written if any month or amount is refused."""
    require_writable_person(session, person_id)
    who = payer(session, person_id)
    months, errors = _check_fields(data, today or date.today())
    if errors:
        raise ValidationError(errors)
    assert data.paid_on is not None
    problems = [e for e in (dm.payment_month_error(data.paid_on, i) for i in months) if e]
    problems += [f"{dm.month_label(i)}{dm.STATE_LABELS[s]}，不在本支部交纳党费" for i in months
                 if (s := who.window.outside(i)) is not None]
    if problems:
        raise ValidationError({"months": "；".join(problems)})
    cells = _cells(session, person_id, months, data.paid_on)
    done = [i for i, c in cells.items() if c.state in (dm.PAID, dm.WAIVED) and c.paid_fen >= c.due_fen]
    if done and not data.repeat_ok:
        raise AlreadyPaidError(f"{who.name}{dm.months_label(done)}的党费已交清（或已批准免交），"
                               "如确需再次登记请确认", tuple(dm.year_month(i) for i in done))
    parts = _split(data, cells)
    return Changed("dues_payment", (_write(session, person_id, data, months, parts),))


def _write(session: Session, person_id: str, data: PaymentInput, months: list[int], parts: list[int]) -> str:
    assert data.paid_on is not None
    payment = DuesPayment(person_id=person_id, paid_on=data.paid_on, amount_fen=sum(parts),
                          receiver=data.receiver.strip(), paid_by=data.paid_by.strip(), note=data.note.strip())
    session.add(payment)
    for index, amount in zip(months, parts, strict=True):
        year, month = dm.year_month(index)
        session.add(DuesPaymentMonth(payment_id=payment.id, person_id=person_id, year=year, month=month,
                                     amount_fen=amount))
    return payment.id


def collect_month(session: Session, branch_id: str, year: int, month: int, person_ids: Iterable[str],
                  paid_on: date, receiver: str, *, today: date | None = None) -> Changed:
    """A collection day: each ticked member pays what ``month`` still owes, in one transaction.

    Members whose month is already paid or 免交 are skipped; anyone who cannot pay for the month
    (not yet a member, transferred, not assessed) stops the whole collection with a message.
    """
    if paid_on > (today or date.today()):
        raise UserError(f"缴费日期{dm.day_label(paid_on)}在今天之后")
    index = dm.month_index(year, month)
    message = dm.payment_month_error(paid_on, index)
    if message:
        raise UserError(message)
    rows = {r.person_id: r for r in ledger(session, branch_id, year, as_of=paid_on).rows}
    plan: list[tuple[str, int]] = []
    problems: list[str] = []
    for pid in dict.fromkeys(person_ids):
        row = rows.get(pid)
        if row is None:
            problems.append(f"{payer(session, pid).name}不在本支部{year}年的党费名单中")
            continue
        cell = row.months[month - 1]
        if cell.state in _OUTSIDE:
            problems.append(f"{row.name}{dm.month_label(index)}{cell.state_label}，不在本支部交纳党费")
        elif not row.has_standard and cell.paid_fen == 0:  # no standard this year nor carried from an earlier one
            problems.append(f"{row.name}{year}年的党费尚未核定")
        elif cell.due_fen > cell.paid_fen:
            plan.append((pid, cell.due_fen - cell.paid_fen))
    if problems:
        raise UserError("无法登记：" + "；".join(problems))
    data = PaymentInput(paid_on=paid_on, months=[(year, month)], receiver=receiver)
    ids = tuple(_write(session, pid, data, [index], [amount]) for pid, amount in plan)
    session.flush()
    return Changed("dues_payment", ids)


def get_payment(session: Session, payment_id: str, *, include_deleted: bool = False) -> DuesPayment:
    row = session.get(DuesPayment, payment_id)
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError("找不到这笔党费记录（可能已被删除）")
    return row


def _month_rows(session: Session, payment_id: str) -> list[DuesPaymentMonth]:
    stmt = select(DuesPaymentMonth).where(DuesPaymentMonth.payment_id == payment_id)
    return list(session.exec(stmt.order_by(col(DuesPaymentMonth.year), col(DuesPaymentMonth.month))))


def delete_payment(session: Session, payment_id: str) -> Changed:
    """Move a payment and its months to the 回收站."""
    payment = get_payment(session, payment_id)
    now = utcnow()
    payment.deleted_at = now
    session.add(payment)
    for part in _month_rows(session, payment_id):
        if part.deleted_at is None:
            part.deleted_at = now
            session.add(part)
    return Changed("dues_payment", (payment_id,))


def restore_payment(session: Session, payment_id: str) -> Changed:
    payment = get_payment(session, payment_id, include_deleted=True)
    if payment.deleted_at is not None:
        for part in _month_rows(session, payment_id):
            if part.deleted_at == payment.deleted_at:
                part.deleted_at = None
                session.add(part)
        payment.deleted_at = None
        session.add(payment)
    return Changed("dues_payment", (payment_id,))


def list_payments(session: Session, person_id: str, year: int | None = None) -> list[PaymentRow]:
    """A member's live payments, newest first; with ``year``, those covering a month of that year."""
    stmt = select(DuesPayment).where(DuesPayment.person_id == person_id, col(DuesPayment.deleted_at).is_(None))
    found = []
    for p in session.exec(stmt.order_by(col(DuesPayment.paid_on).desc(), col(DuesPayment.created_at).desc())):
        months = tuple((m.year, m.month, m.amount_fen) for m in _month_rows(session, p.id) if m.deleted_at is None)
        if year is None or any(y == year for y, _, _ in months):
            found.append(PaymentRow(p.id, p.person_id, p.paid_on, p.amount_fen, months, p.receiver, p.paid_by,
                                    p.note))
    return found
