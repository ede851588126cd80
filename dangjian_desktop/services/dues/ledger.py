"""The 党费 ledger of a branch and year: a 12-month grid per member and the monthly and yearly totals.

    grid = ledger(session, branch_id, 2026, as_of=date.today())
    for row in grid.rows:            # GridRow, in 姓氏笔画 order
        row.months[2].state          # March: paid / partial / unpaid / waived / not_due / ...
    grid.months[2].collected_fen     # money received in March (by payment date)

A month is due once it has ended (``dm.last_due_month``): as of 20 July, July is not yet due. Every
figure of 党费 — the tab, the 登记表, the arrears list, the 公示表, ``dues-report``, the 年度自查 and the
archive — is read from this grid, made as of ``dm.report_day(year, today)``.

A member without a standard for the year still owes: his last standard of an earlier year is carried
(``GridRow.carried``, noted 未核定，暂按…年标准); someone never assessed has UNASSESSED months, which
count as months with nothing paid, never as settled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Select, extract, func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db import read
from dangjian_desktop.db.models import DuesAssessment, DuesPayment, DuesPaymentMonth, Person
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.services.dues.standards import (
    Payer,
    branch_assessments,
    list_assessments,
    payer,
    payers,
    payers_by_branch,
)


class PaidPart(NamedTuple):
    """A payment's part for one month (a tuple: there is one for every month paid in the year)."""

    payment_id: str
    amount_fen: int
    paid_on: date
    paid_by: str


class MonthCell(NamedTuple):
    """One member's month (a tuple: a branch's year has twelve for every member)."""

    month: int
    due_fen: int  # 应缴 (0 outside the member's months, unassessed or 免交)
    paid_fen: int  # 实缴
    owed_fen: int  # 欠缴 (only for due months up to the as-of month)
    state: str  # one of domain.dues_months' states
    back_paid: bool  # (partly) paid by a payment made in a later month: 补交
    payment_ids: tuple[str, ...]

    @property
    def state_label(self) -> str:
        return dm.STATE_LABELS[self.state]


@dataclass(frozen=True)
class AssessmentPart:
    """One DuesAssessment row: the terms from ``from_month`` on."""

    id: str
    from_month: int
    category: str
    base_fen: int
    rate_bp: int
    due_fen: int
    reduction: str
    reason: str
    approval_note: str
    year: int = 0  # the year assessed (for a carried standard: an earlier year)


@dataclass(frozen=True)
class GridRow:
    """One member's year. ``category``/``base_fen``/``rate_bp``/``due_fen`` are those fixed at the start of
    the year (the first part, or the carried standard); later changes are in ``parts`` and in ``notes``."""

    person_id: str
    name: str
    person_category: str  # 正式党员 / 预备党员
    status: str  # 组织关系状态
    parts: tuple[AssessmentPart, ...]  # this year's assessments (empty: 未核定)
    months: tuple[MonthCell, ...]  # 12, January first
    notes: tuple[str, ...]
    carried: AssessmentPart | None = None  # 未核定: the last standard of an earlier year, used for the months

    @property
    def assessed(self) -> bool:
        return bool(self.parts)

    @property
    def has_standard(self) -> bool:
        """A monthly due is known: assessed this year or carried from an earlier one."""
        return bool(self.parts) or self.carried is not None

    def _first(self) -> AssessmentPart | None:
        return self.parts[0] if self.parts else self.carried

    @property
    def category(self) -> str:
        first = self._first()
        return first.category if first else ""

    @property
    def base_fen(self) -> int:
        first = self._first()
        return first.base_fen if first else 0

    @property
    def rate_bp(self) -> int:
        first = self._first()
        return first.rate_bp if first else 0

    @property
    def due_fen(self) -> int:
        first = self._first()
        return first.due_fen if first else 0

    @property
    def reduction(self) -> str:
        return next((p.reduction for p in self.parts if p.reduction), "")

    @property
    def year_due_fen(self) -> int:
        return sum(c.due_fen for c in self.months)

    @property
    def year_paid_fen(self) -> int:
        return sum(c.paid_fen for c in self.months)

    @property
    def year_owed_fen(self) -> int:
        return sum(c.owed_fen for c in self.months)

    @property
    def unassessed_months(self) -> tuple[int, ...]:
        """Due months without any standard and with nothing paid (1–12)."""
        return tuple(c.month for c in self.months if c.state == dm.UNASSESSED)

    @property
    def note(self) -> str:
        return "；".join(self.notes)


