"""What the secretary is told when the data file is not as it should be, and what she is offered.

At start-up (before the window): a missing or empty file beside good backups, a damaged file, a
read-only one, a journal left by a crash. While the window is open: an automatic backup that failed,
an index that does not match its table (repaired by REINDEX after the file is saved as it is).
Every prompt goes through the DialogService.
"""

from __future__ import annotations

import logging
from pathlib import Path

from dangjian_desktop.db import Database
from dangjian_desktop.db.dialect.sqlite import integrity
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from dangjian_desktop.db.dialect.sqlite.backup.copy import BackupWriteError
from dangjian_desktop.errors import UserError
from dangjian_desktop.ui.dialog_service import DialogService

log = logging.getLogger(__name__)
BACKUPS_MENU = "“文件 → 备份与恢复”"


def check_database_file(path: Path, dialogs: DialogService, scan: str | None = integrity.QUICK) -> bool:
    """The check before opening (``scan``: see integrity.startup_check). False: do not open (the user
    was told why)."""
    check = integrity.startup_check(path, scan)
    if check.state == integrity.OK:
        return True
    if check.state in (integrity.MISSING, integrity.EMPTY):
        return offer_backup_for_missing(path, check, dialogs)
    log.warning("start-up check of %s: %s (%s)", path, check.state, check.detail)
    if not check.damaged:
        dialogs.error(f"{check.message}\n\n{path}")
        return False
    return offer_backup_for_damaged(path, check, dialogs)


def offer_backup_for_missing(path: Path, check: integrity.StartupCheck, dialogs: DialogService) -> bool:
    """A missing or empty data file with good backups beside it: say so, offer the newest good one.
    Declining starts an empty ledger; the backups stay where they are."""
    offer = integrity.recovery_offer(path)
    if offer is None:
        return True
    info, summary = offer
    what = "找不到数据文件" if check.state == integrity.MISSING else "数据文件是空的，里面没有任何记录"
    question = (f"{what}：\n{path}\n\n备份文件夹里有完好的备份。最新的一份是 {info.taken_at:%Y-%m-%d %H:%M}"
                f"（{info.kind}），人员 {summary.people} 人，记录共 {summary.records} 条。\n\n是否用这份备份恢复？\n\n"
                f"选“否”会新建一个空的台账；备份仍然保留，以后可以在{BACKUPS_MENU}中恢复。")
    log.warning("start-up: %s is %s; newest good backup %s", path, check.state, info.path)
    if not dialogs.ask(question, "找回数据"):
        log.warning("start-up: the user chose to start empty")
        return True
    try:
        bk.restore(path, info.path)
    except UserError as exc:
        dialogs.user_error(exc)
        return False
    log.warning("restored %s from %s", path, info.path)
    return True


def offer_backup_for_damaged(path: Path, check: integrity.StartupCheck, dialogs: DialogService) -> bool:
    """A damaged file is replaced only with the user's consent, by the newest good backup, after a
    copy of it is saved."""
    good = integrity.newest_good_backup(path)
    if good is None:
        text = check.message if check.state == integrity.NOT_A_DB else (
            "数据文件已损坏，也没有找到可用的备份。请不要删除或改动这个文件，联系技术人员帮助修复。")
        dialogs.error(text)
        return False
    question = (f"{check.message}\n\n{path}\n\n找到了最近一份完好的备份：{good.taken_at:%Y-%m-%d %H:%M}（{good.kind}）。"
                "是否用它恢复？\n\n恢复前，损坏的文件会原样另存到备份文件夹，不会丢掉。这份备份之后的修改需要重新录入。")
    if not dialogs.ask(question, "数据文件损坏"):
        dialogs.error("没有恢复，数据文件保持原样。软件现在退出。")
        return False
    try:
        saved = bk.restore(path, good.path)
    except UserError as exc:
        dialogs.user_error(exc)
        return False
    log.warning("restored %s from %s; damaged file kept as %s", path, good.path, saved)
    return True


def confirm_shrinking_backup(shrink: bk.Shrinkage, dialogs: DialogService) -> bool:
    """Ask before an automatic backup of a file holding far fewer records than the newest backup."""
    info = shrink.backup
    text = (f"现在的数据只有 {shrink.current_records} 条记录，而最近一份备份（{info.taken_at:%Y-%m-%d %H:%M}，{info.kind}）"
            f"有 {shrink.backup_records} 条。\n\n如果这些记录是有意删除的，选“是”照常自动备份。\n"
            f"如果数据不见了，请选“否”，然后在{BACKUPS_MENU}中用那份备份恢复。")
    return dialogs.confirm(text, "自动备份前请确认")


def report_backup_failure(db: Database, exc: UserError, dialogs: DialogService) -> bool:
    """An automatic backup failed: always tell her, with what to do. If the data file's indexes are
    damaged, offer to repair them (after saving the file as it is). True: repaired, try again."""
    log.warning("automatic backup failed: %s (%s)", exc.message, exc.detail)
    if isinstance(exc, BackupWriteError) or db.path is None:
        dialogs.warn(f"自动备份没有成功。\n\n{exc.message}\n\n数据本身没有问题，只是这次没有备份。"
                     f"解决后请在{BACKUPS_MENU}中点“立即备份”。", "自动备份没有成功")
        return False
    path = db.path
    check = integrity.full_check(path)
    log.warning("full check of %s after the failed backup: %s (%s)", path, check.state, check.detail)
    if check.state == integrity.INDEX_DAMAGED:
        question = (f"自动备份没有成功：{check.message}\n\n现在修复吗？修复前，现在的数据文件会原样另存到备份文件夹；"
                    "修复只重建索引，不改动任何记录。")
        if not dialogs.ask(question, "自动备份没有成功"):
            dialogs.warn(f"没有修复。在修复之前，自动备份都会失败。下次打开软件或在{BACKUPS_MENU}中备份时会再提醒。",
                         "自动备份没有成功")
            return False
        db.dispose()
        try:
            saved = integrity.repair_indexes(path)
        except UserError as repair_error:
            dialogs.user_error(repair_error)
            return False
        dialogs.info(f"索引已重建，数据文件完好。修复前的文件已另存为：\n{saved}", "修复完成")
        return True
    if check.state == integrity.OK:
        dialogs.warn(f"自动备份没有成功。\n\n{exc.message}\n\n请稍后在{BACKUPS_MENU}中点“立即备份”再试一次。",
                     "自动备份没有成功")
        return False
    good = integrity.newest_good_backup(path)
    where = (f"最近一份完好的备份是 {good.taken_at:%Y-%m-%d %H:%M}（{good.kind}）。请打开{BACKUPS_MENU}，选中它恢复；"
             "恢复前，现在的文件会原样另存，不会丢掉。") if good else "也没有找到完好的备份。请不要删除这个文件，联系技术人员帮助修复。"
    dialogs.warn(f"自动备份没有成功：数据文件有损坏。\n\n{where}", "数据文件有损坏")
    return False
