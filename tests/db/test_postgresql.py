"""The application on a PostgreSQL server: the migrations both ways, the search against SQLite's on the
same rows (and the planner using the trigram index), the command line with a server address, and the
plain messages when the server cannot be reached. Skipped without DJ_TEST_PG_URL (tests/conftest.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, text
from sqlmodel import Session

from dangjian_desktop.cli import main
from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import _config, current_revision, head_revision, include_object, upgrade
from dangjian_desktop.db.models import RecordBase
from dangjian_desktop.db.models.study import StudyNote, StudySession
from dangjian_desktop.db.session import open_database
from dangjian_desktop.errors import NewerDatabaseError, UserError
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import search as study_search
from tests.conftest import PostgresServer
from tests.factories import person_input, seed_0001


@pytest.fixture
def empty_pg(pg_server: PostgresServer) -> Iterator[str]:
    name = pg_server.empty_database()
    try:
        yield pg_server.url_of(name)
    finally:
        pg_server.drop(name)


# --- migrations -------------------------------------------------------------------------------------
def test_the_migrations_build_the_models_schema_and_go_back_down(empty_pg: str) -> None:
    db = Database.open(empty_pg)
    try:
        upgrade(db.engine, None)
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            assert compare_metadata(context, RecordBase.metadata) == []
            indexes = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm'")).scalars())
            assert indexes == {"ix_study_note_text_trgm", "ix_study_session_text_trgm"}
        cfg = _config()
        with db.engine.begin() as conn:  # every downgrade, then every upgrade again
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
            assert set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()) \
                <= {"alembic_version"}
            command.upgrade(cfg, "head")
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()


def test_an_older_server_database_is_migrated_keeping_its_data(empty_pg: str) -> None:
    old = Database.open(empty_pg)
    upgrade(old.engine, None, target="0001")
    with old.engine.begin() as conn:
        seed_0001(conn)
    old.dispose()
    db = open_database(empty_pg)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session_scope() as s:
            assert [r.name for r in people.list_rows(s, "b1")] == ["老党员"]
            assert branches.get_branch(s, "b1").read_only is False
    finally:
        db.dispose()


def test_a_newer_server_database_is_refused(pg_url: str) -> None:
    db = Database.open(pg_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(NewerDatabaseError, match="更新版本"):
        open_database(pg_url)


# --- search: the same hits as SQLite's trigram index ------------------------------------------------
@dataclass
class Pair:
    """The same rows in a SQLite file and in a PostgreSQL database, under each one's own branch."""

    sqlite: Database
    postgresql: Database
    branches: dict[str, tuple[str, str]]  # backend → (branch id, person id)

    def both(self) -> Iterator[tuple[Database, str, str]]:
        for db in (self.sqlite, self.postgresql):
            yield (db, *self.branches[db.engine.dialect.name])


def _branch_and_person(db: Database) -> tuple[str, str]:
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(
            name="中共测试村党支部", parent_org="中共测试镇委员会", kind="村", election_date=date(2024, 3, 1),
            committee={"书记": "王建国"}, groups=["第一党小组"])).id
        person_id = people.save_person(s, branch_id, data=person_input("李明")).id
    return branch_id, person_id


@pytest.fixture
def pair(tmp_path: Path, pg_url: str) -> Iterator[Pair]:
    lite = Database.open(tmp_path / "台账.sqlite3")
    upgrade(lite.engine, tmp_path / "台账.sqlite3")
    server = Database.open(pg_url)
    try:
        yield Pair(lite, server, {"sqlite": _branch_and_person(lite), "postgresql": _branch_and_person(server)})
    finally:
        lite.dispose()
        server.dispose()