@dataclass(frozen=True)
class MonthTotal:
    month: int
    due_fen: int
    paid_fen: int
    owed_fen: int
    collected_fen: int  # received in this month (by payment date), whatever months it paid for
    paid_count: int  # members whose month is paid (or waived)
    owing_count: int  # members who owe for the month
    unassessed_count: int = 0  # members with no standard for the month and nothing paid
    due_now: bool = True  # the month has ended (as of the grid's day)

    @property
    def settled(self) -> bool:
        """Everyone's month is paid, waived or outside their time here: nothing owed, nobody unassessed."""
        return self.due_now and not self.owing_count and not self.unassessed_count


@dataclass(frozen=True)
class DuesGrid:
    branch_id: str
    year: int
    as_of: date
    rows: tuple[GridRow, ...]
    months: tuple[MonthTotal, ...]

    @property
    def year_due_fen(self) -> int:
        return sum(m.due_fen for m in self.months)

    @property
    def year_paid_fen(self) -> int:
        return sum(m.paid_fen for m in self.months)

    @property
    def year_owed_fen(self) -> int:
        return sum(m.owed_fen for m in self.months)

    @property
    def collected_fen(self) -> int:
        return sum(m.collected_fen for m in self.months)


def _parts(rows: list[DuesAssessment]) -> tuple[AssessmentPart, ...]:
    return tuple(_part(a) for a in rows)


def _part(a: DuesAssessment) -> AssessmentPart:
    return AssessmentPart(a.id, a.from_month, a.category, a.base_fen, a.rate_bp, a.due_fen, a.reduction, a.reason,
                          a.approval_note, a.year)


