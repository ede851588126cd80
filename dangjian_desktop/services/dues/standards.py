"""党费: who pays, the branch's rate table, and each member's yearly assessment (核定).

Who pays: 正式党员 and 预备党员 of the branch whose party relationship is here (正常 / 流出 / 失联),
and for the months they were here, those who have left (转出, 去世, 出党, 停止党籍 — with a date).
入党积极分子 and the other people being developed pay nothing. Months before the 入党日期 are not
due; after a 转入 the months before the transfer (or up to 党费交至) were paid to the former branch;
a 转出 member owes nothing after the month of the transfer.

An assessment is fixed at the start of the year (``from_month`` 1); a base changed during the year
adds a row taking effect from its month. Payments and views are in dues_payments / dues_ledger.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Protocol

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db import read
from dangjian_desktop.db.models import DuesAssessment, DuesRateTable, OrgTransfer, Person
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import (
    CATEGORIES,
    MANUAL,
    REDUCTIONS,
    DuesRuleError,
    RateTable,
    default_rate_table,
    format_fen,
    monthly_due_fen,
)
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES, MEMBER_CATEGORIES
from dangjian_desktop.errors import StaleRecordError, UserError, ValidationError
from dangjian_desktop.services import Changed, concurrency
from dangjian_desktop.services.branches import require_writable, require_writable_person
from dangjian_desktop.services.people.records import get_person

ENDED_STATUSES = ("去世", "出党", "停止党籍")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Payer:
    """A person who owes dues to the branch for the months of ``window``."""

    person_id: str
    name: str
    category: str  # 人员类别: 正式党员 / 预备党员
    status: str
    window: dm.DueWindow


@dataclass
class AssessmentInput:
    category: str
    base_fen: int = 0
    from_month: int = 1
    due_fen: int | None = None  # needed for 其他 and for 少交; otherwise computed from the rate table
    rate_bp: int | None = None  # for 其他 only (optional)
    reduction: str = ""  # '' / 少交 / 免交
    reason: str = ""
    approval_note: str = ""


# ---------------------------------------------------------------- rate table

def _rate_row(session: Session, branch_id: str) -> DuesRateTable | None:
    stmt = select(DuesRateTable).where(DuesRateTable.branch_id == branch_id, col(DuesRateTable.deleted_at).is_(None))
    return session.exec(stmt).first()


def rate_table_version(session: Session, branch_id: str) -> concurrency.Loaded | None:
    """The version of the branch's saved 党费标准 (None while the defaults apply), for its editor."""
    row = _rate_row(session, branch_id)
    return concurrency.loaded(row) if row is not None else None


def get_rate_table(session: Session, branch_id: str) -> RateTable:
    """The branch's rate table; the 2008 defaults until the branch saves its own."""
    row = _rate_row(session, branch_id)
    return RateTable.from_json(row.content) if row and row.content else default_rate_table()


def set_rate_table(session: Session, branch_id: str, table: RateTable) -> Changed:
    """Save the branch's rate table. Assessments already made keep their rate and due."""
    require_writable(session, branch_id)
    try:
        table.check()
    except DuesRuleError as exc:
        raise UserError(exc.message) from exc
    row = _rate_row(session, branch_id) or DuesRateTable(branch_id=branch_id)
    row.content = table.to_json()
    session.add(row)
    session.flush()
    return Changed("dues_rate_table", (row.id,))


# ---------------------------------------------------------------- who pays

def _month_text(text: str) -> int | None:
    m = _YEAR_MONTH.match(text.strip())
    return dm.month_index(int(m.group(1)), int(m.group(2))) if m and 1 <= int(m.group(2)) <= 12 else None


