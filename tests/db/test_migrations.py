import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import current_revision, head_revision, include_object, upgrade
from dangjian_desktop.db.models import RecordBase
from dangjian_desktop.db.session import open_database
from dangjian_desktop.errors import NewerDatabaseError, UserError
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from tests.factories import person_input, seed_0001


def test_new_database_reaches_head_and_matches_the_models(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, RecordBase.metadata) == []


@pytest.mark.sqlite_only
def test_connection_settings(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"


def test_older_database_is_backed_up_then_migrated_keeping_its_data(db_path: Path) -> None:
    old = Database.open(db_path)
    upgrade(old.engine, db_path, target="0001")
    with old.engine.begin() as conn:
        seed_0001(conn)
    old.dispose()

    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session_scope() as s:
            rows = people.list_rows(s, "b1")
        assert [r.name for r in rows] == ["老党员"]
    finally:
        db.dispose()
    backups = list((db_path.parent / "backups").glob("*升级前_0001_*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert con.execute("SELECT name FROM person").fetchall() == [("老党员",)]


@pytest.mark.sqlite_only  # the backup before a migration is a copy of the file
def test_current_database_is_not_backed_up_again(db: Database, db_path: Path) -> None:
    assert upgrade(db.engine, db_path) is False
    assert not list((db_path.parent / "backups").glob("*.sqlite3"))


@pytest.mark.sqlite_only  # on PostgreSQL: tests/db/test_postgresql.py
def test_newer_database_is_refused_untouched(db: Database, db_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="更新版本"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_clear_message(tmp_path: Path) -> None:
    bogus = tmp_path / "台账.sqlite3"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="不是支部台账的数据库文件"):
        open_database(bogus)


def test_failed_action_leaves_nothing_behind(db: Database, branch_id: str) -> None:
    with pytest.raises(RuntimeError), db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("甲"))
        raise RuntimeError("power cut")
    with db.session_scope() as s:
        assert people.count_people(s, branch_id) == 0
        assert branches.get_branch(s, branch_id).name == "中共测试村党支部"


def test_same_id_number_allowed_again_after_delete_only(db: Database, branch_id: str) -> None:
    values = person_input("甲", birth=date(1970, 1, 1))
    with db.session_scope() as s:
        first = people.save_person(s, branch_id, data=values)
    with db.session_scope() as s:
        people.delete_person(s, first.id)
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=replace(values, name="乙"))
    with pytest.raises(UserError, match="无法恢复"), db.session_scope() as s:
        people.restore_person(s, first.id)


def test_head_constant_matches_the_migration_scripts() -> None:
    from dangjian_desktop.db.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_release_0006_database_keeps_its_probation_notes_and_lists_those_people(db_path: Path) -> None:
    """Migration 0009 (党纪处分 as records): notes stay as they were; the people whose notes mention 留党察看
    are listed so the secretary enters the record once; until then the note no longer takes the vote away
    (党章第四十条: only a running 留党察看 does)."""
    from dangjian_desktop.domain import meetings as rules
    from dangjian_desktop.services.meetings import attendance
    from dangjian_desktop.services.people import discipline

    old = Database.open(db_path)
    upgrade(old.engine, db_path, target="0006")
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO branch (id, created_at, updated_at, name, parent_org, kind, note) "
                          "VALUES ('b1', '2025-01-01', '2025-01-01', '老支部', '', '村', '')"))
        conn.execute(text("INSERT INTO party_group (id, created_at, updated_at, branch_id, name, leader_name, "
                          "sort_order) VALUES ('g1', '2025-01-01', '2025-01-01', 'b1', '第一党小组', '老党员', 0)"))
        for pid, name, note in (("p1", "老党员", "2018年受留党察看一年处分"), ("p2", "新党员", "")):
            conn.execute(text(
                "INSERT INTO person (id, created_at, updated_at, branch_id, name, gender, ethnicity, native_place, "
                "education, work_unit, phone, address, party_post, category, is_hardship, is_veteran, is_retired, "
                "status, status_note, note, probation_extension_months, contact_persons, introducer1, introducer2, "
                "name_pinyin, name_initials, join_date) VALUES (:id, '2025-01-01', '2025-01-01', 'b1', :name, '男', "
                "'汉族', '', '', '', '', '', '', '正式党员', 0, 0, 0, '正常', '', :note, 0, '', '', '', '', '', "
                "'2000-07-01')"), {"id": pid, "name": name, "note": note})
    old.dispose()

    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            assert [r.name for r in discipline.probation_in_notes_only(s, "b1")] == ["老党员"]
            assert people.get_person(s, "p1").note == "2018年受留党察看一年处分"
            votes = {a.name: a.can_vote for a in attendance.expected(s, "b1", date(2026, 3, 2), [rules.GENERAL])}
            assert votes == {"老党员": True, "新党员": True}
            group = branches.list_groups(s, "b1")[0]
            assert (group.leader_name, group.leader_id) == ("老党员", None)
    finally:
        db.dispose()


