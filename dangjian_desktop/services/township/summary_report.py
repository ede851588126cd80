"""The 汇总 as tables: what the tab shows, the .xlsx and the Word report write — all from ``township_summary``.

Each table has one row per branch, in the summary's order (the tab maps a row back to its branch by that
order, which ``order.report_order`` decides); a 合计 row, where a sum means something, comes last, taken
from the summary's own totals.

党费 is said with one cut-off everywhere: 应缴, 实缴 and 欠缴 of the months that have ended
(``DuesMonthLine.due_now``), named in the header (“1—10月应缴”); the whole year's 应缴, while months are still to
come, only as 全年应缴.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.errors import UserError
from dangjian_desktop.export.docx_layout import Span
from dangjian_desktop.export.township_report import Money, ReportTable, Section, TownshipReport, Value
from dangjian_desktop.services.township.statistics import common_parent
from dangjian_desktop.services.township.summary import (
    MEETING_KINDS,
    STAGES,
    STALE_DAYS,
    STUDY_LABELS,
    BranchSummary,
    DuesMonthLine,
    MeetingLine,
    TownshipSummary,
    township_summary,
)

Names = Mapping[str, str] | None  # branch id → the name a table shows (None: the branch's full name)

MARKS_NOTE = ("注：“✓”为已开展，“缺”为没有有效记录，“无效”为到会人数未过半数，空白为未到期，“未启用”为该支部启用本软件之前，"
              "“不查”为该支部关闭了这项自查规则；结果与各支部自己的年度自查相同。")
_QUARTERS = ("一季度", "二季度", "三季度", "四季度")
# the detail tables of 组织生活: (table name, [(meeting key, column periods)])
MEETING_TABLES: tuple[tuple[str, tuple[str, ...], list[tuple[int, int]]], ...] = (
    ("支委会", ("branch_committee",), [(m, 1) for m in range(1, 13)]),
    ("主题党日", ("theme_day",), [(m, 1) for m in range(1, 13)]),
    ("党小组会", ("group_meeting",), [(m, 1) for m in range(1, 13)]),
    ("党员大会和党课", ("general_meeting", "party_lecture"), [(q, 3) for q in (1, 4, 7, 10)]),
    ("组织生活会和民主评议", ("life_meeting", "appraisal"), [(1, 12)]),
)
_LABEL = dict(MEETING_KINDS)


def _date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def parent_of(summary: TownshipSummary) -> str:
    """The 上级党组织 the branches name (``statistics.common_parent``); "" when they name different ones or none."""
    return common_parent(b.parent_org for b in summary.branches)


def title(year: int, parent: str = "") -> str:
    """“中共榆中县清水驿乡委员会各党支部2026年度党建工作汇总”; without a common 上级党组织 “各党支部…”."""
    return f"{parent}各党支部{year}年度党建工作汇总"


_LEVELS = "省市州盟县区旗"


def _prefixes(parent: str) -> list[str]:
    """What a branch's name may start with under ``parent``: 中共榆中县清水驿乡委员会 → itself, 中共榆中县清水驿乡,
    中共清水驿乡委员会, 中共清水驿乡, 清水驿乡 (longest first)."""
    base = parent
    for suffix in ("委员会", "党工委", "党委"):
        base = base.removesuffix(suffix)
    own = base.removeprefix("中共")
    cut = max(own.rfind(c) for c in _LEVELS)
    if 0 <= cut < len(own) - 1:
        own = own[cut + 1:]
    found = [parent, base, f"中共{own}委员会", f"中共{own}", own]
    return sorted({p for p in found if len(p) >= 2}, key=len, reverse=True)


def short_names(summary: TownshipSummary, parent: str) -> tuple[dict[str, str], str]:
    """The branches' names less the part every one of them starts with that names the common 上级党组织
    (中共清水驿乡后岘村党支部 → 后岘村党支部), and that part; ({}, "") when it is not so for every branch, or two
    short names would be the same."""
    names = [b.name for b in summary.branches]
    for prefix in _prefixes(parent) if parent and names else []:
        if all(n.startswith(prefix) and len(n) - len(prefix) >= 3 for n in names):
            short = {b.branch_id: b.name[len(prefix):] for b in summary.branches}
            if len(set(short.values())) == len(short):
                return short, prefix
    return {}, ""


def _nm(b: BranchSummary, names: Names) -> str:
    return names.get(b.branch_id, b.name) if names else b.name


@dataclass(frozen=True)
class DuesFigures:
    """党费 of one branch or of all: 应缴, 实缴 and 欠缴 of the months that have ended, and the whole year's."""

    months_ended: int  # 1 … months_ended have ended (12 for a past year)
    due_fen: int
    paid_fen: int
    owed_fen: int
    year_due_fen: int
    year_paid_fen: int
    paid_late: int  # 补交: members' months paid in a later month (人次), over the whole year
    paid_late_ended: int  # of them, of the months that have ended

    @property
    def label(self) -> str:
        """The months the cut-off covers: 全年, 1月, 1—10月."""
        n = self.months_ended
        return "全年" if n == 12 else "1月" if n == 1 else f"1—{n}月" if n else "已结束月份"

    @property
    def ended(self) -> str:
        """How the text names the cut-off: 全年 (a year that is over), or 已结束的1—10月."""
        return self.label if self.months_ended == 12 else f"已结束的{self.label}"

    @property
    def rest(self) -> str:
        """The months not yet ended: 11—12月, 12月 (or "")."""
        n = self.months_ended
        return "" if n == 12 else "12月" if n == 11 else f"{n + 1}—12月"


