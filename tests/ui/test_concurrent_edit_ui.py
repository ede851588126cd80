"""Two windows open on one meeting: the second save is refused, the typed text stays, 重新打开 shows the other's."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.errors import STALE_MESSAGE
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.meetings.dialog import MeetingDialog

HELD = date(2026, 3, 2)


def _save(dialog: MeetingDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None and button.isEnabled()
    button.click()


def test_second_window_is_refused_keeps_the_text_and_reopens(qtbot: QtBot, db: Database, branch_id: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answers: list[bool] = []
    monkeypatch.setattr(DialogService, "confirm", lambda _self, text, title="": asked.append(text) or (answers.pop(0) if answers else True))
    with db.session_scope() as s:
        meeting_id = meetings.save_meeting(s, branch_id, MeetingData(
            types=[rules.COMMITTEE], title="三月支委会", held_on=HELD, place="村委会")).id
    first = MeetingDialog(db, branch_id, DialogService(), meeting_id, today=HELD)
    second = MeetingDialog(db, branch_id, DialogService(), meeting_id, today=HELD)  # another clerk, same meeting
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()

    first.ui.title.setText("三月支委会（研究发展党员）")
    _save(first)
    assert first.result() == QDialog.DialogCode.Accepted

    second.ui.summary.setPlainText("会议要求各党小组抓好落实。")
    answers.append(False)  # 否: keep what was typed, to copy it
    _save(second)
    assert len(asked) == 1 and STALE_MESSAGE in asked[0]
    assert second.isVisible() and second.ui.summary.toPlainText() == "会议要求各党小组抓好落实。"
    with db.session_scope() as s:
        held = meetings.meeting_data(s, meeting_id)
    assert (held.title, held.summary) == ("三月支委会（研究发展党员）", "")  # nothing overwritten

    answers.append(True)  # saving again is refused again; 是: 重新打开
    _save(second)
    assert len(asked) == 2 and STALE_MESSAGE in asked[1]
    assert second.isVisible()
    assert second.ui.title.text() == "三月支委会（研究发展党员）" and second.ui.summary.toPlainText() == ""

    second.ui.summary.setPlainText("会议要求各党小组抓好落实。")
    _save(second)
    assert second.result() == QDialog.DialogCode.Accepted and len(asked) == 2
    with db.session_scope() as s:
        held = meetings.meeting_data(s, meeting_id)
    assert (held.title, held.summary) == ("三月支委会（研究发展党员）", "会议要求各党小组抓好落实。")


def test_second_settings_window_is_refused_and_reopens_on_the_saved_values(qtbot: QtBot, db: Database, branch_id: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from dangjian_desktop.db import settings
    from dangjian_desktop.services import local_settings
    from dangjian_desktop.ui.settings_dialog import SettingsDialog

    asked: list[str] = []
    answers = [True]  # 是: 重新打开
    monkeypatch.setattr(DialogService, "confirm", lambda _self, text, title="": asked.append(text) or answers.pop(0))
    first, second = SettingsDialog(db, branch_id, DialogService()), SettingsDialog(db, branch_id, DialogService())
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    name = settings.LOCAL[0].name
    start = first.spins[name].value()
    first.spins[name].setValue(start + 1)
    first.ui.buttonBox.accepted.emit()
    assert first.result() == QDialog.DialogCode.Accepted

    second.spins[name].setValue(start + 2)
    second.ui.buttonBox.accepted.emit()
    assert len(asked) == 1 and STALE_MESSAGE in asked[0] and second.isVisible()
    with db.session_scope() as s:
        assert local_settings.read(s, branch_id=branch_id).values[name] == start + 1  # nothing overwritten
    assert second.spins[name].value() == start + 1  # reopened: the values as saved now
    second.spins[name].setValue(start + 2)
    second.ui.buttonBox.accepted.emit()
    assert second.result() == QDialog.DialogCode.Accepted
    with db.session_scope() as s:
        assert local_settings.read(s, branch_id=branch_id).values[name] == start + 2
