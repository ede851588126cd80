"""Start-up check of a database file, and the report of ``check --db``.

Opened read-only with plain sqlite3, so a damaged file is never written to while it is examined.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.db.backup.automatic import BackupInfo, list_backups, summarize
from dangjian_desktop.db.backup.copy import integrity_ok

OK, MISSING, DAMAGED, NOT_A_DB, UNREADABLE, READ_ONLY = "ok", "missing", "damaged", "not_a_db", "unreadable", "read_only"
MESSAGES = {
    DAMAGED: "数据文件已损坏，无法正常打开。",
    NOT_A_DB: "这不是支部台账的数据库文件，或文件已损坏。",
    UNREADABLE: "无法读取数据文件。请检查文件是否存在、是否有权限，或是否被其他程序占用。",
    READ_ONLY: "数据文件是只读的，修改将无法保存。请检查文件属性（去掉“只读”）或所在文件夹的权限。",
}


@dataclass(frozen=True)
class StartupCheck:
    state: str  # OK, MISSING (a new database), DAMAGED, NOT_A_DB, UNREADABLE or READ_ONLY
    detail: str = ""

    @property
    def message(self) -> str:
        return MESSAGES.get(self.state, "")

    @property
    def damaged(self) -> bool:
        return self.state in (DAMAGED, NOT_A_DB)


def _readable(path: Path) -> tuple[str, str] | None:
    """None if the file opens read-only; else (state, error text)."""
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == 26:  # SQLITE_NOTADB
            return NOT_A_DB, str(exc)
        if code == 11:  # SQLITE_CORRUPT
            return DAMAGED, str(exc)
        return UNREADABLE, str(exc)
    return None


def _roll_back_hot_journal(path: Path) -> None:
    """A journal left by a crash mid-write: a read-write open rolls the unfinished transaction back
    (a read-only connection could not, and would report the file unreadable)."""
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or not writable(path):
        return
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        pass  # judged by the checks that follow


def writable(path: Path) -> bool:
    """The file and its folder can be written (SQLite also writes a journal next to the file)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def startup_check(path: Path) -> StartupCheck:
    """The quick check run before the database is opened for use."""
    if not path.exists():
        return StartupCheck(MISSING)
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        return StartupCheck(UNREADABLE, str(exc))
    _roll_back_hot_journal(path)
    problem = _readable(path)
    if problem is not None:
        return StartupCheck(*problem)
    if path.stat().st_size and not integrity_ok(path, quick=True):
        return StartupCheck(DAMAGED, "PRAGMA quick_check failed")
    if not writable(path):
        return StartupCheck(READ_ONLY)
    return StartupCheck(OK)


def newest_good_backup(db_path: Path, folders: list[Path] | None = None) -> BackupInfo | None:
    """The newest backup (in backups/ and any ``folders``) that passes the full integrity check."""
    candidates = list_backups(db_path)
    for folder in folders or []:
        candidates += list_backups(db_path, folder)
    for info in sorted(candidates, key=lambda b: b.taken_at, reverse=True):
        if info.kind != "损坏" and integrity_ok(info.path, quick=False):
            return info
    return None


@dataclass
class Report:
    ok: bool
    lines: list[str] = field(default_factory=list)


def check_report(path: Path) -> Report:
    """Integrity and schema of a database file, for ``check --db`` (full integrity check)."""
    from dangjian_desktop.db.migrate import HEAD_REVISION

    if not path.exists():
        return Report(False, [f"找不到数据文件：{path}"])
    lines = [f"数据文件：{path}（{path.stat().st_size:,} 字节）"]
    if not integrity_ok(path, quick=False):
        return Report(False, [*lines, "完整性检查：未通过 —— 文件已损坏，请从备份恢复（restore --db … --from 备份文件）。"])
    lines.append("完整性检查：通过")
    summary = summarize(path)
    ok = True
    if summary.revision is None:
        lines.append("数据库结构：尚未建立（空文件或不是支部台账的数据库）")
        ok = False
    elif summary.revision == HEAD_REVISION:
        lines.append(f"数据库结构：版本 {summary.revision}，与本软件一致")
    elif summary.revision > HEAD_REVISION:
        lines.append(f"数据库结构：版本 {summary.revision}，比本软件（{HEAD_REVISION}）新，请升级软件")
        ok = False
    else:
        lines.append(f"数据库结构：版本 {summary.revision}，打开时将自动升级到 {HEAD_REVISION}（升级前自动备份）")
    lines.append(f"人员 {summary.people} 人，记录共 {summary.records} 条（不含回收站）")
    backups = list_backups(path)
    if backups:
        lines.append(f"备份：{len(backups)} 份，最新 {backups[0].taken_at:%Y-%m-%d %H:%M}（{backups[0].kind}）")
    else:
        lines.append("备份：还没有")
    return Report(ok, lines)
