"""党内统计 tables for one branch or for the township (every branch in the database), for one year.

The people and their transfers are read once per call; the figures come from ``domain/party_stats``
(who is on the books, what moved them) and ``domain/party_stats_bands`` (the official bands). The
township row is computed over all branches' people together, never typed or carried; a test checks it
equals the sum of the branch rows, less the moves between two of its branches in 转入 and 转出 (internal
to the township: ``party_stats.township_change``). For the current year the figures run to the report day.

A person on two branches' rolls (the new branch's 数据包 with the 转入 came before the old branch's with the
转出: ``statistics_rolls``) is counted in the new branch only: the old branch's record is read as if it
recorded the 转出 on the day of the 转入 (a move inside the township), and the tables list it as 转出未报.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select as core_select
from sqlmodel import Session, col

from dangjian_desktop.db import read
from dangjian_desktop.db.models import Branch, OrgTransfer, Person
from dangjian_desktop.domain import party_stats as ps
from dangjian_desktop.domain import party_stats_bands as bands
from dangjian_desktop.domain.people import MEMBER_CATEGORIES
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches as branch_service
from dangjian_desktop.services.township.order import report_order
from dangjian_desktop.services.township.statistics_rolls import DoubleRoll, PendingOut, Rolls, read_rolls

# the breakdowns of 党员基本情况, 党员学历情况 and 党员入党时间情况: key → bands
BREAKDOWNS: dict[str, tuple[str, ...]] = {
    "gender": bands.GENDER_BANDS, "ethnic": bands.ETHNIC_BANDS, "category": bands.CATEGORY_BANDS,
    "age": bands.AGE_BANDS, "education": bands.EDUCATION_BANDS, "join": bands.JOIN_BANDS,
}


@dataclass
class UnitStats:
    """One row of every table: a branch, or the township (``branch_id`` None)."""

    branch_id: str | None
    name: str
    change: ps.YearChange
    counts: dict[str, list[int]] = field(default_factory=dict)  # breakdown key → counts in band order

    @property
    def total(self) -> int:
        """党员总数 at the year's end (本年底党员数): the base of every breakdown."""
        return self.change.this_total


@dataclass
class PartyStats:
    year: int
    as_of: date
    start: date  # 上年底
    end: date  # 本年底 (the report day in a year not over yet)
    title: str  # the unit the tables are for
    branches: list[UnitStats]
    township: UnitStats | None  # None for one branch
    branch_names: dict[str, str]
    pending: list[PendingOut] = field(default_factory=list)  # 转出未报 from or to the branches reported
    doubles: list[DoubleRoll] = field(default_factory=list)  # on two rolls, the records not saying which

    @property
    def rows(self) -> list[UnitStats]:
        """The table rows: the township first (合计), then each branch."""
        return ([self.township] if self.township else []) + self.branches

    @property
    def whole(self) -> UnitStats:
        return self.township or self.branches[0]


def member_facts(session: Session, branch_ids: Iterable[str], rolls: Rolls | None = None) -> list[ps.MemberFacts]:
    """Every 党员 (正式 or 预备, now) of the branches who is not in the 回收站, with their transfers; with
    ``rolls``, a record whose 转出 is not yet reported has it on the day the person's new branch recorded the 转入."""
    ids = list(branch_ids)
    if not ids:
        return []
    fields = ("id", "name", "branch_id", "category", "status", "status_date", "join_date", "full_member_date",
              "suspended_date", "restored_date", "gender", "ethnicity", "education", "birth_date", "id_number")
    people = read.rows(session, core_select(*(getattr(Person, f) for f in fields)).where(
        col(Person.branch_id).in_(ids), col(Person.deleted_at).is_(None),
        col(Person.category).in_(MEMBER_CATEGORIES))).all()
    moves: dict[str, list[tuple[date, str]]] = {}
    stmt = (core_select(col(OrgTransfer.person_id), col(OrgTransfer.transfer_date), col(OrgTransfer.direction))
            .join(Person, col(Person.id) == col(OrgTransfer.person_id))
            .where(col(Person.branch_id).in_(ids), col(OrgTransfer.deleted_at).is_(None))
            .order_by(col(OrgTransfer.transfer_date), col(OrgTransfer.created_at)))
    for person_id, when, direction in read.rows(session, stmt):
        moves.setdefault(person_id, []).append((when, direction))
    for p in rolls.pending if rolls is not None else ():
        moves[p.person_id] = sorted([*moves.get(p.person_id, []), (p.arrived_on, ps.OUT)], key=lambda m: m[0])
    out = []
    for row in people:
        v = dict(zip(fields, row, strict=True))
        pid = v.pop("id")
        out.append(ps.MemberFacts(person_id=pid, transfers=tuple(moves.get(pid, ())), **v))
    return out


