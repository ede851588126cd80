"""党内统计 from the roster: who was on a branch's books on a day, and what moved them on or off in a year.

One person's record is read as a timeline: admitted (入党日期), transfers in and out (组织关系转接),
a 停止党籍 that was later lifted (停止党籍日期 → 恢复党籍日期), and the present 组织关系状态 with its date
(停止党籍, 出党, 去世, 转出). From it come both the stock (``on_books``: 党员 on the books at the end of
a day) and the flows of a year (``flows``: 发展, 恢复党籍, 转入, 出党, 停止党籍, 死亡, 转出). The two are
computed separately on purpose: 上年底 + increases − decreases = 本年底 holds for a person only when the
record is complete, and ``reconcile`` lists the people for whom it does not (the 差额 of the official
table), with the reason.

A state without a date is known now but not when it began: it counts from the report day (``as_of``) on,
so it shows up, as a 差额, in the year being reported until someone fills in the date.

For a township (several branches reported together) a move from one of its branches to another is not a
转入 or 转出 of the township: the official 两年党员数综合比较 counts only what comes from or goes to outside the
unit reported. ``internal_moves`` pairs each such 转出 with its 转入 (the same person: name and 出生日期, and
the 公民身份号码 where both records carry it), and ``township_change`` takes them out of the township's
转入 and 转出 (each branch's own row still counts them); the 差额 does not change.

The bands follow the 中共中央组织部 党内统计 (see ``party_stats_bands``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dangjian_desktop.domain.people import ACTIVE_STATUSES, MEMBER_CATEGORIES

# the flows of the 两年党员数综合比较, in the table's order
DEVELOPED, RESTORED, TRANSFERRED_IN = "发展党员", "恢复党籍", "转入组织关系"
EXPELLED, SUSPENDED, DIED, TRANSFERRED_OUT = "出党", "停止党籍", "死亡", "转出组织关系"
INCREASES = (DEVELOPED, RESTORED, TRANSFERRED_IN)
DECREASES = (EXPELLED, SUSPENDED, DIED, TRANSFERRED_OUT)
_EXIT_FLOW = {"出党": EXPELLED, "停止党籍": SUSPENDED, "去世": DIED, "转出": TRANSFERRED_OUT}
IN, OUT = "转入", "转出"


@dataclass(frozen=True)
class MemberFacts:
    """What the statistics read from one person's record (plain values; the service fills it)."""

    person_id: str
    name: str
    branch_id: str
    category: str  # 人员类别 now
    status: str = "正常"  # 组织关系状态 now
    status_date: date | None = None
    join_date: date | None = None  # 支部大会接收 = 入党日期
    full_member_date: date | None = None
    suspended_date: date | None = None  # 停止党籍 later lifted: from …
    restored_date: date | None = None  # … to 恢复党籍
    transfers: tuple[tuple[date, str], ...] = ()  # (date, 转入/转出), in date order
    gender: str = ""
    ethnicity: str = ""
    education: str = ""
    birth_date: date | None = None
    id_number: str | None = None

    @property
    def is_member(self) -> bool:
        return self.category in MEMBER_CATEGORIES


def category_on(category: str, full_member_date: date | None, day: date) -> str:
    """人员类别 on ``day``: a 正式党员 converted later was still a 预备党员 then."""
    if category == "正式党员" and full_member_date and full_member_date > day:
        return "预备党员"
    return category


def present(f: MemberFacts, day: date) -> bool:
    """Whether the person's 组织关系 was with this branch at the end of ``day``, by the transfers alone:
    the last transfer on or before the day decides; before the first one, a first 转入 means not yet."""
    last = None
    for when, direction in f.transfers:
        if when > day:
            break
        last = direction
    if last is not None:
        return last == IN
    return not (f.transfers and f.transfers[0][1] == IN)


def _exit(f: MemberFacts) -> tuple[str, date | None] | None:
    """The present status when it takes the person off the books: (flow, date or None). A 转出 status
    backed by a 转出 transfer is the transfer's business, not counted twice."""
    if f.status in ACTIVE_STATUSES or f.status not in _EXIT_FLOW:
        return None
    if f.status == "转出" and f.transfers and f.transfers[-1][1] == OUT:
        return None
    when = f.status_date
    if f.status == "停止党籍" and when is None:
        when = f.suspended_date
    return _EXIT_FLOW[f.status], when


