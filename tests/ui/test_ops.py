"""run_op: one transaction per user action, a UserError shown by the dialog service, what changed broadcast."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.meetings.dialog import MeetingDialog
from dangjian_desktop.ui.ops import guarded, run_op
from tests.factories import person_input

TODAY = date(2026, 3, 2)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the dialog service showed for a UserError."""
    messages: list[str] = []
    monkeypatch.setattr(DialogService, "user_error", lambda _self, exc: messages.append(exc.message))
    return messages


def _names(db: Database) -> list[str]:
    with db.session_scope() as s:
        return sorted(p.name for p in s.exec(select(Person)).all())


def test_a_finished_action_is_committed_and_broadcast(qtbot: QtBot, db: Database, branch_id: str,
                                                      shown: list[str]) -> None:
    events = DataEvents()
    with qtbot.waitSignal(events.people_changed):
        done = run_op(db, DialogService(), lambda s: people.save_person(s, branch_id, data=person_input("张三")),
                      events=events)
    assert done and isinstance(done.value, Changed) and done.value.table == "person"
    assert _names(db) == ["张三"] and shown == []


def test_a_refused_action_leaves_nothing_and_is_shown(qtbot: QtBot, db: Database, branch_id: str,
                                                      shown: list[str]) -> None:
    events = DataEvents()

    def two_steps(s: Session) -> Changed:
        people.save_person(s, branch_id, data=person_input("张三"))
        raise UserError("第二步做不了")

    with qtbot.assertNotEmitted(events.people_changed):
        assert run_op(db, DialogService(), two_steps, events=events) is None
    assert _names(db) == [] and shown == ["第二步做不了"]


def test_field_errors_go_to_the_form_when_it_asks(db: Database, shown: list[str]) -> None:
    def invalid(_s: Session) -> None:
        raise ValidationError({"name": "请填写姓名"})

    got: list[dict[str, str]] = []
    assert run_op(db, DialogService(), invalid, invalid=lambda exc: got.append(exc.field_errors)) is None
    assert got == [{"name": "请填写姓名"}] and shown == []
    assert run_op(db, DialogService(), invalid) is None
    assert shown == ["输入有误：请填写姓名"]


def test_an_action_returning_none_still_counts_as_done(db: Database, shown: list[str]) -> None:
    assert run_op(db, DialogService(), lambda _s: None)
    assert guarded(DialogService(), lambda: None)
    assert guarded(DialogService(), lambda: (_ for _ in ()).throw(UserError("磁盘已满"))) is None
    assert shown == ["磁盘已满"]


def test_save_and_finalize_is_one_transaction(qtbot: QtBot, db: Database, branch_id: str, shown: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """If finalizing fails, the record is not saved either, the secretary is told, and the editor stays open."""
    monkeypatch.setattr(DialogService, "confirm", lambda *_a, **_k: True)

    def cannot_finalize(_s: Session, _mid: str) -> Changed:
        raise UserError("定稿失败")

    dialog = MeetingDialog(db, branch_id, DialogService(), template=MeetingData(types=["主题党日"], title="主题党日",
                                                                           held_on=TODAY), today=TODAY)
    qtbot.addWidget(dialog)
    finalize = meetings.finalize
    monkeypatch.setattr(meetings, "finalize", cannot_finalize)
    dialog.save_and_finalize()
    assert shown == ["定稿失败"] and dialog.result() != QDialog.DialogCode.Accepted
    with db.session_scope() as s:
        assert s.exec(select(Meeting)).all() == []
    monkeypatch.setattr(meetings, "finalize", finalize)
    dialog.save_and_finalize()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session_scope() as s:
        saved = s.exec(select(Meeting)).one()
        assert saved.title == "主题党日" and saved.finalized_at is not None
