"""copy-db: a whole database from a SQLite file into a server and back, with its ids, files and 修改记录,
verified table by table before the target's one transaction commits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text, update

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.db.models import AuditLog, Person
from dangjian_desktop.errors import NewerDatabaseError, UserError
from dangjian_desktop.services import copy_db, password, users
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from tests.services.test_exchange import PHOTO, BranchSide, make_side

MIDDLES = ("sqlite", "postgresql")


@pytest.fixture
def source(tmp_path: Path) -> Iterator[BranchSide]:
    """A branch's SQLite file: people, a 定稿 meeting with a photo, a user, the start-up password."""
    path = tmp_path / "支部" / "台账.sqlite3"
    path.parent.mkdir()
    db = Database.open(path)
    upgrade(db.engine, path)
    from dangjian_desktop.services import branches

    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部", kind="村")).id
    side = make_side(db, path, branch_id, tmp_path)
    with db.session_scope() as s:
        users.add_user(s, data=users.UserInput("admin", "王建国", "管理员"), password="secret-1", repeat="secret-1")
        password.set_password(s, "pass-1234", "pass-1234")
    yield side
    db.dispose()


@pytest.fixture(params=MIDDLES)
def middle(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The database the branch is copied into: a server (PostgreSQL) or another file."""
    if request.param == "postgresql":
        db = Database.open(request.getfixturevalue("pg_url"))
    else:
        path = tmp_path / "中转" / "中转.sqlite3"
        path.parent.mkdir()
        db = Database.open(path)
    yield db
    db.dispose()


def files_of(db: Database) -> Path:
    return meeting_attachments.attachments_dir(db.path)


def copy(a: Database, b: Database) -> copy_db.CopyResult:
    return copy_db.copy_database(a.engine, b.engine, source_files=files_of(a), target_files=files_of(b),
                                 source_path=a.path, target_path=b.path)


def photo_sha(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT sha256 FROM meeting_attachment")).scalar_one())


def rows(db: Database) -> int:
    """The records the database holds (0 also when nothing has created its tables yet)."""
    with db.engine.connect() as conn:
        return copy_db.record_count(conn) if inspect(conn).has_table("person") else 0


def test_there_and_back_again_is_equal_table_by_table_and_file_by_file(source: BranchSide, middle: Database,
                                                                      tmp_path: Path) -> None:
    there = copy(source.db, middle)
    assert there.files == there.files_copied == 1 and not there.missing_files
    assert {t.name for t in there.tables} == {t.name for t in copy_db.copied_tables()}
    counted = {t.name: t.rows for t in there.tables}
    assert counted["person"] == 3 and counted["app_user"] == 1 and counted["meeting_attachment"] == 1
    assert counted["audit_log"] > 5 and counted["app_setting"] >= 1
    assert copy_db.compare(source.db.engine, middle.engine) == []
    with middle.engine.connect() as conn:
        held = conn.execute(text("SELECT sha256, data FROM attachment_blob")).all()
    if middle.path is None:  # a server keeps the bytes in the database, not in this computer's folder
        assert [(sha, bytes(data)) for sha, data in held] == [(photo_sha(source.db), PHOTO)]
        assert not list(files_of(middle).rglob("*.png"))
    else:
        assert held == [] and [p.read_bytes() for p in files_of(middle).rglob("*.png")] == [PHOTO]

    back_path = tmp_path / "回来" / "台账.sqlite3"
    back_path.parent.mkdir()
    back = Database.open(back_path)
    try:
        again = copy(middle, back)
        assert [(t.name, t.rows, t.digest) for t in again.tables] == \
            [(t.name, t.rows, t.digest) for t in there.tables]
        assert copy_db.compare(source.db.engine, back.engine) == []
        sha = photo_sha(back)
        stored = meeting_attachments.stored_path(files_of(back), sha, ".png")
        assert stored.read_bytes() == PHOTO
        with back.session_scope() as s:  # the copy is usable: the same people, user and password
            assert {p.name for p in s.exec(select(Person)).scalars()} == {"王建国", "李明", "张三"}
            assert users.sign_in(s, "admin", "secret-1").name == "王建国"
            assert password.check(s, "pass-1234")
            actors = {a.actor for a in s.exec(select(AuditLog)).scalars()}
        with source.db.session_scope() as s:
            assert actors == {a.actor for a in s.exec(select(AuditLog)).scalars()}
    finally:
        back.dispose()


def test_a_target_with_records_is_refused_and_left_as_it_was(source: BranchSide, middle: Database,
                                                              tmp_path: Path) -> None:
    copy(source.db, middle)
    held = rows(middle)
    with pytest.raises(UserError, match=r"已有 \d+ 条记录"):
        copy(source.db, middle)
    assert rows(middle) == held


def _tamper_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """One person's name changes on its way into the target (as a faulty driver or disk would)."""
    insert = copy_db._insert

    def tampering(conn: Any, table: Any, batch: list[dict[str, Any]]) -> None:
        if table.name == "person":
            batch = [dict(batch[0], name="王建民"), *batch[1:]]
        insert(conn, table, batch)

    monkeypatch.setattr(copy_db, "_insert", tampering)


def test_a_row_changed_on_the_way_there_rolls_everything_back(source: BranchSide, middle: Database,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _tamper_person(monkeypatch)
    with pytest.raises(UserError, match="表 person：行数相同（3 行），但内容不一致"):
        copy(source.db, middle)
    assert rows(middle) == 0
    assert not list(files_of(middle).rglob("*.png"))  # the photo written for the copy was removed again


def test_a_row_changed_on_the_way_back_rolls_everything_back(source: BranchSide, middle: Database, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    copy(source.db, middle)
    back = Database.open(tmp_path / "回来.sqlite3")
    try:
        _tamper_person(monkeypatch)
        with pytest.raises(UserError, match="表 person"):
            copy(middle, back)
        assert rows(back) == 0
    finally:
        back.dispose()


def test_compare_names_the_table_of_a_row_changed_afterwards(source: BranchSide, middle: Database) -> None:
    copy(source.db, middle)
    with middle.engine.begin() as conn:
        conn.execute(update(Person.__table__).where(Person.__table__.c.name == "李明")  # type: ignore[attr-defined]
                     .values(name="李亮"))
    assert copy_db.compare(source.db.engine, middle.engine) == ["表 person：行数相同（3 行），但内容不一致"]
    with middle.engine.begin() as conn:
        conn.execute(text("DELETE FROM app_setting"))
    assert copy_db.compare(source.db.engine, middle.engine)[0].startswith("表 app_setting：来源 ")


def test_a_source_of_a_newer_version_is_refused(source: BranchSide, middle: Database) -> None:
    with source.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerDatabaseError):
        copy(source.db, middle)
    assert rows(middle) == 0


def test_a_source_that_is_no_database_of_ours_is_refused(tmp_path: Path, middle: Database) -> None:
    empty = Database.open(tmp_path / "空.sqlite3")
    try:
        with pytest.raises(UserError, match="不是支部台账的数据库"):
            copy(empty, middle)
    finally:
        empty.dispose()


def test_a_missing_attachment_file_is_reported_not_invented(source: BranchSide, middle: Database) -> None:
    stored = meeting_attachments.stored_path(files_of(source.db), photo_sha(source.db), ".png")
    stored.unlink()
    result = copy(source.db, middle)
    assert result.missing_files == ["会场照片.png"] and result.files == 0
    assert copy_db.compare(source.db.engine, middle.engine) == []
