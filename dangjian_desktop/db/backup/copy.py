"""Copying a database file safely: the sqlite3 backup API, then an integrity check of the copy."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import backups_dir


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
    """Write a consistent copy of ``src`` to ``dest`` (atomically) and verify it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
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
            raise UserError(f"备份文件校验失败：{dest}")
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise UserError(f"无法写入备份：{dest}", detail=str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def backup_before_migration(db_path: Path, from_revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backups_dir(db_path) / f"{db_path.stem}_升级前_{from_revision}_{stamp}.sqlite3"
    return backup_to(db_path, dest)
