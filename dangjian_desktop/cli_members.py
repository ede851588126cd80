"""Command-line roster import and export.

    python -m dangjian_desktop import-members --db PATH FILE [--dry-run] [--skip-bad] [--branch NAME]
    python -m dangjian_desktop export-members --db PATH --out FILE.xlsx [--branch NAME]

Exit codes: 0 done; 1 some rows were rejected (nothing written unless --skip-bad); 2 the file,
the database or the branch could not be used.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.db.engine import Database
from dangjian_desktop.db.session import open_database
from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import default_db_path
from dangjian_desktop.services import branches, member_export, member_import

Handler = Callable[[argparse.Namespace], int]


def _add_common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --db given before the sub-command (on the main parser) when none is given after it
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件（默认在用户数据目录）")
    parser.add_argument("--branch", metavar="NAME", help="支部名称（数据库中有多个支部时必填）")


def register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser("import-members", help="从 Excel 花名册（.xlsx/.xls）导入人员",
                                   description="从 Excel 花名册导入人员。有错误或重复的行时不导入任何人员，"
                                               "除非指定 --skip-bad。")
    parser.add_argument("file", type=Path, metavar="FILE", help="Excel 花名册文件")
    _add_common(parser)
    parser.add_argument("--dry-run", action="store_true", help="只检查并显示结果，不写入数据库")
    parser.add_argument("--skip-bad", action="store_true", help="跳过有错误或重复的行，只导入正确的行")
    return run_import


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser("export-members", help="把党员花名册导出为 Excel（.xlsx）",
                                   description="把支部的人员导出为 Excel 花名册（.xlsx），可再导入。")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="要保存的文件")
    _add_common(parser)
    return run_export


def _open(args: argparse.Namespace) -> Database:
    return open_database(getattr(args, "db", None) or default_db_path())


@contextmanager
def command_session(args: argparse.Namespace) -> Iterator[Session]:
    """One transaction on the command's database; the database is closed afterwards, also on error."""
    db = _open(args)
    try:
        with db.session_scope() as s:
            yield s
    finally:
        db.dispose()


def pick_branch(session: Session, name: str | None) -> str:
    """The id of the branch named ``name``, or of the only branch. UserError when that is not clear."""
    found = branches.list_branches(session)
    if not found:
        raise UserError("数据库中还没有支部。请先在软件中新建支部，或运行 demo 命令生成演示数据。")
    if name:
        for b in found:
            if b.name == name.strip():
                return b.id
        raise UserError(f"数据库中没有名为“{name}”的支部。现有支部：" + "、".join(b.name for b in found))
    if len(found) > 1:
        raise UserError("数据库中有多个支部，请用 --branch 指定：" + "、".join(b.name for b in found))
    return found[0].id


def run_import(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session_scope() as s:
            branch_id = pick_branch(s, args.branch)
            preview = member_import.preview_file(s, branch_id, args.file)
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
            changed = member_import.commit(s, branch_id, preview, skip_bad=args.skip_bad)
        print(f"已导入 {len(changed.ids)} 人。" + (f"跳过 {rejected} 行。" if rejected else ""))
        return 1 if rejected else 0
    finally:
        db.dispose()


def run_export(args: argparse.Namespace) -> int:
    with command_session(args) as s:
        count = member_export.export_roster(s, pick_branch(s, args.branch), args.out)
    print(f"已导出 {count} 人到 {args.out}")
    return 0
