"""党费 reports: the arrears list and the yearly 公示 sheet.

Arrears as of a day count the complete months before that day's month (the current month may
still be paid within the month), back across year ends for as long as nothing was paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import format_fen, format_rate
from dangjian_desktop.services import branches
from dangjian_desktop.services.dues.ledger import GridRow, MonthCell, ledger


@dataclass(frozen=True)
class ArrearsRow:
    person_id: str
    name: str
    status: str
    months: int  # consecutive months with nothing paid, up to the last due month (0: only 未交足)
    first_month: tuple[int, int]  # (year, month) the run (or, without one, the first owing month) starts
    last_month: tuple[int, int]
    owed_fen: int  # what the owing months owe (unassessed months owe an amount nobody fixed: not in it)
    level: str  # '' / warn / serious
    reason: str  # an approved 少交/免交 reason, if any
    owing: tuple[int, ...] = ()  # month indexes owed: this year's, and earlier ones of the run
    unassessed: tuple[int, ...] = ()  # of those, months with no standard at all (未核定)

    @property
    def level_label(self) -> str:
        return dm.LEVEL_LABELS.get(self.level, "")

    @property
    def months_text(self) -> str:
        return dm.months_label(list(self.owing))

    @property
    def run_text(self) -> str:
        return f"{self.months}个月" if self.months else "未交足"

    @property
    def owed_text(self) -> str:
        """The amount, or 未核定 for months nobody assessed."""
        money = format_fen(self.owed_fen)
        if not self.unassessed:
            return money
        return f"{money}（另{len(self.unassessed)}个月未核定）" if self.owed_fen else "未核定"


def arrears_list(session: Session, branch_id: str, as_of: date | None = None) -> list[ArrearsRow]:
    """Members who owe as of ``as_of``, most months without payment first.

    The list is read from the ledger of the last due month's year (and the years before, for as long
    as a run of unpaid months reaches back): a member is listed when a due month is unpaid, short or
    unassessed. Someone who has since left (转出, 去世 …) is listed with the months unpaid before leaving,
    without a finding level.
    """
    as_of = as_of or date.today()
    upto = dm.last_due_month(as_of)
    year = dm.year_month(upto)[0]
    grids = [ledger(session, branch_id, year, as_of=as_of)]
    states: dict[str, dict[int, str]] = {}
    cells: dict[str, dict[int, MonthCell]] = {}
    latest: dict[str, GridRow] = {}
    while True:
        grid = grids[-1]
        for row in grid.rows:
            latest.setdefault(row.person_id, row)
            for c in row.months:
                states.setdefault(row.person_id, {})[dm.month_index(grid.year, c.month)] = c.state
                cells.setdefault(row.person_id, {})[dm.month_index(grid.year, c.month)] = c
        january = dm.month_index(grid.year, 1)
        reaching = any(dm.unpaid_run(s, end) >= end - january + 1 for s in states.values() if (end := _end(s, upto)))
        if not reaching or grid.year <= 1990:
            break
        before = ledger(session, branch_id, grid.year - 1, as_of=as_of)
        if not any(r.assessed or r.year_paid_fen for r in before.rows):
            break  # the branch kept no 党费 records that year: its months are not counted as unpaid
        grids.append(before)
    found = []
    this_year = dm.month_index(year, 1)
    for pid, row in latest.items():
        end = _end(states[pid], upto)
        n = dm.unpaid_run(states[pid], end)
        run = set(range(end - n + 1, end + 1))
        mine = cells[pid]
        owing = tuple(sorted(i for i, c in mine.items() if i <= end and (i in run or i >= this_year)
                             and (c.owed_fen > 0 or c.state == dm.UNASSESSED)))
        if not owing:
            continue
        reason = next((f"{p.reduction}：{p.reason}" for p in row.parts if p.reduction), "")
        level = dm.arrears_level(n, reason_approved=bool(reason)) if n and end == upto else ""
        first, last = (min(run), end) if run else (owing[0], owing[-1])
        found.append(ArrearsRow(pid, row.name, row.status, n, dm.year_month(first), dm.year_month(last),
                                sum(mine[i].owed_fen for i in owing), level, reason, owing,
                                tuple(i for i in owing if mine[i].state == dm.UNASSESSED)))
    return sorted(found, key=lambda r: -r.months)


def _end(states: dict[int, str], upto: int) -> int:
    """The last month up to ``upto`` the member still belonged here (before 转出 / leaving)."""
    while states.get(upto) in (dm.TRANSFERRED, dm.LEFT):
        upto -= 1
    return upto


@dataclass(frozen=True)
class PublicityRow:
    seq: int
    name: str
    category: str  # 缴费类别
    rate_text: str  # '1.5%' or '定额'
    due_fen: int  # 月应缴 at the start of the year
    paid_months: int  # months paid in full
    year_due_fen: int
    year_paid_fen: int
    owed_fen: int
    note: str


@dataclass(frozen=True)
class PublicitySheet:
    """党费收缴情况公示: no bases (they are salaries), only what was due and paid."""

    branch_name: str
    year: int
    as_of: date
    rows: tuple[PublicityRow, ...]
    year_due_fen: int
    year_paid_fen: int
    owed_fen: int

    @property
    def title(self) -> str:
        return f"{self.branch_name}{self.year}年度党费收缴情况公示"


def rate_text(row: GridRow) -> str:
    if not row.has_standard:
        return ""
    return format_rate(row.rate_bp) if row.rate_bp else "定额"


def publicity(session: Session, branch_id: str, year: int, *, as_of: date | None = None) -> PublicitySheet:
    grid = ledger(session, branch_id, year, as_of=as_of)
    rows = tuple(PublicityRow(
        i, r.name, r.category, rate_text(r), r.due_fen, sum(c.state == dm.PAID for c in r.months),
        r.year_due_fen, r.year_paid_fen, r.year_owed_fen, _public_note(r)) for i, r in enumerate(grid.rows, 1))
    return PublicitySheet(branches.get_branch(session, branch_id).name, year, grid.as_of, rows,
                          grid.year_due_fen, grid.year_paid_fen, grid.year_owed_fen)


def _public_note(row: GridRow) -> str:
    """The notes fit to be posted: no bases, no approval details."""
    keep = [n for n in row.notes if "基数" not in n and not n.startswith(("少交：", "免交："))]
    if row.reduction:
        keep.insert(0, f"经批准{row.reduction}")
    if row.year_owed_fen:
        keep.append(f"欠缴{format_fen(row.year_owed_fen)}元")
    return "；".join(keep)