def _suspension(f: MemberFacts) -> tuple[date, date] | None:
    """A 停止党籍 lifted later: [from, to) off the books."""
    if f.restored_date is None or f.suspended_date is None or f.status == "停止党籍":
        return None
    return f.suspended_date, f.restored_date


def on_books(f: MemberFacts, day: date, as_of: date) -> bool:
    """A 党员 (正式 or 预备) on this branch's books at the end of ``day``. ``as_of`` is the report day: a
    state without a date counts from then on."""
    if not f.is_member or (f.join_date is not None and f.join_date > day):
        return False
    if not present(f, day):
        return False
    gone = _exit(f)
    if gone is not None and ((gone[1] is None and day >= as_of) or (gone[1] is not None and gone[1] <= day)):
        return False
    pause = _suspension(f)
    return not (pause is not None and pause[0] <= day < pause[1])


def _was_member(f: MemberFacts, day: date) -> bool:
    return f.join_date is None or f.join_date <= day


def flows(f: MemberFacts, start: date, end: date) -> Counter[str]:
    """What moved the person on or off the books in (start, end]: each dated event once."""
    out: Counter[str] = Counter()
    if not f.is_member:
        return out

    def within(d: date | None) -> bool:
        return d is not None and start < d <= end

    if within(f.join_date) and f.join_date is not None and present(f, f.join_date):
        out[DEVELOPED] += 1
    for _when, direction in counted_transfers(f, start, end):
        out[TRANSFERRED_IN if direction == IN else TRANSFERRED_OUT] += 1
    pause = _suspension(f)
    if pause is not None:
        if within(pause[0]) and _ours(f, pause[0]):
            out[SUSPENDED] += 1
        if within(pause[1]) and _ours(f, pause[1]):
            out[RESTORED] += 1
    gone = _exit(f)
    if gone is not None and gone[1] is not None and within(gone[1]) and _ours(f, gone[1]):
        out[gone[0]] += 1
    return out


def counted_transfers(f: MemberFacts, start: date, end: date) -> list[tuple[date, str]]:
    """The transfers in (start, end] that ``flows`` counts as 转入/转出 (made while a 党员)."""
    if not f.is_member:
        return []
    return [(when, direction) for when, direction in f.transfers
            if start < when <= end and _was_member(f, when)]


def _ours(f: MemberFacts, day: date) -> bool:
    """A member whose 组织关系 was here that day: a death after transferring out is not this branch's."""
    return _was_member(f, day) and present(f, day)


@dataclass(frozen=True)
class Gap:
    """One person for whom 年初 + increases − decreases ≠ 年末, and why (for the 差额 list)."""

    person_id: str
    name: str
    branch_id: str
    difference: int  # what the person adds to 差额 = 本年底 − (上年底 + 增 − 减)
    reason: str


@dataclass(frozen=True)
class InternalMove:
    """A 转出 from one branch of the township and the 转入 of the same person into another, both in the year."""

    name: str
    from_branch: str
    to_branch: str
    out_date: date
    in_date: date
    out_person: str  # the person's record in each branch
    in_person: str


@dataclass
class YearChange:
    """两年党员数综合比较 for one unit: the stock at both ends and the flows between."""

    last_total: int = 0
    this_total: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    gaps: list[Gap] = field(default_factory=list)  # who makes the 差额, and whom the 花名册 counts otherwise
    moves: list[InternalMove] = field(default_factory=list)  # a township's moves between its own branches

    @property
    def increase(self) -> int:
        return sum(self.counts[k] for k in INCREASES)

    @property
    def decrease(self) -> int:
        return sum(self.counts[k] for k in DECREASES)

    @property
    def difference(self) -> int:
        """差额: 本年底 − (上年底 + 增加 − 减少); 0 when the table closes."""
        return self.this_total - (self.last_total + self.increase - self.decrease)

    def add(self, other: YearChange) -> None:
        self.last_total += other.last_total
        self.this_total += other.this_total
        self.counts.update(other.counts)
        self.gaps.extend(other.gaps)
        self.moves.extend(other.moves)


def report_days(year: int, as_of: date) -> tuple[date, date]:
    """The year's two ends: 上年底 (31 December before) and 本年底 (31 December, or the report day if
    earlier: a year not over yet is reported as far as it has gone)."""
    return date(year - 1, 12, 31), min(date(year, 12, 31), as_of)


