"""Signing in, 用户管理, and what the window offers each role (the roles themselves: tests/services/test_users.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services import users
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.users_dialog import SignInDialog, UsersDialog

PASSWORD = "dangjian2026"


@pytest.fixture
def admin(db: Database, branch_id: str) -> Iterator[users.CurrentUser]:
    with db.session_scope() as s:
        users.add_user(s, data=users.UserInput("admin", "管理员老张", users.ADMIN), password=PASSWORD, repeat=PASSWORD)
        users.add_user(s, data=users.UserInput("chayue", "镇纪委赵敏", users.INSPECTOR), password=PASSWORD,
                       repeat=PASSWORD)
    with db.session_scope() as s:
        yield users.sign_in(s, "admin", PASSWORD)
    db.info.clear()


def test_sign_in_refuses_a_wrong_password_then_signs_in(qtbot: QtBot, db: Database, admin: users.CurrentUser) -> None:
    dialog = SignInDialog(db, where="台账服务器（dangjian）")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username, "admin")
    qtbot.keyClicks(dialog.ui.password, "wrong-one")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.user is None
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "用户名或密码不对。" in shown and dialog.ui.password.text() == ""
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.name == "管理员老张"
    assert db.info[users.USER_KEY] == dialog.user  # every later session carries who signed in


def test_users_dialog_adds_a_clerk_and_checks_the_fields(qtbot: QtBot, db: Database, branch_id: str,
                                                          admin: users.CurrentUser) -> None:
    users.act_as(db.info, admin)
    dialog = UsersDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.usersList.count() == 2 and ui.editor.title() == "添加用户"
    qtbot.keyClicks(ui.username, "jilu")
    ui.role.setCurrentIndex(ui.role.findData(users.CLERK))
    assert ui.branch_id.isEnabled() and "记录员" in ui.roleText.text()
    qtbot.keyClicks(ui.password, "123")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "密码至少 6 个字符" in [label.text() for label in dialog.findChildren(QLabel)] and ui.usersList.count() == 2
    ui.password.clear()
    qtbot.keyClicks(ui.password, "jilu-2026")
    qtbot.keyClicks(ui.repeat, "jilu-2026")
    ui.full_name.setText("李明")  # (typing CJK through QTest aborts; the text is what matters)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.usersList.count() == 3 and ui.usersList.currentItem().text() == "李明（记录员）"
    with db.session_scope() as s:
        clerk = users.sign_in(s, "jilu", "jilu-2026")
    assert clerk.branch_id == branch_id and clerk.role == users.CLERK

    ui.role.setCurrentIndex(ui.role.findData(users.INSPECTOR))  # change the role of the one selected
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    with db.session_scope() as s:
        assert {u.username: (u.role, u.branch_id) for u in users.list_users(s)}["jilu"] == (users.INSPECTOR, None)
    close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and "&C" in close.text()


def _window(qtbot: QtBot, db_path: Path, user: users.CurrentUser) -> MainWindow:
    from dangjian_desktop.app import create_main_window

    window = create_main_window(db_path)
    qtbot.addWidget(window)
    users.act_as(window.db.info, user)
    window.signed_in(user)
    return window


def test_an_inspector_sees_no_editing_actions(qtbot: QtBot, db: Database, db_path: Path,
                                              admin: users.CurrentUser) -> None:
    with db.session_scope() as s:
        inspector = users.sign_in(s, "chayue", PASSWORD)
    db.dispose()
    window = _window(qtbot, db_path, inspector)
    hidden = [window.ledger.add_action, window.ledger.edit_action, window.ledger.delete_action,
              window.meetings.new_action, window.meetings.finalize_action, window.cases.new_action,
              window.study.add_note_action, window.dues.pay_action, window.settings_action, window.users_action,
              window.import_action, window.backup_action]
    assert not [a.text() for a in hidden if a.isVisible()]
    shown = [window.meetings.print_action, window.cases.print_action, window.dues.export_action,
             window.export_action, window.archive_action, window.audit_action]
    assert all(a.isVisible() for a in shown)
    assert window.user_label.text() == "登录：镇纪委赵敏（查阅）"
    window.server_refresh.timer.stop()
    window.close()


def test_an_administrator_has_user_management_and_sees_others_changes(qtbot: QtBot, db: Database, db_path: Path,
                                                                       branch_id: str,
                                                                       admin: users.CurrentUser) -> None:
    from dangjian_desktop.services.people import records as people
    from tests.factories import person_input

    db.dispose()
    window = _window(qtbot, db_path, admin)
    assert window.users_action.isVisible() and window.ledger.add_action.isVisible()
    assert not window.password_action.isVisible()
    window.server_refresh.timer.stop()
    assert window.server_refresh.check(force=True) == []
    other = Database.open(db_path)  # another clerk's computer
    try:
        with other.session_scope() as s:
            people.save_person(s, branch_id, data=person_input("别人新增的"))
    finally:
        other.dispose()
    with qtbot.waitSignal(window.events.people_changed, timeout=2000):
        assert window.server_refresh.check(force=True) == ["person"]
    qtbot.waitUntil(lambda: "别人新增的" in [window.ledger.model.row_at(r).name
                                           for r in range(window.ledger.model.rowCount())])
    assert window.server_refresh.check(force=True) == []  # told once
    window.close()


def test_without_any_user_the_window_does_not_open_and_says_why(db: Database, branch_id: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from dangjian_desktop.app import sign_in
    from dangjian_desktop.ui.dialog_service import DialogService

    said: list[str] = []
    monkeypatch.setattr(DialogService, "error", lambda _self, text, title="": said.append(text))
    assert sign_in(db) is None
    assert said and "还没有建立用户账号" in said[0] and "管理员" in said[0]


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_users_list_shows_whole_names_and_roles_at_large_text(qtbot: QtBot, db: Database, branch_id: str,
                                                                  admin: users.CurrentUser, text_size: int) -> None:
    from dangjian_desktop.ui import font_size

    font_size.apply(text_size)
    try:
        users.act_as(db.info, admin)
        dialog = UsersDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        lst = dialog.ui.usersList
        assert lst.count() == 2
        # every line whole inside the list, with no sideways scroll bar (at 200 % "管理员老张（管理员）" was cut)
        assert lst.viewport().width() >= lst.sizeHintForColumn(0)
        assert lst.horizontalScrollBar().isHidden() or lst.horizontalScrollBar().maximum() == 0
        dialog.close()
    finally:
        font_size.apply(100)  # the application font is shared by every test
