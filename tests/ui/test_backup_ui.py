"""备份与恢复 dialog, automatic backup on close, 修改记录 and 启动密码 dialogs, driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from dangjian_desktop.services import password
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.audit_dialog import AuditDialog
from dangjian_desktop.ui.backup import dialog as backup_dialog
from dangjian_desktop.ui.backup.dialog import BackupDialog
from dangjian_desktop.ui.backup.password_dialog import PasswordDialog
from dangjian_desktop.ui.main_window import MainWindow
from tests.factories import person_input
from tests.helpers import window_with_people, with_dialog


@pytest.fixture
def window(qtbot: QtBot, db: Database, db_path: Path, branch_id: str) -> Iterator[MainWindow]:
    win = window_with_people(qtbot, db, db_path, branch_id, ["张建国", "王芳"])
    yield win
    win.close()


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_back_up_now_then_restore_from_the_list(qtbot: QtBot, window: MainWindow, db_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(window.dialogs, "info", lambda text, title="": told.append(text))
    monkeypatch.setattr(window.dialogs, "confirm", lambda text, title="": True)
    dialog = BackupDialog(window.db, window.dialogs, window.events, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    assert "已备份并校验" in told[-1]
    [row] = rows(dialog.table)
    assert row[1:3] == ["手动", "本机"] and row[4] == "2"
    # change the roster, then go back to the backup
    with window.db.session_scope() as s:
        people.delete_person(s, window.ledger.model.row_at(0).id)
    window.events.people_changed.emit()
    assert window.ledger.model.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert dialog.restored and "已从备份恢复" in told[-1] and "恢复前" in told[-1]
    assert window.ledger.model.rowCount() == 2
    kinds = sorted(r[1] for r in rows(dialog.table))
    assert kinds == ["恢复前", "手动"]
    dialog.close()


def test_usb_drive_is_chosen_and_written(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "U盘根"
    usb.mkdir()
    monkeypatch.setattr(backup_dialog, "candidate_drives", lambda _p: [(usb, "我的U盘（E:\\）")])
    told: list[str] = []
    monkeypatch.setattr(window.dialogs, "info", lambda text, title="": told.append(text))
    dialog = BackupDialog(window.db, window.dialogs, window.events, window)
    qtbot.addWidget(dialog)
    with_dialog(qtbot, lambda picker: picker.choose())  # type: ignore[attr-defined]
    dialog.choose_usb.click()
    folder = usb / backup_dialog.USB_FOLDER
    assert "也已备份到U盘" in told[-1] and len(list(folder.glob("*.sqlite3"))) == 1
    assert "已插入" in dialog.usb_label.text()
    assert sorted(r[2] for r in rows(dialog.table)) == ["U盘", "本机"]
    dialog.clear_usb.click()
    with window.db.session_scope() as s:
        assert bk.removable_folder(s) is None
    dialog.close()


def test_closing_after_a_change_backs_up_and_without_change_does_not(qtbot: QtBot, db: Database, db_path: Path,
                                                                    branch_id: str) -> None:
    db.dispose()
    win = create_main_window(db_path)
    qtbot.addWidget(win)
    win.close()
    assert bk.list_backups(db_path) == []
    win = create_main_window(db_path)
    qtbot.addWidget(win)
    with win.db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("新来的"))
    win.close()
    [backup] = bk.list_backups(db_path)
    assert backup.kind == bk.AUTO and bk.summarize(backup.path).people == 1
    # the daily backup is not taken twice on the same day
    win = create_main_window(db_path)
    qtbot.addWidget(win)
    assert win.auto_backup.start() is None
    win.close()


def test_audit_dialog_for_the_selected_person(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window.ledger.table.selectRow(0)
    person_id = window.ledger.current_id()
    assert person_id is not None
    with window.db.session_scope() as s:
        values = replace(people.person_input(people.get_person(s, person_id)), phone="13700000000")
        people.save_person(s, window.ledger.branch_id or "", data=values, person_id=person_id)

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AuditDialog) and dialog.windowTitle().startswith("修改记录 — ")
        table = dialog.findChild(QTableWidget, "auditTable")
        assert [r[2] for r in rows(table)] == ["修改", "新增"]
        assert rows(table)[0][5] == "联系电话"
        detail = dialog.findChild(QTableWidget, "auditDetail")
        assert rows(detail) == [["联系电话", "13912345678", "13700000000"]]
        dialog.reject()

    with_dialog(qtbot, look)
    window.person_audit_action.trigger()

    def look_all(dialog: QDialog) -> None:
        assert dialog.windowTitle() == "修改记录（全部）"
        assert dialog.findChild(QTableWidget, "auditTable").rowCount() > 3
        dialog.reject()

    with_dialog(qtbot, look_all)
    window.audit_action.trigger()


def test_password_dialog_sets_and_removes(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PasswordDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.new.setText("12")
    dialog.repeat.setText("12")
    dialog.save()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert dialog.findChild(QLabel, "error_new") is not None
    dialog.new.setText("党建密码")
    dialog.repeat.setText("党建密码")
    dialog.idle.setValue(5)
    dialog.save()
    assert dialog.result_text == "启动密码已设置。"
    with window.db.session_scope() as s:
        assert password.check(s, "党建密码") and password.idle_minutes(s) == 5
    again = PasswordDialog(window.db, window)
    qtbot.addWidget(again)
    assert again.findChild(QLineEdit, "currentPassword").isVisibleTo(again)
    again.current.setText("党建密码")
    again.remove()
    assert "已取消" in again.result_text
    with window.db.session_scope() as s:
        assert not password.has_password(s)


def test_idle_lock_asks_for_the_password(qtbot: QtBot, window: MainWindow) -> None:
    from dangjian_desktop.ui.backup.password_dialog import IdleLock

    with window.db.session_scope() as s:
        password.set_password(s, "党建密码", "党建密码")
        password.set_idle_minutes(s, 1)
    idle = IdleLock(window.db, window, check_ms=60_000)
    idle.check()  # just used: nothing happens
    assert window.isVisible()
    idle.last_input -= 61

    def unlock(dialog: QDialog) -> None:
        assert "已锁定" in dialog.windowTitle() and not window.isVisible()
        dialog.findChild(QLineEdit, "password").setText("党建密码")
        dialog.try_accept()  # type: ignore[attr-defined]

    with_dialog(qtbot, unlock)
    idle.check()
    assert window.isVisible() and idle.idle_seconds() < 5
    idle.stop()


@pytest.mark.parametrize("text_size", [100, 200])
def test_backup_list_headers_are_whole_with_room_at_large_text(qtbot: QtBot, window: MainWindow, db_path: Path,
                                                               text_size: int) -> None:
    from dangjian_desktop.ui import font_size

    font_size.apply(text_size)
    try:
        bk.make_backup(db_path, bk.MANUAL)
        dialog = BackupDialog(window.db, window.dialogs, window.events, window)
        qtbot.addWidget(dialog)
        dialog.resize(min(dialog.width(), 1366), min(dialog.height(), 728))
        dialog.show()
        header = dialog.table.horizontalHeader()
        fm = header.fontMetrics()
        for column, title in enumerate(backup_dialog.COLUMNS):
            # the header's text, and about half a character of room on each side of it
            assert header.sectionSize(column) >= fm.horizontalAdvance(title) + fm.height(), title
            assert header.sectionSize(column) >= dialog.table.sizeHintForColumn(column), title
        assert header.length() <= dialog.table.viewport().width()  # no sideways scrolling at 1366×728
        dialog.close()
    finally:
        font_size.apply(100)  # the application font is shared by every test
