"""The 党员台账 tab driven as a user would: typing, clicking, keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.ui.main_window import MainWindow
from tests.factories import make_id_number
from tests.helpers import window_with_people, with_dialog

NAMES = ["张建国", "王芳", "丁一", "马建华", "曾强", "王五"]


@pytest.fixture
def window(qtbot: QtBot, db: Database, db_path: Path, branch_id: str) -> Iterator[MainWindow]:
    win = window_with_people(qtbot, db, db_path, branch_id, NAMES)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()


def names_shown(win: MainWindow) -> list[str]:
    model = win.ledger.model
    return [model.row_at(i).name for i in range(model.rowCount())]


def test_tabs_in_order_and_qt_speaks_chinese(window: MainWindow) -> None:
    tabs = window.tabs  # inside the central scroll area
    assert isinstance(tabs, QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())][:4] == ["党员台账", "会议记录", "三卡一法", "学习笔记"]
    assert tabs.tabText(4) == "责任区与承诺" and tabs.tabText(5) == "年度自查"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts & {"取消", "取消(C)"} and texts & {"关闭", "关闭(C)"}, texts
    assert "中共测试村党支部" in window.windowTitle()


def test_default_order_is_by_surname_strokes_and_can_switch_to_pinyin(window: MainWindow, qtbot: QtBot) -> None:
    assert names_shown(window) == ["丁一", "马建华", "王五", "王芳", "张建国", "曾强"]
    window.ledger.order_combo.setCurrentText("拼音")
    assert names_shown(window) == ["丁一", "马建华", "王芳", "王五", "曾强", "张建国"]


def test_filter_by_pinyin_initials_name_and_id_tail(window: MainWindow, qtbot: QtBot) -> None:
    edit = window.ledger.filter_edit
    qtbot.keyClicks(edit, "zjg")
    assert names_shown(window) == ["张建国"]
    edit.clear()
    qtbot.keyClicks(edit, "wang")
    assert names_shown(window) == ["王五", "王芳"]
    edit.clear()
    edit.insert("建")  # Chinese arrives from the input method as committed text
    assert names_shown(window) == ["马建华", "张建国"]
    edit.clear()
    assert len(names_shown(window)) == 6
    assert "共 6 人" in window.ledger.counts_label.text()


def test_filter_by_category(window: MainWindow, db_path: Path) -> None:
    combo = window.ledger.category_combo
    combo.setCurrentIndex(combo.findData("预备党员"))
    assert names_shown(window) == []
    combo.setCurrentIndex(combo.findData("正式党员"))
    assert len(names_shown(window)) == 6


def fill_new_person(name: str, id_number: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.name.setText(name)
        ui.id_number.setText(id_number)
        ui.id_number.editingFinished.emit()
        ui.tabs.setCurrentIndex(1)
        ui.join_date.edit.setText("2010年7月1日")
        ui.full_member_date.edit.setText("2011.7.1")
        ui.group_id.setCurrentText("第二党小组")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    return act


def test_add_person_through_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    idn = make_id_number(date(1985, 4, 3), male=False)
    with_dialog(qtbot, fill_new_person("于敏", idn))
    window.ledger.add_action.trigger()
    assert "于敏" in names_shown(window)
    row = next(r for r in window.ledger.model.all_rows() if r.name == "于敏")
    assert (row.gender, row.birth_date, row.group_name) == ("女", date(1985, 4, 3), "第二党小组")
    assert row.join_date == date(2010, 7, 1)
    assert window.ledger.current_id() == row.id  # the new person is selected
    assert "于敏" in window.ledger.detail.toPlainText()


def test_bad_id_number_shows_a_message_at_the_field_and_saves_nothing(window: MainWindow, qtbot: QtBot) -> None:
    messages: list[str] = []

    def act(dialog: QDialog) -> None:
        fill_new_person("于敏", "110105194912310021")(dialog)  # wrong check digit
        label = dialog.findChild(QLabel, "error_id_number")
        messages.append(label.text() if label else "")
        assert dialog.isVisible()
        dialog.reject()

    with_dialog(qtbot, act)
    window.ledger.add_action.trigger()
    assert messages and "校验位错误" in messages[0]
    assert "于敏" not in names_shown(window)


def test_edit_person_with_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    window.ledger.select_person(next(r.id for r in window.ledger.model.all_rows() if r.name == "王芳"))

    def act(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        assert ui.name.text() == "王芳"
        ui.phone.setText("139-0000-1111")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    with_dialog(qtbot, act)
    window.ledger.table.setFocus()
    qtbot.keyClick(window.ledger.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    row = next(r for r in window.ledger.model.all_rows() if r.name == "王芳")
    assert row.phone == "13900001111"


def test_delete_goes_to_recycle_bin_and_restores(window: MainWindow, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window.dialogs, "confirm", lambda *_a: True)
    window.ledger.select_person(next(r.id for r in window.ledger.model.all_rows() if r.name == "曾强"))
    window.ledger.delete_action.trigger()
    assert "曾强" not in names_shown(window)

    def restore(dialog: QDialog) -> None:
        table = dialog.table  # type: ignore[attr-defined]
        assert table.rowCount() == 1 and table.item(0, 0).text() == "人员"
        assert table.item(0, 1).text() == "曾强（正式党员）"
        table.selectRow(0)
        dialog.restore_button.click()  # type: ignore[attr-defined]
        assert table.rowCount() == 0
        dialog.reject()

    with_dialog(qtbot, restore)
    window.ledger.recycle_action.trigger()
    assert "曾强" in names_shown(window)


def test_transfer_out_changes_status_and_hides_from_roster(window: MainWindow, qtbot: QtBot) -> None:
    window.ledger.select_person(next(r.id for r in window.ledger.model.all_rows() if r.name == "丁一"))

    def act(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.direction.setCurrentText("转出")
        ui.transfer_date.edit.setText("2026-03-05")
        ui.other_unit.setText("中共某某社区党委")
        ui.letter_no.setText("2026-012")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    with_dialog(qtbot, act)
    window.ledger.transfer_action.trigger()
    assert "丁一" not in names_shown(window)  # default view lists people on the books
    status = window.ledger.status_combo
    status.setCurrentIndex(status.findData("转出"))
    assert names_shown(window) == ["丁一"]
    window.ledger.select_person(window.ledger.model.row_at(0).id)
    assert "中共某某社区党委" in window.ledger.detail.toPlainText()


def test_first_run_creates_the_branch(qtbot: QtBot, tmp_path: Path) -> None:
    win = create_main_window(tmp_path / "新库.sqlite3")
    qtbot.addWidget(win)
    assert win.ledger.empty_label.isVisible() or not win.has_branch()
    assert not win.ledger.add_action.isEnabled()

    def act(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # empty name first
        assert dialog.isVisible()
        assert dialog.findChild(QLabel, "error_name").text() == "请填写支部名称"
        ui.branchName.setText("中共岘口村党支部")
        ui.role_书记.setEditText("邹丽娟")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    with_dialog(qtbot, act)
    win.first_run()
    assert win.has_branch()
    assert "中共岘口村党支部" in win.windowTitle()
    assert win.ledger.add_action.isEnabled()
    assert [win.ledger.group_combo.itemText(i) for i in range(win.ledger.group_combo.count())] == [
        "全部党小组", "第一党小组", "第二党小组", "（未分组）"]
    win.close()


def test_first_run_on_a_township_database_leads_to_the_package_import(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A township clerk starting on an empty database imports the branches' 数据包 instead of building one."""
    win = create_main_window(tmp_path / "乡镇.sqlite3")
    qtbot.addWidget(win)
    asked: list[bool] = []
    monkeypatch.setattr(win, "import_package", lambda: asked.append(True))
    assert "导入数据包" in win.ledger.empty_label.text()

    def act(dialog: QDialog) -> None:
        button = dialog.ui.importButton  # type: ignore[attr-defined]
        assert button.isVisible() and "导入数据包" in button.text()
        button.click()

    with_dialog(qtbot, act)
    win.first_run()
    assert asked == [True] and not win.has_branch()
    win.close()


