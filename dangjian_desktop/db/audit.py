"""Audit hooks: every insert, update, soft delete and restore writes an AuditLog row.

The rows are added in ``before_flush`` so they are part of the same transaction as the change.
"""

from __future__ import annotations

import contextvars
import json
import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from dangjian_desktop.db.base import RecordBase, new_id, utcnow
from dangjian_desktop.db.models.audit import AuditLog

_actor: contextvars.ContextVar[str] = contextvars.ContextVar("audit_actor", default="")
# what no database should be asked to store: lone surrogates (UTF-8 cannot encode them) and NUL (a text
# column of PostgreSQL cannot hold it; in a pasted name it is never meant)
_SURROGATES = re.compile("[\ud800-\udfff\x00]")
_SKIP_FIELDS = {"created_at", "updated_at", "version", "name_pinyin", "name_initials", "password_hash",
                "table_hashes"}  # bookkeeping (the 数据包 tables merged), not a change anyone made
ACTOR_KEY = "actor"  # session.info: the signed-in person (services/users.py)
NO_NAME = "本机"  # no sign-in and no secretary named: never the computer's login name


def set_actor(name: str) -> None:
    """Who is making changes (shown in 修改记录) when nobody signs in: the branch secretary's name."""
    _actor.set(name)


def current_actor(session: Session | None = None) -> str:
    """The signed-in person of ``session``, else the name set by ``set_actor``, else 本机."""
    if session is not None and session.info.get(ACTOR_KEY):
        return str(session.info[ACTOR_KEY])
    return _actor.get() or NO_NAME


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _table(obj: RecordBase) -> str:
    return str(obj.__tablename__)


def _columns(obj: RecordBase) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in _SKIP_FIELDS]


def _insert_row(obj: RecordBase, actor: str, now: datetime) -> AuditLog:
    changes = {k: [None, _plain(getattr(obj, k))] for k in _columns(obj) if getattr(obj, k) not in (None, "")}
    return AuditLog(
        at=now, actor=actor, table_name=_table(obj), row_id=obj.id, action="insert",
        changes=json.dumps(changes, ensure_ascii=False),
    )


def _update_row(obj: RecordBase, actor: str, now: datetime) -> AuditLog | None:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        before = hist.deleted[0] if hist.deleted else None
        after = hist.added[0] if hist.added else None
        if before != after:
            changes[key] = [_plain(before), _plain(after)]
    if not changes:
        return None
    action = "update"
    if "deleted_at" in changes:
        action = "delete" if changes["deleted_at"][1] is not None else "restore"
    return AuditLog(
        at=now, actor=actor, table_name=_table(obj), row_id=obj.id, action=action,
        changes=json.dumps(changes, ensure_ascii=False),
    )


def _storable(obj: RecordBase) -> None:
    """Drop what cannot be stored (lone surrogates, e.g. from a broken paste, and NUL): the database
    would refuse the row."""
    for key in (c.key for c in inspect(obj).mapper.column_attrs):  # every column, also those not audited
        value = getattr(obj, key)
        if isinstance(value, str) and _SURROGATES.search(value):
            setattr(obj, key, _SURROGATES.sub("", value))


def insert_many(session: Session, model: type[RecordBase], rows: list[dict[str, Any]]) -> None:
    """Insert many new records with one ``executemany``, with their audit rows (one more), as the
    flush hook would write them one by one. ``rows`` hold every column (ids and timestamps set)."""
    if not rows:
        return
    actor, now = current_actor(session), utcnow()
    table = model.__table__  # type: ignore[attr-defined]
    for row in rows:
        for key, value in row.items():
            if isinstance(value, str) and _SURROGATES.search(value):
                row[key] = _SURROGATES.sub("", value)
    session.execute(table.insert(), rows)
    audit_rows = [
        {"id": new_id(), "at": now, "actor": actor, "table_name": table.name, "row_id": row["id"],
         "action": "insert",
         "changes": json.dumps({k: [None, _plain(v)] for k, v in row.items()
                                if k not in _SKIP_FIELDS and v not in (None, "")}, ensure_ascii=False)}
        for row in rows
    ]
    session.execute(AuditLog.__table__.insert(), audit_rows)  # type: ignore[attr-defined]


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, RecordBase):
            _storable(obj)
    actor = current_actor(session)
    now = utcnow()
    rows: list[AuditLog] = []
    for obj in session.new:
        if isinstance(obj, RecordBase):
            rows.append(_insert_row(obj, actor, now))
    for obj in session.dirty:
        if isinstance(obj, RecordBase) and session.is_modified(obj, include_collections=False):
            row = _update_row(obj, actor, now)
            if row is not None:
                obj.updated_at = now
                rows.append(row)
    for obj in session.deleted:
        if isinstance(obj, RecordBase):
            rows.append(AuditLog(at=now, actor=actor, table_name=_table(obj), row_id=obj.id,
                                 action="purge", changes="{}"))
    session.add_all(rows)


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
