"""``copy-db``: a whole database copied to another one (a file to a server, a server to a file), verified.

    python -m dangjian_desktop copy-db --from FILE|URL --to FILE|URL
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop.cli.common import DbTarget, Handler, db_target
from dangjian_desktop.db.dialect import is_server
from dangjian_desktop.errors import UserError

if TYPE_CHECKING:
    from dangjian_desktop.db.engine import Database
    from dangjian_desktop.services.copy_db import CopyResult
    from dangjian_desktop.services.copy_merge import MergeResult

def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser(
        "copy-db", help="把整个数据库复制到另一个空数据库（数据文件与数据库服务器之间），复制后逐表核对",
        description="复制全部记录（含用户、修改记录、设置）和会议附件，保留原来的编号；目标先升级到当前的数据库结构，"
                    "在一次操作中写入，写入后逐表核对行数和内容校验值、逐个核对附件，不一致时全部撤销。"
                    "目标中已有记录时不写入，除非加 --merge：按编号（UUID）并入，规则与导入数据包相同。")
    parser.add_argument("--from", dest="source", type=db_target, required=True, metavar="文件或地址",
                        help="来源：数据库文件或数据库地址")
    parser.add_argument("--to", dest="target", type=db_target, required=True, metavar="文件或地址",
                        help="目标：数据库文件（没有时新建）或数据库地址（须为空）")
    parser.add_argument("--merge", action="store_true",
                        help="并入已有记录的目标：没有的记录加入，较新的版本替换较旧的，不重复；定稿会议的改动列入数据包冲突")
    return run


def shown(target: DbTarget) -> str:
    if isinstance(target, Path):
        return str(target)
    from sqlalchemy.engine import make_url

    return make_url(target).render_as_string(hide_password=True)


@contextmanager
def opened(target: DbTarget, *, create: bool) -> Iterator[Database]:
    """A database for the copy, holding the window's lock on a file (so the window does not write meanwhile)."""
    from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock
    from dangjian_desktop.db.engine import Database

    lock = None
    created = False
    if isinstance(target, Path):
        if not create and not target.is_file():
            raise UserError(f"找不到数据文件：{target}")
        if create:
            from dangjian_desktop.db.dialect.sqlite.backup.copy import create_private

            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                if not target.exists():
                    create_private(target)
                    created = True
            except OSError as exc:
                raise UserError(f"无法在这个文件夹中建立数据文件：{target.parent}", detail=str(exc)) from exc
        lock = DatabaseLock(target)
        lock.acquire()
    try:
        db = Database.open(target)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    db.hold(lock)
    try:
        yield db
    except BaseException:
        db.dispose()
        if created and isinstance(target, Path):  # a file made for a copy that did not happen
            target.unlink(missing_ok=True)
        raise
    db.dispose()


def copy(source: DbTarget, target: DbTarget, *, source_files: Path | None = None) -> CopyResult:
    """Copy ``source`` into the empty ``target`` (see services/copy_db.py); the attachments' folders are the
    ones the window uses for each database (``source_files``: another folder to read the source's from)."""
    from dangjian_desktop.db.engine import user_errors
    from dangjian_desktop.services.copy_db import copy_database
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    if is_server(str(source)) == is_server(str(target)) and shown(source) == shown(target):
        raise UserError("来源和目标是同一个数据库。")
    with opened(source, create=False) as src, opened(target, create=True) as dst, user_errors():
        return copy_database(src.engine, dst.engine, source_files=source_files or attachments_dir(src.path),
                             target_files=attachments_dir(dst.path), source_path=src.path, target_path=dst.path)


def merge(source: DbTarget, target: DbTarget) -> MergeResult:
    """Merge ``source`` into ``target`` by UUID (see services/copy_merge.py)."""
    from dangjian_desktop.db.engine import user_errors
    from dangjian_desktop.services.copy_merge import merge_database
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    if is_server(str(source)) == is_server(str(target)) and shown(source) == shown(target):
        raise UserError("来源和目标是同一个数据库。")
    with opened(source, create=False) as src, opened(target, create=True) as dst, user_errors():
        return merge_database(src.engine, dst.engine, source_files=attachments_dir(src.path),
                              target_files=attachments_dir(dst.path), source_path=src.path, target_path=dst.path)


def print_merge_summary(source: DbTarget, target: DbTarget, result: MergeResult) -> None:
    print(f"已合并：{shown(source)} → {shown(target)}（按编号，规则与导入数据包相同），核对一致")
    print(f"新增 {result.added} 条，替换为较新版本 {result.replaced} 条，已是相同或较新版本 {result.unchanged} 条")
    if result.conflicts:
        print(f"定稿会议的改动 {result.conflicts} 条没有直接写入，已列入“数据包冲突”，请在乡镇汇总中查看处理")
    print(f"修改记录新增 {result.added_only.get('audit_log', 0)} 条，设置新增 {result.added_only.get('app_setting', 0)} 项"
          "（目标已有的设置保持不变）")
    files = result.files
    print(f"附件 {files.files} 个（本次写入 {files.files_copied} 个，共 {files.file_bytes:,} 字节），逐个核对校验值：一致")
    for name in files.missing_files:
        print(f"注意：来源中找不到附件文件“{name}”（或文件已损坏），没有复制它。")


def print_summary(source: DbTarget, target: DbTarget, result: CopyResult) -> None:
    print(f"已复制：{shown(source)} → {shown(target)}")
    print(f"共 {len(result.tables)} 张表、{result.rows} 条记录，逐表核对行数和内容校验值：一致")
    for t in result.tables:
        if t.rows:
            print(f"  {t.name}：{t.rows} 行，校验值 {t.digest[:12]}")
    print(f"附件 {result.files} 个（本次写入 {result.files_copied} 个，共 {result.file_bytes:,} 字节），逐个核对校验值：一致")
    for name in result.missing_files:
        print(f"注意：来源中找不到附件文件“{name}”（或文件已损坏），没有复制它。")


def run(args: argparse.Namespace) -> int:
    if args.merge:
        merged = merge(args.source, args.target)
        print_merge_summary(args.source, args.target, merged)
        return 0
    result = copy(args.source, args.target)
    print_summary(args.source, args.target, result)
    return 0
