"""Nothing lost, nothing hidden: a missing or empty data file beside good backups, an automatic backup
that would replace a full backup with an empty one, damage inside an index, a journal left by a crash,
a backup into a full folder, and who may read the files."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dangjian_desktop import app as app_module
from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.db.dialect.sqlite import integrity
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from dangjian_desktop.db.dialect.sqlite.backup.copy import BackupWriteError
from dangjian_desktop.db.session import open_database
from dangjian_desktop.services.people import records as people
from tests.factories import person_input

POSIX = sys.platform != "win32"


@pytest.fixture
def filled(db: Database, db_path: Path, branch_id: str) -> Path:
    with db.session_scope() as s:
        for n in range(30):
            people.save_person(s, branch_id, data=person_input(f"党员{n}"))
    db.dispose()
    return db_path


@pytest.fixture(autouse=True)
def _own_log_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def answer(monkeypatch: pytest.MonkeyPatch, *replies: QMessageBox.StandardButton) -> list[str]:
    """Every message box is recorded; questions get ``replies`` in order."""
    shown: list[str] = []
    queue = list(replies)

    def question(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        shown.append(text)
        assert queue, f"unexpected question: {text}"
        return queue.pop(0)

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def count_people(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0])


def damage_an_index(path: Path) -> None:
    """An index whose entries no longer match its table (the table itself is sound): what the quick
    check does not see and the full check does."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_person_status ON person (name)' "
                "WHERE name = 'ix_person_status'")
    con.commit()
    con.close()


HOT_JOURNAL_WRITER = r"""
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size=1")  # pages spill into the file before the commit: the journal is needed
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE person SET note = note || 'x'")
con.execute("DELETE FROM audit_log")
os.kill(os.getpid(), signal.SIGKILL)
"""


def leave_hot_journal(path: Path) -> None:
    """A writer killed in the middle of a transaction whose pages already reached the file."""
    subprocess.run([sys.executable, "-c", HOT_JOURNAL_WRITER, str(path)], check=False)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


