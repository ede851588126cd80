"""``backup``, ``restore`` and ``check``: copies of the database file from the command line; on a server
``backup`` and ``restore`` go through a verified copy into (and out of) a new database file (cli/copy_db.py)."""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from dangjian_desktop.cli.common import add_db_option, db_file
from dangjian_desktop.db.dialect import is_server
from dangjian_desktop.db.dialect.sqlite.backup.automatic import MANUAL, restore, summarize
from dangjian_desktop.db.dialect.sqlite.backup.copy import backup_to, integrity_ok
from dangjian_desktop.db.dialect.sqlite.integrity import INDEX_DAMAGED, OK, check_report, full_check, repair_indexes
from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock
from dangjian_desktop.errors import UserError

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def register_backup(subparsers: Sub) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser(
        "backup", help="把数据文件或服务器上的数据库备份到一个文件夹（校验后写入）",
        description="数据文件：校验后复制一份。数据库服务器：把全部记录和会议附件复制到一个新的数据文件，"
                    "逐表核对后写入；以后可以用 restore 恢复到一个空的服务器数据库。")
    add_db_option(parser, required=True, help="数据文件或数据库地址")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=Path, help="备份到哪个文件夹（例如U盘上的文件夹）")
    where.add_argument("--out", type=Path, metavar="FILE", help="服务器数据库：备份写成这个数据文件（不能已存在）")
    return run_backup


def run_backup(args: argparse.Namespace) -> int:
    if is_server(str(args.db)):
        return run_server_backup(args.db, folder=args.to, out=args.out)
    if args.out is not None:
        raise UserError("数据文件的备份请用 --to 指定备份文件夹。")
    db = db_file(args)
    if not db.is_file():
        raise UserError(f"找不到数据文件：{db}")
    folder: Path = args.to
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"无法建立备份文件夹：{folder}", detail=str(exc)) from exc
    dest = folder / f"{db.stem}_{MANUAL}_{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    n = 1
    while dest.exists():
        dest = dest.with_name(f"{db.stem}_{MANUAL}_{datetime.now():%Y%m%d-%H%M%S}-{n}.sqlite3")
        n += 1
    try:
        backup_to(db, dest)
    except OSError as exc:
        raise UserError(f"无法写入备份：{dest}", detail=str(exc)) from exc
    info = summarize(dest)
    print(f"已备份并校验：{dest}")
    print(f"人员 {info.people} 人，记录共 {info.records} 条，{dest.stat().st_size:,} 字节")
    return 0


def run_server_backup(url: str, *, folder: Path | None, out: Path | None) -> int:
    """A server database into a new SQLite file (with the attachments beside it), checked table by table."""
    from sqlalchemy.engine import make_url

    from dangjian_desktop.cli.copy_db import copy, shown

    if out is None:
        assert folder is not None
        name = re.sub(r"[^\w.-]", "_", make_url(url).database or "server") or "server"
        out = folder / f"{name}_{MANUAL}_{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
        n = 1
        while out.exists():
            out = folder / f"{name}_{MANUAL}_{datetime.now():%Y%m%d-%H%M%S}-{n}.sqlite3"
            n += 1
    if out.exists():
        raise UserError(f"备份文件已存在，没有覆盖它：{out}")
    result = copy(url, out)
    info = summarize(out)
    if not info.ok:
        raise UserError(f"备份文件写入后检查不通过：{out}")
    print(f"已备份并校验：{shown(url)} → {out}")
    print(f"人员 {info.people} 人，记录共 {info.records} 条（{len(result.tables)} 张表、{result.rows} 行逐表核对一致），"
          f"附件 {result.files} 个，{out.stat().st_size:,} 字节")
    for missing in result.missing_files:
        print(f"注意：找不到附件文件“{missing}”（或文件已损坏），备份中没有它。")
    return 0


def register_restore(subparsers: Sub) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser(
        "restore", help="用一个备份文件替换数据文件（替换前先备份当前文件），或恢复到一个空的服务器数据库")
    add_db_option(parser, required=True, help="要恢复的数据文件或数据库地址（服务器上的须为空）")
    parser.add_argument("--from", dest="source", type=Path, required=True, help="备份文件")
    return run_restore


def run_server_restore(url: str, source: Path) -> int:
    """A backup file (with its attachments) into an empty server database; the backup file is left as it is."""
    from dangjian_desktop.cli.copy_db import copy, shown
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    if not integrity_ok(source, quick=False):
        raise UserError(f"这个备份文件已损坏，不能用来恢复：{source.name}")
    with tempfile.TemporaryDirectory() as work:
        copied = backup_to(source, Path(work) / "restore.sqlite3")  # an older backup is upgraded here, not in place
        result = copy(copied, url, source_files=attachments_dir(source))
    print(f"已从备份恢复到：{shown(url)}")
    print(f"{len(result.tables)} 张表、{result.rows} 行逐表核对一致，附件 {result.files} 个")
    for missing in result.missing_files:
        print(f"注意：备份中找不到附件文件“{missing}”（或文件已损坏），没有恢复它。")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    source: Path = args.source
    if not source.is_file():
        raise UserError(f"找不到备份文件：{source}")
    if is_server(str(args.db)):
        return run_server_restore(args.db, source)
    db = db_file(args)
    lock = DatabaseLock(db)
    lock.acquire()  # not while the window has the file open
    try:
        saved = restore(db, source)
    finally:
        lock.release()
    if saved is not None:
        print(f"原来的数据文件已先保存为：{saved}")
    info = summarize(db)
    print(f"已从备份恢复：{db}（人员 {info.people} 人，记录共 {info.records} 条）")
    return 0


def register_check(subparsers: Sub) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("check", help="检查数据文件的完整性和数据库结构版本")
    add_db_option(parser, required=True, help="数据文件")
    parser.add_argument("--repair", action="store_true",
                        help="索引有损坏时重建索引（重建前把现在的文件原样另存到备份文件夹）")
    return run_check


def run_check(args: argparse.Namespace) -> int:
    path = db_file(args)
    if args.repair and path.is_file():
        repair(path)
    report = check_report(path)
    for line in report.lines:
        print(line)
    return 0 if report.ok else 1


def repair(path: Path) -> None:
    """Rebuild damaged indexes (only that: damaged records are a matter for a backup)."""
    check = full_check(path)
    if check.state != INDEX_DAMAGED:
        print("索引没有损坏，不需要重建。" if check.state == OK else "这不是索引的损坏，重建索引修不好；请从备份恢复。")
        return
    lock = DatabaseLock(path)
    lock.acquire()  # not while the window has the file open
    try:
        saved = repair_indexes(path)
    finally:
        lock.release()
    print(f"已重建索引。修复前的文件已另存为：{saved}")
