"""Start-up check of a database file, and the report of ``check --db``.

Opened read-only with plain sqlite3, so a damaged file is never written to while it is examined.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dangjian_desktop.db.dialect.sqlite.backup.automatic import (
    DAMAGED as DAMAGED_KIND,
)
from dangjian_desktop.db.dialect.sqlite.backup.automatic import (
    BackupInfo,
    BackupSummary,
    free_name,
    list_backups,
    raw_copy,
    summarize,
)
from dangjian_desktop.db.dialect.sqlite.backup.copy import integrity_ok
from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import backups_dir

log = logging.getLogger(__name__)

OK, MISSING, DAMAGED, NOT_A_DB, UNREADABLE, READ_ONLY = "ok", "missing", "damaged", "not_a_db", "unreadable", "read_only"
EMPTY = "empty"  # a zero-byte file, or one without any table: nothing in it
INDEX_DAMAGED = "index_damaged"  # the records are sound, an index does not match them: REINDEX repairs it
NEEDS_OPEN = "needs_open"  # a journal left by a crash that could not be rolled back here (read-only)
MESSAGES = {
    EMPTY: "数据文件是空的，里面没有任何记录。",
    INDEX_DAMAGED: "数据文件中的索引（用来快速查找的目录）有损坏；记录本身是完好的，可以修复。",
    NEEDS_OPEN: "上次软件没有正常退出，数据文件旁留下了未完成的修改记录（日志文件）。"
                "需要用支部台账正常打开一次，软件会自动撤销那次未完成的修改。",
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


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _roll_back_hot_journal(path: Path) -> bool | None:
    """A journal left by a crash mid-write: a read-write open rolls the unfinished transaction back
    (a read-only connection could not, and would report the file unreadable).

    None: there was no journal. True: it was rolled back (or was not hot). False: it is still there
    and could not be rolled back here (the file or its folder is read-only)."""
    journal = journal_path(path)
    if not journal.exists() or journal.stat().st_size == 0:
        return None
    if not writable(path):
        return False
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False  # judged by the checks that follow
    if journal.exists() and journal.stat().st_size > 0:
        return None  # not left by a crash: the journal of a write in progress (the window is saving)
    log.warning("rolled back the journal left beside %s", path)
    return True


def _has_tables(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            return con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return True  # not empty: something the other checks judge


def writable(path: Path) -> bool:
    """The file and its folder can be written (SQLite also writes a journal next to the file)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


QUICK, FULL = "quick", "full"


def startup_check(path: Path, scan: str | None = QUICK) -> StartupCheck:
    """The check run before the database is opened for use. ``scan``: read the whole file with
    ``PRAGMA quick_check`` (QUICK), with the full check (FULL, after an unclean exit), or not at all
    (None: the usual start, the quick check then runs in the background on a schedule)."""
    if not path.exists():
        return StartupCheck(MISSING)
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        return StartupCheck(UNREADABLE, str(exc))
    if _roll_back_hot_journal(path) is False and not writable(path):
        return StartupCheck(NEEDS_OPEN, "hot journal on a read-only file")
    problem = _readable(path)
    if problem is not None:
        return StartupCheck(*problem)
    if path.stat().st_size == 0 or not _has_tables(path):
        return StartupCheck(EMPTY) if writable(path) else StartupCheck(READ_ONLY)
    if scan == FULL:
        full = full_check(path)
        if full.state == INDEX_DAMAGED:  # the records are sound: open; the next backup's check offers the repair
            log.warning("full check of %s: %s", path, full.detail)
        elif full.state != OK:
            return full
    elif scan == QUICK and not integrity_ok(path, quick=True):
        return StartupCheck(DAMAGED, "PRAGMA quick_check failed")
    if not writable(path):
        return StartupCheck(READ_ONLY)
    return StartupCheck(OK)


# integrity_check's words for an index that does not match its table (the table itself is sound)
_INDEX_PROBLEM = re.compile(r"^(row \d+ missing from index |wrong # of entries in index |"
                            r"non-unique entry in index )")


def full_check(path: Path) -> StartupCheck:
    """The whole-file ``PRAGMA integrity_check`` (which, unlike the quick check, compares every index
    with its table): OK, INDEX_DAMAGED (REINDEX repairs it) or DAMAGED."""
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return StartupCheck(DAMAGED, str(exc))
    if rows == ["ok"]:
        return StartupCheck(OK)
    detail = "; ".join(rows[:5])
    if all(_INDEX_PROBLEM.match(r) for r in rows):
        return StartupCheck(INDEX_DAMAGED, detail)
    return StartupCheck(DAMAGED, detail)


def repair_indexes(path: Path, now: datetime | None = None) -> Path:
    """Save the file as it is (byte for byte, as a 损坏 backup), then rebuild every index (REINDEX).
    Returns where the copy was saved. UserError if the file is still not sound afterwards.
    No other connection may be writing to ``path``."""
    saved = free_name(backups_dir(path), path.stem, DAMAGED_KIND, now or datetime.now())
    try:
        raw_copy(path, saved)
    except OSError as exc:
        raise UserError(f"修复前没能先把数据文件另存一份，所以没有修复：{exc.strerror or exc}",
                        detail=str(exc)) from exc
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("REINDEX")
            con.commit()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise UserError("重建索引没有成功，数据文件保持原样。", detail=str(exc)) from exc
    after = full_check(path)
    if after.state != OK:
        raise UserError("重建索引后数据文件仍然有损坏，请用最近一份完好的备份恢复。", detail=after.detail)
    log.warning("rebuilt the indexes of %s (the file as it was is saved as %s)", path, saved)
    return saved


def newest_good_backup(db_path: Path, folders: list[Path] | None = None, *,
                       with_records: bool = False) -> BackupInfo | None:
    """The newest backup (in backups/ and any ``folders``) that passes the full integrity check
    (and, with ``with_records``, holds at least one record)."""
    candidates = list_backups(db_path)
    for folder in folders or []:
        candidates += list_backups(db_path, folder)
    for info in sorted(candidates, key=lambda b: b.taken_at, reverse=True):
        if info.kind == DAMAGED_KIND or not integrity_ok(info.path, quick=False):
            continue
        if with_records and summarize(info.path).records == 0:
            continue
        return info
    return None


def recovery_offer(db_path: Path) -> tuple[BackupInfo, BackupSummary] | None:
    """For a missing or empty data file: the newest good backup that holds records, if any."""
    info = newest_good_backup(db_path, with_records=True)
    return (info, summarize(info.path)) if info is not None else None


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
    rolled = _roll_back_hot_journal(path)
    if rolled is False and journal_path(path).exists():
        return Report(False, [*lines, f"上次没有正常退出：{MESSAGES[NEEDS_OPEN]}（文件本身不一定损坏，请不要用旧备份覆盖它。）"
                                      "如果文件或文件夹是只读的，请先去掉只读，再检查一次。"])
    if rolled:
        lines.append("上次没有正常退出：已撤销那次未完成的修改（日志文件已回滚），已保存的记录不受影响。")
    check = full_check(path)
    if check.state == INDEX_DAMAGED:
        return Report(False, [*lines, f"完整性检查：未通过 —— {MESSAGES[INDEX_DAMAGED]}"
                                      "运行 check --db … --repair 修复（修复前会把现在的文件原样另存到备份文件夹）。"])
    if check.state != OK:
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