def dues_figures(lines: Sequence[DuesMonthLine]) -> DuesFigures:
    """The 党费 figures of 12 month lines (a branch's ``dues``, or the township's ``dues_total`` of each month)."""
    ended = [m for m in lines if m.due_now]
    return DuesFigures(len(ended), sum(m.due_fen for m in ended), sum(m.paid_fen for m in ended),
                       sum(m.owed_fen for m in lines), sum(m.due_fen for m in lines), sum(m.paid_fen for m in lines),
                       sum(m.paid_late for m in lines), sum(m.paid_late for m in ended))


def township_dues(summary: TownshipSummary) -> DuesFigures:
    return dues_figures([summary.dues_total(m) for m in range(1, 13)])


def dues_text(summary: TownshipSummary) -> str:
    """The 党费 sentence of the report: the figures of the months that have ended, the whole year's 应缴 apart."""
    f = township_dues(summary)
    text = (f"党费：截至{_date(summary.dues_as_of)}，{f.ended}应缴{Money(f.due_fen)}元，"
            f"实缴{Money(f.paid_fen)}元，欠缴{Money(f.owed_fen)}元")
    if f.rest:
        text += f"；全年应缴{Money(f.year_due_fen)}元（含未到期的{f.rest}）"
        if f.year_paid_fen > f.paid_fen:
            text += f"，未到期月份已预交{Money(f.year_paid_fen - f.paid_fen)}元"
    return text + "。"


def _missing_text(line: MeetingLine) -> str:
    if not line.cells:
        return line.note
    if len(line.cells) == 1:
        return line.cells[0].mark
    return f"缺{line.missing}" if line.missing else ("✓" if any(c.state == sc.OK for c in line.cells) else "")


PENDING_NOTE = ("“转出未报”为本支部在册、另一个支部已记录转入的党员（新支部的数据包先到）：汇总按转入计入新支部，"
                "请本支部报送最新的数据包。")


def _names(summary: TownshipSummary) -> dict[str, str]:
    return {b.branch_id: b.name for b in summary.branches}


def pending_text(summary: TownshipSummary, b: BranchSummary) -> str:
    """Who is on the branch's roll though another branch recorded the 转入 (and who is on two rolls)."""
    names = _names(summary)
    said = [f"{p.name}（{p.arrived_on:%Y-%m-%d}转入{names.get(p.to_branch, '')}）" for p in b.pending_out]
    said += [f"{d.name}（同时在{'、'.join(names.get(o, '') for o in d.branches if o != b.branch_id)}在册）"
             for d in b.doubles]
    return "；".join(said)


STUDY_HEADERS = ["学时不足(人)", "笔记不足(人)"]
CASE_HEADERS = ["一人一事未结(件)", "回访逾期(件)"]


