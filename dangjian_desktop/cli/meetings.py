"""Printing meetings from the command line.

    python -m dangjian_desktop print-meeting --db PATH --id ID --out FILE.pdf
    python -m dangjian_desktop sign-in-sheet --db PATH --meeting ID --out FILE.pdf
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from dangjian_desktop.cli.common import add_db_option, command_session
from dangjian_desktop.services.meetings import printing as meetings_print

Handler = Callable[[argparse.Namespace], int]


def register_print(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser("print-meeting", help="把一份会议记录打印成 PDF（会议记录本版式）",
                                   description="把一份会议记录生成 A4 的 PDF，含全部栏目和主持人、记录人签字栏。")
    add_db_option(parser)
    parser.add_argument("--id", required=True, metavar="ID", help="会议记录的编号")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    return run_print


def register_sign_in(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser("sign-in-sheet", help="为一次会议生成空白签到表 PDF",
                                   description="按会议日期的党员名单（党小组会为该小组），姓氏笔画排序，生成空白签到表。")
    add_db_option(parser)
    parser.add_argument("--meeting", required=True, metavar="ID", help="会议记录的编号")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    return run_sign_in


def run_print(args: argparse.Namespace) -> int:
    with command_session(args) as s:
        path = meetings_print.print_meeting(s, args.id, args.out)
    print(f"已生成：{path}")
    return 0


def run_sign_in(args: argparse.Namespace) -> int:
    with command_session(args) as s:
        path = meetings_print.print_sign_in_sheet(s, args.meeting, args.out)
    print(f"已生成：{path}")
    return 0
