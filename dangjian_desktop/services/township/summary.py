"""汇总: every branch a township database holds, side by side for one year.

For each branch: the meeting cells of its own 年度自查 (支委会, 党员大会, 党小组会, 党课, 主题党日, 组织生活会,
民主评议), its 党费 per month from the one ledger, the members short of 学时 and notes, 发展党员 in each stage
with what is overdue, 一人一事 open and overdue, and when the branch last sent a 数据包.

A person on two branches' rolls (the new branch's 数据包 with the 转入 came before the old branch's with the
转出) is counted in the new branch only, and the old branch's line lists the 转出 it has not reported
(``statistics_rolls``, the rule the 党内统计 follows too): its 党费 ledger reads it as transferred out that day.

Nothing is worked out again here: the facts are gathered by the self-check's own converters
(services/year/selfcheck.py) from the batched forms of the same services (one statement per kind for all
branches, not per branch), and judged by the same ``sc.evaluate`` and 启用日期 rule. So each branch's line
says what its own self-check says, and the totals are the sums of the branches.

    summary = township_summary(session, year=2026)
    for b in summary.branches:
        b.meeting("branch_committee").missing   # months without a valid 支委会
        b.dues[2].owing                         # members who owe for March
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import Branch, DuesPaymentMonth, PartyGroup, Person
from dangjian_desktop.db.models.exchange import ExchangeSource
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain import selfcheck_start as start_rule
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.domain.study import MemberYear
from dangjian_desktop.services import branches as branch_service
from dangjian_desktop.services.cases.records import CaseRow, cases_by_branch
from dangjian_desktop.services.dues import ledger as dues_ledger
from dangjian_desktop.services.meetings.listing import meetings_by_branch
from dangjian_desktop.services.people.records import rows_by_branch
from dangjian_desktop.services.people.rows import IN_PROGRESS, PersonRow
from dangjian_desktop.services.study.year import year_views
from dangjian_desktop.services.township.order import report_order
from dangjian_desktop.services.township.statistics_rolls import DoubleRoll, PendingOut, Rolls, read_rolls
from dangjian_desktop.services.year import selfcheck

# the meeting rules of the self-check shown in the 汇总, with the short column heading
MEETING_KINDS: tuple[tuple[str, str], ...] = (
    ("branch_committee", "支委会"), ("general_meeting", "党员大会"), ("group_meeting", "党小组会"),
    ("party_lecture", "党课"), ("theme_day", "主题党日"), ("life_meeting", "组织生活会"), ("appraisal", "民主评议"))
STAGES = tuple(reversed(IN_PROGRESS))  # 入党申请人 → 入党积极分子 → 发展对象 → 预备党员
STALE_DAYS = 90  # a branch whose newest 数据包 is older than this is pointed out (a quarter without a report)
LOCAL = "本地"
_OUTSIDE = (dm.NOT_MEMBER_YET, dm.NOT_ARRIVED, dm.TRANSFERRED, dm.LEFT)
_WORST = {sc.MISSING: 0, sc.PENDING: 1, sc.OK: 2, start_rule.UNUSED: 3, sc.NA: 4}


@dataclass(frozen=True)
class PeriodCell:
    """One period of one meeting kind, as the branch's self-check grid shows it (党小组会: all groups)."""

    first_month: int
    months: int
    state: str  # sc.OK / sc.MISSING / sc.PENDING / 未启用 (domain.selfcheck_start.UNUSED)
    invalid: bool  # a meeting without a quorum was held in it (无效)
    note: str

    @property
    def mark(self) -> str:
        """What the cell shows: ✓, 缺, 无效, 未启用, or nothing while the period runs."""
        if self.state == sc.OK:
            return "✓"
        if self.invalid:
            return "无效"
        return {sc.MISSING: "缺", start_rule.UNUSED: "未启用"}.get(self.state, "")


@dataclass(frozen=True)
class MeetingLine:
    key: str
    label: str
    cells: tuple[PeriodCell, ...]  # empty: the branch has switched the rule off (or has no 党小组)
    missing: int  # periods without a valid meeting: the self-check's findings for this rule
    note: str = ""  # why there are no cells

    def cell_at(self, month: int) -> PeriodCell | None:
        return next((c for c in self.cells if c.first_month <= month < c.first_month + c.months), None)