@cache
def _year_months(year: int) -> tuple[tuple[int, int, date], ...]:
    """(month, month index, the first day of the next month) for the 12 months of ``year``."""
    return tuple((month, dm.month_index(year, month), date(year + month // 12, month % 12 + 1, 1))
                 for month in range(1, 13))


def build_row(who: Payer, year: int, as_of: date, parts: tuple[AssessmentPart, ...],
              paid: dict[int, list[PaidPart]], carried: AssessmentPart | None = None, *, notes: bool = True) -> GridRow:
    """One member's 12 months from the assessment parts (or, with none, the carried standard) and the
    payments by month; without ``notes`` the row's remarks are left out (figures only)."""
    last_due = dm.last_due_month(as_of)
    carried = None if parts else carried
    window = who.window
    part_of: list[AssessmentPart | None] = [carried] * 13  # month → the terms in effect (parts by from_month)
    for p in parts:
        part_of[p.from_month:] = [p] * (13 - p.from_month)
    cells = []
    for month, index, later in _year_months(year):
        part = part_of[month]
        due = part.due_fen if part is not None and window.outside(index) is None else 0
        here = paid.get(month)
        payment_ids: tuple[str, ...]
        if not here:
            paid_fen, back_paid, payment_ids = 0, False, ()
        elif len(here) == 1:  # paid on or after ``later``: in a later month (补交)
            paid_fen, back_paid, payment_ids = here[0].amount_fen, here[0].paid_on >= later, (here[0].payment_id,)
        else:
            paid_fen = sum(p.amount_fen for p in here)
            back_paid = any(p.paid_on >= later for p in here)
            payment_ids = tuple(dict.fromkeys(p.payment_id for p in here))
        state = dm.month_state(index, as_of=last_due, window=window, assessed=part is not None,
                               due_fen=due, paid_fen=paid_fen)
        cells.append(MonthCell(month, due, paid_fen, dm.owed_fen(state, due, paid_fen), state, back_paid,
                               payment_ids))
    return GridRow(who.person_id, who.name, who.category, who.status, parts, tuple(cells),
                   _notes(who, year, parts, cells, paid, carried) if notes else (), carried)


def _notes(who: Payer, year: int, parts: tuple[AssessmentPart, ...], cells: list[MonthCell],
           paid: dict[int, list[PaidPart]], carried: AssessmentPart | None) -> tuple[str, ...]:
    notes = []
    w = who.window
    if w.first is not None and dm.year_month(w.first)[0] == year:
        month = dm.year_month(w.first)[1]
        notes.append(f"{month}月入党" if w.before_first == dm.NOT_MEMBER_YET else f"{month}月起在本支部交纳（转入）")
    if w.last is not None and dm.year_month(w.last)[0] == year:
        month = dm.year_month(w.last)[1]
        notes.append(f"{month}月转出" if w.after_last == dm.TRANSFERRED else f"{month}月{who.status}")
    if carried is not None:
        notes.append(f"未核定，暂按{carried.year}年标准")
    elif not parts:
        notes.append("未核定")
    for p in parts[1:]:
        base = f"基数{format_fen(p.base_fen)}元，" if p.base_fen else ""
        notes.append(f"{p.from_month}月起{p.category}，{base}月应缴{format_fen(p.due_fen)}元")
    for p in parts:
        if p.reduction:
            notes.append(f"{p.reduction}：{p.reason}（{p.approval_note}）")
            break
    late = [dm.month_index(year, c.month) for c in cells if c.back_paid]
    if late:
        notes.append("补交" + dm.months_label(late).removeprefix(f"{year}年"))
    helpers = dict.fromkeys(p.paid_by for parts_ in paid.values() for p in parts_ if p.paid_by)
    notes.extend(f"{name}代缴" for name in helpers)
    return tuple(notes)


def _branch_people(branch_id: str) -> Select[str]:
    return core_select(col(Person.id)).where(col(Person.branch_id) == branch_id)


def paid_by_month(session: Session, branch_id: str | None, year: int, person_id: str | None = None
                  ) -> dict[str, dict[int, list[PaidPart]]]:
    """person_id → month → the live payment parts for that month of ``year``."""
    stmt = (core_select(col(DuesPaymentMonth.person_id), col(DuesPaymentMonth.month),
                        col(DuesPaymentMonth.amount_fen), col(DuesPayment.id), col(DuesPayment.paid_on),
                        col(DuesPayment.paid_by))
            .join(DuesPayment, col(DuesPayment.id) == col(DuesPaymentMonth.payment_id))
            .where(col(DuesPaymentMonth.year) == year, col(DuesPaymentMonth.deleted_at).is_(None),
                   col(DuesPayment.deleted_at).is_(None))
            .order_by(col(DuesPayment.paid_on), col(DuesPayment.created_at)))
    if branch_id is not None:  # IN (the branch's people): a list lookup per row, not a join (4× faster)
        stmt = stmt.where(col(DuesPaymentMonth.person_id).in_(_branch_people(branch_id)))
    if person_id is not None:
        stmt = stmt.where(col(DuesPaymentMonth.person_id) == person_id)
    found: dict[str, dict[int, list[PaidPart]]] = {}
    for pid, month, amount, payment_id, paid_on, paid_by in read.rows(session, stmt):
        found.setdefault(pid, {}).setdefault(month, []).append(PaidPart(payment_id, amount, paid_on, paid_by))
    return found


def _collected(session: Session, branch_id: str | None, year: int) -> dict[str, dict[int, int]]:
    """branch id → month → money received in that month of ``year`` (``branch_id`` None: every branch)."""
    in_year = (col(DuesPayment.deleted_at).is_(None), col(DuesPayment.paid_on) >= date(year, 1, 1),
               col(DuesPayment.paid_on) <= date(year, 12, 31))
    by_month: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    if branch_id is None:  # every branch: summed by the database, one row per branch and month
        month = extract("month", col(DuesPayment.paid_on))
        for branch, m, amount in session.execute(
                core_select(col(Person.branch_id), month, func.sum(col(DuesPayment.amount_fen)))
                .join(Person, col(Person.id) == col(DuesPayment.person_id)).where(*in_year)
                .group_by(col(Person.branch_id), month)):
            by_month[branch][int(m)] += int(amount)
        return by_month
    stmt = core_select(col(DuesPayment.paid_on), col(DuesPayment.amount_fen)).where(
        col(DuesPayment.person_id).in_(_branch_people(branch_id)), *in_year)
    for paid_on, amount in session.execute(stmt):
        by_month[branch_id][paid_on.month] += amount
    return by_month


def last_standards(session: Session, year: int, *, branch_id: str | None = None, person_id: str | None = None
                   ) -> dict[str, AssessmentPart]:
    """person_id → the standard in effect at the end of the last year before ``year`` that has one.

    One statement for the whole branch: each person's latest earlier year, then its last row.
    """
    latest = (core_select(col(DuesAssessment.person_id), func.max(col(DuesAssessment.year)).label("y"))
              .where(col(DuesAssessment.year) < year, col(DuesAssessment.deleted_at).is_(None))
              .group_by(col(DuesAssessment.person_id)))
    if branch_id is not None:
        latest = latest.where(col(DuesAssessment.person_id).in_(_branch_people(branch_id)))
    if person_id is not None:
        latest = latest.where(col(DuesAssessment.person_id) == person_id)
    sub = latest.subquery()
    stmt = (select(DuesAssessment)
            .join(sub, (sub.c.person_id == col(DuesAssessment.person_id)) & (sub.c.y == col(DuesAssessment.year)))
            .where(col(DuesAssessment.deleted_at).is_(None)).order_by(col(DuesAssessment.from_month)))
    return {a.person_id: _part(a) for a in session.exec(stmt)}  # the last from_month of that year wins


_remembered: ContextVar[dict[tuple[Any, ...], DuesGrid] | None] = ContextVar("dues_ledgers", default=None)


@contextmanager
def remembered() -> Iterator[None]:
    """Within the block, ``ledger`` of the same session, branch, year and day is worked out once: for an
    action that only reads and asks for it from several places (the year archive: the 党费收缴登记表, the
    公示 sheet and the 年度自查)."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def ledger(session: Session, branch_id: str, year: int, *, as_of: date | None = None) -> DuesGrid:
    """The branch's grid for ``year``: every member who owes dues for some month of it."""
    as_of = as_of or dm.report_day(year, date.today())
    memo = _remembered.get()
    key = (id(session), branch_id, year, as_of)
    if memo is not None and key in memo:
        return memo[key]
    grid = _ledger(session, branch_id, year, as_of)
    if memo is not None:
        memo[key] = grid
    return grid


def _ledger(session: Session, branch_id: str, year: int, as_of: date) -> DuesGrid:
    assessments = {pid: _parts(rows) for pid, rows in branch_assessments(session, branch_id, year).items()}
    paid = paid_by_month(session, branch_id, year)
    who_pays = payers(session, branch_id, year)
    carried = (last_standards(session, year, branch_id=branch_id)
               if any(w.person_id not in assessments for w in who_pays) else {})
    return _grid(branch_id, year, as_of, who_pays, assessments, paid, carried,
                 _collected(session, branch_id, year)[branch_id])


def ledgers(session: Session, branch_ids: list[str], year: int, *, as_of: date, notes: bool = True,
            collected: bool = True, moved_out: Sequence[tuple[str, date]] = ()) -> dict[str, DuesGrid]:
    """``ledger`` of each of ``branch_ids``, in a fixed number of statements (however many branches); without
    ``notes`` the members' remarks are left out (the figures are the same); without ``collected`` the money
    received in each month (by payment date, not by the months paid for) is not read: ``collected_fen`` is 0;
    ``moved_out`` (person id, day) reads those people as transferred out that day (``payers_by_branch``)."""
    assessments = assessment_parts(session, year)
    paid = paid_by_month(session, None, year)
    by_branch = payers_by_branch(session, year, moved_out=moved_out)
    carried = (last_standards(session, year)
               if any(w.person_id not in assessments for who in by_branch.values() for w in who) else {})
    received = _collected(session, None, year) if collected else defaultdict(dict)
    return {b: _grid(b, year, as_of, by_branch.get(b, []), assessments, paid, carried, received[b], notes=notes)
            for b in branch_ids}


def assessment_parts(session: Session, year: int) -> dict[str, tuple[AssessmentPart, ...]]:
    """person_id → that year's live assessments as parts, by starting month, for every branch (the
    columns of the parts, not whole records)."""
    fields = ("id", "from_month", "category", "base_fen", "rate_bp", "due_fen", "reduction", "reason",
              "approval_note", "year")
    stmt = (core_select(col(DuesAssessment.person_id), *(col(getattr(DuesAssessment, f)) for f in fields))
            .where(col(DuesAssessment.year) == year, col(DuesAssessment.deleted_at).is_(None))
            .order_by(col(DuesAssessment.from_month)))
    found: dict[str, list[AssessmentPart]] = {}
    for person_id, *values in read.rows(session, stmt):
        found.setdefault(person_id, []).append(AssessmentPart(*values))
    return {pid: tuple(parts) for pid, parts in found.items()}


def _grid(branch_id: str, year: int, as_of: date, who_pays: list[Payer],
          assessments: dict[str, tuple[AssessmentPart, ...]], paid: dict[str, dict[int, list[PaidPart]]],
          carried: dict[str, AssessmentPart], collected: dict[int, int], *, notes: bool = True) -> DuesGrid:
    rows = tuple(build_row(who, year, as_of, assessments.get(who.person_id, ()), paid.get(who.person_id, {}),
                           carried.get(who.person_id), notes=notes) for who in who_pays)
    last_due = dm.last_due_month(as_of)
    # per month: due, paid, owed, members paid (or waived), members owing, members unassessed
    sums = [[0, 0, 0, 0, 0, 0] for _ in range(12)]
    settled = (dm.PAID, dm.WAIVED)
    for r in rows:
        for cell, total in zip(r.months, sums, strict=True):
            total[0] += cell.due_fen
            total[1] += cell.paid_fen
            if cell.owed_fen > 0:
                total[2] += cell.owed_fen
                total[4] += 1
            if cell.state in settled:
                total[3] += 1
            elif cell.state == dm.UNASSESSED:
                total[5] += 1
    totals = tuple(MonthTotal(i + 1, due, paid, owed, collected.get(i + 1, 0), n_paid, n_owing, n_unassessed,
                              dm.month_index(year, i + 1) <= last_due)
                   for i, (due, paid, owed, n_paid, n_owing, n_unassessed) in enumerate(sums))
    return DuesGrid(branch_id, year, as_of, rows, totals)


def person_year(session: Session, person_id: str, year: int, *, as_of: date | None = None) -> GridRow:
    """One member's row for ``year`` (UserError if the person pays no dues)."""
    who = payer(session, person_id)
    paid = paid_by_month(session, None, year, person_id).get(person_id, {})
    parts = _parts(list_assessments(session, person_id, year))
    carried = None if parts else last_standards(session, year, person_id=person_id).get(person_id)
    return build_row(who, year, as_of or dm.report_day(year, date.today()), parts, paid, carried)
