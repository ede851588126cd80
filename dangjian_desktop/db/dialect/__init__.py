"""The one seam between the application and the kind of database it runs on.

Everything that only one database understands sits below this package: for SQLite (a file on this
computer) the connection PRAGMAs, the planner statistics, the result codes, the full-text index
(FTS5), and the file's own care — the lock file (sqlite/lock.py), the integrity checks
(sqlite/integrity.py), the file backups (sqlite/backup/) and the plain read of the first window
(sqlite/first_read.py); for PostgreSQL (a server, postgresql.py) its error codes, statistics and the
pg_trgm search. The rest of the application asks ``dialect_for(...)`` and writes portable SQL.

Light on purpose: the window's start imports this package (through the lock) before SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlmodel import Session

    from dangjian_desktop.db.dialect.bulk import BulkRows, Parse
    from dangjian_desktop.errors import UserError

# a full-text hit: kind ('note' / 'session'), the row's id, its title, a snippet (None: make one from the row)
StudyHit = tuple[str, str, str, "str | None"]


def is_server(target: str | Path) -> bool:
    """Whether ``--db`` names a database server (a URL) rather than a file on this computer."""
    return "://" in str(target)


def full_text_object(type_: str, name: str | None) -> bool:
    """A full-text index the migrations create with raw SQL (the models do not know it): SQLite's
    ``study_fts`` table with its shadow tables (``study_fts_data`` …), PostgreSQL's ``*_trgm`` indexes."""
    if name is None:
        return False
    return (type_ == "table" and "_fts" in name) or (type_ == "index" and name.endswith("_trgm"))


class Dialect:
    """What differs between databases. The defaults suit any server that speaks standard SQL."""

    name = ""
    file_based = False  # one file on this computer: lock file, file checks and file backups apply

    def configure(self, engine: Engine) -> None:
        """Connection settings, once per engine."""

    def refresh_statistics(self, conn: Connection, tables: tuple[str, ...] = ()) -> None:
        """Current planner statistics, after migrations and bulk imports."""

    def after_explicit_ids(self, conn: Connection) -> None:
        """After rows were inserted with their ids given (a copy): counters continue after them."""

    def before_dispose(self, engine: Engine) -> None:
        """Last tuning before the connections close."""

    def user_error(self, orig: BaseException) -> UserError | None:
        """A plain explanation of a driver error (by its code, never by its text), or None."""
        return None

    def bulk_rows(self, conn: Connection, parse: Parse) -> BulkRows:
        """How a 数据包's rows are read and written in bulk on this database (db/dialect/bulk.py)."""
        from dangjian_desktop.db.dialect.bulk import BulkRows

        return BulkRows(conn, parse)

    def search_study(self, session: Session, branch_id: str, words: list[str], limit: int) -> list[StudyHit] | None:
        """The branch's notes and sessions containing every word, through the full-text index; None when
        the index cannot answer these words (the caller then reads the rows with LIKE)."""
        return None


def dialect_for(name: str) -> Dialect:
    """The implementation for SQLAlchemy's dialect ``name`` (``engine.dialect.name``)."""
    if name == "sqlite":
        from dangjian_desktop.db.dialect.sqlite.engine import SQLiteDialect

        return SQLiteDialect()
    if name == "postgresql":
        from dangjian_desktop.db.dialect.postgresql import PostgreSQLDialect

        return PostgreSQLDialect()
    return Dialect()


def dialect_of(bind: Any) -> Dialect:
    """The implementation for an engine, connection or session."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    return dialect_for(bind.dialect.name)
