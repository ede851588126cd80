"""``party-stats``: the 党内统计 tables of a year as .xlsx, for every branch in the database or for one.

    python -m dangjian_desktop party-stats --db PATH --year YYYY [--branch NAME|CODE|ID] --out FILE.xlsx

Without --branch the workbook has the township's 合计 row and one row per branch. The figures and the
差额 check are printed as well.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.cli.common import add_db_option, open_db
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches
from dangjian_desktop.services.township.statistics_export import export_party_stats, summary_lines


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("party-stats", help="党内统计表：两年党员数综合比较、党员基本情况、学历、入党时间（.xlsx）",
                                   description="按花名册记录计算某一年度的党内统计表并导出为 .xlsx；"
                                               "不指定 --branch 时统计数据库中的全部支部（含合计）。")
    add_db_option(parser)
    parser.add_argument("--year", type=int, required=True, metavar="YYYY", help="统计年度，如 2026")
    parser.add_argument("--branch", metavar="支部", help="只统计一个支部：支部名称、支部编码或编号")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="导出到此文件")
    return run


def find_branch(session: Session, text: str) -> str:
    wanted = text.strip()
    found = branches.list_branches(session)
    for b in found:
        if wanted in (b.id, b.name) or (b.code and wanted == b.code):
            return b.id
    raise UserError(f"数据库中没有“{text}”这个支部。现有支部：" + ("、".join(b.name for b in found) or "无"))


def run(args: argparse.Namespace, today: date | None = None) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError("--out 应是 .xlsx 文件")
    db = open_db(args)
    try:
        with db.session_scope() as s:
            branch_id = find_branch(s, args.branch) if args.branch else None
            stats = export_party_stats(s, year=args.year, path=out, branch_id=branch_id, as_of=today)
        for line in summary_lines(stats):
            print(line)
        print(f"已导出党内统计表：{out}")
        return 0
    finally:
        db.dispose()
