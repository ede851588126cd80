"""年度自查: a branch's year checked against the rules — a months × items grid and findings.

Pure: the facts come in as plain data (gathered by services/selfcheck.py), the grid and the findings
go out. A period is judged only once it has ended (or once something was done in it); until then it
is 未到期, never a gap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain.branch_structure import term_notice
from dangjian_desktop.domain.duty import ActivityCount

OK, MISSING, PENDING, NA = "ok", "missing", "pending", "na"  # cell states: 已完成 / 缺 / 未到期 / 不适用
CELL_LABELS = {OK: "已完成", MISSING: "缺", PENDING: "未到期", NA: "不适用"}


@dataclass(frozen=True)
class MeetingFact:
    id: str
    held_on: date
    types: tuple[str, ...]
    group_id: str | None = None
    valid: bool | None = None  # quorum reached (None: not a meeting that needs one)
    backfilled: bool = False  # 补录
    title: str = ""
    draft: bool = False  # 未定稿
    entered_on: date | None = None  # 录入日期 (the record's creation, local day)


@dataclass(frozen=True)
class DuesMonth:
    """One month of the branch's 党费, as the ledger computed it."""

    due_fen: int  # 应缴 for the month
    paid_fen: int  # 实缴 for the month (whenever it was paid)
    owing: int = 0  # members who owe for it
    unassessed: int = 0  # members with no standard for it and nothing paid
    due_now: bool = True  # the month has ended as of the ledger's day (the same rule the ledger uses)


@dataclass(frozen=True)
class DuesArrears:
    """A member in the arrears list (from the ledger)."""

    person_id: str
    name: str
    months: int  # consecutive months with nothing paid
    level: str  # '' / warn / serious (domain.dues_months)
    months_text: str = ""  # the owing months, as words
    unassessed: int = 0  # of the owing months, those without any standard (未核定)


@dataclass(frozen=True)
class Target:
    """Where a finding or a cell leads: a tab and a record id (or a period)."""

    tab: str  # 会议记录 / 党员台账 / 党费 / 三卡一法 / 学习笔记 / 支部信息
    record_id: str = ""
    month: int = 0


@dataclass(frozen=True)
class Finding:
    rule_key: str
    severity: str
    text: str
    basis: str
    target: Target


@dataclass(frozen=True)
class Cell:
    first_month: int  # 1–12
    months: int  # 1, 3 or 12: how many grid columns the cell spans
    state: str
    note: str
    target: Target
    mark: str = ""  # short text drawn in the box ('' → ✓ / 缺 by state)


@dataclass(frozen=True)
class GridRow:
    rule_key: str
    label: str
    cells: tuple[Cell, ...]


@dataclass
class YearFacts:
    year: int
    today: date
    groups: dict[str, str] = field(default_factory=dict)  # 党小组 id → name
    meetings: list[MeetingFact] = field(default_factory=list)
    members: dict[str, str] = field(default_factory=dict)  # people who should have a 谈心谈话: id → name
    talked: set[str] = field(default_factory=set)  # of those, who had one this year
    dues_months: dict[int, DuesMonth] = field(default_factory=dict)  # month → the ledger's figures for it
    dues_arrears: list[DuesArrears] = field(default_factory=list)
    development: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, what is due/overdue)
    term_end: date | None = None
    study_short: list[tuple[str, str, float, float]] = field(default_factory=list)  # (id, name, hours, target)
    notes_short: list[tuple[str, str, int, int]] = field(default_factory=list)  # (id, name, notes, target)
    overdue_cases: list[tuple[str, str, date]] = field(default_factory=list)  # (case id, person, follow-up due)
    known: set[str] = field(default_factory=set)  # fact kinds gathered (meeting, study, cases …)
    activity: ActivityCount | None = None  # 党员学习教育活动 against the local target
    listed: dict[str, list[tuple[str, Target]]] = field(default_factory=dict)  # rule kind → (finding, where)


def _period_end(year: int, first: int, months: int) -> date:
    last = first + months - 1
    return date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)