def overview_table(summary: TownshipSummary, names: Names = None) -> ReportTable:
    headers = ["序号", "支部", *(label for _k, label in MEETING_KINDS), "欠缴党费(元)", *STUDY_HEADERS,
               "发展逾期(人)", *CASE_HEADERS, "转出未报(人)", "数据包报送"]
    rows: list[list[Value]] = []
    tips: list[list[str]] = []
    for i, b in enumerate(summary.branches, 1):
        rows.append([i, _nm(b, names), *(_missing_text(m) for m in b.meetings), Money(b.dues_owed_fen), *_study(b),
                     b.development_overdue, b.cases_open, b.cases_overdue, len(b.pending_out), b.package.text])
        tips.append([""] * (len(headers) - 2) + [pending_text(summary, b), ""])
    totals: list[Value] = ["", "合计", Span("", len(MEETING_KINDS)), Money(township_dues(summary).owed_fen),
                           *_study_totals(summary), sum(b.development_overdue for b in summary.branches),
                           sum(b.cases_open for b in summary.branches), sum(b.cases_overdue for b in summary.branches),
                           sum(len(b.pending_out) for b in summary.branches), ""]
    note = MARKS_NOTE.replace("“✓”为已开展", "“缺”后的数字为缺的期数（“缺2”即缺2期），“✓”为已到期的均已开展")
    note += f"欠缴党费为{township_dues(summary).ended}。"
    if any(b.pending_out for b in summary.branches):
        note += PENDING_NOTE
    return ReportTable("总览", headers, rows, note=note, key_columns=2, tips=tips, totals=totals,
                       wrap=frozenset({len(headers) - 1}))


def _study(b: BranchSummary) -> list[Value]:
    label = STUDY_LABELS[b.study]
    return [label, label] if label else [b.hours_short, b.notes_short]


def _study_totals(summary: TownshipSummary) -> list[Value]:
    """学时不足 and 笔记不足 summed over the branches where they are counted (blank when none is)."""
    judged = [b for b in summary.branches if not STUDY_LABELS[b.study]]
    return ([sum(b.hours_short for b in judged), sum(b.notes_short for b in judged)] if judged else ["", ""])


