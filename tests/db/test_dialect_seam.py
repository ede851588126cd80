"""Everything only one kind of database understands sits behind db/dialect: the rest of the package
speaks portable SQL and asks the seam."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dangjian_desktop.db.dialect import dialect_for, full_text_object, is_server

PACKAGE = Path(__file__).resolve().parents[2] / "dangjian_desktop"
SEAM = PACKAGE / "db" / "dialect"
MIGRATIONS = PACKAGE / "db" / "migrations"  # dialect branches of the schema itself

# what marks code for one database: the sqlite3 module, PRAGMAs, its catalogue, the FTS5 index and its
# MATCH, PostgreSQL's trigram operator classes, and branching on the dialect's name
DIALECT_SPECIFIC = re.compile(
    r"\bimport sqlite3\b|\bsqlite3\.|\bPRAGMA\b|sqlite_master|\bfts5\b|study_fts|\bMATCH\b|gin_trgm|pg_trgm"
    r"|dialect\.name\s*[=!]=|\bimport psycopg|psycopg\.")


def _docstring_lines(source: str) -> set[int]:
    """Lines of docstrings (prose may name what the seam hides; code may not)."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            lines.update(range(body[0].lineno, (body[0].end_lineno or body[0].lineno) + 1))
    return lines


def _offending_lines() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if SEAM in path.parents or MIGRATIONS in path.parents:
            continue
        source = path.read_text(encoding="utf-8")
        prose = _docstring_lines(source)
        for number, line in enumerate(source.splitlines(), 1):
            code = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
            if number not in prose and DIALECT_SPECIFIC.search(code):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    return found


def test_nothing_dialect_specific_outside_the_seam() -> None:
    assert _offending_lines() == []


def test_the_audit_sees_what_it_looks_for() -> None:
    for line in ("import sqlite3", 'con.execute("PRAGMA quick_check")', "WHERE study_fts MATCH :m",
                 "if engine.dialect.name == 'sqlite':", "USING gin (body gin_trgm_ops)", "import psycopg"):
        assert DIALECT_SPECIFIC.search(line), line
    for line in ('path.with_suffix(".sqlite3")', "col(StudyNote.title).ilike(pattern)", "is_server(target)"):
        assert not DIALECT_SPECIFIC.search(line), line


@pytest.mark.parametrize(("target", "server"), [
    ("postgresql+psycopg://clerk@10.0.0.5/zhibu", True), ("sqlite:///x.sqlite3", True),
    ("C:/台账/dangjian.sqlite3", False), (Path("台账.sqlite3"), False),
])
def test_a_url_names_a_server_and_a_path_a_file(target: str | Path, server: bool) -> None:
    assert is_server(target) is server


def test_each_database_has_its_implementation() -> None:
    assert dialect_for("sqlite").file_based and not dialect_for("postgresql").file_based
    assert dialect_for("postgresql").name == "postgresql"
    assert dialect_for("oracle").name == ""  # anything else: the portable defaults


def test_full_text_objects_are_left_out_of_the_schema_comparison() -> None:
    assert full_text_object("table", "study_fts") and full_text_object("table", "study_fts_data")
    assert full_text_object("index", "ix_study_note_text_trgm")
    assert not full_text_object("table", "study_note") and not full_text_object("index", "ix_study_note_branch_id")


def test_prose_may_name_it_code_may_not() -> None:
    source = '"""Uses PRAGMA quick_check."""\n\ndef f(con):\n    """The FTS5 MATCH."""\n    return con.execute("PRAGMA x")\n'
    assert _docstring_lines(source) == {1, 4}


def test_server_errors_are_explained_by_their_code() -> None:
    import sqlite3

    import psycopg

    pg = dialect_for("postgresql")
    for error, words in [(psycopg.errors.DiskFull, "磁盘已满"), (psycopg.errors.SerializationFailure, "再试一次"),
                         (psycopg.errors.DeadlockDetected, "再试一次"), (psycopg.errors.InsufficientPrivilege, "权限"),
                         (psycopg.errors.AdminShutdown, "正在停止"), (psycopg.errors.InvalidPassword, "用户名或密码"),
                         (psycopg.errors.ReadOnlySqlTransaction, "只允许读取")]:
        mapped = pg.user_error(error("服务器的原话"))
        assert mapped is not None and words in mapped.message and mapped.detail == "服务器的原话", error
    assert pg.user_error(psycopg.errors.UniqueViolation("x")) is None  # a bug, not the user's to solve
    assert pg.user_error(sqlite3.OperationalError("x")) is None
    assert dialect_for("sqlite").user_error(psycopg.errors.DiskFull("x")) is None
