"""``dues-report``: the year's 党费 arrears and totals on the console, optionally the 登记表 as .xlsx.

    python -m dangjian_desktop dues-report --db PATH --year YYYY [--out FILE.xlsx] [--branch NAME]

For a past year the report is as of the year's end; for the current year as of today.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dangjian_desktop.cli.common import add_db_option, open_db, pick_branch
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches
from dangjian_desktop.services.dues.export import export_register_xlsx
from dangjian_desktop.services.dues.ledger import DuesGrid, ledger
from dangjian_desktop.services.dues.reports import ArrearsRow, arrears_list


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("dues-report", help="党费收缴情况：欠缴名单、月度和全年合计，可导出党费收缴登记表",
                                   description="显示某一年度的党费欠缴名单和月度、全年合计；"
                                               "指定 --out 时同时导出党费收缴登记表（.xlsx）。")
    add_db_option(parser)
    parser.add_argument("--year", type=int, required=True, metavar="YYYY", help="年度，如 2026")
    parser.add_argument("--out", type=Path, metavar="FILE.xlsx", help="导出党费收缴登记表到此文件")
    parser.add_argument("--branch", metavar="NAME", help="支部名称（数据库中有多个支部时必填）")
    return run


def run(args: argparse.Namespace, today: date | None = None) -> int:
    today = today or date.today()
    if not 1990 <= args.year <= 2100:
        raise UserError(f"年度“{args.year}”不正确")
    as_of = dm.report_day(args.year, today)
    db = open_db(args)
    try:
        with db.session_scope() as s:
            branch_id = pick_branch(s, args.branch)
            name = branches.get_branch(s, branch_id).name
            grid = ledger(s, branch_id, args.year, as_of=as_of)
            owing = arrears_list(s, branch_id, as_of)
            if args.out:
                export_register_xlsx(s, branch_id, args.year, args.out, as_of=as_of)
        for line in report_lines(name, grid, owing):
            print(line)
        if args.out:
            print(f"已导出党费收缴登记表：{args.out}")
        return 0
    finally:
        db.dispose()


def _yuan(fen: int) -> str:
    return f"{format_fen(fen, grouping=True)}元"


def report_lines(branch_name: str, grid: DuesGrid, owing: list[ArrearsRow]) -> list[str]:
    as_of = grid.as_of
    till = "全年" if as_of >= date(grid.year, 12, 31) else f"截至{dm.day_label(as_of)}"
    lines = [f"{branch_name}{grid.year}年度党费收缴情况（{till}）", f"应交纳党费人数：{len(grid.rows)}人", ""]
    last = dm.month_label(dm.last_due_month(as_of))
    if owing:
        lines.append(f"欠缴名单（统计到{last}，共{len(owing)}人）：")
        for r in owing:
            flag = {dm.WARN: "【提醒】", dm.SERIOUS: "【严重】"}.get(r.level, "")
            extra = f"（{r.status}）" if r.status != "正常" else ""
            reason = f"，{r.reason}" if r.reason else ""
            run = f"连续{r.months}个月未交" if r.months else "未交足"
            owed = f"欠缴{_yuan(r.owed_fen)}" if not r.unassessed else f"欠缴{r.owed_text}"
            lines.append(f"  {r.name}{extra}：{run}（{r.months_text}），{owed}{reason}{flag}{r.level_label}")
    else:
        lines.append(f"欠缴名单（统计到{last}）：无")
    lines += ["", "月度合计：", "  月份　应缴　实缴　欠缴　当月收缴　已交人数　欠缴人数"]
    for m in grid.months:
        unassessed = f"（另{m.unassessed_count}人未核定）" if m.unassessed_count else ""
        lines.append(f"  {m.month}月　{_yuan(m.due_fen)}　{_yuan(m.paid_fen)}　{_yuan(m.owed_fen)}　"
                     f"{_yuan(m.collected_fen)}　{m.paid_count}人　{m.owing_count}人{unassessed}")
    lines += ["", f"全年合计：应缴{_yuan(grid.year_due_fen)}，实缴{_yuan(grid.year_paid_fen)}，"
                  f"欠缴{_yuan(grid.year_owed_fen)}；本年度收缴{_yuan(grid.collected_fen)}"]
    return lines
