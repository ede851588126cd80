"""The 回收站 holds every record kind moved there by 删除, and puts each back."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services import recycle
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.dues import payments as dues_payments
from dangjian_desktop.services.meetings import listing as meeting_list
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import records as study
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.recycle_bin import RecycleBinDialog

TODAY = date(2026, 11, 21)


def test_every_kind_goes_to_the_recycle_bin_and_comes_back(qtbot: QtBot, db: Database) -> None:
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, members=10, today=TODAY).id
    with db.session_scope() as s:
        person = people.list_rows(s, branch_id)[0]
        meeting = meeting_list.list_meetings(s, branch_id, year=2026)[0]
        case = cases.list_cases(s, branch_id, today=TODAY)[0]
        session_row = study.list_sessions(s, branch_id, 2026)[0]
        note = study.list_notes(s, branch_id, 2026)[0]
        payment = next(p for r in people.list_rows(s, branch_id) for p in dues_payments.list_payments(s, r.id))
        people.delete_person(s, person.id)
        meetings.delete_meeting(s, meeting.id)
        cases.delete_case(s, case.id)
        study.delete_session(s, session_row.id)
        study.delete_note(s, note.id)
        dues_payments.delete_payment(s, payment.id)
    with db.session_scope() as s:
        deleted = recycle.list_deleted(s, branch_id)
    assert sorted(d.kind for d in deleted) == sorted(["人员", "会议记录", "一人一事", "学习活动", "学习笔记", "党费缴纳"])

    dialog = RecycleBinDialog(db, branch_id, DialogService())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 6
    dialog.table.selectAll()
    dialog.restore_selected()
    assert dialog.table.rowCount() == 0
    assert {c.table for c in dialog.restored} == {"person", "meeting", "case_record", "study_session", "study_note",
                                                   "dues_payment"}
    with db.session_scope() as s:
        assert recycle.list_deleted(s, branch_id) == []
        assert any(r.id == person.id for r in people.list_rows(s, branch_id))
        assert any(m.id == meeting.id for m in meeting_list.list_meetings(s, branch_id, year=2026))
        assert any(n.id == note.id for n in study.list_notes(s, branch_id, 2026))
