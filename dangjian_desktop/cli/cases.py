"""``cases`` lists the 三卡一法 cases (with their ids); ``print-case`` prints one as PDF.

    python -m dangjian_desktop cases --db PATH [--branch NAME] [--open]
    python -m dangjian_desktop print-case --db PATH --id ID --out FILE.pdf [--no-mask]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dangjian_desktop.cli.common import add_db_and_branch, add_db_option, command_session, pick_branch
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.services.cases import records as cases


def register_list(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("cases", help="列出三卡一法事项（含编号、进展、下次回访，逾期的标出）")
    add_db_and_branch(parser)
    parser.add_argument("--open", action="store_true", help="只列出未销号的事项")
    return run_list


def register_print(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("print-case", help="把一个三卡一法事项（含全部卡片）打印为 PDF（内部资料）")
    add_db_option(parser)
    parser.add_argument("--id", required=True, help="事项编号（cases 命令列出的编号）")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="保存到此文件")
    parser.add_argument("--no-mask", action="store_true", help="完整显示身份证号和电话（默认隐去中间几位）")
    return run_print


def run_list(args: argparse.Namespace, today: date | None = None) -> int:
    today = today or date.today()
    with command_session(args) as s:
        rows = cases.list_cases(s, pick_branch(s, args.branch), today=today)
    if args.open:
        rows = [r for r in rows if r.is_open]
    for r in rows:
        late = f"　【逾期{r.overdue_days}天】" if r.overdue_days else ""
        follow = f"　下次回访 {fmt(r.next_follow_up)}" if r.is_open else f"　销号 {fmt(r.closed_on)}"
        print(f"{r.id}　{r.who}　{r.category}　{r.status}{follow}　责任人 {r.responsible or '—'}{late}")
    print(f"共 {len(rows)} 件，逾期未回访 {cases.overdue_count(rows)} 件")
    return 0


def run_print(args: argparse.Namespace) -> int:
    from dangjian_desktop.services.cases.printing import export_case_pdf

    with command_session(args) as s:
        export_case_pdf(s, args.id.strip(), args.out, mask=not args.no_mask)
    print(f"已打印到：{args.out}")
    return 0