# Chinese characters from a small set (so that two- and three-character words recur), ASCII letters in
# both cases, digits, LIKE's wildcards and escape, a quote, and white space between words. Letters beyond
# ASCII are left out: SQLite's LIKE (which answers its one- and two-character words) folds only ASCII case.
ALPHABET = "党员学习教育乡村振兴合作社垃圾分类基层组织aAbBzZ09%_\\\"' \n"
texts = st.text(alphabet=ALPHABET, max_size=40)
NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _fill(pair: Pair, notes: list[tuple[str, str, str, bool]], sessions: list[tuple[str, str, bool]]) -> None:
    note_ids = [str(uuid.uuid4()) for _ in notes]
    session_ids = [str(uuid.uuid4()) for _ in sessions]
    for db, branch_id, person_id in pair.both():
        with db.session_scope() as s:
            s.execute(delete(StudyNote))
            s.execute(delete(StudySession))
            if sessions:
                s.execute(StudySession.__table__.insert(), [  # type: ignore[attr-defined]
                    {"id": sid, "created_at": NOW, "updated_at": NOW, "deleted_at": NOW if gone else None,
                     "branch_id": branch_id, "held_on": date(2026, 1, 1 + i % 28), "topic": topic, "form": "集中学习",
                     "hours": 2, "host": "王建国", "location": "", "materials": body, "material_text": "", "note": ""}
                    for i, (sid, (topic, body, gone)) in enumerate(zip(session_ids, sessions, strict=True))])
            if notes:
                s.execute(StudyNote.__table__.insert(), [  # type: ignore[attr-defined]
                    {"id": nid, "created_at": NOW, "updated_at": NOW, "deleted_at": NOW if gone else None,
                     "branch_id": branch_id, "person_id": person_id, "note_date": date(2026, 2, 1 + i % 28),
                     "title": title, "content": content, "reflection": reflection, "session_id": None,
                     "word_count": len(content)}
                    for i, (nid, (title, content, reflection, gone)) in enumerate(zip(note_ids, notes, strict=True))])


def _hits(pair: Pair, query: str) -> dict[str, set[tuple[str, str, str]]]:
    found = {}
    for db, branch_id, _person in pair.both():
        with db.session_scope() as s:
            found[db.engine.dialect.name] = {(h.kind, h.ref_id, h.title) for h in study_search.search(s, branch_id, query)}
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.lists(st.tuples(texts, texts, texts, st.booleans()), max_size=6),
       sessions=st.lists(st.tuples(texts, texts, st.booleans()), max_size=4),
       queries=st.lists(st.text(alphabet=ALPHABET.strip(), min_size=1, max_size=4).filter(str.split),
                        min_size=1, max_size=4),
       picks=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 40), st.integers(1, 4)), max_size=4))
def test_search_finds_the_same_rows_on_both(pair: Pair, notes: list[tuple[str, str, str, bool]],
                                            sessions: list[tuple[str, str, bool]], queries: list[str],
                                            picks: list[tuple[int, int, int]]) -> None:
    _fill(pair, notes, sessions)
    stored = [t for n in notes for t in n[:3]] + [t for x in sessions for t in x[:2]]
    pieces = [stored[i % len(stored)][start:start + size] for i, start, size in picks if stored]
    for query in [*queries, *(p for p in pieces if p.split()), " ".join(queries)]:
        found = _hits(pair, query)
        assert found["postgresql"] == found["sqlite"], query


def test_two_and_three_character_chinese_words(pair: Pair) -> None:
    _fill(pair, [("学习心得", "发挥党员带头作用，推进乡村振兴", "", False),
                 ("垃圾分类", "村里开展垃圾分类宣传", "党员带头", False),
                 ("旧笔记", "乡村振兴", "", True)],
          [("集中学习", "乡村振兴战略", False)])
    for query, kinds in [("乡村", {"note", "session"}), ("乡村振兴", {"note", "session"}), ("带头", {"note"}),
                         ("垃圾分", {"note"}), ("党员 作用", {"note"}), ("振兴 战略", {"session"}), ("没有", set())]:
        found = _hits(pair, query)
        assert found["postgresql"] == found["sqlite"], query
        assert {kind for kind, _id, _title in found["postgresql"]} == kinds, query
    assert len(_hits(pair, "乡村振兴")["postgresql"]) == 2  # the deleted note is not found


