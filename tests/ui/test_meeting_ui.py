"""The 会议记录 tab and editor driven with qtbot: from a new meeting to a printed PDF."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.services.meetings import drafts as meeting_drafts
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.meetings.listing import list_meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.meetings.dialog import MeetingDialog
from dangjian_desktop.ui.meetings.tab import MeetingsTab
from dangjian_desktop.ui.print_preview import PrintPreviewDialog
from tests.factories import person_input
from tests.helpers import with_dialog

TODAY = date(2026, 3, 2)


@pytest.fixture
def roster(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        for n, name in enumerate(["王建国", "李明", "张三", "赵四"]):
            people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1)))
        people.save_person(s, branch_id, data=person_input("刘小红", birth=date(1995, 1, 1), category="预备党员",
                                                       join=date(2025, 7, 1)))


def _check_type(dialog: MeetingDialog, name: str) -> None:
    for i in range(dialog.ui.types.count()):
        item = dialog.ui.types.item(i)
        if item.text() == name:
            item.setCheckState(Qt.CheckState.Checked)


def test_new_meeting_to_printed_pdf(qtbot: QtBot, db: Database, branch_id: str, roster: None, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = DialogService()
    monkeypatch.setattr(DialogService, "confirm", lambda *_a: True)  # e.g. 放弃修改 if a check below fails
    tab = MeetingsTab(db, DataEvents(), dialogs, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        ui = dialog.ui
        _check_type(dialog, "支部党员大会")
        ui.title.insert("第一季度支部党员大会")
        ui.start_time.setText("09:00")
        ui.end_time.setText("11:30")
        ui.place.insert("村委会会议室")
        ui.host.setCurrentText("王建国")
        ui.recorder.setCurrentText("李明")
        assert ui.attendance.rowCount() == 5  # the roster on the meeting date, 刘小红 included
        dialog.attendance.set_status("赵四", "请假", "外出务工")
        dialog.refresh_checks()  # normally a moment after the edit
        assert "应到 5 人，实到 4 人" in ui.countsLabel.text()
        ui.addItemButton.click()
        ui.item_title.setText("讨论接收预备党员")
        dialog.refresh_checks()
        assert "没有写明接收对象" in ui.checksLabel.text()
        ui.item_candidate.setText("钱七")
        ui.item_speeches.setPlainText("张三：同意。")
        ui.item_vote_method.setCurrentIndex(1)
        ui.votes_for.setValue(2)  # 4 voters: 2 is exactly half, not enough
        dialog.refresh_checks()
        assert "未通过" in ui.itemCheck.text()
        ui.votes_for.setValue(3)
        ui.item_resolution.setPlainText("同意接收钱七为预备党员")
        ui.summary.setPlainText("会议圆满完成。")
        dialog.refresh_checks()
        assert "通过" in ui.itemCheck.text() and "接收对象" not in ui.checksLabel.text()
        qtbot.mouseClick(ui.buttonBox.button(ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    with_dialog(qtbot, fill)
    tab.new_action.trigger()
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).title == "第一季度支部党员大会"  # type: ignore[union-attr]
    tab.table.selectRow(0)

    out = tmp_path / "记录.pdf"
    monkeypatch.setattr(DialogService, "save_file", lambda *_a: out)
    monkeypatch.setattr(DialogService, "info", lambda *_a: None)

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, PrintPreviewDialog) and len(dialog.pages) == 1
        dialog.save_button.click()
        dialog.accept()

    with_dialog(qtbot, preview)
    tab.print_action.trigger()
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    for expected in ("中共测试村党支部", "会议记录", "第一季度支部党员大会", "支部党员大会", "2026年3月2日", "09:00",
                     "11:30", "村委会会议室", "王建国", "李明", "赵四（外出务工）", "应到", "5 人", "实到", "4 人",
                     "讨论接收预备党员", "钱七", "张三：同意。", "举手表决", "赞成 3 票", "同意接收钱七为预备党员",
                     "会议圆满完成。", "散会（11:30）", "主持人（签字）", "记录人（签字）", "录入时间", "定稿时间",
                     "第 1 页 共 1 页", "补录"):
        assert expected.replace(" ", "") in text.replace(" ", "").replace("\n", ""), expected
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows) and "Helvetica" not in fonts


def test_finalized_meeting_edit_needs_a_reason(qtbot: QtBot, db: Database, branch_id: str, roster: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with db.session_scope() as s:
        mid = meetings.save_meeting(s, branch_id, MeetingData(types=["主题党日"], title="主题党日", held_on=TODAY)).id
        meetings.finalize(s, mid)
    dialog = MeetingDialog(db, branch_id, DialogService(), mid, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.reason.isVisibleTo(dialog) and "已定稿" in dialog.ui.statusLabel.text()
    dialog.ui.place.setText("党员活动室")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.findChild(object, "error_reason") is not None
    dialog.ui.reason.setText("补记地点")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session_scope() as s:
        history = meetings.meeting_info(s, mid).amendments
    assert [a.reason for a in history] == ["补记地点"]


def test_autosaved_draft_is_offered_back_after_a_crash(qtbot: QtBot, db: Database, branch_id: str, roster: None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = MeetingDialog(db, branch_id, DialogService(), today=TODAY, autosave_ms=50)
    qtbot.addWidget(dialog)
    dialog.ui.title.insert("三月主题党日")
    dialog.ui.summary.setPlainText("写到一半的小结")
    root, key = dialog.draft_root, dialog.draft_key
    qtbot.waitUntil(lambda: meeting_drafts.load_draft(root, key) is not None, timeout=3000)
    dialog.autosave.stop()  # the "crash": the dialog is never closed properly
    asked: list[str] = []
    monkeypatch.setattr(DialogService, "confirm", lambda _self, text, *_a: asked.append(text) or True)
    again = MeetingDialog(db, branch_id, DialogService(), today=TODAY)
    qtbot.addWidget(again)
    assert asked and "草稿" in asked[0]
    assert again.ui.title.text() == "三月主题党日" and again.ui.summary.toPlainText() == "写到一半的小结"
    again.ui.types.item(4).setCheckState(Qt.CheckState.Checked)
    again.save()
    assert meeting_drafts.load_draft(root, key) is None
    with db.session_scope() as s:
        assert [r.title for r in list_meetings(s, branch_id)] == ["三月主题党日"]


def test_template_and_filters(qtbot: QtBot, db: Database, branch_id: str, roster: None) -> None:
    with db.session_scope() as s:
        meetings.save_meeting(s, branch_id, MeetingData(types=["支部委员会"], title="二月支委会",
                                                        held_on=date(2026, 2, 3), place="会议室"))
        meetings.save_meeting(s, branch_id, MeetingData(types=["党课"], title="党课", held_on=date(2025, 2, 3),
                                                        lecturer="王建国"))
    tab = MeetingsTab(db, DataEvents(), DialogService(), today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.rowCount() == 2
    tab.kind.setCurrentIndex(tab.kind.findData("党课"))
    assert [r.title for r in tab.model.rows] == ["党课"]
    tab.kind.setCurrentIndex(0)
    tab.search.setText("二月")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        assert dialog.ui.title.text() == "二月支委会" and dialog.ui.place.text() == "会议室"
        assert dialog.ui.held_on.value() == TODAY
        assert [dialog.ui.attendance.item(r, 0).text() for r in range(dialog.ui.attendance.rowCount())] == ["王建国", "李明"]
        combo = dialog.ui.group_id
        assert isinstance(combo, QComboBox)
        dialog.reject()

    with_dialog(qtbot, check)
    tab.committee_action.trigger()
