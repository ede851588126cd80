"""支部信息: the committee and 党小组 leaders picked from the roster, 党内职务 kept in step, structure checks shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services import branches, committee
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.first_run import FirstRunDialog
from tests.factories import person_input


@pytest.fixture
def roster(db: Database, branch_id: str) -> dict[str, str]:
    with db.session_scope() as s:
        return {name: people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1))).id
                for n, name in enumerate(["王建国", "李明", "张三", "赵四", "钱五", "孙六", "周七"])}


def test_pick_the_committee_and_a_group_leader(qtbot: QtBot, db: Database, branch_id: str,
                                               roster: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """条例第二十条: with 7 正式党员 and a committee of two the dialog says so; picking three from the roster and
    accepting the offer to update their 党内职务 clears it."""
    asked: list[str] = []
    monkeypatch.setattr(DialogService, "confirm", lambda _self, text, title="": asked.append(text) or True)
    dialog = FirstRunDialog(db, branch_id=branch_id, dialogs=DialogService())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert "支委会只有 2 人" in ui.structureNotes.text()
    assert ui.role_书记.currentText() == "王建国" and ui.role_书记.currentData() == roster["王建国"]
    ui.role_纪检委员.setCurrentIndex(ui.role_纪检委员.findData(roster["赵四"]))
    leader = ui.groupLeaders.cellWidget(0, 1)
    assert isinstance(leader, QComboBox)
    leader.setCurrentIndex(leader.findData(roster["钱五"]))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() and dialog.posts_changed is not None
    assert "赵四：党内职务“（空）”改为“纪检委员”" in asked[0]
    with db.session_scope() as s:
        assert [(x.role, x.person_id) for x in committee.recorded_seats(s, branch_id)] == [
            ("书记", roster["王建国"]), ("组织委员", roster["李明"]), ("纪检委员", roster["赵四"])]
        assert people.get_person(s, roster["赵四"]).party_post == "纪检委员"
        assert branches.list_groups(s, branch_id)[0].leader_id == roster["钱五"]
        assert committee.structure(s, branch_id) == []

    again = FirstRunDialog(db, branch_id=branch_id, dialogs=DialogService())
    qtbot.addWidget(again)
    assert "符合" in again.ui.structureNotes.text()
    assert again.ui.role_纪检委员.currentText() == "赵四"


def test_a_new_committee_post_in_the_person_dialog_offers_the_seat(qtbot: QtBot, db: Database, branch_id: str,
                                                                   roster: dict[str, str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Changing the 党内职务 to 宣传委员 offers to record the person as 宣传委员 in 支部信息; accepted, the seat is taken
    in the same save."""
    from dangjian_desktop.ui.ledger.person_dialog import PersonDialog

    asked: list[str] = []
    monkeypatch.setattr(DialogService, "confirm", lambda _self, text, title="": asked.append(text) or True)
    dialog = PersonDialog(db, branch_id, roster["张三"])
    qtbot.addWidget(dialog)
    dialog.ui.party_post.setCurrentText("宣传委员")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert asked and "宣传委员" in asked[0] and dialog.changed is not None
    with db.session_scope() as s:
        assert ("宣传委员", roster["张三"]) in [(x.role, x.person_id) for x in committee.recorded_seats(s, branch_id)]


def test_a_group_meeting_is_hosted_by_the_group_leader(qtbot: QtBot, db: Database, branch_id: str,
                                                       roster: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A new 党小组会 for a group whose 组长 was picked in 支部信息 gets that 组长 as host."""
    from PySide6.QtCore import Qt

    from dangjian_desktop.ui.meetings.dialog import MeetingDialog

    with db.session_scope() as s:
        group = branches.list_groups(s, branch_id)[1]
        b = branches.get_branch(s, branch_id)
        branches.update_branch(s, branch_id, branches.BranchInput(
            name=b.name, kind=b.kind, election_date=b.election_date,
            group_leaders={group.id: branches.Seat("组长", "孙六", roster["孙六"])}))
    dialog = MeetingDialog(db, branch_id, DialogService(), today=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.held_on.set_value(date(2026, 3, 2))
    for i in range(ui.types.count()):
        if ui.types.item(i).text() == "党小组会":
            ui.types.item(i).setCheckState(Qt.CheckState.Checked)
    ui.group_id.setCurrentIndex(ui.group_id.findData(group.id))
    assert ui.host.currentText() == "孙六"
    monkeypatch.setattr(DialogService, "confirm", lambda *_a, **_k: True)  # leave the unsaved draft
    dialog.reject()


def test_the_branch_code_is_kept(qtbot: QtBot, db: Database, branch_id: str) -> None:
    """支部编码 (given by the township) is entered in 支部信息 and goes out with the 数据包."""
    dialog = FirstRunDialog(db, branch_id=branch_id, dialogs=DialogService())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.branchCode, " QSY-03 ")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result()
    with db.session_scope() as s:
        assert branches.get_branch(s, branch_id).code == "QSY-03"
    again = FirstRunDialog(db, branch_id=branch_id, dialogs=DialogService())
    qtbot.addWidget(again)
    assert again.ui.branchCode.text() == "QSY-03"