def test_the_planner_answers_from_the_trigram_index(pair: Pair) -> None:
    from dangjian_desktop.db.dialect.postgresql import NOTE_TEXT

    notes = [(f"学习{i}", "发挥党员带头作用，推进乡村振兴" if i % 50 == 0 else "认真学习文件精神", "", False)
             for i in range(2000)]
    _fill(pair, notes, [])
    db = pair.postgresql
    branch_id = pair.branches["postgresql"][0]
    # what autovacuum does on a live server after many inserts: statistics, and the GIN index's own
    # counts (until then the planner prices the index as if it were empty of entries)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE study_note"))

    def plan(word: str) -> str:
        with db.engine.connect() as conn:
            return "\n".join(conn.execute(text(
                f"EXPLAIN SELECT id FROM study_note WHERE branch_id = :b AND deleted_at IS NULL "
                f"AND {NOTE_TEXT} ILIKE :w ORDER BY note_date DESC LIMIT 200"), {"b": branch_id, "w": f"%{word}%"}).scalars())

    for word in ("乡村振兴", "乡村振"):  # four and three characters: the branch's hits straight from the index
        assert "Bitmap Index Scan on ix_study_note_text_trgm" in plan(word), plan(word)
    # two characters give pg_trgm no trigram; the service asks for them column by column (no trigram
    # index there), so the branch's rows are read newest first — as SQLite reads its rows with LIKE
    found = _hits(pair, "乡村")
    assert found["postgresql"] == found["sqlite"] and len(found["postgresql"]) == 40
    with db.engine.connect() as conn:
        short = "\n".join(conn.execute(text(
            "EXPLAIN SELECT id FROM study_note WHERE branch_id = :b AND deleted_at IS NULL AND (title ILIKE :w "
            "OR content ILIKE :w OR reflection ILIKE :w) ORDER BY note_date DESC LIMIT 200"),
            {"b": branch_id, "w": "%乡村%"}).scalars())
    assert "trgm" not in short, short


# --- the command line and the window's start with a server address --------------------------------
def test_commands_take_a_server_address(pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", pg_url, "--members", "12"]) == 0
    assert main(["dues-report", "--db", pg_url, "--year", str(date.today().year)]) in (0, 1)
    assert main(["export-members", "--db", pg_url, "--out", str(tmp_path / "花名册.xlsx")]) == 0
    assert (tmp_path / "花名册.xlsx").stat().st_size > 0
    capsys.readouterr()
    assert main(["check", "--db", pg_url]) == 2
    assert "只适用于数据库文件" in capsys.readouterr().err
    # backup and restore go through a verified copy (tests/cli/test_server_backup_cli.py); restore wants an empty database
    assert main(["backup", "--db", pg_url, "--out", str(tmp_path / "备份.sqlite3")]) == 0
    assert main(["restore", "--db", pg_url, "--from", str(tmp_path / "备份.sqlite3")]) == 2
    assert "目标数据库中已有" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.lock"))


def test_an_unreachable_server_is_said_plainly(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://postgres@/none?host={tmp_path}"  # no server listens there
    with pytest.raises(UserError, match="无法连接数据库服务器"):
        open_database(url)
    from dangjian_desktop.db.engine import user_error_for

    assert user_error_for(ValueError("not a database error")) is None


def test_a_missing_database_on_the_server_is_said_plainly(pg_server: PostgresServer) -> None:
    with pytest.raises(UserError, match="不接受这个数据库地址"):
        open_database(pg_server.url_of("dj_no_such_database"))


def test_timestamps_come_back_in_utc(pg_server: PostgresServer, pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    pg_server._execute(f"ALTER DATABASE \"{make_url(pg_url).database}\" SET timezone TO 'Asia/Shanghai'")
    db = Database.open(pg_url)
    try:
        with Session(db.engine) as s:
            assert s.execute(text("SHOW TimeZone")).scalar_one() == "UTC"
            moment = s.execute(text("SELECT TIMESTAMPTZ '2026-03-01 08:00:00+08'")).scalar_one()
        assert moment.utcoffset().total_seconds() == 0 and moment.hour == 0
    finally:
        db.dispose()