def year_change(people: Iterable[MemberFacts], year: int, as_of: date) -> YearChange:
    start, end = report_days(year, as_of)
    out = YearChange()
    for f in people:
        if not f.is_member:
            continue
        before, after = on_books(f, start, as_of), on_books(f, end, as_of)
        moved = flows(f, start, end)
        out.last_total += before
        out.this_total += after
        out.counts.update(moved)
        expected = int(before) + sum(moved[k] for k in INCREASES) - sum(moved[k] for k in DECREASES)
        if expected != int(after):
            out.gaps.append(Gap(f.person_id, f.name, f.branch_id, int(after) - expected,
                                gap_reason(f, before, after, moved)))
        elif end == as_of and not after and f.status in ACTIVE_STATUSES:
            out.gaps.append(Gap(f.person_id, f.name, f.branch_id, 0, roster_disagrees(f)))
    return out


def _same_person(a: MemberFacts, b: MemberFacts) -> bool:
    return not (a.id_number and b.id_number and a.id_number != b.id_number)


def internal_moves(people: Iterable[MemberFacts], start: date, end: date) -> list[InternalMove]:
    """The moves between two branches among ``people``: a counted 转出 of one branch's record and a counted
    转入 of another branch's record of the same person (same name and 出生日期; the 公民身份号码 equal where
    both have one), both in (start, end]. Each 转出 pairs with at most one 转入, the nearest in time; a
    record without a 出生日期 is never paired (a name alone is not a person)."""
    outs: dict[tuple[str, date], list[tuple[date, MemberFacts]]] = {}
    ins: dict[tuple[str, date], list[tuple[date, MemberFacts]]] = {}
    for f in people:
        if f.birth_date is None or not f.name.strip():
            continue
        key = (f.name.strip(), f.birth_date)
        for when, direction in counted_transfers(f, start, end):
            (ins if direction == IN else outs).setdefault(key, []).append((when, f))
    found = []
    for key, arriving in ins.items():
        leaving = sorted(outs.get(key, []), key=lambda e: e[0])
        for when_in, f_in in sorted(arriving, key=lambda e: e[0]):
            candidates = [(abs((when_in - when_out).days), n) for n, (when_out, f_out) in enumerate(leaving)
                          if f_out.branch_id != f_in.branch_id and _same_person(f_out, f_in)]
            if not candidates:
                continue
            when_out, f_out = leaving.pop(min(candidates)[1])
            found.append(InternalMove(f_in.name.strip(), f_out.branch_id, f_in.branch_id, when_out, when_in,
                                      f_out.person_id, f_in.person_id))
    return sorted(found, key=lambda m: (m.out_date, m.in_date, m.name))


def township_change(people: list[MemberFacts], year: int, as_of: date) -> YearChange:
    """两年党员数综合比较 for a township: the sum of its branches' figures, with the moves between its own
    branches (``internal_moves``) neither a 转入 nor a 转出 of the township; the 差额 is the branches' sum."""
    out = year_change(people, year, as_of)
    start, end = report_days(year, as_of)
    out.moves = internal_moves(people, start, end)
    out.counts[TRANSFERRED_IN] -= len(out.moves)
    out.counts[TRANSFERRED_OUT] -= len(out.moves)
    return out


def roster_disagrees(f: MemberFacts) -> str:
    """The 花名册 counts an active status as on the books; the transfers say otherwise."""
    last = f.transfers[-1] if f.transfers else None
    if last is not None and last[1] == OUT:
        return (f"花名册中组织关系状态为“{f.status}”，但最后一条转接记录是{last[0]:%Y-%m-%d}转出，"
                "未计入本年底党员数；请核对转接记录或组织关系状态")
    return f"花名册中组织关系状态为“{f.status}”，但按入党和转接记录不在册，未计入本年底党员数"


def gap_reason(f: MemberFacts, before: bool, after: bool, moved: Counter[str]) -> str:
    """Why one person does not add up, in words the secretary can act on."""
    hints = []
    gone = _exit(f)
    if gone is not None and gone[1] is None:
        hints.append(f"组织关系状态为“{f.status}”，未填状态日期")
    if f.restored_date is not None and f.suspended_date is None:
        hints.append("填了恢复党籍日期，未填停止党籍日期")
    if f.join_date is None:
        hints.append("未填入党日期")
    if not hints:
        counted = "、".join(f"{k}{n}" for k, n in moved.items() if n) or "无"
        hints.append(f"年初{'在册' if before else '不在册'}，本年计入：{counted}，"
                     f"年末{'在册' if after else '不在册'}；请核对入党、转接和组织关系状态的日期")
    return "；".join(hints)