def test_0016_one_live_id_number_per_branch_and_back(backend: str, request: pytest.FixtureRequest,
                                                     tmp_path: Path) -> None:
    """From 0015: a member who moved keeps a record in each branch with the same 公民身份号码; a branch still
    holds one live person per number; the way down restores the number's uniqueness over the database."""
    from alembic import command
    from sqlalchemy.exc import IntegrityError

    from dangjian_desktop.db.migrate import _config

    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = server.empty_database()
        path, target = None, server.url_of(name)
    else:
        path = target = tmp_path / "台账.sqlite3"
    old = Database.open(target)

    def person(conn: object, pid: str, branch: str, status: str, deleted: str | None = None) -> None:
        conn.execute(text(  # type: ignore[attr-defined]
            "INSERT INTO person (id, created_at, updated_at, deleted_at, branch_id, name, gender, ethnicity, "
            "native_place, education, work_unit, phone, address, party_post, category, is_hardship, is_veteran, "
            "is_retired, status, status_note, note, probation_extension_months, contact_persons, introducer1, "
            "introducer2, name_pinyin, name_initials, id_number) VALUES (:id, '2025-01-01', '2025-01-01', :deleted, "
            ":branch, '王强', '男', '汉族', '', '', '', '', '', '', '正式党员', false, false, false, :status, '', '', "
            "0, '', '', '', '', '', '620102197406069434')"),
            {"id": pid, "branch": branch, "status": status, "deleted": deleted})

    try:
        upgrade(old.engine, path, target="0015")
        with old.engine.begin() as conn:
            for bid, bname in (("b1", "甲村党支部"), ("b2", "乙村党支部")):
                conn.execute(text("INSERT INTO branch (id, created_at, updated_at, name, parent_org, kind, note, "
                                  "code, read_only) VALUES (:id, '2025-01-01', '2025-01-01', :name, '', '村', '', "
                                  "'', false)"), {"id": bid, "name": bname})
            person(conn, "p1", "b1", "转出")
        with pytest.raises(IntegrityError), old.engine.begin() as conn:  # before: one per database
            person(conn, "p2", "b2", "正常")
        upgrade(old.engine, path)
        assert current_revision(old.engine) == head_revision()
        with old.engine.begin() as conn:
            person(conn, "p2", "b2", "正常")
        with pytest.raises(IntegrityError), old.engine.begin() as conn:  # still one live per branch
            person(conn, "p3", "b1", "正常")
        with old.engine.begin() as conn:
            person(conn, "p4", "b1", "正常", deleted="2025-06-01")  # in the 回收站: not counted
            conn.execute(text("UPDATE person SET deleted_at = '2025-07-01' WHERE id = 'p2'"))
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0015")
        assert current_revision(old.engine) == "0015"
        with pytest.raises(IntegrityError), old.engine.begin() as conn:
            person(conn, "p5", "b2", "正常")
    finally:
        old.dispose()
        if backend == "postgresql":
            server.drop(name)
