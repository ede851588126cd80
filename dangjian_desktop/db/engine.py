"""Engine, connection settings and ``session_scope()``: one user action = one transaction."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from dangjian_desktop.db import audit
from dangjian_desktop.db.dialect import dialect_for, is_server
from dangjian_desktop.errors import UserError

log = logging.getLogger(__name__)
BACKGROUND_WAIT_SECONDS = 60.0  # how long closing the database waits for a read started in the background


def user_error_for(exc: BaseException) -> UserError | None:
    """Map a database error to a UserError by the driver's error code (never by its text)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    for name in ("sqlite", "postgresql"):  # each recognises its own driver's errors only
        if orig is not None and (mapped := dialect_for(name).user_error(orig)) is not None:
            return mapped
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


def refresh_statistics(conn: Connection, tables: tuple[str, ...] = ()) -> None:
    """Give the planner current statistics: after migrations and bulk imports."""
    dialect_for(conn.dialect.name).refresh_statistics(conn, tables)


def make_engine(target: str | Path) -> Engine:
    """An engine for a SQLite file path, or for any SQLAlchemy URL (e.g. a PostgreSQL server)."""
    url = str(target)
    if not is_server(url):
        url = "sqlite:///" + Path(target).resolve().as_posix()
    engine = create_engine(url, pool_pre_ping=is_server(url))
    dialect_for(engine.dialect.name).configure(engine)
    return engine


class Releasable(Protocol):
    def release(self) -> None: ...


class Database:
    """One open database: its engine and a way to run a transaction."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._lock: Releasable | None = None
        # given to every session (``session.info``): who is signed in (services/users.py)
        self.info: dict[str, Any] = {}
        self._background: list[threading.Thread] = []

    @classmethod
    def open(cls, target: str | Path) -> Database:
        path = None if is_server(target) else Path(target)
        return cls(make_engine(target), path)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """Commit when the block ends, roll back everything if it raises."""
        session = Session(self.engine, expire_on_commit=False)
        session.info.update(self.info)
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
        """Keep ``lock`` (the lock file of db/dialect/sqlite/lock.py) until this database is closed for good."""
        self._lock = lock

    def background(self, work: Callable[[], None], name: str) -> threading.Thread:
        """Run ``work`` (reading in sessions of its own) on a thread of its own. ``dispose`` waits for it, so
        that no connection stays open on a file being closed or replaced (a restore from a backup)."""
        thread = threading.Thread(target=work, name=name, daemon=True)
        self._background = [*(t for t in self._background if t.is_alive()), thread]
        thread.start()
        return thread

    def dispose(self) -> None:
        """Close the connections (and release a lock it holds), after the dialect's last tuning; first
        wait for the work started in the background."""
        for thread in self._background:
            thread.join(BACKGROUND_WAIT_SECONDS)
        self._background = []
        dialect_for(self.engine.dialect.name).before_dispose(self.engine)
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


audit.install(Session)
