"""Engine, connection settings and ``session_scope()``: one user action = one transaction."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from dangjian_desktop.db import audit
from dangjian_desktop.errors import UserError

log = logging.getLogger(__name__)

# SQLite primary result codes → what the user is told.
_SQLITE_MESSAGES = {
    5: "数据库正被其他程序占用，请稍后再试。",  # SQLITE_BUSY
    6: "数据库被锁定，请稍后再试。",  # SQLITE_LOCKED
    8: "数据库文件是只读的，无法保存。请检查文件属性或所在文件夹的权限。",  # SQLITE_READONLY
    10: "读写数据库文件时出错（磁盘或U盘可能已拔出）。",  # SQLITE_IOERR
    11: "数据库文件已损坏。请从备份恢复。",  # SQLITE_CORRUPT
    13: "磁盘已满，无法保存。请清理磁盘空间后重试。",  # SQLITE_FULL
    14: "无法打开数据库文件。请检查路径和权限。",  # SQLITE_CANTOPEN
    26: "这不是支部台账的数据库文件，或文件已损坏。",  # SQLITE_NOTADB
}


def user_error_for(exc: BaseException) -> UserError | None:
    """Map a database error to a UserError by its SQLite result code (never by its text)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(orig, sqlite3.Error) and code is not None:
        message = _SQLITE_MESSAGES.get(code & 0xFF)
        if message:
            return UserError(message, detail=str(orig))
    return None


@contextmanager
def user_errors() -> Iterator[None]:
    """Re-raise a database error that has a plain explanation as a UserError."""
    try:
        yield
    except DBAPIError as exc:
        mapped = user_error_for(exc)
        if mapped is not None:
            raise mapped from exc
        raise


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=DELETE")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


# ANALYZE reads about this many rows per index (approximate statistics, milliseconds even on a large file)
ANALYSIS_LIMIT = 1000


def refresh_statistics(conn: Connection, tables: tuple[str, ...] = ()) -> None:
    """Give SQLite's planner current statistics (``ANALYZE``, approximate): after migrations and bulk
    imports. Without them it may pick a poor index and walk every branch's rows for one branch."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
    for table in tables or ("",):
        conn.exec_driver_sql(f"ANALYZE {table}".strip())


def make_engine(target: str | Path) -> Engine:
    """An engine for a SQLite file path, or for any SQLAlchemy URL (e.g. a PostgreSQL server)."""
    url = str(target)
    if "://" not in url:
        url = "sqlite:///" + Path(target).resolve().as_posix()
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class Releasable(Protocol):
    def release(self) -> None: ...


class Database:
    """One open database: its engine and a way to run a transaction."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._lock: Releasable | None = None

    @classmethod
    def open(cls, target: str | Path) -> Database:
        path = None if "://" in str(target) else Path(target)
        return cls(make_engine(target), path)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """Commit when the block ends, roll back everything if it raises."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            with user_errors():
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def hold(self, lock: Releasable | None) -> None:
        """Keep ``lock`` (the lock file of db/lock.py) until this database is closed for good."""
        self._lock = lock

    def dispose(self) -> None:
        """Close the connections (and release a lock it holds); on SQLite first ``PRAGMA optimize`` (refreshes the statistics of
        tables that grew or were queried without them, usually in milliseconds)."""
        if self.engine.dialect.name == "sqlite" and getattr(self.engine.pool, "checkedin", lambda: 0)():
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
                    conn.exec_driver_sql("PRAGMA optimize")
                    conn.commit()
            except DBAPIError as exc:  # a damaged or read-only file: nothing to tune
                log.info("PRAGMA optimize skipped: %s", exc)
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


audit.install(Session)
