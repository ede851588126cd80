"""add-user: the first 管理员 from the command line; on a server, later commands run as a signed-in user."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

import pytest

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.services import users


def _passwords(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    asked: list[str] = []
    queue = list(answers)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or queue.pop(0))
    return asked


def _users(db_path: Path) -> dict[str, str]:
    db = Database.open(db_path)
    try:
        with db.session_scope() as s:
            return {u.username: u.role for u in users.list_users(s)}
    finally:
        db.dispose()


def test_first_administrator_then_a_clerk_of_the_only_branch(db: Database, db_path: Path, branch_id: str,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    asked = _passwords(monkeypatch, "secret-1", "secret-1")
    assert cli.main(["add-user", "--db", str(db_path), "--name", "admin", "--role", "管理员",
                     "--full-name", "王建国"]) == 0
    assert asked == ["为“admin”设置密码：", "再输入一遍："]
    assert "已添加用户“admin”（管理员）" in capsys.readouterr().out
    _passwords(monkeypatch, "secret-2", "secret-2")
    assert cli.main(["add-user", "--db", str(db_path), "--name", "jilu", "--role", "记录员"]) == 0
    assert _users(db_path) == {"admin": "管理员", "jilu": "记录员"}


def test_the_first_user_must_be_an_administrator_and_passwords_must_match(
        db: Database, db_path: Path, branch_id: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    assert cli.main(["add-user", "--db", str(db_path), "--name", "chayue", "--role", "查阅"]) == 2
    assert "第一个用户应是管理员" in capsys.readouterr().err
    _passwords(monkeypatch, "secret-1", "secret-9")
    assert cli.main(["add-user", "--db", str(db_path), "--name", "admin", "--role", "管理员"]) == 2
    assert "两次输入的密码不一样" in capsys.readouterr().err
    assert _users(db_path) == {}


def test_on_a_server_later_commands_sign_in_and_the_role_decides(db: Database, db_path: Path, branch_id: str,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    monkeypatch.setattr(users, "sign_in_required", lambda _s: True)  # as on PostgreSQL
    _passwords(monkeypatch, "secret-1", "secret-1")
    assert cli.main(["add-user", "--db", str(db_path), "--name", "admin", "--role", "管理员"]) == 0
    _passwords(monkeypatch, "secret-2", "secret-2")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    monkeypatch.delenv("DANGJIAN_USER", raising=False)
    monkeypatch.delenv("DANGJIAN_PASSWORD", raising=False)
    assert cli.main(["add-user", "--db", str(db_path), "--name", "jilu", "--role", "记录员"]) == 2
    assert "要求登录" in capsys.readouterr().err

    monkeypatch.setenv("DANGJIAN_USER", "admin")
    monkeypatch.setenv("DANGJIAN_PASSWORD", "wrong")
    assert cli.main(["add-user", "--db", str(db_path), "--name", "jilu", "--role", "记录员"]) == 2
    assert "用户名或密码不对" in capsys.readouterr().err
    monkeypatch.setenv("DANGJIAN_PASSWORD", "secret-1")
    assert cli.main(["add-user", "--db", str(db_path), "--name", "jilu", "--role", "记录员"]) == 0

    monkeypatch.setenv("DANGJIAN_USER", "jilu")  # a 记录员 may not add users
    monkeypatch.setenv("DANGJIAN_PASSWORD", "secret-2")
    _passwords(monkeypatch, "secret-3", "secret-3")
    assert cli.main(["add-user", "--db", str(db_path), "--name", "other", "--role", "查阅"]) == 2
    assert "只有管理员或书记" in capsys.readouterr().err
    assert _users(db_path) == {"admin": "管理员", "jilu": "记录员"}


def test_on_a_file_commands_name_the_secretary_as_the_one_who_changed(db: Database, db_path: Path, branch_id: str,
                                                                      samples_dir: Path) -> None:
    from sqlmodel import select

    from dangjian_desktop.db import audit
    from dangjian_desktop.db.models import AuditLog

    db.dispose()
    try:
        assert cli.main(["import-members", "--db", str(db_path), str(samples_dir / "党员花名册_样例.xlsx"),
                         "--skip-bad"]) == 0
    finally:
        audit.set_actor("")
    again = Database.open(db_path)
    try:
        with again.session_scope() as s:
            actors = set(s.exec(select(AuditLog.actor).where(AuditLog.table_name == "person")).all())
    finally:
        again.dispose()
    assert actors == {"王建国"}  # 支部信息's 书记, not the computer's login name
