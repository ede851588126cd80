"""Several people at once: a save is refused when the record changed after the editor read it.

Every record carries a version (db/base.py, SQLAlchemy's ``version_id_col``). An editor keeps the
``Loaded`` version of the record it shows; the save runs in a fresh session, so the version read then
would be the current one and prove nothing. ``expect`` tells the session which versions the editor
saw; before anything is written (``before_flush``) each such record is read and compared, and a
difference refuses the whole save with ``StaleRecordError`` ("这条记录已被他人修改，请重新打开") —
nothing is written. A save that changes only a record's parts (a meeting's attendance, its 议题) still
raises the record's own version, so an editor of the whole meeting sees the change too.

Between that check and the write another person may still commit: the UPDATE itself is made
``WHERE version = <expected>`` and then matches no row; ``finish`` turns SQLAlchemy's
``StaleDataError`` into the same ``StaleRecordError``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from dangjian_desktop.db.base import RecordBase, utcnow
from dangjian_desktop.errors import StaleRecordError

_KEY = "expected_versions"


@dataclass(frozen=True)
class Loaded:
    """Which version of a record an editor showed."""

    model: type[RecordBase]
    id: str
    version: int


def loaded(row: RecordBase) -> Loaded:
    return Loaded(type(row), row.id, row.version)


def expect(session: Session, versions: Iterable[Loaded | None]) -> None:
    """The records the coming save is based on, with the versions the editor read."""
    wanted: dict[tuple[type[RecordBase], str], int] = session.info.setdefault(_KEY, {})
    for v in versions:
        if v is not None:
            wanted[(v.model, v.id)] = v.version


def finish(session: Session) -> None:
    """Write what is pending now, so that a record changed meanwhile is reported as such."""
    with stale_refused():
        session.flush()


@contextmanager
def stale_refused() -> Iterator[None]:
    """A write that found its row changed by someone else (also inside a service's own flush) is the
    user's "这条记录已被他人修改，请重新打开", not a fault."""
    try:
        yield
    except StaleDataError as exc:
        raise StaleRecordError(str(exc)) from exc


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    wanted: dict[tuple[type[RecordBase], str], int] | None = session.info.get(_KEY)
    if not wanted:
        return
    with session.no_autoflush:
        for (model, row_id), version in list(wanted.items()):
            row = session.get(model, row_id)
            state_version = _read_version(row)
            if row is None or state_version != version:
                raise StaleRecordError(f"{model.__tablename__} {row_id}: {version} → {state_version}")
            if not session.is_modified(row, include_collections=False) and row not in session.new:
                row.updated_at = utcnow()  # a save of its parts is a save of the record: its version moves on
                session.add(row)
            del wanted[(model, row_id)]  # checked once per transaction (later flushes see the new version)


def _read_version(row: RecordBase | None) -> int | None:
    """The version as read from the database in this transaction (not one set by the caller)."""
    if row is None:
        return None
    from sqlalchemy import inspect

    history = inspect(row).attrs.version.history
    if history.deleted:
        return int(history.deleted[0])
    return row.version


def install() -> None:
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


install()


def saved(session: Session, model: type[RecordBase], row_id: str) -> Loaded:
    """After a save, in its transaction: the version the editor now holds (it may go on editing)."""
    finish(session)
    row = session.get(model, row_id)
    assert row is not None
    return loaded(row)


@dataclass
class Watch:
    """Where a window is in the 修改记录, to see what others changed since (``changes_since``)."""

    since: Any = None  # the newest change time seen
    seen: set[str] | None = None  # changes already reported, within the margin


# changes are stamped with the writer's clock: look back this far for a writer whose clock is behind
CLOCK_MARGIN_SECONDS = 600


def changes_since(session: Session, watch: Watch) -> list[str]:
    """The tables changed (by anyone) since ``watch`` last looked; the first call only starts watching.

    Every change writes a row of the 修改记录 in its own transaction, and ``audit_log.at`` is indexed,
    so this is one small indexed query however large the database is. Times are compared as the
    database returns them (never with this computer's clock)."""
    from datetime import timedelta

    from sqlmodel import col, func, select

    from dangjian_desktop.db.models.audit import AuditLog

    def recent(since: Any) -> list[Any]:
        stmt = select(AuditLog.id, AuditLog.table_name, AuditLog.at)
        if since is not None:
            stmt = stmt.where(col(AuditLog.at) > since - timedelta(seconds=CLOCK_MARGIN_SECONDS))
        return list(session.exec(stmt).all())

    if watch.seen is None:  # the first look: what is there already is not news
        watch.since = session.exec(select(func.max(AuditLog.at))).one()
        watch.seen = {r[0] for r in recent(watch.since)} if watch.since is not None else set()
        return []
    rows = recent(watch.since)
    tables = [table for row_id, table, _at in rows if row_id not in watch.seen]
    watch.seen = {r[0] for r in rows}  # what falls out of the margin is forgotten
    newest = [at for _id, _table, at in rows]
    if newest:
        watch.since = max([*newest, *([watch.since] if watch.since is not None else [])])
    return list(dict.fromkeys(tables))


def loaded_of(session: Session, model: type[RecordBase], row_id: str | None) -> Loaded | None:
    """The version of record ``row_id`` as an editor opens it (None for a new record, or one gone)."""
    if row_id is None:
        return None
    row = session.get(model, row_id)
    return loaded(row) if row is not None else None
