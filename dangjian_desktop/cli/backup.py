"""``backup``, ``restore`` and ``check``: copies of the database file from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from dangjian_desktop.cli.common import add_db_option, db_file
from dangjian_desktop.db.dialect.sqlite.backup.automatic import MANUAL, restore, summarize
from dangjian_desktop.db.dialect.sqlite.backup.copy import backup_to
from dangjian_desktop.db.dialect.sqlite.integrity import INDEX_DAMAGED, OK, check_report, full_check, repair_indexes
from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock
from dangjian_desktop.errors import UserError

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def register_backup(subparsers: Sub) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("backup", help="把数据文件备份到一个文件夹（校验后写入）")
    add_db_option(parser, required=True, help="数据文件")
    parser.add_argument("--to", type=Path, required=True, help="备份到哪个文件夹（例如U盘上的文件夹）")
    return run_backup


def run_backup(args: argparse.Namespace) -> int:
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


def register_restore(subparsers: Sub) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("restore", help="用一个备份文件替换数据文件（替换前先备份当前文件）")
    add_db_option(parser, required=True, help="要恢复的数据文件")
    parser.add_argument("--from", dest="source", type=Path, required=True, help="备份文件")
    return run_restore


def run_restore(args: argparse.Namespace) -> int:
    db = db_file(args)
    source: Path = args.source
    if not source.is_file():
        raise UserError(f"找不到备份文件：{source}")
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
