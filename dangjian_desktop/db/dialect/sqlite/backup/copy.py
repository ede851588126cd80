"""Copying a database file safely: the sqlite3 backup API, then an integrity check of the copy.

Every file written here is readable by its owner only (0600 on POSIX): the records are personal data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import backups_dir

PRIVATE = 0o600
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


class BackupWriteError(UserError):
    """The copy could not be written where it was to go (disk full, no permission, U盘 pulled out):
    the data file itself is not in question."""


class BackupVerifyError(UserError):
    """The copy was written but does not pass the integrity check: the data file itself needs a look."""


def create_private(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (SQLite then keeps those permissions for
    the file and gives its journal the same)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    os.close(fd)


def make_private(path: Path) -> None:
    """Owner-only permissions on an existing file (POSIX; Windows keeps the folder's ACL)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE)


def remove_with_journal(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _reason(exc: BaseException) -> str:
    """Why a file could not be written, in words for the secretary."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == 13 or (isinstance(exc, OSError) and exc.errno in _FULL):  # SQLITE_FULL
        return "磁盘（或U盘）已满，请清理出空间后再备份"
    if code in (8, 14) or isinstance(exc, PermissionError):  # SQLITE_READONLY, SQLITE_CANTOPEN
        return "没有写入这个文件夹的权限，或磁盘是只读的"
    if code == 10 or isinstance(exc, OSError):  # SQLITE_IOERR
        return "读写磁盘时出错（U盘可能已拔出）"
    return "写入时出错"


def integrity_ok(path: Path, quick: bool = True) -> bool:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def backup_to(src: Path, dest: Path) -> Path:
    """Write a consistent copy of ``src`` to ``dest`` (atomically, owner-only) and verify it.

    BackupWriteError (with the reason) if it cannot be written; BackupVerifyError if the copy is not
    sound; nothing is left behind in either case (no ``.part`` file, no journal)."""
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        remove_with_journal(tmp)
        create_private(tmp)
        source = sqlite3.connect(src)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        if not integrity_ok(tmp, quick=False):
            raise BackupVerifyError(f"备份文件校验失败：{dest}")
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB: reading the data file failed
            raise BackupVerifyError(f"数据文件有损坏，无法备份：{src}", detail=str(exc)) from exc
        raise BackupWriteError(f"无法写入备份（{_reason(exc)}）：{dest}", detail=str(exc)) from exc
    finally:
        remove_with_journal(tmp)
    return dest


def backup_before_migration(db_path: Path, from_revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backups_dir(db_path) / f"{db_path.stem}_升级前_{from_revision}_{stamp}.sqlite3"
    return backup_to(db_path, dest)
