"""The 学习笔记 tab driven as a clerk would: sessions, fast keyboard entry of notes, hints, search."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import records as study
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.study.dialogs import StudySessionDialog
from dangjian_desktop.ui.study.note_dialog import StudyNoteDialog
from dangjian_desktop.ui.study.tab import StudyTab
from tests.factories import person_input
from tests.helpers import with_dialog
from tests.study_texts import EDITED_COPY, HONEST_A, HONEST_B, MATERIAL

TODAY = date(2026, 11, 20)
NAMES = ["王建国", "张三", "李四"]


@pytest.fixture
def tab(qtbot: QtBot, db: Database, branch_id: str) -> Iterator[StudyTab]:
    with db.session_scope() as s:
        for n, name in enumerate(NAMES):
            people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1),
                                                           party_post="书记" if n == 0 else ""))
    widget = StudyTab(db, DataEvents(), DialogService(), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def person_id(db: Database, branch_id: str, name: str) -> str:
    with db.session_scope() as s:
        return next(r.id for r in people.list_rows(s, branch_id) if r.name == name)


def column(model: object, col: int) -> list[str]:
    return [model.rows[r][col] for r in range(model.rowCount())]  # type: ignore[attr-defined]


def test_session_entered_with_attendance_gives_hours_in_the_yearly_view(tab: StudyTab, qtbot: QtBot) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, StudySessionDialog)
        dialog.ui.held_on.edit.setText("2026-03-05")
        dialog.ui.buttonBox.accepted.emit()  # topic missing: a red message, the dialog stays open
        assert dialog.isVisible() and dialog.findChild(QLabel, "error_topic") is not None
        dialog.ui.topic.insert("学习党的二十大精神")
        dialog.ui.hourPreset.setCurrentIndex(4)
        dialog.ui.hourPreset.activated.emit(4)  # 半天
        dialog.ui.material_text.setPlainText(MATERIAL)
        assert "3 / 3" in dialog.ui.attendanceCount.text()  # a new session starts with everyone ticked
        dialog.ui.attendees.item(1).setCheckState(Qt.CheckState.Unchecked)
        assert "2 / 3" in dialog.ui.attendanceCount.text()
        QTest.mouseClick(dialog.ui.buttonBox.buttons()[0] if dialog.ui.buttonBox.buttons()[0].text().startswith("保存")
                         else dialog.ui.buttonBox.buttons()[1], Qt.MouseButton.LeftButton)

    seen = with_dialog(qtbot, fill)
    tab.add_session_action.trigger()
    assert seen
    assert column(tab.sessions_model, 1) == ["学习党的二十大精神"]
    assert column(tab.sessions_model, 3) == ["4"] and column(tab.sessions_model, 5) == ["2"]
    hours = dict(zip(column(tab.year_model, 0), column(tab.year_model, 2), strict=True))
    assert sorted(hours.values()) == ["0", "4", "4"]
    assert all(r in tab.year_model.attention for r in range(3))  # everyone is short of 32 / 56
    assert "差 52 学时" in tab.year_model.rows[column(tab.year_model, 0).index("王建国")][8]
    tab.short_only.setChecked(True)
    assert tab.year_model.rowCount() == 3


def test_clerk_types_a_stack_of_notes_with_the_keyboard_and_sees_a_copy_hint(tab: StudyTab, qtbot: QtBot,
                                                                             db: Database, branch_id: str) -> None:
    def type_notes(dialog: QDialog) -> None:
        assert isinstance(dialog, StudyNoteDialog)
        ui = dialog.ui
        first = ui.person_id.currentText()
        ui.title.insert("乡村振兴学习笔记")
        ui.content.insertPlainText(HONEST_A)
        QTest.keyClick(ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.saved == 1 and ui.content.toPlainText() == "" and ui.title.text() == ""
        assert ui.person_id.currentText() == first and dialog.focusWidget() is ui.title
        assert "未发现" in ui.hintSummary.text()
        QTest.keyClick(ui.title, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # next member
        second = ui.person_id.currentText()
        assert second != first
        ui.content.insertPlainText(EDITED_COPY)
        QTest.keyClick(ui.content, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # check before saving
        assert f"与{first}" in ui.hintSummary.text() and "大段文字相同" in ui.hintSummary.text()
        assert "background-color" in ui.noteView.toHtml() and "background-color" in ui.sourceView.toHtml()
        QTest.keyClick(ui.content, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert dialog.saved == 2 and ui.person_id.currentText() not in (second,)
        assert "已保存" in ui.hintSummary.text() and "大段文字相同" in ui.hintSummary.text()
        ui.content.insertPlainText(HONEST_B)
        ui.reflection.insertPlainText("要带头做好垃圾分类。")
        assert ui.wordCount.text() == f"字数：{len(''.join((HONEST_B + '要带头做好垃圾分类。').split()))}"
        ui.buttonBox.accepted.emit()

    seen = with_dialog(qtbot, type_notes)
    QTest.keyClick(tab, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen
    tab.views.setCurrentIndex(1)
    assert tab.notes_model.rowCount() == 3
    flagged = [tab.notes_model.rows[r] for r in tab.notes_model.attention]
    assert len(flagged) == 1 and flagged[0][6] == "有大段相同文字"
    row = next(iter(tab.notes_model.attention))
    tab.notes_view.selectRow(row)
    assert tab.hint_box.isVisible() and "大段文字相同" in tab.hint_label.text()
    assert "background-color" in tab.hint_source.toHtml()


def test_search_box_finds_notes_and_sessions(tab: StudyTab, qtbot: QtBot, db: Database, branch_id: str) -> None:
    pid = person_id(db, branch_id, "张三")
    with db.session_scope() as s:
        sid = study.save_session(s, branch_id, study.SessionInput(held_on=date(2026, 3, 1), topic="全面推进乡村振兴",
                                                                  hours=2, attendees=[pid]), today=TODAY).id
        study.save_note(s, branch_id, study.NoteInput(pid, date(2026, 3, 2), "苹果合作社", HONEST_A, "", sid),
                        today=TODAY)
    tab.reload()
    QTest.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.focusWidget() is tab.search_edit
    tab.search_edit.insert("乡村振兴")
    QTest.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert sorted(column(tab.search_model, 0)) == ["学习活动", "笔记"]
    assert tab.views.currentIndex() == 3 and "找到 2 条" in tab.search_summary.text()
    assert "background-color" in tab.search_snippet.toHtml()
    tab.search_edit.clear()
    tab.search_edit.insert("苹果")  # two characters: found without the trigram index
    tab.run_search()
    assert column(tab.search_model, 3) == ["苹果合作社"]


def test_delete_asks_and_moves_the_note_to_the_recycle_bin(tab: StudyTab, db: Database, branch_id: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    pid = person_id(db, branch_id, "李四")
    with db.session_scope() as s:
        study.save_note(s, branch_id, study.NoteInput(pid, date(2026, 3, 2), "笔记", HONEST_B), today=TODAY)
    tab.reload()
    tab.views.setCurrentIndex(1)
    tab.notes_view.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(tab.dialogs, "confirm", lambda text, *a: asked.append(text) or True)
    tab.delete_action.trigger()
    assert asked and tab.notes_model.rowCount() == 0


def test_saving_a_note_is_confirmed_in_the_status_bar_and_the_editor_does_not_ask_for_a_copy(
        tab: StudyTab, qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(tab)
    window.show()
    placeholders: list[str] = []

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, StudyNoteDialog)
        placeholders.append(dialog.ui.content.placeholderText())
        dialog.ui.title.insert("乡村振兴")
        dialog.ui.content.insertPlainText(HONEST_A)
        dialog.ui.buttonBox.accepted.emit()

    with_dialog(qtbot, write)
    tab.add_note()
    assert placeholders and "原文" not in placeholders[0] and "自己的话" in placeholders[0]
    said = window.statusBar().currentMessage()
    assert said.startswith("已保存") and "《乡村振兴》" in said and "学习笔记" in said
    window.takeCentralWidget().setParent(None)  # the fixture closes the tab itself
