"""The 汇总 as tables: what the tab shows, the .xlsx and the Word report write — all from ``township_summary``.

Each table has one row per branch, in the summary's order (the tab maps a row back to its branch by that
order); a 合计 row, where there is one, comes last.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.errors import UserError
from dangjian_desktop.export.docx_layout import Span
from dangjian_desktop.export.township_report import Money, ReportTable, Section, TownshipReport, Value
from dangjian_desktop.services.township.summary import (
    MEETING_KINDS,
    STAGES,
    STALE_DAYS,
    STUDY_LABELS,
    BranchSummary,
    MeetingLine,
    TownshipSummary,
    township_summary,
)

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


def title(year: int) -> str:
    return f"各党支部{year}年度党建工作汇总"


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


def overview_table(summary: TownshipSummary) -> ReportTable:
    headers = ["序号", "支部", *(label for _k, label in MEETING_KINDS), "欠缴党费(元)", "学时不足", "笔记不足",
               "发展逾期", "一人一事未结", "回访逾期", "转出未报", "数据包报送"]
    rows: list[list[Value]] = []
    tips: list[list[str]] = []
    for i, b in enumerate(summary.branches, 1):
        rows.append([i, b.name, *(_missing_text(m) for m in b.meetings), Money(b.dues_owed_fen), *_study(b),
                     b.development_overdue, b.cases_open, b.cases_overdue, len(b.pending_out), b.package.text])
        tips.append([""] * (len(headers) - 2) + [pending_text(summary, b), ""])
    note = MARKS_NOTE.replace("“✓”为已开展", "“缺n”为缺n期，“✓”为已到期的均已开展")
    if any(b.pending_out for b in summary.branches):
        note += PENDING_NOTE
    return ReportTable("总览", headers, rows, note=note, key_columns=2, tips=tips)


def _study(b: BranchSummary) -> list[Value]:
    label = STUDY_LABELS[b.study]
    return [label, label] if label else [b.hours_short, b.notes_short]


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
                  periods: list[tuple[int, int]]) -> ReportTable:
    heads = ([f"{m}月" for m, _n in periods] if periods[0][1] == 1 else
             list(_QUARTERS) if periods[0][1] == 3 else ["全年"])
    headers = ["序号", "支部"]
    for key in keys:
        headers += [f"{_LABEL[key]}{h}" if len(keys) > 1 else h for h in heads]
    headers += [f"{_LABEL[k]}缺" if len(keys) > 1 else "缺" for k in keys] if periods[0][1] != 12 else []
    rows: list[list[Value]] = []
    tips: list[list[str]] = []
    for i, b in enumerate(summary.branches, 1):
        row: list[Value] = [i, b.name]
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


def dues_branch_table(summary: TownshipSummary) -> ReportTable:
    headers = ["序号", "支部", "交纳党员(人)", "应缴(元)", "实缴(元)", "欠缴(元)", "最近一月欠缴(人)", "补交(人次)"]
    rows: list[list[Value]] = []
    for i, b in enumerate(summary.branches, 1):
        ended = [m for m in b.dues if m.due_now]
        rows.append([i, b.name, max((m.members for m in b.dues), default=0), Money(sum(m.due_fen for m in b.dues)),
                     Money(sum(m.paid_fen for m in b.dues)), Money(b.dues_owed_fen),
                     ended[-1].owing if ended else 0, sum(m.paid_late for m in b.dues)])
    months = [summary.dues_total(m) for m in range(1, 13)]
    ended = [m for m in months if m.due_now]
    totals: list[Value] = ["", "合计", sum(int(r[2]) for r in rows if isinstance(r[2], int)),
                           Money(sum(m.due_fen for m in months)), Money(sum(m.paid_fen for m in months)),
                           Money(sum(m.owed_fen for m in months)), ended[-1].owing if ended else 0,
                           sum(m.paid_late for m in months)]
    return ReportTable("党费（各支部全年）", headers, rows, totals=totals, key_columns=2,
                       note=f"注：党费按各支部党费台账计算，截至{_date(summary.dues_as_of)}；欠缴只计已结束的月份；"
                            "“交纳党员”为全年各月中人数最多的一个月。")


def dues_month_table(summary: TownshipSummary) -> ReportTable:
    headers = ["月份", "交纳党员(人)", "应缴(元)", "实缴(元)", "欠缴(元)", "欠缴(人)", "补交(人)"]
    rows: list[list[Value]] = []
    for m in range(1, 13):
        t = summary.dues_total(m)
        rows.append([f"{m}月", t.members, Money(t.due_fen), Money(t.paid_fen), Money(t.owed_fen), t.owing,
                     t.paid_late] if t.due_now else
                    [f"{m}月", t.members, Money(t.due_fen), Money(t.paid_fen), "未到期", "", t.paid_late])
    return ReportTable("党费（全部支部逐月）", headers, rows, key_columns=1,
                       note="注：各月为全部支部之和；“补交”为该月党费在以后月份才交的人数。")


def dues_owing_table(summary: TownshipSummary) -> ReportTable:
    headers = ["序号", "支部", *(f"{m}月" for m in range(1, 13))]
    rows: list[list[Value]] = [[i, b.name, *((m.owing if m.due_now else "") for m in b.dues)]
                               for i, b in enumerate(summary.branches, 1)]
    tips = [["", b.name, *(f"{m.month}月：交纳党员{m.members}人，应缴{Money(m.due_fen)}元，实缴{Money(m.paid_fen)}元，"
                            + (f"欠缴{Money(m.owed_fen)}元（{m.owing}人）" if m.due_now else "未到期")
                            + (f"，补交{m.paid_late}人" if m.paid_late else "") for m in b.dues)]
            for b in summary.branches]
    return ReportTable("党费（各支部逐月欠缴人数）", headers, rows, key_columns=2, tips=tips,
                       note="注：数字为该月欠缴党费的人数，0为已收齐，空白为未到期。")


def dues_detail_table(summary: TownshipSummary) -> ReportTable:
    headers = ["支部", "月份", "交纳党员(人)", "应缴(元)", "实缴(元)", "欠缴(元)", "欠缴(人)", "补交(人)"]
    rows: list[list[Value]] = []
    for b in summary.branches:
        for m in b.dues:
            rows.append([b.name, f"{m.month}月", m.members, Money(m.due_fen), Money(m.paid_fen),
                         Money(m.owed_fen) if m.due_now else "未到期", m.owing if m.due_now else "", m.paid_late])
    return ReportTable("党费逐月明细", headers, rows, key_columns=2)


def people_table(summary: TownshipSummary) -> ReportTable:
    headers = ["序号", "支部", "党员(人)", "学时不足", "笔记不足", *STAGES, "发展逾期", "一人一事未结", "回访逾期"]
    rows: list[list[Value]] = []
    tips: list[list[str]] = []
    for i, b in enumerate(summary.branches, 1):
        rows.append([i, b.name, b.members, *_study(b), *(s.count for s in b.stages), b.development_overdue,
                     b.cases_open, b.cases_overdue])
        tips.append(["", b.name, "", "", "", *(f"{s.category}{s.count}人，其中{s.attention}人有待办环节、{s.overdue}人逾期"
                                               for s in b.stages), "", "", ""])
    return ReportTable("学习、发展党员和一人一事", headers, rows, key_columns=2, tips=tips,
                       note="注：学时、笔记在第四季度起按各支部设定的目标统计；发展党员逾期为各环节已逾期或不符合时限的人数；"
                            "与各支部年度自查的结果相同。")


def package_table(summary: TownshipSummary) -> ReportTable:
    headers = ["序号", "支部", "支部编码", "来源", "最近数据包导出", "导入本机", "转出未报", "情况"]
    rows: list[list[Value]] = []
    for i, b in enumerate(summary.branches, 1):
        p = b.package
        rows.append([i, b.name, b.code, "本地" if p.local else "数据包",
                     f"{p.exported_at.astimezone():%Y-%m-%d}" if p.exported_at else "",
                     f"{p.imported_at.astimezone():%Y-%m-%d}" if p.imported_at else "", pending_text(summary, b),
                     ("超过" if p.stale else "") + (f"{p.days}天未报送" if p.stale and p.days is not None else "")
                     or ("未收到数据包" if not p.local and p.exported_at is None else "")])
    return ReportTable("数据包报送", headers, rows, key_columns=2,
                       note=f"注：“本地”为在本数据库建立的支部；最近数据包超过{STALE_DAYS}天的支部标为超过n天未报送。"
                            + PENDING_NOTE)


def tab_tables(summary: TownshipSummary) -> list[ReportTable]:
    """What the tab shows, one page per table (every row a branch, in the summary's order)."""
    return [overview_table(summary), *(meeting_table(summary, n, k, p) for n, k, p in MEETING_TABLES),
            dues_owing_table(summary), dues_branch_table(summary), people_table(summary), package_table(summary)]


def report(summary: TownshipSummary, *, detail: bool = False) -> TownshipReport:
    """The Word report (``detail``: also the branch × month 党费 rows, for the .xlsx)."""
    names = "、".join(b.name for b in summary.branches)
    imported = sum(not b.package.local for b in summary.branches)
    lines = [f"本汇总包括{len(summary.branches)}个党支部（从数据包导入{imported}个，本机建立"
             f"{len(summary.branches) - imported}个）：{names}。"]
    gaps = [f"{label}缺{n}期" for key, label in MEETING_KINDS if (n := summary.meeting_missing(key))]
    lines.append("组织生活：" + ("、".join(gaps) + "（明细见下表）。" if gaps else "已到期的各项组织生活均已开展。"))
    months = [summary.dues_total(m) for m in range(1, 13)]
    lines.append(f"党费：截至{_date(summary.dues_as_of)}，应缴{Money(sum(m.due_fen for m in months))}元，"
                 f"实缴{Money(sum(m.paid_fen for m in months))}元，欠缴{Money(sum(m.owed_fen for m in months))}元。")
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
    dues = [dues_branch_table(summary), dues_month_table(summary), dues_owing_table(summary)]
    meeting_tables = [meeting_table(summary, n, k, p) for n, k, p in MEETING_TABLES]
    for t in meeting_tables[:-1]:
        t.note = ""  # said once, under the last of them
    if detail:
        dues.append(dues_detail_table(summary))
    sections = [
        Section("一、总体情况", lines, [overview_table(summary)]),
        Section("二、组织生活开展情况", [], meeting_tables),
        Section("三、党费收缴情况", [], dues),
        Section("四、学习、发展党员和一人一事", [], [people_table(summary)]),
        Section("五、数据包报送情况", [], [package_table(summary)]),
    ]
    return TownshipReport(title(summary.year), f"（统计截至{_date(summary.as_of)}，共{len(summary.branches)}个党支部）",
                          sections, date_line=_date(summary.made_on))


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

    return write_docx(report(summary), path)
