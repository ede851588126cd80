"""``check-year``: the 年度自查 findings on the command line; exit 1 when any is serious."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dangjian_desktop.cli.common import add_db_option, command_session, pick_branch
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.services.year import selfcheck


def register(subparsers: argparse._SubParsersAction) -> Callable[[argparse.Namespace], int]:
    p = subparsers.add_parser("check-year", help="年度自查：列出本年度记录中的问题")
    add_db_option(p, required=True)
    p.add_argument("--year", type=int, default=date.today().year, help="年度（默认今年）")
    p.add_argument("--branch", help="支部名称（数据库中有多个支部时）")
    p.add_argument("--out", type=Path, help="同时导出自查报告（.docx）")
    return run


def run(args: argparse.Namespace) -> int:
    with command_session(args) as s:
        result = selfcheck.check_year(s, pick_branch(s, args.branch), args.year)
    print(f"{result.branch_name}{result.year}年度自查（截至{result.as_of:%Y-%m-%d}）")
    if not result.findings:
        print("没有发现问题。")
    for f in result.findings:
        print(f"【{sr.SEVERITY_LABELS[f.severity]}】{f.text}（依据：{f.basis}）")
    if result.findings:
        print(f"共 {len(result.findings)} 个问题，其中严重 {len(result.serious)} 个。")
    if args.out:
        from dangjian_desktop.export.selfcheck_docx import write_report

        out = write_report(result.branch_name, result.year, result.as_of, result.grid, result.findings,
                           args.out.with_suffix(".docx"))
        print(f"自查报告：{out}")
    return 1 if result.serious else 0