def test_a_corrected_field_loses_its_message(window: MainWindow, qtbot: QtBot) -> None:
    state: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()  # empty name
        state["before"] = dialog.findChild(QLabel, "error_name") is not None
        qtbot.keyClicks(ui.name, "x")
        state["after"] = dialog.findChild(QLabel, "error_name")
        state["other"] = dialog.findChild(QLabel, "error_join_date") is not None  # 正式党员 needs 入党日期
        dialog.reject()

    with_dialog(qtbot, act)
    window.ledger.add_action.trigger()
    assert state["before"] is True
    label = state["after"]
    assert label is None or label.text() == ""  # type: ignore[attr-defined]
    assert state["other"] is True  # messages for fields not yet corrected stay


def test_filtering_out_the_selected_person_clears_the_detail_and_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    ledger = window.ledger
    ledger.table.selectRow(names_shown(window).index("张建国"))
    assert "张建国" in ledger.detail.toPlainText() and ledger.edit_action.isEnabled()
    ledger.filter_edit.insert("王")  # as typed (an IME delivers the character at once)
    assert "张建国" not in names_shown(window)
    assert ledger.selected_ids() == []
    assert "张建国" not in ledger.detail.toPlainText()
    assert not ledger.edit_action.isEnabled() and not ledger.delete_action.isEnabled()
    assert not ledger.transfer_action.isEnabled()


def test_filtering_keeps_the_selected_person_who_is_still_listed(qtbot: QtBot, window: MainWindow) -> None:
    ledger = window.ledger
    ledger.table.selectRow(names_shown(window).index("王芳"))
    ledger.filter_edit.insert("王")  # as typed (an IME delivers the character at once)
    assert [ledger.model.row_at(i.row()).name for i in ledger.table.selectionModel().selectedRows()] == ["王芳"]
    assert "王芳" in ledger.detail.toPlainText() and ledger.edit_action.isEnabled()
