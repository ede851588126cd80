"""``township-report``: the 汇总 of every branch in the database, as .xlsx or as a Word report.

    python -m dangjian_desktop township-report --db PATH --year YYYY --out FILE.xlsx|FILE.docx
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dangjian_desktop.cli.common import add_db_option, command_session


def register(subparsers: argparse._SubParsersAction) -> Callable[[argparse.Namespace], int]:
    p = subparsers.add_parser(
        "township-report", help="乡镇汇总：各支部的组织生活、党费、学习、发展党员、一人一事和数据包报送情况",
        description="把数据库中全部支部一年的情况汇总成一个文件：.xlsx（每张表一个工作表）或 .docx（Word 报告）。"
                    "各项结果与各支部自己的年度自查和党费台账相同。")
    add_db_option(p, required=True)
    p.add_argument("--year", type=int, default=date.today().year, help="年度（默认今年）")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.docx", help="输出文件（.xlsx 或 .docx）")
    return run


def run(args: argparse.Namespace) -> int:
    from dangjian_desktop.services.township.summary import township_summary
    from dangjian_desktop.services.township.summary_report import check_path, write_summary

    check_path(args.out)
    with command_session(args) as s:
        summary = township_summary(s, year=args.year)
    out = write_summary(summary, args.out)
    print(f"{args.year}年度汇总（截至{summary.as_of:%Y-%m-%d}，{len(summary.branches)}个支部）：{out}")
    for b in summary.branches:
        gaps = "，".join(f"{m.label}缺{m.missing}" for m in b.meetings if m.missing)
        owed = f"欠缴党费{b.dues_owed_fen / 100:.2f}元" if b.dues_owed_fen else "党费无欠缴"
        print(f"  {b.name}：{gaps or '组织生活无缺项'}；{owed}；数据包 {b.package.text}")
    return 0
