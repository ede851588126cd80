"""The 三卡一法 tab driven as a user would: a new case, a talk card, 销号 (refused, then done), reopening,
filters, per-person history, printing, the coverage view and card settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTabWidget
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.domain.cases_fields import FieldDef
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.cases.card_types_dialog import CardTypesDialog
from dangjian_desktop.ui.cases.coverage_dialog import CoverageDialog
from dangjian_desktop.ui.cases.tab import CasesTab
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.print_preview import PrintPreviewDialog
from dangjian_desktop.ui.widgets import DateField
from tests.factories import person_input
from tests.helpers import with_dialog
from tests.services.test_cases_service import TODAY, case_input


@pytest.fixture
def tabs(qtbot: QtBot, db: Database, branch_id: str) -> Iterator[QTabWidget]:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("张建国"))
        people.save_person(s, branch_id, data=person_input("王芳", birth=date(1975, 2, 2), male=False))
        cases.save_case(s, branch_id, data=case_input(next_follow_up=TODAY - timedelta(days=3)), today=TODAY)
    events = DataEvents()
    widget = QTabWidget()
    widget.addTab(CasesTab(db, events, DialogService(widget), today=TODAY), "三卡一法")
    events.cases_changed.connect(widget.widget(0).reload)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def tab_of(tabs: QTabWidget) -> CasesTab:
    tab = tabs.widget(0)
    assert isinstance(tab, CasesTab)
    return tab


def names(tab: CasesTab) -> list[str]:
    return [r.person_name for r in tab.model.rows]


def save(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
    button.click()


def test_from_a_new_case_to_closure(tabs: QTabWidget, qtbot: QtBot, db: Database) -> None:
    tab = tab_of(tabs)
    assert tabs.tabText(0) == "三卡一法（逾期 1）"
    assert "逾期未回访 1 件" in tab.summary.text()

    def new_case(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.person_name.setEditText("张建国")  # a roster member, typed
        ui.category.setCurrentText("工作困难")
        ui.level.setCurrentText("重点")
        ui.summary.insertPlainText("承包的果园受冻灾，收入锐减，情绪低落。")
        save(dialog)

    with_dialog(qtbot, new_case)
    tab.new_action.trigger()
    assert sorted(names(tab)) == ["张建国", "赵六"]
    row = tab.selected_row()
    assert row is not None and row.person_name == "张建国" and row.person_id is not None
    assert row.status == "摸排" and row.next_follow_up == TODAY + timedelta(days=7)  # 重点: a week

    def talk(dialog: QDialog) -> None:
        dialog.type_combo.setCurrentText("谈心谈话卡")  # type: ignore[attr-defined]
        content = dialog.findChild(QPlainTextEdit, "field_content")
        save(dialog)  # required fields missing: messages at the fields, dialog stays open
        assert dialog.isVisible()
        assert dialog.findChild(QLabel, "error_content") is not None
        talker = dialog.findChild(QComboBox, "field_talker")
        talker.setEditText("王建国")
        dialog.findChild(QComboBox, "field_way").setCurrentText("面谈")
        content.insertPlainText("了解受灾情况，讲解农业保险理赔。")
        dialog.findChild(DateField, "field_next_follow_up").edit.setText("2026-06-25")
        save(dialog)

    with_dialog(qtbot, talk)
    tab.card_action.trigger()
    row = tab.selected_row()
    assert row is not None and (row.status, row.card_count, row.next_follow_up) == ("谈心", 1, date(2026, 6, 25))
    assert tab.card_list.count() == 1 and "谈心谈话卡" in tab.card_list.item(0).text()
    assert "农业保险理赔" in tab.detail.toPlainText()

    def close(dialog: QDialog) -> None:
        dialog.result.insertPlainText("保险理赔已到账，并联系农技站指导补种。")  # type: ignore[attr-defined]
        save(dialog)  # no confirmation yet: refused
        assert dialog.isVisible()
        label = dialog.findChild(QLabel, "error_confirmed")
        assert label is not None and "确认" in label.text()
        dialog.confirmed.setChecked(True)  # type: ignore[attr-defined]
        save(dialog)

    with_dialog(qtbot, close)
    tab.close_action.trigger()
    row = tab.selected_row()
    assert row is not None and row.status == "销号" and row.closed_on == TODAY
    assert not tab.card_action.isEnabled() and tab.reopen_action.isEnabled()
    assert "保险理赔已到账" in tab.detail.toPlainText()

    def reopen(dialog: QDialog) -> None:
        dialog.reason.insertPlainText("补种的果苗又遭虫害。")  # type: ignore[attr-defined]
        save(dialog)

    with_dialog(qtbot, reopen)
    tab.reopen_action.trigger()
    row = tab.selected_row()
    assert row is not None and row.status == "回访"
    text = tab.detail.toPlainText()
    assert "销号" in text and "补种的果苗又遭虫害" in text  # the earlier closing stays in the history


def test_filters_history_and_print(tabs: QTabWidget, qtbot: QtBot, db: Database, branch_id: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab = tab_of(tabs)
    with db.session_scope() as s:
        pid = people.list_rows(s, branch_id)[0].id
        name = people.get_person(s, pid).name
        for category in ("健康", "诉求"):
            cases.save_case(s, branch_id, data=case_input(person_id=pid, person_name=name, category=category,
                                                      next_follow_up=date(2026, 7, 1)), today=TODAY)
    tab.reload()
    assert len(names(tab)) == 3
    tab.overdue_only.setChecked(True)
    assert names(tab) == ["赵六"]
    tab.overdue_only.setChecked(False)
    tab.category_filter.setCurrentText("健康")
    assert names(tab) == [name]
    tab.category_filter.setCurrentText("全部")
    tab.status_filter.setCurrentText("销号")
    assert names(tab) == []
    tab.status_filter.setCurrentText("全部")
    tab.table.selectRow(names(tab).index(name))
    tab.history_action.trigger()
    assert names(tab) == [name, name] and tab.show_all.isVisible()
    tab.show_all.click()
    assert len(names(tab)) == 3

    out = tmp_path / "事项.pdf"
    shown: list[str] = []
    monkeypatch.setattr(tab.dialogs, "save_file", lambda *_a: out)
    monkeypatch.setattr(tab.dialogs, "info", lambda text, *_a: shown.append(text))
    previews: list[tuple[str, int]] = []

    def preview(dialog: QDialog) -> None:  # 打印 first shows the pages, like 会议记录
        assert isinstance(dialog, PrintPreviewDialog)
        previews.append((dialog.windowTitle(), len(dialog.pages)))
        dialog.save_button.click()
        dialog.reject()

    with_dialog(qtbot, preview)
    tab.print_action.trigger()
    assert previews and previews[0][1] >= 1 and "内部资料" in previews[0][0]
    assert out.is_file() and out.read_bytes().startswith(b"%PDF") and "已保存" in shown[0]


def test_coverage_view_lists_members_without_a_talk(qtbot: QtBot, db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        ids = [people.save_person(s, branch_id, data=person_input(n, birth=date(1970 + i, 1, 1))).id
               for i, n in enumerate(["张建国", "王芳", "丁一"])]
        talk = next(t for t in cases_types.list_card_types(s, branch_id) if t.role == "talk")
        case_id = cases.save_case(s, branch_id, data=case_input(person_id=ids[0], person_name="张建国"), today=TODAY).id
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(talk.id, {"talk_date": date(2026, 5, 10), "talker": "王建国", "way": "面谈",
                                                    "content": "谈心"}), today=TODAY)
    dialog = CoverageDialog(db, branch_id, today=TODAY)
    qtbot.addWidget(dialog)
    listed = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert sorted(listed) == ["丁一", "王芳"]
    assert "已谈心谈话 1 人" in dialog.summary.text() and "尚未谈心谈话 2 人" in dialog.summary.text()
    dialog.show_everyone.setChecked(True)
    assert dialog.table.rowCount() == 3
    dialog.year.setValue(2025)
    assert "已谈心谈话 0 人" in dialog.summary.text()


def test_card_settings_rename_and_add_a_field(qtbot: QtBot, db: Database, branch_id: str) -> None:
    dialog = CardTypesDialog(db, branch_id, DialogService())
    qtbot.addWidget(dialog)
    assert [dialog.type_list.item(i).text() for i in range(dialog.type_list.count())] == [
        "思想动态卡", "谈心谈话卡", "帮扶解难卡"]
    dialog.type_list.setCurrentRow(2)
    dialog.name.setText("帮扶解难记录卡")
    dialog.add_field_row(FieldDef("", "帮扶资金（元）", "text", False))
    dialog.save_button.click()
    assert dialog.error.isHidden()
    assert dialog.type_list.item(2).text() == "帮扶解难记录卡"
    with db.session_scope() as s:
        helped = cases_types.list_card_types(s, branch_id)[2]
    assert helped.role == "help" and helped.fields[-1].label == "帮扶资金（元）"
    # a field without a name is refused with a message, nothing saved
    dialog.add_field_row(FieldDef("", "", "text"))
    dialog.save_button.click()
    assert not dialog.error.isHidden() and "没有名称" in dialog.error.text()


def test_cases_tab_behind_the_password(qtbot: QtBot, db: Database, db_path: Path, branch_id: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    from dangjian_desktop.app import create_main_window
    from dangjian_desktop.services import password
    from tests.helpers import with_dialog

    with db.session_scope() as s:
        password.set_password(s, "dj2026", "dj2026")
        password.set_cases_protected(s, True)
    db.dispose()
    win = create_main_window(db_path)
    qtbot.addWidget(win)
    with_dialog(qtbot, lambda d: d.reject())
    win.tabs.setCurrentWidget(win.cases)
    assert win.tabs.currentWidget() is not win.cases  # refused: back to where we were

    def unlock(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "password").setText("dj2026")
        dialog.try_accept()  # type: ignore[attr-defined]

    with_dialog(qtbot, unlock)
    win.tabs.setCurrentWidget(win.cases)
    assert win.tabs.currentWidget() is win.cases
    win.tabs.setCurrentIndex(0)
    win.tabs.setCurrentWidget(win.cases)  # once per session
    assert win.tabs.currentWidget() is win.cases
    win.close()

