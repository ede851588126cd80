"""copy-db --merge: a branch's file merged into a server that holds other branches, and a server merged into a
file that holds its own, by UUID with the 数据包's rules, in one verified transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.db.models import Branch, Person
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches, copy_db, copy_merge
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from dangjian_desktop.services.people import records as people
from tests.factories import person_input
from tests.services.test_exchange import PHOTO, BranchSide, make_side


def files_of(db: Database) -> Path:
    return meeting_attachments.attachments_dir(db.path)


def merge(a: Database, b: Database) -> copy_merge.MergeResult:
    return copy_merge.merge_database(a.engine, b.engine, source_files=files_of(a), target_files=files_of(b),
                                     source_path=a.path, target_path=b.path)


def with_own_branch(db: Database, name: str, person: str) -> str:
    """A database that already keeps a branch of its own, with one member."""
    upgrade(db.engine, db.path)
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name=name, kind="村")).id
        people.save_person(s, branch_id, data=person_input(person))
    return branch_id


def names(db: Database) -> set[str]:
    with db.session_scope() as s:
        return {p.name for p in s.exec(select(Person)).scalars()}


def photo_in(db: Database, tmp_path: Path) -> bytes:
    with db.session_scope() as s:
        [sha] = s.exec(text("SELECT sha256 FROM meeting_attachment")).scalars()  # type: ignore[call-overload]
        path = meeting_attachments.local_file(s, tmp_path / "任一台电脑", sha, ".png")
        if path is None and db.path is not None:
            path = meeting_attachments.local_file(s, files_of(db), sha, ".png")
    assert path is not None
    return path.read_bytes()


@pytest.fixture
def source(tmp_path: Path) -> Iterator[BranchSide]:
    path = tmp_path / "支部" / "台账.sqlite3"
    path.parent.mkdir()
    db = Database.open(path)
    upgrade(db.engine, path)
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部", kind="村")).id
    yield make_side(db, path, branch_id, tmp_path)
    db.dispose()


def test_a_file_merges_into_a_server_with_other_branches_and_back_into_a_file_with_its_own(
        source: BranchSide, pg_url: str, tmp_path: Path) -> None:
    server = Database.open(pg_url)
    (tmp_path / "另一个支部").mkdir()
    back = Database.open(tmp_path / "另一个支部" / "台账.sqlite3")
    try:
        other = with_own_branch(server, "中共另一村党支部", "赵六")
        first = merge(source.db, server)
        assert first.added >= 9 and first.replaced == 0 and first.conflicts == 0
        assert first.files.files_copied == 1 and not first.files.missing_files
        assert first.added_only["audit_log"] > 5
        assert names(server) == {"王建国", "李明", "张三", "赵六"}
        assert photo_in(server, tmp_path) == PHOTO  # the bytes are in the server's database
        with server.session_scope() as s:
            merged = s.get(Branch, source.branch_id)
            assert merged is not None and not merged.read_only  # not a package's read-only copy
            assert s.get(Branch, other) is not None

        again = merge(source.db, server)  # the same again: nothing added, nothing duplicated
        assert (again.added, again.replaced, sum(again.added_only.values())) == (0, 0, 0)
        assert names(server) == {"王建国", "李明", "张三", "赵六"}

        with source.db.session_scope() as s:  # the branch goes on working in its file: a newer version
            person = s.get(Person, source.people["李明"])
            assert person is not None
            person.name = "李明明"
        newer = merge(source.db, server)
        assert newer.replaced == 1 and newer.added == 0
        assert names(server) == {"王建国", "李明明", "张三", "赵六"}

        with_own_branch(back, "中共第三村党支部", "孙七")  # and the server into a file that keeps its own
        there = merge(server, back)
        assert names(back) == {"王建国", "李明明", "张三", "赵六", "孙七"}
        assert there.files.files_copied == 1
        assert [p.read_bytes() for p in files_of(back).rglob("*.png")] == [PHOTO]
    finally:
        server.dispose()
        back.dispose()


def test_a_final_meeting_changed_without_an_amendment_is_listed_not_applied(source: BranchSide, pg_url: str) -> None:
    server = Database.open(pg_url)
    try:
        with_own_branch(server, "中共另一村党支部", "赵六")
        merge(source.db, server)
        with source.db.engine.begin() as conn:  # changed behind the 定稿, with no 修改说明
            conn.execute(text("UPDATE meeting SET title = '改过的标题', updated_at = :now WHERE id = :id"),
                         {"now": "2030-01-01 00:00:00.000000", "id": source.meeting_id})
        result = merge(source.db, server)
        assert result.conflicts == 1 and result.replaced == 0
        with server.session_scope() as s:
            held = s.get(Meeting, source.meeting_id)
            assert held is not None and held.title == "第一季度支部党员大会"
    finally:
        server.dispose()


def test_a_failed_merge_writes_nothing(source: BranchSide, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    server = Database.open(pg_url)
    try:
        with_own_branch(server, "中共另一村党支部", "赵六")
        with server.engine.connect() as conn:
            before = copy_db.record_count(conn)
        monkeypatch.setattr(copy_merge, "_verify", lambda *_args: ["表 person：1 行合并后与来源不一致"])
        with pytest.raises(UserError, match="合并后核对不一致"):
            merge(source.db, server)
        with server.engine.connect() as conn:
            assert copy_db.record_count(conn) == before
            assert conn.execute(text("SELECT count(*) FROM attachment_blob")).scalar_one() == 0
    finally:
        server.dispose()
