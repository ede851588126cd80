"""Users and roles on a server: signing in, what each role may change (checked in the service layer,
whatever asked for the change), and the 操作人 of the 修改记录."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import select

from dangjian_desktop.db import Database, audit, settings
from dangjian_desktop.db.models import AuditLog, Person
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.errors import NotAllowedError, UserError, ValidationError
from dangjian_desktop.services import branches, local_settings, recycle, users
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from tests.factories import person_input

PASSWORD = "dangjian2026"


@pytest.fixture
def other_branch(db: Database, branch_id: str) -> str:
    with db.session_scope() as s:
        return branches.create_branch(s, branches.BranchInput(name="中共邻村党支部", kind="村")).id


@pytest.fixture
def accounts(db: Database, branch_id: str) -> dict[str, users.CurrentUser]:
    """One user of each role; the 记录员 keeps the records of ``branch_id``."""
    out = {}
    with db.session_scope() as s:
        for username, name, role in (("admin", "管理员老张", users.ADMIN), ("shuji", "王建国", users.SECRETARY),
                                     ("jilu", "李明", users.CLERK), ("chayue", "镇纪委赵敏", users.INSPECTOR)):
            users.add_user(s, data=users.UserInput(username, name, role, branch_id if role == users.CLERK else None),
                           password=PASSWORD, repeat=PASSWORD)
    with db.session_scope() as s:
        for username in ("admin", "shuji", "jilu", "chayue"):
            out[username] = users.sign_in(s, username, PASSWORD)
    return out


@pytest.fixture
def as_user(db: Database) -> Iterator[object]:
    def sign(user: users.CurrentUser | None) -> None:
        db.info.clear()
        if user is not None:
            users.act_as(db.info, user)

    yield sign
    db.info.clear()


def _count_people(db: Database) -> int:
    with db.session_scope() as s:
        return len(s.exec(select(Person.id)).all())


def test_sign_in_checks_the_password_and_never_says_which_part_was_wrong(db: Database, accounts: dict) -> None:
    with db.session_scope() as s:
        assert users.sign_in(s, " jilu ", PASSWORD).role == users.CLERK
        with pytest.raises(UserError, match="用户名或密码不对") as wrong:
            users.sign_in(s, "jilu", "wrong-password")
        with pytest.raises(UserError, match="用户名或密码不对") as unknown:
            users.sign_in(s, "nobody", PASSWORD)
        assert wrong.value.message == unknown.value.message
        stored = s.exec(select(users.AppUser.password_hash)).all()
    assert all(h.startswith("scrypt$") and PASSWORD not in h for h in stored)


def test_a_stopped_account_cannot_sign_in(db: Database, accounts: dict, as_user) -> None:
    as_user(accounts["admin"])
    with db.session_scope() as s:
        users.update_user(s, accounts["jilu"].id, data=users.UserInput("jilu", "李明", users.CLERK,
                                                                        accounts["jilu"].branch_id, active=False))
    with db.session_scope() as s, pytest.raises(UserError, match="已停用"):
        users.sign_in(s, "jilu", PASSWORD)


def test_inspector_reads_but_every_change_is_refused_and_nothing_written(db: Database, branch_id: str,
                                                                        accounts: dict, as_user) -> None:
    with db.session_scope() as s:
        person_id = people.save_person(s, branch_id, data=person_input("张建国")).id
    before = _count_people(db)
    as_user(accounts["chayue"])
    with db.session_scope() as s:
        assert [r.name for r in people.list_rows(s, branch_id)] == ["张建国"]  # reading is fine
    for change in (lambda s: people.save_person(s, branch_id, data=person_input("李四")),
                   lambda s: people.delete_person(s, person_id),
                   lambda s: settings.put(s, settings.LATE_ENTRY_DAYS, 10)):
        with pytest.raises(NotAllowedError, match="只能查阅和导出"), db.session_scope() as s:
            change(s)
    assert _count_people(db) == before
    with db.session_scope() as s:  # how the window looks is the viewer's own
        settings.put(s, settings.FONT_SCALE, 150)
        assert not users.may_edit(s)


def test_clerk_keeps_the_records_of_their_own_branch(db: Database, branch_id: str, other_branch: str,
                                                     accounts: dict, as_user) -> None:
    as_user(accounts["jilu"])
    with db.session_scope() as s:
        person_id = people.save_person(s, branch_id, data=person_input("张建国")).id
        held = date(2026, 3, 2)
        attendance = meeting_attendance.expected(s, branch_id, held, [rules.GENERAL])
        meeting_id = meetings.save_meeting(s, branch_id, MeetingData(  # a new meeting with its parts
            types=[rules.GENERAL], title="三月党员大会", held_on=held, attendance=attendance)).id
    with db.session_scope() as s:
        data = meetings.meeting_data(s, meeting_id)
        meetings.save_meeting(s, branch_id, replace(data, attendance=[replace(a, status="请假", reason="外出")
                                                                      for a in data.attendance]), meeting_id)
    with db.session_scope() as s:  # 删除 to the 回收站 and back
        people.delete_person(s, person_id)
    with db.session_scope() as s:
        recycle.restore(s, "person", person_id)

    with pytest.raises(NotAllowedError, match="本支部"), db.session_scope() as s:
        people.save_person(s, other_branch, data=person_input("邻村党员"))
    with pytest.raises(NotAllowedError, match="设置"), db.session_scope() as s:
        local_settings.save(s, branch_id=branch_id, data=local_settings.defaults())
    with pytest.raises(NotAllowedError, match="彻底删除"), db.session_scope() as s:
        s.delete(people.get_person(s, person_id))
    with pytest.raises(NotAllowedError, match="新建支部"), db.session_scope() as s:
        branches.create_branch(s, branches.BranchInput(name="中共新村党支部", kind="村"))
    with pytest.raises(NotAllowedError, match="管理员或书记"), db.session_scope() as s:
        users.add_user(s, data=users.UserInput("new", "新人", users.CLERK, branch_id), password=PASSWORD,
                       repeat=PASSWORD)
    with pytest.raises(NotAllowedError), db.session_scope() as s:
        users.set_user_password(s, accounts["admin"].id, password="x" * 8, repeat="x" * 8)
    with db.session_scope() as s:  # their own password, with the current one
        with pytest.raises(ValidationError):
            users.set_user_password(s, accounts["jilu"].id, password="newpass1", repeat="newpass1", current="no")
        users.set_user_password(s, accounts["jilu"].id, password="newpass1", repeat="newpass1", current=PASSWORD)
    with db.session_scope() as s:
        assert users.sign_in(s, "jilu", "newpass1").name == "李明"
        assert [r.name for r in people.list_rows(s, other_branch)] == []


@pytest.mark.parametrize("role", ["admin", "shuji"])
def test_administrator_and_secretary_may_do_everything(db: Database, branch_id: str, other_branch: str,
                                                       accounts: dict, as_user, role: str) -> None:
    as_user(accounts[role])
    with db.session_scope() as s:
        person_id = people.save_person(s, other_branch, data=person_input("邻村党员")).id
        local_settings.save(s, branch_id=branch_id, data=local_settings.defaults())
        users.add_user(s, data=users.UserInput(f"new-{role}", "新人", users.INSPECTOR), password=PASSWORD,
                       repeat=PASSWORD)
    with db.session_scope() as s:
        s.delete(people.get_person(s, person_id))  # 彻底删除
    with db.session_scope() as s:
        assert s.get(Person, person_id) is None


def test_users_are_checked_and_one_manager_always_remains(db: Database, branch_id: str, accounts: dict,
                                                          as_user) -> None:
    as_user(accounts["admin"])
    with pytest.raises(ValidationError) as bad, db.session_scope() as s:
        users.add_user(s, data=users.UserInput("jilu", "", users.CLERK, None), password="123", repeat="123")
    assert set(bad.value.field_errors) == {"username", "branch_id", "password"}
    with pytest.raises(UserError, match="至少要保留"), db.session_scope() as s:
        for key in ("admin", "shuji"):
            users.update_user(s, accounts[key].id, data=users.UserInput(key, "", users.INSPECTOR))
    with db.session_scope() as s:
        assert {u.username: u.role for u in users.list_users(s)}["admin"] == users.ADMIN


def test_the_audit_names_the_signed_in_person_never_the_computer(db: Database, branch_id: str, accounts: dict,
                                                                 as_user) -> None:
    audit.set_actor("")  # as before any window set the 书记's name (an earlier test's window may have)
    with db.session_scope() as s:
        assert users.local_actor(s, branch_id) == "王建国"  # 支部信息's 书记, when nobody signs in
        people.save_person(s, branch_id, data=person_input("无人登录时"))
    as_user(accounts["jilu"])
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("李明录入的"))
    with db.session_scope() as s:
        actors = {row.changes.split('"name": [null, "')[1].split('"')[0]: row.actor
                  for row in s.exec(select(AuditLog).where(AuditLog.table_name == "person"))}
        user_rows = s.exec(select(AuditLog).where(AuditLog.table_name == "app_user")).all()
    assert actors == {"无人登录时": "本机", "李明录入的": "李明"}
    assert user_rows and all("password_hash" not in r.changes for r in user_rows)  # never in the 修改记录


def test_each_signed_in_person_keeps_their_own_current_branch(db: Database, branch_id: str, other_branch: str,
                                                               accounts: dict, as_user) -> None:
    with db.session_scope() as s:  # the one choice of a file on one computer: the branch created last
        assert branches.current_branch_id(s) == other_branch
    as_user(accounts["jilu"])  # a 记录员 starts on their own branch
    with db.session_scope() as s:
        assert branches.current_branch_id(s) == branch_id
    as_user(accounts["admin"])
    with db.session_scope() as s:
        branches.set_current_branch(s, other_branch)
    with db.session_scope() as s:
        assert branches.current_branch_id(s) == other_branch
    as_user(accounts["jilu"])  # the 管理员's choice does not move the 记录员's window
    with db.session_scope() as s:
        assert branches.current_branch_id(s) == branch_id
        branches.set_current_branch(s, branch_id)
    as_user(accounts["admin"])  # nor the 记录员's the 管理员's
    with db.session_scope() as s:
        assert branches.current_branch_id(s) == other_branch
        branches.set_current_branch(s, branch_id)
    as_user(None)  # and nobody's signed-in choice moves the shared one
    with db.session_scope() as s:
        assert branches.current_branch_id(s) == other_branch