def unit_stats(people: list[ps.MemberFacts], year: int, as_of: date, *, branch_id: str | None,
               name: str) -> UnitStats:
    """A branch's row, or (``branch_id`` None) the township's: moves between its branches are internal."""
    change = ps.year_change(people, year, as_of) if branch_id is not None else ps.township_change(people, year, as_of)
    _, end = ps.report_days(year, as_of)
    here = [f for f in people if ps.on_books(f, end, as_of)]
    counts = {
        "gender": bands.tally((bands.gender_band(f.gender) for f in here), bands.GENDER_BANDS),
        "ethnic": bands.tally((bands.ethnic_band(f.ethnicity) for f in here), bands.ETHNIC_BANDS),
        "category": bands.tally((ps.category_on(f.category, f.full_member_date, end) for f in here),
                                bands.CATEGORY_BANDS),
        "age": bands.tally((bands.age_band(f.birth_date, end) for f in here), bands.AGE_BANDS),
        "education": bands.tally((bands.education_band(f.education) for f in here), bands.EDUCATION_BANDS),
        "join": bands.tally((bands.join_band(f.join_date) for f in here), bands.JOIN_BANDS),
    }
    return UnitStats(branch_id, name, change, counts)


def party_stats(session: Session, *, year: int, branch_id: str | None = None,
                as_of: date | None = None) -> PartyStats:
    """The tables for ``year``: for one branch, or (``branch_id`` None) for every branch in the database
    with the township row computed over all of them."""
    as_of = as_of or date.today()
    if not 1950 <= year <= as_of.year:
        raise UserError(f"统计年度应在1950年至{as_of.year}年之间")
    if branch_id is not None:
        chosen = [branch_service.get_branch(session, branch_id)]
    else:
        chosen = report_order(branch_service.list_branches(session))  # as every table lists them
        if not chosen:
            raise UserError("数据库中还没有支部")
    rolls = read_rolls(session)
    facts = member_facts(session, (b.id for b in chosen), rolls)
    by_branch: dict[str, list[ps.MemberFacts]] = {b.id: [] for b in chosen}
    for f in facts:
        by_branch[f.branch_id].append(f)
    rows = [unit_stats(by_branch[b.id], year, as_of, branch_id=b.id, name=b.name) for b in chosen]
    township = None
    if branch_id is None:
        township = unit_stats(facts, year, as_of, branch_id=None, name="合计")
    pending_ids = rolls.not_counted
    for unit in [*rows, *([township] if township else [])]:  # said as 转出未报, not as a roster to check
        unit.change.gaps = [g for g in unit.change.gaps if g.difference or g.person_id not in pending_ids]
    ids = {b.id for b in chosen}
    start, end = ps.report_days(year, as_of)
    return PartyStats(year=year, as_of=as_of, start=start, end=end, title=scope_title(chosen, branch_id is None),
                      branches=rows, township=township,
                      branch_names={b.id: b.name for b in branch_service.list_branches(session)},
                      pending=[p for p in rolls.pending if ids & {p.from_branch, p.to_branch}],
                      doubles=[d for d in rolls.doubles if ids & set(d.branches)])


def common_parent(parents: Iterable[str]) -> str:
    """The 上级党组织 the branches name, when all that name one name the same ("" when they differ or none
    names one)."""
    found = {p.strip() for p in parents if p.strip()}
    return found.pop() if len(found) == 1 else ""


def scope_title(chosen: list[Branch], township: bool) -> str:
    if not township:
        return chosen[0].name
    parent = common_parent(b.parent_org for b in chosen)
    if parent:
        return f"{parent}（{len(chosen)}个支部）"
    return f"本库全部支部（{len(chosen)}个）"