class PersonDates(Protocol):
    """What ``due_window`` reads of a person (a Person, or a row of these columns)."""

    @property
    def category(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def status_date(self) -> date | None: ...
    @property
    def join_date(self) -> date | None: ...


class TransferDates(Protocol):
    """What ``due_window`` reads of a transfer (an OrgTransfer, or a row of these columns)."""

    @property
    def direction(self) -> str: ...
    @property
    def transfer_date(self) -> date: ...
    @property
    def dues_paid_until(self) -> str: ...


def due_window(person: PersonDates, transfers: Sequence[TransferDates]) -> dm.DueWindow | None:
    """The months ``person`` owes dues here; None when not a paying member at all."""
    if person.category not in MEMBER_CATEGORIES:
        return None
    first = dm.month_of(person.join_date) if person.join_date else None
    before_first = dm.NOT_MEMBER_YET
    ins = sorted((t for t in transfers if t.direction == "转入"), key=lambda t: t.transfer_date)
    outs = sorted((t for t in transfers if t.direction == "转出"), key=lambda t: t.transfer_date)
    if ins:
        arrived = dm.month_of(ins[-1].transfer_date)
        paid_until = _month_text(ins[-1].dues_paid_until)
        if paid_until is not None:
            arrived = max(arrived, paid_until + 1)
        if first is None or arrived > first:
            first, before_first = arrived, dm.NOT_ARRIVED
    if person.status in ACTIVE_STATUSES:
        return dm.DueWindow(first, None, before_first)
    if person.status == "转出":
        ended = outs[-1].transfer_date if outs else person.status_date
        after = dm.TRANSFERRED
    elif person.status in ENDED_STATUSES:
        ended, after = person.status_date, dm.LEFT
    else:
        return None
    if ended is None:  # left on an unknown date: not on the books
        return None
    return dm.DueWindow(first, dm.month_of(ended), before_first, after)


def payers(session: Session, branch_id: str, year: int) -> list[Payer]:
    """Everyone who owes dues to the branch for some month of ``year``, in 姓氏笔画 order."""
    people = read.rows(session, core_select(  # the columns due_window reads, not whole records
        col(Person.id), col(Person.branch_id), col(Person.name), col(Person.category), col(Person.status),
        col(Person.status_date), col(Person.join_date)).where(
        col(Person.branch_id) == branch_id, col(Person.deleted_at).is_(None),
        col(Person.category).in_(MEMBER_CATEGORIES))).all()
    transfers: dict[str, list[OrgTransfer]] = {}
    if people:
        stmt = (select(OrgTransfer).join(Person, col(Person.id) == col(OrgTransfer.person_id))
                .where(Person.branch_id == branch_id, col(OrgTransfer.deleted_at).is_(None)))
        for t in session.exec(stmt):
            transfers.setdefault(t.person_id, []).append(t)
    return _payers(people, transfers, year)


class _Moved(NamedTuple):
    """A person read as transferred out on ``status_date`` (a 转出 the township knows of before the branch
    reports it: services/township/statistics_rolls)."""

    id: str
    branch_id: str
    name: str
    category: str
    status: str
    status_date: date | None
    join_date: date | None


class _Out(NamedTuple):
    direction: str
    transfer_date: date
    dues_paid_until: str = ""


def payers_by_branch(session: Session, year: int, *, moved_out: Sequence[tuple[str, date]] = ()
                     ) -> dict[str, list[Payer]]:
    """``payers`` of every branch, in two statements (the columns ``due_window`` reads, not whole records):
    branch id → its payers. ``moved_out``: (person id, day) of a 转出 not recorded, read as if it were."""
    left_on = dict(moved_out)
    people = read.rows(session, core_select(
        col(Person.id), col(Person.branch_id), col(Person.name), col(Person.category), col(Person.status),
        col(Person.status_date), col(Person.join_date)).where(
        col(Person.deleted_at).is_(None), col(Person.category).in_(MEMBER_CATEGORIES))).all()
    transfers: dict[str, list[TransferDates]] = {}
    for t in read.rows(session, core_select(col(OrgTransfer.person_id), col(OrgTransfer.direction),
                                         col(OrgTransfer.transfer_date), col(OrgTransfer.dues_paid_until))
                             .where(col(OrgTransfer.deleted_at).is_(None))):
        transfers.setdefault(t.person_id, []).append(t)
    by_branch: dict[str, list[_Who]] = {}
    for p in people:
        left = left_on.get(p.id) if left_on else None
        if left is None:
            by_branch.setdefault(p.branch_id, []).append(p)
            continue
        by_branch.setdefault(p.branch_id, []).append(
            _Moved(p.id, p.branch_id, p.name, p.category, "转出", left, p.join_date))
        transfers[p.id] = [*transfers.get(p.id, []), _Out("转出", left)]
    return {b: _payers(found, transfers, year) for b, found in by_branch.items()}


class _Who(PersonDates, Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


def _payers(people: Sequence[_Who], transfers: Mapping[str, Sequence[TransferDates]], year: int) -> list[Payer]:
    found = []
    for p in people:
        window = due_window(p, transfers.get(p.id, ()))
        if window is not None and window.covers_year(year):
            found.append(Payer(p.id, p.name, p.category, p.status, window))
    return sorted(found, key=lambda r: (stroke_key(r.name), r.person_id))


def payer(session: Session, person_id: str) -> Payer:
    """One person as a payer; UserError if the person pays no dues."""
    person = get_person(session, person_id)
    transfers = list(session.exec(select(OrgTransfer).where(
        OrgTransfer.person_id == person_id, col(OrgTransfer.deleted_at).is_(None))))
    window = due_window(person, transfers)
    if window is None:
        if person.category not in MEMBER_CATEGORIES:
            raise UserError(f"{person.name}是{person.category}，不交纳党费")
        raise UserError(f"{person.name}的组织关系状态为“{person.status}”，没有日期，无法确定党费")
    return Payer(person.id, person.name, person.category, person.status, window)


# ---------------------------------------------------------------- assessments

def check_assessment(data: AssessmentInput, table: RateTable) -> tuple[int, int, dict[str, str]]:
    """(rate_bp, due_fen, field errors) for an assessment, against the branch's rate table."""
    errors: dict[str, str] = {}
    rate, due = data.rate_bp or 0, data.due_fen
    if not 1 <= data.from_month <= 12:
        errors["from_month"] = "起始月份应在1到12月之间"
    if data.category not in CATEGORIES:
        errors["category"] = "请选择缴费类别"
        return 0, 0, errors
    if data.base_fen < 0:
        errors["base_fen"] = "交纳基数不能为负数"
    if data.reduction not in REDUCTIONS:
        errors["reduction"] = "减免方式应为少交或免交"
    rule = table.rule(data.category)
    standard: int | None = None
    if rule.kind != MANUAL and "base_fen" not in errors:
        if rule.kind == "brackets" and data.base_fen == 0 and data.reduction != "免交":
            errors["base_fen"] = f"缴费类别“{data.category}”须填写交纳基数（税后月工资或养老金）"
        rate, standard = monthly_due_fen(data.category, data.base_fen, table)
    if data.reduction == "免交":
        due = 0
    elif data.reduction == "少交":
        if due is None or due <= 0:
            errors["due_fen"] = "少交时请填写减少后的月应缴金额"
        elif standard is not None and due >= standard:
            errors["due_fen"] = f"少交后的金额应低于按规定计算的{format_fen(standard)}元"
    elif rule.kind == MANUAL:
        if due is None or due <= 0:
            errors["due_fen"] = f"缴费类别“{data.category}”须填写月应缴金额"
    elif due is not None and due != standard:
        errors["due_fen"] = "月应缴金额与比例表计算的不一致；如需减少，请选择“少交”并填写理由和批准情况"
    else:
        due = standard
    if data.reduction:
        if not data.reason.strip():
            errors["reason"] = f"{data.reduction}须填写理由"
        if not data.approval_note.strip():
            errors["approval_note"] = f"{data.reduction}须填写批准情况（如：经支委会研究，报党委批准）"
    return rate, due or 0, errors


AssessmentVersions = tuple[tuple[str, int], ...]


def assessment_versions(session: Session, person_id: str, year: int) -> AssessmentVersions:
    """The person's live assessments of ``year`` as the 核定党费标准 editor opens them: (id, version) each."""
    return tuple((a.id, a.version) for a in list_assessments(session, person_id, year))


def set_assessment(session: Session, person_id: str, year: int, data: AssessmentInput,
                   seen: AssessmentVersions | None = None) -> Changed:
    """Fix ``person_id``'s dues for ``year`` from ``data.from_month`` on (a correction if that month has a row).

    ``seen``: the assessments the editor was opened on; when someone else has added, changed or removed one
    since, the save is refused ("这条记录已被他人修改，请重新打开") and nothing is written. The person's row
    is locked first (on a server; a file has one writer), so two such saves take their turns."""
    require_writable_person(session, person_id)
    if seen is not None:
        session.exec(select(Person.id).where(Person.id == person_id).with_for_update()).first()
        now = assessment_versions(session, person_id, year)
        if now != seen:
            raise StaleRecordError(f"dues_assessment of {person_id} {year}: {seen} → {now}")
    who = payer(session, person_id)
    if not 1990 <= year <= 2100:
        raise ValidationError({"year": "年度不正确"})
    branch_id = get_person(session, person_id).branch_id
    rate, due, errors = check_assessment(data, get_rate_table(session, branch_id))
    if errors:
        raise ValidationError(errors)
    if not who.window.covers_year(year):
        raise UserError(f"{who.name}在{year}年不在本支部交纳党费")
    row = next((a for a in list_assessments(session, person_id, year) if a.from_month == data.from_month), None)
    row = row or DuesAssessment(person_id=person_id, year=year, from_month=data.from_month, category=data.category)
    row.category, row.base_fen, row.rate_bp, row.due_fen = data.category, data.base_fen, rate, due
    row.reduction, row.reason, row.approval_note = data.reduction, data.reason.strip(), data.approval_note.strip()
    session.add(row)
    session.flush()
    return Changed("dues_assessment", (row.id,))


def list_assessments(session: Session, person_id: str, year: int) -> list[DuesAssessment]:
    stmt = select(DuesAssessment).where(DuesAssessment.person_id == person_id, DuesAssessment.year == year,
                                        col(DuesAssessment.deleted_at).is_(None))
    return list(session.exec(stmt.order_by(col(DuesAssessment.from_month))))


def branch_assessments(session: Session, branch_id: str | None, year: int) -> dict[str, list[DuesAssessment]]:
    """person_id → that year's live assessments, by starting month (``branch_id`` None: of every branch)."""
    stmt = (select(DuesAssessment).where(DuesAssessment.year == year, col(DuesAssessment.deleted_at).is_(None))
            .order_by(col(DuesAssessment.from_month)))
    if branch_id is not None:
        stmt = stmt.join(Person, col(Person.id) == col(DuesAssessment.person_id)).where(Person.branch_id == branch_id)
    found: dict[str, list[DuesAssessment]] = {}
    for row in session.exec(stmt):
        found.setdefault(row.person_id, []).append(row)
    return found


def carry_forward(session: Session, branch_id: str, year: int) -> Changed:
    """Assess ``year`` for every payer without one, as in effect at the end of the year before.

    Rates and dues are worked out again with the current rate table; 其他 and 少交/免交 are copied.
    """
    before = branch_assessments(session, branch_id, year - 1)
    already = branch_assessments(session, branch_id, year)
    made = []
    for who in payers(session, branch_id, year):
        last = before.get(who.person_id, [])[-1:]
        if who.person_id in already or not last:
            continue
        a = last[0]
        keep_due = a.reduction == "少交" or a.category == "其他"
        made.append(set_assessment(session, who.person_id, year, AssessmentInput(
            category=a.category, base_fen=a.base_fen, due_fen=a.due_fen if keep_due else None,
            rate_bp=a.rate_bp if a.category == "其他" else None, reduction=a.reduction, reason=a.reason,
            approval_note=a.approval_note)).id)
    return Changed("dues_assessment", tuple(made))