def _periods(period: str) -> list[tuple[int, int]]:
    return {sr.MONTHLY: [(m, 1) for m in range(1, 13)], sr.QUARTERLY: [(q, 3) for q in (1, 4, 7, 10)],
            sr.YEARLY: [(1, 12)]}[period]


def _period_text(year: int, first: int, months: int) -> str:
    if months == 1:
        return f"{year}年{first}月"
    if months == 3:
        return f"{year}年第{(first + 2) // 3}季度"
    return f"{year}年"


def _meeting_rows(rule: sr.Rule, facts: YearFacts) -> list[tuple[GridRow, list[Finding]]]:
    scopes: list[tuple[str | None, str]] = [(None, rule.label)]
    if rule.per_group:
        scopes = [(gid, f"{rule.label}（{name}）") for gid, name in facts.groups.items()]
    out = []
    for group_id, label in scopes:
        kept = [m for m in facts.meetings if rule.meeting_type in m.types
                and (group_id is None or m.group_id == group_id)]
        cells, findings = [], []
        for first, months in _periods(rule.period):
            end = _period_end(facts.year, first, months)
            here = [m for m in kept if first <= m.held_on.month < first + months]
            inside = [m for m in here if m.valid is not False]  # no quorum: not held
            invalid = [m for m in here if m.valid is False]
            when = _period_text(facts.year, first, months)
            target = Target("会议记录", (inside or invalid)[0].id if here else "", first)
            drafts = sum(m.draft for m in inside)
            if inside:
                note = f"{when}召开 {len(inside)} 次" + (f"，其中 {drafts} 次未定稿" if drafts else "")
                mark = ""
                if invalid:
                    note += f"；另有 {len(invalid)} 次到会人数未过半数，无效"
                    mark = f"{when}召开 {len(inside)} 次，另 {len(invalid)} 次无效"
                cells.append(Cell(first, months, OK, note, target, mark=mark))
            elif facts.today < end and not invalid:
                cells.append(Cell(first, months, PENDING, f"{when}尚未结束", target))
            elif facts.today < end:  # only an invalid meeting so far: not yet a gap, but not done either
                cells.append(Cell(first, months, PENDING, f"{when}召开的{label}到会人数未过半数，无效；本期尚未结束",
                                  target, mark="无效"))
            elif invalid:
                cells.append(Cell(first, months, MISSING, f"{when}召开的{label}到会人数未过半数，无效", target,
                                  mark="无效"))
                findings.append(Finding(rule.key, rule.severity, f"{when}没有有效的{label}（到会人数未过半数）",
                                        rule.basis, target))
            else:
                cells.append(Cell(first, months, MISSING, f"{when}没有{label}记录", target))
                findings.append(Finding(rule.key, rule.severity, f"{when}没有{label}的记录", rule.basis, target))
        out.append((GridRow(rule.key + (f":{group_id}" if group_id else ""), label, tuple(cells)), findings))
    return out


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def dues_mark(month: DuesMonth) -> str:
    """What the dues cell shows: collected against due, e.g. '收412.50/应430.00'."""
    return f"收{_yuan(month.paid_fen)}/应{_yuan(month.due_fen)}"


