"""党费 by month: month arithmetic, which months a payment may cover, month states and arrears.

A month is a (year, month) pair or its *month index* ``year * 12 + month - 1``, so that months can
be counted across year ends with plain subtraction.

The 补交 rule (DESIGN.md §4.2, "补交 at most 6 months back"), precisely: a payment made on a day of
month P may cover any month M with ``P - 6 <= M <= December of P's year``. Paid in July 2026, it
may cover January 2026 (the sixth month before July) up to December 2026; December 2025 is refused.
Months before P are 补交, P itself is 当月, months after P are 预交.

When a month is due: once it has ended. A view made as of a day counts the records up to the end of that
day, so a month is owing once the view's day is its last day or later (``last_due_month``); until then it
may still be paid and is 未到期. A past year is viewed as of its 31 December (``report_day``).

Arrears: the months of a run of consecutive months with nothing paid, counted back from a given
month across year ends. A due month without a standard (UNASSESSED) with nothing paid is part of the
run: a month nobody assessed is not a settled month. A partly paid, waived or not-yet-due month ends
the run. From 3 such months the member is reminded (WARN); from 6 it is a serious
finding (党章: 连续六个月不交纳党费 without good reason counts as 自行脱党) unless a 少交/免交 with a
reason has been approved, which is a good reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dangjian_desktop.domain.dues import DuesRuleError

MAX_BACK_MONTHS = 6
WARN_MONTHS = 3
SERIOUS_MONTHS = 6

PAID, PARTIAL, UNPAID, WAIVED = "paid", "partial", "unpaid", "waived"
NOT_DUE, UNASSESSED = "not_due", "unassessed"
NOT_MEMBER_YET, NOT_ARRIVED = "not_member_yet", "not_arrived"  # before 入党; before 转入 (paid elsewhere)
TRANSFERRED, LEFT = "transferred", "left"  # after 转出; after 去世 / 出党 / 停止党籍
STATE_LABELS = {
    PAID: "已交", PARTIAL: "未交足", UNPAID: "未交", WAIVED: "免交", NOT_DUE: "未到期",
    NOT_MEMBER_YET: "未入党", NOT_ARRIVED: "未转入", TRANSFERRED: "已转出", LEFT: "已离开", UNASSESSED: "未核定",
}
OWING_STATES = (UNPAID, PARTIAL)
NOTHING_PAID_STATES = (UNPAID, UNASSESSED)  # due months with nothing paid: they make an arrears run

WARN, SERIOUS = "warn", "serious"
LEVEL_LABELS = {WARN: "欠缴3个月以上，应提醒", SERIOUS: "连续6个月以上未交纳党费，无正当理由按自行脱党处理"}

BACK_PAY, CURRENT, PREPAY = "补交", "当月", "预交"


# ---------------------------------------------------------------- month arithmetic

def month_index(year: int, month: int) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return year * 12 + month - 1


def year_month(index: int) -> tuple[int, int]:
    year, m = divmod(index, 12)
    return year, m + 1


def month_of(d: date) -> int:
    return month_index(d.year, d.month)


def last_due_month(as_of: date) -> int:
    """The last month that has ended by the end of the day ``as_of`` (a month is due once it has ended)."""
    return month_of(as_of + timedelta(days=1)) - 1


def report_day(year: int, today: date) -> date:
    """The day a view of ``year`` is made as of: today, or for a past year its 31 December."""
    return date(year, 12, 31) if year < today.year else today


def month_label(index: int) -> str:
    year, month = year_month(index)
    return f"{year}年{month}月"


def day_label(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def months_label(indexes: list[int]) -> str:
    """'2026年1月—3月、5月' style: runs of consecutive months joined, the year said once per year."""
    parts: list[str] = []
    runs: list[list[int]] = []
    for i in sorted(set(indexes)):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    last_year = None
    for run in runs:
        (y0, m0), (y1, m1) = year_month(run[0]), year_month(run[-1])
        head = f"{y0}年{m0}月" if y0 != last_year else f"{m0}月"
        tail = "" if len(run) == 1 else (f"—{m1}月" if y1 == y0 else f"—{y1}年{m1}月")
        parts.append(head + tail)
        last_year = y1
    return "、".join(parts)


# ---------------------------------------------------------------- which months a payment may cover

def payable_range(paid_on: date, max_back: int = MAX_BACK_MONTHS) -> tuple[int, int]:
    """(earliest, latest) month index a payment made on ``paid_on`` may cover."""
    return month_of(paid_on) - max_back, month_index(paid_on.year, 12)


def payment_month_error(paid_on: date, index: int, max_back: int = MAX_BACK_MONTHS) -> str | None:
    """Why a payment made on ``paid_on`` may not cover month ``index`` (Chinese), or None."""
    earliest, latest = payable_range(paid_on, max_back)
    if index < earliest:
        return (f"{month_label(index)}的党费不能在{day_label(paid_on)}补交：补交最多追溯{max_back}个月"
                f"（最早可补{month_label(earliest)}）")
    if index > latest:
        return f"{month_label(index)}的党费还不能预交：预交最多到{paid_on.year}年12月"
    return None


def payment_kind(paid_on: date, index: int) -> str:
    paid = month_of(paid_on)
    return BACK_PAY if index < paid else PREPAY if index > paid else CURRENT


def split_amount(amount_fen: int, outstanding: Sequence[int]) -> list[int]:
    """Share a payment among months exactly, in fen.

    Each month in turn gets what it still owes (earliest first), so a short payment leaves the last
    months short. Anything left over goes evenly to the months that owed nothing (the remainder fen
    to the earliest), or else to the last month (党员 may pay more than is due). Every month must
    get something: DuesRuleError otherwise.
    """
    parts: list[int] = []
    left = amount_fen
    for owe in outstanding:
        take = min(max(owe, 0), left)
        parts.append(take)
        left -= take
    if left > 0 and parts:
        targets = [i for i, owe in enumerate(outstanding) if owe <= 0] or [len(parts) - 1]
        share, extra = divmod(left, len(targets))
        for k, i in enumerate(targets):
            parts[i] += share + (1 if k < extra else 0)
    if not parts or any(p <= 0 for p in parts):
        raise DuesRuleError(f"所交金额不够分到所选的{len(outstanding)}个月，请少选几个月或补足金额")
    return parts


# ---------------------------------------------------------------- who owes which months

@dataclass(frozen=True)
class DueWindow:
    """The months a person owes dues to this branch: from ``first`` to ``last`` (None: open)."""

    first: int | None = None
    last: int | None = None
    before_first: str = NOT_MEMBER_YET  # the state of months before ``first``
    after_last: str = TRANSFERRED  # the state of months after ``last``

    def covers_year(self, year: int) -> bool:
        return ((self.first is None or self.first <= month_index(year, 12))
                and (self.last is None or self.last >= month_index(year, 1)))

    def outside(self, index: int) -> str | None:
        if self.first is not None and index < self.first:
            return self.before_first
        if self.last is not None and index > self.last:
            return self.after_last
        return None


def month_state(index: int, *, as_of: int, window: DueWindow, assessed: bool, due_fen: int, paid_fen: int) -> str:
    """The state of one month for one person; ``as_of`` is the last due month (months after it are not
    yet due: paid in full they are PAID, otherwise NOT_DUE)."""
    outside = window.outside(index)
    if outside is not None:
        return outside
    if not assessed:
        return PAID if paid_fen > 0 else NOT_DUE if index > as_of else UNASSESSED
    if due_fen <= 0:
        return WAIVED
    if paid_fen >= due_fen:
        return PAID
    if index > as_of:
        return NOT_DUE
    return PARTIAL if paid_fen > 0 else UNPAID


def owed_fen(state: str, due_fen: int, paid_fen: int) -> int:
    """欠缴 of a month in ``state``: the shortfall of a due month, else 0."""
    return max(due_fen - paid_fen, 0) if state in OWING_STATES else 0


def unpaid_run(states: Mapping[int, str], upto: int) -> int:
    """Consecutive due months with nothing paid (UNPAID or UNASSESSED) ending at month ``upto``."""
    n = 0
    while states.get(upto - n) in NOTHING_PAID_STATES:
        n += 1
    return n


def arrears_level(months: int, *, reason_approved: bool = False) -> str:
    """'' (nothing to say), WARN (≥ 3 months) or SERIOUS (≥ 6 months without an approved reason)."""
    if months >= SERIOUS_MONTHS and not reason_approved:
        return SERIOUS
    if months >= WARN_MONTHS:
        return WARN
    return ""
