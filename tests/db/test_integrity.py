"""Start-up: the quick check, a damaged file (restore offered, nothing overwritten without a copy),
a database from a newer version, a read-only file, a full disk, a second instance."""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import Session

from dangjian_desktop import app as app_module
from dangjian_desktop.db import Database
from dangjian_desktop.db.dialect.sqlite import integrity
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from dangjian_desktop.db.engine import user_error_for, user_errors
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


@pytest.fixture(autouse=True)
def _own_log_handlers() -> Iterator[None]:
    """run_gui sets up logging into this test's data dir: take that handler away afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def corrupt(path: Path) -> bytes:
    """Overwrite the middle of the file (page 2 onwards), as a bad sector or a cut power would."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:page * 3] = b"\xde\xad\xbe\xef" * (page // 2)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def filled(db: Database, db_path: Path, branch_id: str) -> Path:
    with db.session_scope() as s:
        for n in range(30):
            people.save_person(s, branch_id, data=person_input(f"党员{n}", note="说明" * 200))
    db.dispose()
    return db_path


def messages(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton | None = None) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text_: shown.append(text_))

    def question(_p: object, _t: str, text_: str, *_a: object) -> QMessageBox.StandardButton:
        shown.append(text_)
        assert answer is not None, f"unexpected question: {text_}"
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def test_quick_check_states(filled: Path, tmp_path: Path) -> None:
    assert integrity.startup_check(tmp_path / "无.sqlite3").state == integrity.MISSING
    assert integrity.startup_check(filled).state == integrity.OK
    garbage = tmp_path / "乱码.sqlite3"
    garbage.write_bytes(b"hello" * 1000)
    assert integrity.startup_check(garbage).state == integrity.NOT_A_DB
    corrupt(filled)
    check = integrity.startup_check(filled)
    assert check.state == integrity.DAMAGED and check.damaged and "损坏" in check.message


def test_damaged_file_offers_the_newest_good_backup_and_keeps_a_copy(qtbot: QtBot, filled: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    older = bk.make_backup(filled, bk.AUTO).path
    newest = bk.make_backup(filled, bk.MANUAL).path
    newest.write_bytes(b"broken backup" * 100)  # the newest backup is itself damaged: the older one is offered
    damaged = corrupt(filled)
    shown = messages(monkeypatch, QMessageBox.StandardButton.Yes)
    assert app_module.check_database_file(filled)
    assert "已损坏" in shown[0] and "找到了最近一份完好的备份" in shown[0]
    assert integrity.startup_check(filled).state == integrity.OK
    with sqlite3.connect(filled) as con:
        assert con.execute("SELECT count(*) FROM person").fetchone() == (30,)
    kept = [b for b in bk.list_backups(filled) if b.kind == bk.DAMAGED]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged
    assert older.exists()
    window = app_module.create_main_window(filled)
    qtbot.addWidget(window)
    assert window.ledger.model.rowCount() == 30
    window.close()


def test_declining_the_restore_leaves_the_file_untouched(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bk.make_backup(filled, bk.AUTO)
    damaged = corrupt(filled)
    shown = messages(monkeypatch, QMessageBox.StandardButton.No)
    assert app_module.run_gui(filled, []) == 1
    assert "没有恢复" in shown[-1]
    assert filled.read_bytes() == damaged
    assert [b.kind for b in bk.list_backups(filled)] == [bk.AUTO]
    assert not filled.with_name(filled.name + ".lock").exists()


def test_damaged_file_without_backup_is_not_opened(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = corrupt(filled)
    shown = messages(monkeypatch)
    assert app_module.run_gui(filled, []) == 1
    assert shown == ["数据文件已损坏，也没有找到可用的备份。请不要删除或改动这个文件，联系技术人员帮助修复。"]
    assert filled.read_bytes() == damaged


def test_database_from_a_newer_version_is_refused(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with sqlite3.connect(filled) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = filled.read_bytes()
    shown = messages(monkeypatch)
    assert app_module.run_gui(filled, []) == 1
    assert len(shown) == 1 and "更新版本" in shown[0]
    assert filled.read_bytes() == before
    assert not list((filled.parent / "backups").glob("*.sqlite3"))


def test_read_only_file_gives_a_clear_message(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "writable", lambda _p: False)
    shown = messages(monkeypatch)
    assert app_module.run_gui(filled, []) == 1
    assert shown[0].startswith("数据文件是只读的") and str(filled) in shown[0]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="file permissions do not stop root (and differ on Windows); the mapping is tested above")
def test_read_only_file_for_real(filled: Path) -> None:
    filled.chmod(0o444)
    try:
        assert integrity.startup_check(filled).state == integrity.READ_ONLY
    finally:
        filled.chmod(0o644)


def test_sqlite_read_only_and_full_disk_errors_map_to_chinese(filled: Path) -> None:
    con = sqlite3.connect(f"file:{filled.as_posix()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as err:
            con.execute("DELETE FROM person")
    finally:
        con.close()
    mapped = user_error_for(err.value)
    assert mapped is not None and mapped.message.startswith("数据库文件是只读的")

    db = Database.open(filled)
    try:
        with db.engine.connect() as conn:
            branch_id = str(conn.execute(text("SELECT id FROM branch")).scalar())
            pages = conn.execute(text("PRAGMA page_count")).scalar()
            conn.execute(text(f"PRAGMA max_page_count = {pages}"))  # the disk is full: no page can be added
            session = Session(bind=conn)
            with pytest.raises(UserError, match="磁盘已满"), user_errors():
                for n in range(200):
                    people.save_person(session, branch_id, data=person_input(f"新人{n}", note="很长" * 2000))
                    session.flush()
            session.rollback()
        with sqlite3.connect(filled) as con:
            assert con.execute("SELECT count(*) FROM person").fetchone() == (30,)
    finally:
        db.dispose()


def test_second_start_says_the_app_is_already_open(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = ("import sys, time; from pathlib import Path; from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock; "
            "DatabaseLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(60)")
    shown = messages(monkeypatch)
    with subprocess.Popen([sys.executable, "-c", code, str(filled)], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            assert app_module.run_gui(filled, []) == 1
        finally:
            child.kill()
    assert len(shown) == 1 and "已经打开了这个数据文件" in shown[0]
    holder = json.loads(filled.with_name(filled.name + ".lock").read_text(encoding="utf-8"))
    assert holder["host"] == socket.gethostname() and holder["pid"] != os.getpid()


def test_start_up_with_a_password_asks_for_it(qtbot: QtBot, filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

    from dangjian_desktop.services import password
    from tests.helpers import with_dialog

    db = Database.open(filled)
    with db.session_scope() as s:
        password.set_password(s, "正确密码", "正确密码")
    db.dispose()
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    errors: list[BaseException] = []
    monkeypatch.setattr(app_module, "_excepthook", lambda _t, value, _tb: errors.append(value))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui replaces it; put it back afterwards

    def wrong_then_quit(dialog: object) -> None:
        edit = dialog.findChild(QLineEdit, "password")  # type: ignore[attr-defined]
        edit.setText("不对")
        dialog.try_accept()  # type: ignore[attr-defined]
        shown = dialog.findChild(QLabel, "error_password")  # type: ignore[attr-defined]
        assert dialog.isVisible() and shown.text() == "密码不对，请重新输入"  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    with_dialog(qtbot, wrong_then_quit)
    assert app_module.run_gui(filled, []) == 0
    assert errors == []
    assert not filled.with_name(filled.name + ".lock").exists()