def _dues_row(rule: sr.Rule, facts: YearFacts) -> tuple[GridRow, list[Finding]]:
    cells = []
    for month in range(1, 13):
        figures = facts.dues_months.get(month) or DuesMonth(
            0, 0, due_now=facts.today >= _period_end(facts.year, month, 1))
        target = Target("党费", month=month)
        said = f"{month}月应缴{_yuan(figures.due_fen)}元，实缴{_yuan(figures.paid_fen)}元"
        if not figures.due_now:
            cells.append(Cell(month, 1, PENDING, f"{month}月尚未结束（{said}）", target))
            continue
        problems = ([f"{figures.owing}人欠缴"] if figures.owing else []) + (
            [f"{figures.unassessed}人未核定交纳标准、也未交纳"] if figures.unassessed else [])
        if problems:
            cells.append(Cell(month, 1, MISSING, f"{said}；{'，'.join(problems)}", target, mark=dues_mark(figures)))
        else:
            cells.append(Cell(month, 1, OK, f"{said}，已收齐", target, mark=dues_mark(figures)))
    findings = []
    for a in facts.dues_arrears:
        if a.unassessed:
            severity = sr.SERIOUS if a.level == "serious" else sr.WARN
            text = (f"{a.name}未核定交纳标准，连续{a.months}个月未交纳党费（{a.months_text}）" if a.months
                    else f"{a.name}未核定交纳标准，{a.months_text}未交纳党费")
            findings.append(Finding(rule.key, severity, text, rule.basis, Target("党费", a.person_id)))
        elif a.level:
            findings.append(Finding(rule.key, sr.SERIOUS if a.level == "serious" else sr.WARN,
                                    f"{a.name}连续{a.months}个月未交纳党费", rule.basis, Target("党费", a.person_id)))
    return GridRow(rule.key, rule.label, tuple(cells)), findings


def _talks_row(rule: sr.Rule, facts: YearFacts) -> tuple[GridRow, list[Finding]]:
    missing = {pid: name for pid, name in facts.members.items() if pid not in facts.talked}
    done = len(facts.members) - len(missing)
    year_over = facts.today >= date(facts.year + 1, 1, 1)
    note = f"已谈 {done} / {len(facts.members)} 人"
    state = OK if not missing else (MISSING if year_over else PENDING)
    target = Target("三卡一法")
    findings = []
    if missing and (year_over or facts.today.month >= 10):  # from Q4 on, say who is still missing
        names = "、".join(sorted(missing.values())[:12]) + ("等" if len(missing) > 12 else "")
        findings.append(Finding(rule.key, rule.severity if year_over else sr.WARN,
                                f"今年还有 {len(missing)} 名党员没有谈心谈话记录：{names}", rule.basis, target))
    return GridRow(rule.key, rule.label, (Cell(1, 12, state, note, target),)), findings


def _list_findings(rule: sr.Rule, facts: YearFacts) -> list[Finding]:
    f: list[Finding] = []
    if rule.kind == sr.QUORUM:
        f = [Finding(rule.key, rule.severity, f"{m.held_on:%Y-%m-%d}“{m.title or '会议'}”到会人数未过半数，会议无效",
                     rule.basis, Target("会议记录", m.id)) for m in facts.meetings if m.valid is False]
    elif rule.kind == sr.DRAFTS:
        f = [Finding(rule.key, rule.severity, f"{m.held_on:%Y-%m-%d}“{m.title or '会议'}”录入已超过一个月，仍未定稿",
                     rule.basis, Target("会议记录", m.id)) for m in facts.meetings if _stale_draft(m, facts.today)]
    elif rule.kind == sr.BACKFILL:
        f = [Finding(rule.key, rule.severity, f"{m.held_on:%Y-%m-%d}“{m.title or '会议'}”为补录记录", rule.basis,
                     Target("会议记录", m.id)) for m in facts.meetings if m.backfilled]
    elif rule.kind == sr.DEVELOPMENT:
        f = [Finding(rule.key, rule.severity if ("逾期" in what or "不符合" in what) else sr.WARN,
                     f"{name}：{what}", rule.basis, Target("党员台账", pid)) for pid, name, what in facts.development]
    elif rule.kind == sr.TERM and (term := term_notice(facts.term_end, facts.today)) is not None:
        severity = sr.SERIOUS if term.severity == sr.SERIOUS else rule.severity
        f = [Finding(rule.key, severity, term.text, rule.basis, Target("支部信息"))]
    elif rule.kind == sr.STUDY_HOURS:
        f = [Finding(rule.key, rule.severity, f"{name}本年学时 {hours:g}，低于 {target:g} 学时", rule.basis,
                     Target("学习笔记", pid)) for pid, name, hours, target in facts.study_short]
    elif rule.kind == sr.STUDY_NOTES:
        f = [Finding(rule.key, rule.severity, f"{name}本年学习笔记/心得 {n} 篇，少于 {target} 篇", rule.basis,
                     Target("学习笔记", pid)) for pid, name, n, target in facts.notes_short]
    elif rule.kind == sr.CASES:
        f = [Finding(rule.key, rule.severity, f"{person}的一人一事回访已逾期（应于{due:%Y-%m-%d}回访）", rule.basis,
                     Target("三卡一法", cid)) for cid, person, due in facts.overdue_cases]
    return f