@dataclass(frozen=True)
class DuesMonthLine:
    month: int
    members: int  # members who owe dues here for the month (not before joining/arriving, not after leaving)
    due_fen: int
    paid_fen: int
    owed_fen: int  # 欠缴 (only for months that have ended)
    owing: int  # members who owe for it
    paid_late: int  # members whose month was (partly) paid in a later month: 补交
    due_now: bool  # the month has ended


@dataclass(frozen=True)
class Stage:
    category: str  # 入党申请人 … 预备党员
    count: int
    attention: int  # of them, with a step of the 发展党员 timeline to act on
    overdue: int  # of them, with a step overdue or out of its time limit (the self-check's serious findings)


@dataclass(frozen=True)
class Package:
    """The newest 数据包 imported from the branch; ``local`` for a branch kept in this database itself."""

    local: bool
    exported_at: datetime | None = None
    imported_at: datetime | None = None
    days: int | None = None  # days from the export to the summary's day

    @property
    def stale(self) -> bool:
        return not self.local and (self.days is None or self.days > STALE_DAYS)

    @property
    def text(self) -> str:
        if self.local:
            return LOCAL
        if self.exported_at is None:
            return "未收到数据包"
        when = f"{self.exported_at.astimezone():%Y-%m-%d}"
        if self.stale:
            return f"{when}以后未报送（{self.days}天）"
        return f"{when}（当天）" if not self.days else f"{when}（{self.days}天前）"


@dataclass(frozen=True)
class BranchSummary:
    branch_id: str
    name: str
    code: str
    read_only: bool
    meetings: tuple[MeetingLine, ...]  # in MEETING_KINDS order
    dues: tuple[DuesMonthLine, ...]  # 12 months
    members: int  # 正式 and 预备党员 on the books (whose 学时 and notes count)
    study: str  # judged / 四季度起统计 / 未启用 / 不查: whether the short counts are the self-check's judgement
    hours_short: int
    notes_short: int
    stages: tuple[Stage, ...]  # in STAGES order
    cases_open: int
    cases_overdue: int
    package: Package
    pending_out: tuple[PendingOut, ...] = ()  # 转出未报: on this roll, but another branch recorded the 转入
    doubles: tuple[DoubleRoll, ...] = ()  # on this and another roll, the records not saying which
    parent_org: str = ""  # 上级党组织, as the branch names it
    dues_payers: int = 0  # 应交纳党费人数: members who owe dues for some month of the year (the ledger's rows)

    def meeting(self, key: str) -> MeetingLine:
        return next(m for m in self.meetings if m.key == key)

    @property
    def meetings_missing(self) -> int:
        return sum(m.missing for m in self.meetings)

    @property
    def dues_owed_fen(self) -> int:
        return sum(m.owed_fen for m in self.dues)

    @property
    def dues_owing(self) -> int:
        """Members owing for the last month that has ended."""
        ended = [m for m in self.dues if m.due_now]
        return ended[-1].owing if ended else 0

    @property
    def development_overdue(self) -> int:
        return sum(s.overdue for s in self.stages)


JUDGED = "judged"
STUDY_LABELS = {JUDGED: "", "later": "四季度起统计", "unused": "未启用", "off": "不查"}


@dataclass(frozen=True)
class TownshipSummary:
    year: int
    as_of: date  # the day the figures are as of: today, or a past year's 31 December
    branches: tuple[BranchSummary, ...]
    made_on: date  # the day the summary is made (the 数据包 ages are counted to it)

    @property
    def dues_as_of(self) -> date:
        """The 党费 ledger's day: the day of every other figure."""
        return self.as_of

    def dues_total(self, month: int) -> DuesMonthLine:
        lines = [b.dues[month - 1] for b in self.branches]
        return DuesMonthLine(month, sum(m.members for m in lines), sum(m.due_fen for m in lines),
                             sum(m.paid_fen for m in lines), sum(m.owed_fen for m in lines),
                             sum(m.owing for m in lines), sum(m.paid_late for m in lines),
                             all(m.due_now for m in lines) if lines else False)

    def meeting_missing(self, key: str) -> int:
        return sum(b.meeting(key).missing for b in self.branches)

    @property
    def stale(self) -> list[BranchSummary]:
        return [b for b in self.branches if b.package.stale]


def branch_count(session: Session) -> int:
    return len(branch_service.list_branches(session))


