"""``export`` (the year archive) and ``verify`` (an exported folder against its manifest)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dangjian_desktop.cli.common import add_db_option, command_session, pick_branch
from dangjian_desktop.export.docx_template import BUILTIN_LABEL
from dangjian_desktop.export.manifest import check
from dangjian_desktop.paths import custom_archive_template
from dangjian_desktop.services.year import archive


def register_export(subparsers: argparse._SubParsersAction) -> Callable[[argparse.Namespace], int]:
    p = subparsers.add_parser("export", help="导出年度党建档案（Word）")
    add_db_option(p, required=True)
    p.add_argument("--year", type=int, default=date.today().year, help="年度（默认今年）")
    p.add_argument("--out", type=Path, required=True, help="导出到哪个文件夹（没有则新建）")
    p.add_argument("--branch", help="支部名称（数据库中有多个支部时）")
    p.add_argument("--full-ids", action="store_true", help="公民身份号码完整导出（默认只显示前6位和后4位）")
    p.add_argument("--no-page-count", action="store_true", help="不生成 PDF 版、不计算页数（更快）")
    p.add_argument("--template", type=Path, help="格式模板 .docx（默认：数据目录中的自定义模板，没有则用内置模板）")
    return run_export


def run_export(args: argparse.Namespace) -> int:
    template = args.template or custom_archive_template()
    with command_session(args) as s:
        result = archive.export_year(s, pick_branch(s, args.branch), args.year, args.out, full_ids=args.full_ids,
                                     count=not args.no_page_count, template=template,
                                     progress=lambda _p, text: print(text, flush=True))
    print(f"已导出到：{result.folder}")
    print(f"格式模板：{template or BUILTIN_LABEL}")
    for name in result.files:
        print(f"  {name}")
    if args.no_page_count:
        print("（按 --no-page-count 未生成 PDF 版，未计算页数）")
    return 0


def register_verify(subparsers: argparse._SubParsersAction) -> Callable[[argparse.Namespace], int]:
    p = subparsers.add_parser("verify", help="核对导出的档案文件夹是否被改动")
    p.add_argument("folder", type=Path, help="档案文件夹")
    return run_verify


def run_verify(args: argparse.Namespace) -> int:
    result = check(args.folder)
    if result.code:
        print(f"档案校验码：{result.code}")
        print("（请与已签字的备考表上印的校验码对照：两者不同，说明档案在签字后被重新导出或改动过。）")
    if not result.problems:
        print(f"核对无误：{args.folder}")
        return 0
    for problem in result.problems:
        print(problem)
    print(f"共 {len(result.problems)} 处不一致。")
    if any(p.what == "校验码不符" for p in result.problems):
        print("文件中印的校验码与清单算出的不同：清单在导出后被重新计算过，请以签字的备考表为准。")
    return 1
