"""A person on two branches' rolls in a township database: 转出未报.

Each branch reports by its own 数据包, so the township can hold a member's new branch's record, with the
转入, before the old branch's package with the 转出 arrives: the same 公民身份号码 is then on the roll (在册) of
both branches. A branch database never allows that (``people.records.id_number_clash``), so one of the two
records is out of date, and the records say which: the one that records the later arrival by 转入 is the
person's branch now. The township counts the person there only, and the other branch's record is a 转出 not
yet reported (``PendingOut``): as if that branch had recorded a 转出 on the day of the 转入, until its newer
package comes and says so itself.

Where neither record shows a 转入 later than the other's arrival (a 转入 on the same day, or no 转入 at all),
the records do not say where the person is: both are counted, and the double roll is listed
(``DoubleRoll``) for the township to ask.

Every view of the township that counts people takes this from ``read_rolls`` (one computation): the 汇总's
members, 发展党员 stages and members short of 学时 and notes, and the 党内统计 tables (the pending 转出 is a 转出
of the old branch and, the person having moved between two of the township's branches, a move inside the
township), and the 汇总's 党费 (the old branch's ledger reads the 转出 as recorded: ``dues.ledger.ledgers``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from dangjian_desktop.db import read
from dangjian_desktop.db.models import OrgTransfer, Person
from dangjian_desktop.domain.people import ACTIVE_STATUSES

IN = "转入"


@dataclass(frozen=True)
class RollRecord:
    """One branch's record of a person on its roll (在册), as the rule reads it."""

    person_id: str
    name: str
    branch_id: str
    id_number: str
    join_date: date | None = None  # 入党日期: when the person came onto a roll without a 转入
    last_in: date | None = None  # the latest 转入 recorded
    came_from: str = ""  # the latest 转入's 转出单位

    @property
    def arrived(self) -> date | None:
        """When the person came onto this branch's roll, as far as the record says."""
        if self.last_in is not None:
            return self.last_in
        return self.join_date


@dataclass(frozen=True)
class PendingOut:
    """转出未报: ``person_id`` (in ``from_branch``) is on its roll, but ``to_branch`` recorded the person's 转入 on
    ``arrived_on``; the township counts the person in ``to_branch`` only."""

    person_id: str
    name: str
    from_branch: str
    to_branch: str
    to_person: str
    arrived_on: date
    came_from: str  # what the 转入 says the person came from


@dataclass(frozen=True)
class DoubleRoll:
    """The same person on the rolls of ``branches`` with no 转入 to say which is the person's branch now."""

    name: str
    id_number: str
    branches: tuple[str, ...]


@dataclass(frozen=True)
class Rolls:
    pending: tuple[PendingOut, ...] = ()
    doubles: tuple[DoubleRoll, ...] = ()

    @property
    def not_counted(self) -> set[str]:
        """The records the township does not count: each pending 转出's old record."""
        return {p.person_id for p in self.pending}

    def pending_from(self, branch_id: str) -> list[PendingOut]:
        return [p for p in self.pending if p.from_branch == branch_id]

    def doubles_of(self, branch_id: str) -> list[DoubleRoll]:
        return [d for d in self.doubles if branch_id in d.branches]


def decide(records: Iterable[RollRecord]) -> Rolls:
    """The rule: for each 公民身份号码 on the rolls of two or more branches, the record with the latest arrival
    is the person's branch when that arrival is a 转入 later than every other record's arrival; the other
    records are pending 转出. Otherwise the person is on both rolls (``DoubleRoll``)."""
    by_number: dict[str, list[RollRecord]] = {}
    for r in records:
        by_number.setdefault(r.id_number, []).append(r)
    pending: list[PendingOut] = []
    doubles: list[DoubleRoll] = []
    for number, held in sorted(by_number.items()):
        if len({r.branch_id for r in held}) < 2:
            continue
        held.sort(key=lambda r: (r.arrived or date.min, r.branch_id), reverse=True)
        here, others = held[0], held[1:]
        if here.last_in is None or any(r.arrived is not None and r.arrived >= here.last_in for r in others):
            doubles.append(DoubleRoll(here.name, number, tuple(sorted({r.branch_id for r in held}))))
            continue
        pending += [PendingOut(r.person_id, r.name, r.branch_id, here.branch_id, here.person_id, here.last_in,
                               here.came_from) for r in others if r.branch_id != here.branch_id]
    return Rolls(tuple(sorted(pending, key=lambda p: (p.arrived_on, p.name))), tuple(doubles))


def read_rolls(session: Session) -> Rolls:
    """``decide`` over the database: the people on the rolls of two or more branches by 公民身份号码, and their
    转入 (two statements, whatever the number of branches)."""
    on_roll = (col(Person.deleted_at).is_(None), col(Person.status).in_(ACTIVE_STATUSES),
               col(Person.id_number).is_not(None), col(Person.id_number) != "")
    shared = (core_select(col(Person.id_number)).where(*on_roll).group_by(col(Person.id_number))
              .having(func.count(func.distinct(col(Person.branch_id))) > 1))
    people = read.rows(session, core_select(col(Person.id), col(Person.name), col(Person.branch_id),
                                            col(Person.id_number), col(Person.join_date))
                       .where(*on_roll, col(Person.id_number).in_(shared))).all()
    if not people:
        return Rolls()
    arrivals: dict[str, tuple[date, str]] = {}
    for person_id, when, came_from in read.rows(session,
            core_select(col(OrgTransfer.person_id), col(OrgTransfer.transfer_date), col(OrgTransfer.other_unit))
            .where(col(OrgTransfer.person_id).in_([p[0] for p in people]), col(OrgTransfer.direction) == IN,
                   col(OrgTransfer.deleted_at).is_(None))
            .order_by(col(OrgTransfer.transfer_date), col(OrgTransfer.created_at))):
        arrivals[person_id] = (when, came_from)  # the latest wins
    return decide(RollRecord(pid, name, branch, number or "", joined, *arrivals.get(pid, (None, "")))
                  for pid, name, branch, number, joined in people)
