"""Field messages on the person form: marked tabs, required stars, and no jumping fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.ledger.person_dialog import PersonDialog
from tests.factories import make_id_number


def _dialog(qtbot: QtBot, db: Database, branch_id: str) -> PersonDialog:
    dialog = PersonDialog(db, branch_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog: PersonDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_tab_holding_an_error_is_marked_until_the_error_is_fixed(qtbot: QtBot, db: Database,
                                                                     branch_id: str) -> None:
    dialog = _dialog(qtbot, db, branch_id)
    tabs = dialog.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["基本信息", "党籍信息", "发展党员"]
    _save(dialog)  # no name (基本信息); a 正式党员 without 入党日期 (党籍信息)
    assert tabs.tabText(0).endswith("✗") and tabs.tabText(1).endswith("✗")
    assert not tabs.tabText(2).endswith("✗")
    assert tabs.tabBar().tabTextColor(1).name() == "#b00020"
    assert "党籍信息" in dialog.ui.errorSummary.text()  # the summary says where the other errors are
    tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.ui.name, "x")
    assert tabs.tabText(0) == "基本信息"  # corrected: the mark goes
    assert tabs.tabText(1).endswith("✗")  # not yet corrected: it stays
    tabs.setCurrentIndex(1)
    dialog.ui.join_date.edit.setText("2010年7月1日")
    dialog.ui.join_date.changed.emit()
    assert tabs.tabText(1) == "党籍信息"


def test_required_fields_carry_a_star(qtbot: QtBot, db: Database, branch_id: str) -> None:
    dialog = _dialog(qtbot, db, branch_id)
    _save(dialog)
    for field in ("name", "category"):
        label = dialog.ui.tabs.findChild(QLabel, f"{field}Label")
        assert label is not None and label.text().endswith("*")


def test_fields_do_not_move_when_a_message_goes_away(qtbot: QtBot, db: Database, branch_id: str) -> None:
    dialog = _dialog(qtbot, db, branch_id)
    dialog.ui.tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.ui.id_number, "110105194912310021")  # wrong check digit
    dialog.ui.id_number.editingFinished.emit()
    message = dialog.findChild(QLabel, "error_id_number")
    assert message is not None and "校验位" in message.text()
    qtbot.wait(10)
    below = dialog.ui.gender.mapTo(dialog, dialog.ui.gender.rect().topLeft())
    qtbot.keyClick(dialog.ui.id_number, Qt.Key.Key_Backspace)  # correcting: the message goes
    qtbot.wait(10)
    assert message.text() == ""
    assert dialog.ui.gender.mapTo(dialog, dialog.ui.gender.rect().topLeft()) == below
    gap = dialog.ui.gender.y() - dialog.ui.id_number.y()
    _save(dialog)  # other messages come and go: the emptied message keeps its place under 身份号码
    qtbot.wait(10)
    assert dialog.ui.gender.y() - dialog.ui.id_number.y() == gap


def _fill(dialog: PersonDialog) -> None:
    dialog.ui.name.setText("于敏")
    dialog.ui.category.setCurrentText("入党申请人")


def test_saving_a_person_shows_the_busy_cursor_at_once_and_restores_it(
        qtbot: QtBot, db: Database, branch_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    real = people.save_person

    def watched(*args: object, **kwargs: object) -> object:
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(people, "save_person", watched)
    dialog = _dialog(qtbot, db, branch_id)
    _fill(dialog)
    _save(dialog)
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_refused_save_restores_the_cursor_before_saying_why(
        qtbot: QtBot, db: Database, branch_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise UserError("数据库文件被占用")

    told: list[object] = []
    monkeypatch.setattr(people, "save_person", refuse)
    monkeypatch.setattr(DialogService, "user_error",
                        lambda _self, exc: told.append((str(exc), QApplication.overrideCursor())))
    dialog = _dialog(qtbot, db, branch_id)
    _fill(dialog)
    _save(dialog)
    assert told == [("数据库文件被占用", None)]
    assert QApplication.overrideCursor() is None


def test_leaving_a_bad_id_number_keeps_the_other_messages_and_the_cursor(qtbot: QtBot, db: Database,
                                                                         branch_id: str) -> None:
    dialog = _dialog(qtbot, db, branch_id)
    _save(dialog)  # 姓名 and 入党日期 are missing
    dialog.ui.tabs.setCurrentIndex(0)
    dialog.ui.id_number.setText("110105194912310021")  # wrong check digit
    dialog.ui.id_number.editingFinished.emit()  # as when the cursor leaves the box
    shown = {name: label.text() for name in ("name", "id_number", "join_date")
             if (label := dialog.findChild(QLabel, f"error_{name}")) is not None}
    assert shown["name"] == "请填写姓名" and "校验位" in shown["id_number"] and shown["join_date"]
    assert "3 处" in dialog.ui.errorSummary.text()
    assert dialog.ui.tabs.currentIndex() == 0
    dialog.ui.id_number.setText("")
    dialog.ui.id_number.setText(make_id_number(date(1985, 4, 3), male=False))
    dialog.ui.id_number.editingFinished.emit()
    assert dialog.findChild(QLabel, "error_id_number").text() == ""
    assert dialog.findChild(QLabel, "error_name").text() == "请填写姓名"  # still to be corrected


def test_a_message_on_a_page_with_room_to_spare_takes_one_line(qtbot: QtBot, db: Database, branch_id: str) -> None:
    dialog = _dialog(qtbot, db, branch_id)
    dialog.resize(620, 700)
    _save(dialog)  # 入党日期 is missing on the 党籍信息 page, which has space left at the bottom
    dialog.ui.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    message = dialog.findChild(QLabel, "error_join_date")
    assert message is not None and message.height() < 2 * message.fontMetrics().height()


def test_no_field_moves_when_the_first_messages_appear(qtbot: QtBot, db: Database, branch_id: str) -> None:
    dialog = _dialog(qtbot, db, branch_id)
    dialog.ui.tabs.setCurrentIndex(0)
    qtbot.wait(10)
    fields = [dialog.ui.name, dialog.ui.id_number, dialog.ui.gender, dialog.ui.category]

    def places() -> list[tuple[int, int]]:
        return [(p.x(), p.y()) for p in (w.mapTo(dialog, w.rect().topLeft()) for w in fields)]

    before = places()
    qtbot.keyClicks(dialog.ui.id_number, "110105194912310021")  # wrong check digit
    dialog.ui.id_number.editingFinished.emit()  # as when the cursor leaves the box
    qtbot.wait(10)
    message = dialog.findChild(QLabel, "error_id_number")
    assert message is not None and "校验位" in message.text() and message.isVisible()
    below = message.mapTo(dialog, message.rect().topLeft())
    assert places() == before  # the message took a line kept for it
    assert below.y() >= before[1][1] + dialog.ui.id_number.height()  # under its own field
    assert below.y() < before[2][1]  # and above the next one
    _save(dialog)  # more messages at once
    qtbot.wait(10)
    assert places() == before