def _period_cells(line: MeetingLine, periods: list[tuple[int, int]]) -> list[Value]:
    if not line.cells:
        return [Span(line.note, len(periods))] if len(periods) > 1 else [line.note]
    out: list[Value] = []
    skip = 0
    for n, (first, months) in enumerate(periods):
        if skip:
            skip -= 1
            continue
        inside = [c for c in line.cells if first <= c.first_month < first + months]
        covering = next((c for c in line.cells if c.first_month == first and c.months > months), None)
        if covering is not None:  # the branch checks this meeting less often: one cell over several columns
            cols = min(covering.months // months, len(periods) - n)
            out.append(Span(covering.mark, cols) if cols > 1 else covering.mark)
            skip = cols - 1
        else:
            out.append("".join(c.mark for c in inside))
    return out


def meeting_table(summary: TownshipSummary, name: str, keys: tuple[str, ...],
                  periods: list[tuple[int, int]], names: Names = None) -> ReportTable:
    heads = ([f"{m}月" for m, _n in periods] if periods[0][1] == 1 else
             list(_QUARTERS) if periods[0][1] == 3 else ["全年"])
    headers = ["序号", "支部"]
    for key in keys:
        headers += [f"{_LABEL[key]}{h}" if len(keys) > 1 else h for h in heads]
    headers += [f"{_LABEL[k]}缺" if len(keys) > 1 else "缺" for k in keys] if periods[0][1] != 12 else []
    rows: list[list[Value]] = []
    tips: list[list[str]] = []
    for i, b in enumerate(summary.branches, 1):
        row: list[Value] = [i, _nm(b, names)]
        tip = ["", b.name]
        for key in keys:
            row += _period_cells(b.meeting(key), periods)
            tip += [_note(b.meeting(key), first) for first, _n in periods]
        if periods[0][1] != 12:
            row += [b.meeting(k).missing for k in keys]
            tip += [""] * len(keys)
        rows.append(row)
        tips.append(tip)
    totals: list[Value] | None = None
    if periods[0][1] != 12:
        totals = ["", "合计", Span("", len(keys) * len(periods)), *(summary.meeting_missing(k) for k in keys)]
    return ReportTable(name, headers, rows, note=MARKS_NOTE, totals=totals, key_columns=2, tips=tips)


def _note(line: MeetingLine, month: int) -> str:
    cell = line.cell_at(month)
    return cell.note if cell is not None else line.note


def dues_branch_table(summary: TownshipSummary, names: Names = None) -> ReportTable:
    whole = township_dues(summary)
    cut, last = whole.label, whole.months_ended
    headers = ["序号", "支部", "应交纳党费(人)", f"{cut}应缴(元)", f"{cut}实缴(元)", f"{cut}欠缴(元)",
               *(["全年应缴(元)"] if whole.rest else []), f"{last}月欠缴(人)" if last else "欠缴(人)", "补交(人次)"]
    rows: list[list[Value]] = []
    for i, b in enumerate(summary.branches, 1):
        f = dues_figures(b.dues)
        rows.append([i, _nm(b, names), b.dues_payers, Money(f.due_fen),
                     Money(f.paid_fen), Money(f.owed_fen), *([Money(f.year_due_fen)] if whole.rest else []),
                     b.dues_owing, f.paid_late])
    last_month = summary.dues_total(last) if last else None
    totals: list[Value] = ["", "合计", sum(b.dues_payers for b in summary.branches),
                           Money(whole.due_fen), Money(whole.paid_fen), Money(whole.owed_fen),
                           *([Money(whole.year_due_fen)] if whole.rest else []),
                           last_month.owing if last_month else 0, whole.paid_late]
    note = (f"注：党费按各支部党费台账计算，截至{_date(summary.dues_as_of)}。应缴、实缴、欠缴均为{whole.ended}"
            + (f"；{whole.rest}尚未结束，只计入全年应缴" if whole.rest else "")
            + "。“应交纳党费”为本年有应交月份的党员，含年内入党、转入和转出的（与该支部党费台账的人数相同）；"
            "“补交”为党费在以后月份才交的月数，一人补交两个月计2人次。")
    return ReportTable("党费（各支部全年）", headers, rows, totals=totals, key_columns=2, note=note)


def _month_row(label: str, t: DuesMonthLine) -> list[Value]:
    return ([label, t.members, Money(t.due_fen), Money(t.paid_fen), Money(t.owed_fen), t.owing, t.paid_late]
            if t.due_now else [label, t.members, Money(t.due_fen), Money(t.paid_fen), "未到期", "", t.paid_late])


def _sum_rows(f: DuesFigures) -> list[list[Value]]:
    """After the months: the 小计 of those that have ended (while some have not), then the whole year's
    (月份 … 补交; 交纳党员 and 欠缴(人) are per month, not summed)."""
    out: list[list[Value]] = []
    if f.rest and f.months_ended:
        out.append([f"{f.label}小计", "", Money(f.due_fen), Money(f.paid_fen), Money(f.owed_fen), "", f.paid_late_ended])
    return [*out, ["全年合计", "", Money(f.year_due_fen), Money(f.year_paid_fen), Money(f.owed_fen), "", f.paid_late]]


def dues_month_table(summary: TownshipSummary) -> ReportTable:
    headers = ["月份", "交纳党员(人)", "应缴(元)", "实缴(元)", "欠缴(元)", "欠缴(人)", "补交(人次)"]
    months = [summary.dues_total(m) for m in range(1, 13)]
    rows: list[list[Value]] = [_month_row(f"{m.month}月", m) for m in months]
    whole = dues_figures(months)
    *subtotal, totals = _sum_rows(whole)
    note = "注：各月为全部支部之和；“补交”为该月党费在以后月份才交的人次（一人一个月计1人次）；“未到期”为尚未结束的月份，不计欠缴。"
    if subtotal:
        note += f"“{whole.label}小计”为已结束月份之和，“全年合计”含未到期的{whole.rest}。"
    return ReportTable("党费（全部支部逐月）", headers, rows + subtotal, key_columns=1, totals=totals,
                       bold_rows=frozenset(range(len(rows), len(rows) + len(subtotal))), note=note)


def dues_owing_table(summary: TownshipSummary, names: Names = None) -> ReportTable:
    headers = ["序号", "支部", *(f"{m}月" for m in range(1, 13))]
    rows: list[list[Value]] = [[i, _nm(b, names), *((m.owing if m.due_now else "") for m in b.dues)]
                               for i, b in enumerate(summary.branches, 1)]
    tips = [["", b.name, *(f"{m.month}月：交纳党员{m.members}人，应缴{Money(m.due_fen)}元，实缴{Money(m.paid_fen)}元，"
                            + (f"欠缴{Money(m.owed_fen)}元（{m.owing}人）" if m.due_now else "未到期")
                            + (f"，补交{m.paid_late}人" if m.paid_late else "") for m in b.dues)]
            for b in summary.branches]
    totals: list[Value] = ["", "合计", *((t.owing if t.due_now else "")
                                         for t in (summary.dues_total(m) for m in range(1, 13)))]
    return ReportTable("党费（各支部逐月欠缴人数）", headers, rows, key_columns=2, tips=tips, totals=totals,
                       note="注：数字为该月欠缴党费的人数，0为已收齐，空白为未到期。")


def dues_detail_table(summary: TownshipSummary) -> ReportTable:
    headers = ["支部", "月份", "交纳党员(人)", "应缴(元)", "实缴(元)", "欠缴(元)", "欠缴(人)", "补交(人次)"]
    rows: list[list[Value]] = []
    bold: set[int] = set()
    for b in summary.branches:
        rows += [[b.name, *_month_row(f"{m.month}月", m)] for m in b.dues]
        sums = [[b.name, *r] for r in _sum_rows(dues_figures(b.dues))]
        sums[-1][1] = "全年小计"
        bold.update(range(len(rows), len(rows) + len(sums)))
        rows += sums
    whole = township_dues(summary)
    totals: list[Value] = ["合计", *_sum_rows(whole)[-1]]
    totals[1] = "全年"
    note = ("注：每个支部12个月之后是它的小计：" + (f"“{whole.label}小计”为已结束的月份，" if whole.rest and whole.months_ended
                                               else "") + "“全年小计”为全年12个月（欠缴只计已结束的月份）；最后一行为全部支部全年合计。")
    return ReportTable("党费逐月明细", headers, rows, key_columns=2, totals=totals, bold_rows=frozenset(bold), note=note)


def people_table(summary: TownshipSummary, names: Names = None) -> ReportTable:
    headers = ["序号", "支部", "党员(人)", *STUDY_HEADERS, *(f"{s}(人)" for s in STAGES), "发展逾期(人)",
               *CASE_HEADERS]
    rows: list[list[Value]] = []
    tips: list[list[str]] = []
    for i, b in enumerate(summary.branches, 1):
        rows.append([i, _nm(b, names), b.members, *_study(b), *(s.count for s in b.stages), b.development_overdue,
                     b.cases_open, b.cases_overdue])
        tips.append(["", b.name, "", "", "", *(f"{s.category}{s.count}人，其中{s.attention}人有待办环节、{s.overdue}人逾期"
                                               for s in b.stages), "", "", ""])
    every = summary.branches
    totals: list[Value] = ["", "合计", sum(b.members for b in every), *_study_totals(summary),
                           *(sum(b.stages[k].count for b in every) for k in range(len(STAGES))),
                           sum(b.development_overdue for b in every), sum(b.cases_open for b in every),
                           sum(b.cases_overdue for b in every)]
    return ReportTable("学习、发展党员和一人一事", headers, rows, key_columns=2, tips=tips, totals=totals,
                       note="注：学时、笔记在第四季度起按各支部设定的目标统计；发展党员逾期为各环节已逾期或不符合时限的人数；"
                            "与各支部年度自查的结果相同。")


def package_state(summary: TownshipSummary, b: BranchSummary) -> str:
    """情况 in 数据包报送: 正常, or what is wrong (not sent for long, none received, 转出 not reported)."""
    p = b.package
    said = [f"超过{p.days}天未报送" if p.stale and p.days is not None else
            "未收到数据包" if not p.local and p.exported_at is None else ""]
    pending = pending_text(summary, b)
    said.append(f"转出未报：{pending}" if pending else "")
    return "；".join(s for s in said if s) or "正常"


def package_table(summary: TownshipSummary, names: Names = None) -> ReportTable:
    headers = ["序号", "支部", "支部编码", "来源", "最近数据包导出", "导入本机", "转出未报(人)", "情况"]
    rows: list[list[Value]] = []
    for i, b in enumerate(summary.branches, 1):
        p = b.package
        rows.append([i, _nm(b, names), b.code or "未填", "本地" if p.local else "数据包",
                     f"{p.exported_at.astimezone():%Y-%m-%d}" if p.exported_at else "",
                     f"{p.imported_at.astimezone():%Y-%m-%d}" if p.imported_at else "", len(b.pending_out),
                     package_state(summary, b)])
    totals: list[Value] = ["", "合计", "", "", "", "", sum(len(b.pending_out) for b in summary.branches), ""]
    return ReportTable("数据包报送", headers, rows, key_columns=2, totals=totals, wrap=frozenset({7}),
                       note=f"注：“本地”为在本数据库建立的支部，没有数据包；最近数据包超过{STALE_DAYS}天的支部，"
                            "“情况”写明已有多少天未报送；“支部编码”由乡镇党委给定，未填的请在支部信息中填写。"
                            + PENDING_NOTE)


def tab_tables(summary: TownshipSummary) -> list[ReportTable]:
    """What the tab shows, one page per table (every row a branch, in the summary's order)."""
    return [overview_table(summary), *(meeting_table(summary, n, k, p) for n, k, p in MEETING_TABLES),
            dues_owing_table(summary), dues_branch_table(summary), people_table(summary), package_table(summary)]


def report(summary: TownshipSummary, *, detail: bool = False, short: bool = False) -> TownshipReport:
    """The report (``detail``: also the branch × month 党费 rows, for the .xlsx; ``short``: the tables name the
    branches without the part of their names that names the common 上级党组织, when that is unambiguous — the
    Word report, whose landscape page has no room for a long name on one line)."""
    parent = parent_of(summary)
    names_shown, dropped = short_names(summary, parent) if short else ({}, "")
    shown: Names = names_shown or None
    imported = sum(not b.package.local for b in summary.branches)
    lines = [f"本汇总包括{len(summary.branches)}个党支部（从数据包导入{imported}个，本机建立"
             f"{len(summary.branches) - imported}个）：{'、'.join(b.name for b in summary.branches)}。"
             + (f"下列各表中的支部名称略去了共同的“{dropped}”。" if dropped else "")]
    gaps = [f"{label}缺{n}期" for key, label in MEETING_KINDS if (n := summary.meeting_missing(key))]
    lines.append("组织生活：" + ("、".join(gaps) + "（明细见下表）。" if gaps else "已到期的各项组织生活均已开展。"))
    lines.append(dues_text(summary))
    stale = summary.stale
    lines.append(f"数据包：{'、'.join(b.name for b in stale)}超过{STALE_DAYS}天没有报送数据包。" if stale
                 else f"数据包：从数据包导入的支部均在{STALE_DAYS}天内报送。" if imported else "数据包：各支部均为本机建立。")
    called = _names(summary)
    pending = [(b, p) for b in summary.branches for p in b.pending_out]
    if pending:
        lines.append("转出未报：" + "；".join(
            f"{b.name}的{p.name}已于{_date(p.arrived_on)}转入{called.get(p.to_branch, '')}，{b.name}尚未报送其转出"
            for b, p in pending) + "。汇总按转入计入新支部，请原支部报送最新的数据包。")
    doubles = {d for b in summary.branches for d in b.doubles}
    if doubles:
        lines.append("两个支部同时在册：" + "；".join(
            f"{d.name}（{'、'.join(called.get(o, '') for o in d.branches)}）" for d in sorted(doubles, key=lambda d: d.name))
            + "。记录看不出转到了哪里，两个支部都计入，请核实。")
    dues = [dues_branch_table(summary, shown), dues_month_table(summary), dues_owing_table(summary, shown)]
    meeting_tables = [meeting_table(summary, n, k, p, shown) for n, k, p in MEETING_TABLES]
    for t in meeting_tables[:-1]:
        t.note = ""  # said once, under the last of them
    if detail:
        dues.append(dues_detail_table(summary))
    sections = [
        Section("一、总体情况", lines, [overview_table(summary, shown)]),
        Section("二、组织生活开展情况", [], meeting_tables),
        Section("三、党费收缴情况", [], dues),
        Section("四、学习、发展党员和一人一事", [], [people_table(summary, shown)]),
        Section("五、数据包报送情况", [], [package_table(summary, shown)]),
    ]
    return TownshipReport(title(summary.year, parent), f"（统计截至{_date(summary.as_of)}，共{len(summary.branches)}个党支部）",
                          sections, signer=parent, date_line=_date(summary.made_on))


def write_report(session: Session, *, year: int, path: Path, today: date | None = None) -> Path:
    """The 汇总 of ``year`` as .xlsx or .docx (by the file's suffix)."""
    check_path(path)
    return write_summary(township_summary(session, year=year, today=today), path)


def check_path(path: Path) -> None:
    if path.suffix.lower() not in (".xlsx", ".docx"):
        raise UserError("汇总只能导出为 .xlsx（Excel）或 .docx（Word）文件")


def write_summary(summary: TownshipSummary, path: Path) -> Path:
    """``summary`` as .xlsx (every table, and the 党费 of each branch and month) or as the Word report."""
    check_path(path)
    if not summary.branches:
        raise UserError("数据库里还没有支部")
    if path.suffix.lower() == ".xlsx":
        from dangjian_desktop.export.township_report_xlsx import write_xlsx

        return write_xlsx(report(summary, detail=True), path)
    from dangjian_desktop.export.township_report_docx import write_docx

    return write_docx(report(summary, short=True), path)
