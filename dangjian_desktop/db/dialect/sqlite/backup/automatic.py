"""Backups of a database file: automatic (daily and on close), manual, before a restore.

Backups live in ``backups/`` next to the database, and also in a folder the user chose (a U盘)
whenever that folder is present. Each file is written with the sqlite3 backup API and verified
(db/backup.py). Automatic backups are thinned to 7 daily + 4 weekly + 12 monthly
(domain/backup_policy.py); manual backups and those made before a restore or an upgrade are kept.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from dangjian_desktop.db import settings
from dangjian_desktop.db.dialect.sqlite.backup.copy import (
    BackupVerifyError,
    BackupWriteError,
    backup_to,
    create_private,
    integrity_ok,
)
from dangjian_desktop.db.models.audit import AuditLog
from dangjian_desktop.domain.backup_policy import backups_to_delete, far_fewer
from dangjian_desktop.errors import NewerDatabaseError, UserError
from dangjian_desktop.paths import backups_dir

log = logging.getLogger(__name__)

AUTO, MANUAL, BEFORE_RESTORE, MIGRATION, DAMAGED = "自动", "手动", "恢复前", "升级前", "损坏"
KINDS = (AUTO, MANUAL, BEFORE_RESTORE, MIGRATION, DAMAGED)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+?)_(?P<kind>" + "|".join(KINDS) + r")(?:_[^_]+)?_(?P<stamp>\d{8}-\d{6})"
                   r"(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # one of KINDS
    taken_at: datetime  # local time, from the file name
    size: int


@dataclass(frozen=True)
class BackupSummary:
    """What is inside a backup file, for the list in 备份与恢复."""

    ok: bool
    people: int = 0
    records: int = 0
    revision: str | None = None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removable_path: Path | None = None
    removable_note: str = ""  # why the U盘 copy was not written, in Chinese ("" when written or not set)


# --- settings --------------------------------------------------------------------------------
def removable_folder(session: Session) -> Path | None:
    value = settings.get(session, settings.REMOVABLE_FOLDER)
    return Path(value) if value else None


def set_removable_folder(session: Session, folder: Path | None) -> None:
    settings.put(session, settings.REMOVABLE_FOLDER, str(folder) if folder else "")


def change_marker(session: Session) -> str:
    """Changes the moment anything is saved (every change writes an audit row)."""
    latest = session.exec(select(func.max(AuditLog.at))).one()
    return str(latest or "")


# --- listing ---------------------------------------------------------------------------------
def parse_name(path: Path, stem: str) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        taken = datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, match["kind"], taken, size)


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_path`` (in ``backups/`` next to it, or in ``folder``), newest first."""
    where = folder if folder is not None else db_path.resolve().parent / "backups"
    if not where.is_dir():
        return []
    found = [info for p in where.glob("*.sqlite3") if (info := parse_name(p, db_path.stem)) is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def summarize(path: Path, *, check: bool = True) -> BackupSummary:
    """People and live records in a database file, read without changing it (after the quick
    integrity check unless ``check`` is False)."""
    if check and not integrity_ok(path, quick=True):
        return BackupSummary(ok=False)
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            people = records = 0
            for table in tables:
                cols = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
                if "deleted_at" not in cols:
                    continue
                n = con.execute(f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL').fetchone()[0]
                records += n
                if table == "person":
                    people = n
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error:
        return BackupSummary(ok=False)
    return BackupSummary(True, people, records, revision)


@dataclass(frozen=True)
class Shrinkage:
    """The data file holds far fewer records than the newest backup: a backup now would take its place."""

    backup: BackupInfo
    backup_records: int
    current_records: int


def shrinkage(db_path: Path) -> Shrinkage | None:
    """Compare the data file with the newest readable backup (see domain/backup_policy.far_fewer)."""
    current = summarize(db_path, check=False)
    for info in list_backups(db_path):
        if info.kind == DAMAGED:
            continue
        previous = summarize(info.path, check=False)
        if not previous.ok:
            continue
        if current.ok and far_fewer(current.records, previous.records):
            return Shrinkage(info, previous.records, current.records)
        return None
    return None


def last_auto_backup(db_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.kind == AUTO), None)


def daily_backup_due(db_path: Path, now: datetime | None = None) -> bool:
    """No automatic backup has been taken today (local time)."""
    last = last_auto_backup(db_path)
    return last is None or last.taken_at.date() != (now or datetime.now()).date()


# --- writing ---------------------------------------------------------------------------------
def free_name(folder: Path, stem: str, kind: str, now: datetime) -> Path:
    base = f"{stem}_{kind}_{now.strftime(_STAMP)}"
    dest = folder / f"{base}.sqlite3"
    n = 1
    while dest.exists():
        dest = folder / f"{base}-{n}.sqlite3"
        n += 1
    return dest


def thin(db_path: Path, folder: Path | None = None, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the 7 + 4 + 12 rule does not keep. Returns the deleted files."""
    autos = [b for b in list_backups(db_path, folder) if b.kind == AUTO]
    if now is not None:
        autos = [b for b in autos if b.taken_at <= now]
    doomed = set(backups_to_delete([b.taken_at for b in autos]))
    deleted = []
    for b in autos:
        if b.taken_at in doomed:
            try:
                b.path.unlink()
                deleted.append(b.path)
            except OSError as exc:
                log.warning("could not delete old backup %s: %s", b.path, exc)
    return deleted


def make_backup(db_path: Path, kind: str = MANUAL, *, removable: Path | None = None,
                now: datetime | None = None) -> BackupResult:
    """Back up ``db_path`` into backups/ (and into ``removable`` if that folder is present), verified.

    Raises UserError if the main backup cannot be written; a missing or full U盘 is reported in
    ``removable_note`` instead, since the main backup succeeded.
    """
    if not db_path.is_file():
        raise UserError(f"找不到数据文件：{db_path}")
    now = now or datetime.now()
    try:
        folder = backups_dir(db_path)
    except OSError as exc:
        raise BackupWriteError(f"无法建立备份文件夹：{db_path.resolve().parent / 'backups'}",
                               detail=str(exc)) from exc
    main = backup_to(db_path, free_name(folder, db_path.stem, kind, now))
    log.info("backup (%s) written to %s", kind, main)
    if kind == AUTO:
        thin(db_path, now=now)
    extra, note = None, ""
    if removable is not None:
        if not removable.is_dir():
            note = f"U盘备份文件夹现在不在（{removable}），这次只备份到了本机。"
        else:
            try:
                extra = backup_to(main, free_name(removable, db_path.stem, kind, now))
                if kind == AUTO:
                    thin(db_path, removable, now=now)
            except (UserError, OSError) as exc:
                why = exc.message if isinstance(exc, UserError) else (exc.strerror or str(exc))
                note = f"没能写入U盘备份文件夹（{removable}），这次只备份到了本机。{why}"
                log.warning("removable backup failed: %s", exc)
    return BackupResult(main, extra, note)


def raw_copy(src: Path, dest: Path) -> None:
    """A byte-for-byte copy (of a file the backup API may not read), owner-only, written atomically."""
    tmp = dest.with_name(dest.name + ".part")
    try:
        if tmp.exists():
            tmp.unlink()
        create_private(tmp)
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            tmp.unlink()


def check_revision(path: Path) -> None:
    """Refuse a backup written by a newer version of the application."""
    from alembic.script import ScriptDirectory

    from dangjian_desktop.db.migrate import MIGRATIONS_DIR

    revision = summarize(path).revision
    if revision is None:
        return
    try:
        ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(revision)
    except Exception as exc:
        raise NewerDatabaseError("这个备份是由更新版本的支部台账创建的，当前版本无法恢复。请升级软件后再恢复。",
                                 detail=f"backup revision {revision}") from exc


def restore(db_path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Replace ``db_path`` with ``backup`` after saving the current file. Every connection to
    ``db_path`` must be closed. Returns where the current file was saved (None if there was none).

    A damaged current file (which the backup API may not read) is copied byte for byte, with its
    journal, so nothing is ever overwritten without a copy.
    """
    now = now or datetime.now()
    if not integrity_ok(backup, quick=False):
        raise UserError(f"这个备份文件已损坏，不能用来恢复：{backup.name}")
    check_revision(backup)
    folder = backups_dir(db_path)
    saved: Path | None = None
    journal = db_path.with_name(db_path.name + "-journal")
    try:
        if db_path.exists():
            try:
                if not integrity_ok(db_path, quick=True):
                    raise BackupVerifyError("damaged")
                saved = backup_to(db_path, free_name(folder, db_path.stem, BEFORE_RESTORE, now))
            except BackupVerifyError:  # damaged (perhaps only an index): kept exactly as it is
                saved = free_name(folder, db_path.stem, DAMAGED, now)
                raw_copy(db_path, saved)
        if journal.exists():  # belongs to the file being replaced: it must not be applied to the restored one
            os.replace(journal, (saved or folder / db_path.name).with_name((saved or db_path).name + "-journal"))
        backup_to(backup, db_path)
    except BackupWriteError as exc:
        raise UserError(f"恢复失败，数据文件没有改动。{exc.message}", detail=exc.detail) from exc
    except OSError as exc:
        raise UserError(f"恢复失败，数据文件没有改动：{exc.strerror or exc}", detail=str(exc)) from exc
    log.info("restored %s from %s (previous file saved as %s)", db_path, backup, saved)
    return saved