# --- 1. a missing or empty data file beside good backups -------------------------------------------
def test_missing_file_with_good_backups_offers_the_newest_good_one(filled: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    bk.make_backup(filled, bk.AUTO)
    filled.unlink()
    shown = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert app_module.check_database_file(filled)
    assert len(shown) == 1 and "找不到数据文件" in shown[0] and "人员 30 人" in shown[0]
    assert count_people(filled) == 30


def test_empty_file_declined_then_the_automatic_backup_asks_before_replacing_a_full_one(
        qtbot: QtBot, filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = bk.make_backup(filled, bk.AUTO).path
    filled.write_bytes(b"")  # the file lost its contents (a sync tool, a bad copy)
    shown = answer(monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    assert app_module.check_database_file(filled)  # she chose to start afresh
    assert "数据文件是空的" in shown[0] and "备份仍然保留" in shown[0]
    window = app_module.create_main_window(filled)
    qtbot.addWidget(window)
    bk.thin(filled)  # nothing to thin yet: the good backup is the only one
    monkeypatch.setattr(bk, "daily_backup_due", lambda _p, _now=None: True)
    assert window.auto_backup.start() is None  # asked first, and she said no
    assert "只有 0 条记录" in shown[1] and "有 " in shown[1]
    assert [b.path for b in bk.list_backups(filled)] == [good]
    assert integrity.newest_good_backup(filled, with_records=True) is not None
    window.close()


def test_a_backup_with_as_many_records_is_taken_without_asking(qtbot: QtBot, filled: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    bk.make_backup(filled, bk.MANUAL)
    answer(monkeypatch)  # no question expected
    window = app_module.create_main_window(filled)
    qtbot.addWidget(window)
    monkeypatch.setattr(bk, "daily_backup_due", lambda _p, _now=None: True)
    result = window.auto_backup.start()
    assert result is not None and result.path.exists()
    window.close()


# --- 2. damage inside an index ---------------------------------------------------------------------
def test_index_damage_fails_the_backup_visibly_and_is_repaired_after_a_copy(
        qtbot: QtBot, filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damage_an_index(filled)
    assert integrity.startup_check(filled).state == integrity.OK  # the quick check does not see it
    assert integrity.full_check(filled).state == integrity.INDEX_DAMAGED
    shown = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window = app_module.create_main_window(filled)
    qtbot.addWidget(window)
    result = window.auto_backup.start()
    assert "自动备份没有成功" in shown[0] and "索引" in shown[0] and "修复" in shown[0]
    assert "索引已重建" in shown[1]
    assert result is not None and bk.summarize(result.path).people == 30
    assert integrity.full_check(filled).state == integrity.OK
    [kept] = [b for b in bk.list_backups(filled) if b.kind == bk.DAMAGED]
    # the file as it was just before the repair: still with the damaged index, every record in it
    assert integrity.full_check(kept.path).state == integrity.INDEX_DAMAGED and count_people(kept.path) == 30
    assert window.ledger.model.rowCount() == 30
    window.close()


def test_a_backup_that_cannot_be_written_is_shown_with_the_reason(qtbot: QtBot, filled: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: object, **_k: object) -> object:
        raise BackupWriteError("无法写入备份（磁盘（或U盘）已满，请清理出空间后再备份）：x")

    monkeypatch.setattr(bk, "make_backup", full)
    shown = answer(monkeypatch)
    window = app_module.create_main_window(filled)
    qtbot.addWidget(window)
    monkeypatch.setattr(bk, "daily_backup_due", lambda _p, _now=None: True)
    assert window.auto_backup.start() is None
    assert len(shown) == 1 and "自动备份没有成功" in shown[0] and "磁盘（或U盘）已满" in shown[0]
    window.close()


def test_check_offers_repair_of_a_damaged_index(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage_an_index(filled)
    assert cli.main(["check", "--db", str(filled)]) == 1
    out = capsys.readouterr().out
    assert "索引" in out and "--repair" in out
    assert cli.main(["check", "--db", str(filled), "--repair"]) == 0
    out = capsys.readouterr().out
    assert "已重建索引" in out and "完整性检查：通过" in out
    assert integrity.full_check(filled).state == integrity.OK
    assert [b.kind for b in bk.list_backups(filled)] == [bk.DAMAGED]


# --- 4. a journal left by a crash ------------------------------------------------------------------
@pytest.mark.skipif(not POSIX, reason="SIGKILL is POSIX")
def test_check_rolls_back_a_journal_left_by_a_crash(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    leave_hot_journal(filled)
    assert cli.main(["check", "--db", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "已撤销那次未完成的修改" in out and "完整性检查：通过" in out and "损坏" not in out
    assert not filled.with_name(filled.name + "-journal").exists() and count_people(filled) == 30


@pytest.mark.skipif(not POSIX, reason="SIGKILL is POSIX")
def test_check_of_a_read_only_file_with_a_journal_says_it_needs_one_normal_open(
        filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    leave_hot_journal(filled)
    monkeypatch.setattr(integrity, "writable", lambda _p: False)
    assert cli.main(["check", "--db", str(filled)]) == 1
    out = capsys.readouterr().out
    assert "正常打开一次" in out and "已损坏" not in out and "restore" not in out
    assert integrity.startup_check(filled).state == integrity.NEEDS_OPEN


# --- 8. a backup into a full folder; who may read the files --------------------------------------------
def test_backup_into_a_full_folder_leaves_nothing_and_says_why(filled: Path, full_folder: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(filled) as con:
        con.execute("UPDATE person SET note = ?", ("很长的说明" * 2000,))
    assert cli.main(["backup", "--db", str(filled), "--to", str(full_folder)]) == 2
    err = capsys.readouterr().err
    assert "已满" in err
    assert sorted(p.name for p in full_folder.iterdir()) == []


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_data_file_backups_lock_and_log_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "新台账.sqlite3"
        db = open_database(path)
        db.dispose()
        backup = bk.make_backup(path, bk.MANUAL).path
        from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock, lock_path

        lock = DatabaseLock(path)
        lock.acquire()
        lock_mode = stat.S_IMODE(lock_path(path).stat().st_mode)
        lock.release()
        log_file = app_module.setup_logging()
        logging.getLogger("dangjian_desktop").info("第一行")
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (path, backup, log_file)}
    finally:
        os.umask(old)
    assert modes == {path.name: 0o600, backup.name: 0o600, log_file.name: 0o600}
    assert lock_mode == 0o600