@contextmanager
def without_collection_pauses() -> Iterator[None]:
    """No cyclic garbage collection while the block runs (collected afterwards, as usual). The 汇总 makes
    some 100,000 short-lived rows and cells, nearly none of them in cycles; the collector, started every few
    hundred of them, walked every object of the program again and again: a quarter of the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def township_summary(session: Session, *, year: int, today: date | None = None) -> TownshipSummary:
    """The 汇总 of ``year`` over every branch of the database, in a fixed number of statements."""
    with without_collection_pauses():
        return _township_summary(session, year, today)


def _township_summary(session: Session, year: int, today: date | None) -> TownshipSummary:
    facts0 = selfcheck.new_facts(year, today)
    made_on = today or date.today()
    as_of = facts0.today  # as the self-check sees the year: a past one from the day after it
    dues_day = dm.report_day(year, as_of)
    all_branches = report_order(branch_service.list_branches(session))  # as every table lists them
    ids = [b.id for b in all_branches]
    rules = selfcheck.rules_by_branch(session, ids)
    groups: dict[str, list[PartyGroup]] = {}
    for g in session.exec(select(PartyGroup).where(col(PartyGroup.deleted_at).is_(None))
                          .order_by(col(PartyGroup.sort_order), col(PartyGroup.name))):
        groups.setdefault(g.branch_id, []).append(g)
    rolls = read_rolls(session)
    gone = rolls.not_counted
    people = {b: [r for r in rows if r.id not in gone] if gone else rows
              for b, rows in rows_by_branch(session, as_of).items()}
    meetings = meetings_by_branch(session, year)
    grids = dues_ledger.ledgers(session, ids, year, as_of=dues_day, notes=False, collected=False,  # figures only
                                moved_out=[(p.person_id, p.arrived_on) for p in rolls.pending])
    cases = cases_by_branch(session, today=as_of)
    judged = as_of >= date(year, 10, 1)
    study = year_views(session, year) if judged else {}
    recorded = _dues_months_recorded(session, [b for b in all_branches
                                               if start_rule.start_month(b.started_on, year) != 1], year)
    sources = {s.branch_id: s for s in session.exec(select(ExchangeSource).where(
        col(ExchangeSource.deleted_at).is_(None)))}
    year_end = selfcheck.year_end_members(session, ids, facts0, rolls)  # a past year: its members on 31 December
    out = []
    for b in all_branches:
        facts = selfcheck.new_facts(year, today)
        selfcheck.roster_facts(facts, b, groups.get(b.id, []), people.get(b.id, []),
                               year_end.get(b.id, {}) if year_end is not None else None)
        grid = grids[b.id]
        selfcheck.dues_facts(facts, grid)
        selfcheck.meeting_facts(facts, meetings.get(b.id, []))
        selfcheck.case_facts(facts, cases.get(b.id, []))
        selfcheck.study_facts(facts, _rows_of(study, b.id, gone))
        table = rules[b.id]
        found_grid, findings = sc.evaluate(facts, table)
        found_grid, findings = start_rule.limit_to_start(
            found_grid, findings, started_on=b.started_on, year=year, as_of=as_of,
            rule_kinds={r.key: r.kind for r in table.rules}, dues_months_recorded=recorded.get(b.id, set()))
        out.append(_branch(b, table, facts, found_grid, findings, grid, people.get(b.id, []), cases.get(b.id, []),
                           sources.get(b.id), dues_day, made_on, rolls))  # the 一人一事 open at the end of that day
    return TownshipSummary(year, dues_day, tuple(out), made_on)


def _rows_of(found: dict[str, list[MemberYear]], branch_id: str, gone: set[str]) -> Callable[[], list[MemberYear]]:
    """The branch's members' year, less those counted in another branch (转出未报)."""
    return lambda: [r for r in found.get(branch_id, []) if r.person_id not in gone] if gone else found.get(branch_id, [])


def _dues_months_recorded(session: Session, started: list[Branch], year: int) -> dict[str, set[int]]:
    """For branches started during ``year``: the months with a 党费 payment on record (启用日期 rule)."""
    if not started:
        return {}
    found: dict[str, set[int]] = {}
    for branch_id, month in session.execute(
            select(Person.branch_id, DuesPaymentMonth.month).join(Person, col(Person.id) == DuesPaymentMonth.person_id)
            .where(col(Person.branch_id).in_([b.id for b in started]), DuesPaymentMonth.year == year,
                   col(DuesPaymentMonth.deleted_at).is_(None)).distinct()):
        found.setdefault(branch_id, set()).add(month)
    return found


def _meeting_line(key: str, label: str, table: sr.RuleTable, grid: list[sc.GridRow],
                  findings: list[sc.Finding]) -> MeetingLine:
    rule = table.get(key)
    rows = [r for r in grid if r.rule_key.split(":", 1)[0] == key]
    missing = sum(1 for f in findings if f.rule_key == key)
    if not rule.enabled:
        return MeetingLine(key, label, (), 0, "不查")
    if not rows:
        return MeetingLine(key, label, (), missing, "没有党小组" if rule.per_group else "不查")
    cells = []
    for i, first in enumerate(rows[0].cells):
        here = [r.cells[i] for r in rows]
        state = min((c.state for c in here), key=lambda s: _WORST.get(s, 9))
        invalid = any("无效" in c.mark for c in here if c.state != sc.OK)
        notes = [c.note for c in here] if len(rows) == 1 else [
            f"{r.label.removeprefix(rule.label)}：{r.cells[i].note}" for r in rows]
        cells.append(PeriodCell(first.first_month, first.months, state, invalid, "；".join(notes)))
    return MeetingLine(key, label, tuple(cells), missing)


def _branch(b: Branch, table: sr.RuleTable, facts: sc.YearFacts, grid: list[sc.GridRow], findings: list[sc.Finding],
            dues: dues_ledger.DuesGrid, people: list[PersonRow], cases: list[CaseRow], source: ExchangeSource | None,
            cases_day: date, made_on: date, rolls: Rolls) -> BranchSummary:
    kinds = {r.key: r.kind for r in table.rules}
    of_kind = Counter(kinds.get(f.rule_key, "") for f in findings)
    meetings = tuple(_meeting_line(key, label, table, grid, findings) for key, label in MEETING_KINDS)
    members, late = [0] * 12, [0] * 12  # per month: members who owe dues for it, and those who paid it late
    for r in dues.rows:
        for i, c in enumerate(r.months):
            if c.state not in _OUTSIDE:
                members[i] += 1
            if c.back_paid:
                late[i] += 1
    dues_lines = [DuesMonthLine(total.month, members[i], total.due_fen, total.paid_fen, total.owed_fen,
                                total.owing_count, late[i], total.due_now) for i, total in enumerate(dues.months)]
    category = {r.id: r.category for r in people}
    overdue = Counter(category.get(f.target.record_id, "") for f in findings
                      if kinds.get(f.rule_key) == sr.DEVELOPMENT and f.severity == sr.SERIOUS)
    active = [r for r in people if r.status in ACTIVE_STATUSES]
    stages = tuple(Stage(c, sum(r.category == c for r in active), sum(r.category == c and bool(r.attention)
                                                                      for r in active), overdue.get(c, 0))
                   for c in STAGES)
    return BranchSummary(
        b.id, b.name, b.code, b.read_only, meetings, tuple(dues_lines), len(facts.members),
        _study_state(table, facts, b.started_on), of_kind.get(sr.STUDY_HOURS, 0), of_kind.get(sr.STUDY_NOTES, 0),
        stages, sum(1 for c in cases if c.open_on(cases_day)), of_kind.get(sr.CASES, 0), _package(source, made_on),
        tuple(rolls.pending_from(b.id)), tuple(rolls.doubles_of(b.id)), b.parent_org.strip(), len(dues.rows))


def _study_state(table: sr.RuleTable, facts: sc.YearFacts, started_on: date | None) -> str:
    if not any(r.enabled for r in table.rules if r.kind in (sr.STUDY_HOURS, sr.STUDY_NOTES)):
        return "off"
    if start_rule.start_month(started_on, facts.year) != 1:
        return "unused"
    return JUDGED if selfcheck.study_judged(facts) else "later"


def _package(source: ExchangeSource | None, made_on: date) -> Package:
    if source is None:
        return Package(local=True)
    exported = source.last_exported_at
    if exported is not None and exported.tzinfo is None:
        exported = exported.replace(tzinfo=UTC)
    days = max(0, (made_on - exported.astimezone().date()).days) if exported is not None else None
    return Package(False, exported, source.last_imported_at, days)
