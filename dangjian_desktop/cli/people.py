"""Command-line roster import and export.

    python -m dangjian_desktop import-members --db PATH FILE [--dry-run] [--skip-bad] [--branch NAME]
    python -m dangjian_desktop export-members --db PATH --out FILE.xlsx [--branch NAME]

Exit codes: 0 done; 1 some rows were rejected (nothing written unless --skip-bad); 2 the file,
the database or the branch could not be used.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dangjian_desktop.cli.common import Handler, add_db_and_branch, command_session, open_db, pick_branch
from dangjian_desktop.services.people import sheet_export, sheet_import


def register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser("import-members", help="从 Excel 花名册（.xlsx/.xls）导入人员",
                                   description="从 Excel 花名册导入人员。有错误或重复的行时不导入任何人员，"
                                               "除非指定 --skip-bad。")
    parser.add_argument("file", type=Path, metavar="FILE", help="Excel 花名册文件")
    add_db_and_branch(parser)
    parser.add_argument("--dry-run", action="store_true", help="只检查并显示结果，不写入数据库")
    parser.add_argument("--skip-bad", action="store_true", help="跳过有错误或重复的行，只导入正确的行")
    return run_import


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser("export-members", help="把党员花名册导出为 Excel（.xlsx）",
                                   description="把支部的人员导出为 Excel 花名册（.xlsx），可再导入。")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="要保存的文件")
    add_db_and_branch(parser)
    return run_export


def run_import(args: argparse.Namespace) -> int:
    db = open_db(args, writes=True)
    try:
        with db.session_scope() as s:
            branch_id = pick_branch(s, args.branch)
            preview = sheet_import.preview_file(s, branch_id, args.file)
        for line in preview.report_lines():
            print(line)
        rejected = len(preview.rejected)
        if args.dry_run:
            print("（试运行，未写入数据库）")
            return 1 if rejected else 0
        if rejected and not args.skip_bad:
            print(f"有 {rejected} 行不能导入，没有导入任何人员。请修改文件后重试，或加 --skip-bad 只导入正确的行。")
            return 1
        with db.session_scope() as s:
            changed = sheet_import.commit(s, branch_id, preview, skip_bad=args.skip_bad)
        print(f"已导入 {len(changed.ids)} 人。" + (f"跳过 {rejected} 行。" if rejected else ""))
        return 1 if rejected else 0
    finally:
        db.dispose()


def run_export(args: argparse.Namespace) -> int:
    with command_session(args) as s:
        result = sheet_export.export_roster(s, pick_branch(s, args.branch), args.out)
    print(result.report(args.out))
    return 0