def _activity_row(rule: sr.Rule, facts: YearFacts) -> tuple[GridRow, list[Finding]]:
    """Two half-year boxes: the first half against half the target at mid-year, the year against the target."""
    c = facts.activity
    assert c is not None
    target = Target("学习笔记")
    first = (Cell(1, 6, OK if not c.half_short else MISSING, f"上半年 {c.first_half} / {c.half_target} 次", target)
             if c.half_due else Cell(1, 6, PENDING, f"上半年 {c.first_half} 次，尚未到半年检查", target))
    second = (Cell(7, 6, OK if not c.year_short else MISSING, f"全年 {c.year_total} / {c.target} 次", target)
              if c.year_due else Cell(7, 6, PENDING, f"全年已 {c.year_total} 次，目标 {c.target} 次", target))
    findings = []
    if c.half_short:
        findings.append(Finding(rule.key, rule.severity, f"{c.year}年上半年党员学习教育活动 {c.first_half} 次，"
                                f"少于半年检查目标 {c.half_target} 次", rule.basis, target))
    if c.year_short:
        findings.append(Finding(rule.key, sr.SERIOUS, f"{c.year}年党员学习教育活动 {c.year_total} 次，"
                                f"少于全年目标 {c.target} 次", rule.basis, target))
    return GridRow(rule.key, rule.label, (first, second)), findings


def _stale_draft(m: MeetingFact, today: date) -> bool:
    """未定稿 for more than DRAFT_DAYS since the meeting was held and entered."""
    since = max(m.held_on, m.entered_on or m.held_on)
    return m.draft and (today - since).days > sr.DRAFT_DAYS


_NEEDS = {sr.MEETING: "meeting", sr.QUORUM: "meeting", sr.BACKFILL: "meeting", sr.DRAFTS: "meeting", sr.TALKS: "talks",
          sr.STUDY_HOURS: "study", sr.STUDY_NOTES: "study", sr.CASES: "cases", sr.ACTIVITIES: "activities",
          **dict.fromkeys(sr.DUTY_KINDS, "duty")}


def evaluate(facts: YearFacts, rules: sr.RuleTable | None = None) -> tuple[list[GridRow], list[Finding]]:
    """The year grid (rows for the rules drawn in it) and every finding, most serious first."""
    grid: list[GridRow] = []
    findings: list[Finding] = []
    for rule in (rules or sr.RuleTable()).enabled():
        need = _NEEDS.get(rule.kind)
        if need is not None and need not in facts.known:
            continue  # that record kind is not kept in this database yet
        if rule.kind == sr.MEETING:
            for row, found in _meeting_rows(rule, facts):
                grid.append(row)
                findings += found
        elif rule.kind == sr.DUES:
            row, found = _dues_row(rule, facts)
            grid.append(row)
            findings += found
        elif rule.kind == sr.TALKS:
            row, found = _talks_row(rule, facts)
            grid.append(row)
            findings += found
        elif rule.kind == sr.ACTIVITIES and facts.activity is not None:
            row, found = _activity_row(rule, facts)
            grid.append(row)
            findings += found
        elif rule.kind in sr.DUTY_KINDS:
            findings += [Finding(rule.key, rule.severity, text, rule.basis, where)
                         for text, where in facts.listed.get(rule.kind, [])]
        else:
            findings += _list_findings(rule, facts)
    order = {sr.SERIOUS: 0, sr.WARN: 1, sr.INFO: 2}
    findings.sort(key=lambda f: order[f.severity])
    return grid, findings


def serious(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == sr.SERIOUS]
