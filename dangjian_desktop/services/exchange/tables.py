"""Which rows of each table belong to one branch, and how a row becomes JSON and back.

Walks the SQLModel metadata: the branch row itself; tables with a ``branch_id``; other record tables
through a foreign key to a table already reached (a meeting's attendance through the meeting, a
payment through the person). Tables reached by no path (settings, audit log, the working-day
calendar) and this database's own exchange tables are not carried.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Date, DateTime, Table, TypeDecorator, select
from sqlmodel import Session, SQLModel

import dangjian_desktop.db.models  # noqa: F401  (every table registered)

NOT_CARRIED = frozenset({"exchange_source", "exchange_conflict", "app_user"})
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"branch": frozenset({"read_only"})}  # this database's own
RECORD_COLUMNS = ("id", "created_at", "updated_at", "deleted_at")


def carried_tables() -> list[Table]:
    """The record tables a 数据包 carries, parents before children (the order to insert them in)."""
    reached: set[str] = set()
    out: list[Table] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name in NOT_CARRIED or any(c not in table.c for c in RECORD_COLUMNS):
            continue
        if table.name == "branch" or "branch_id" in table.c or parent_column(table, reached) is not None:
            reached.add(table.name)
            out.append(table)
    return out


def parent_column(table: Table, reached: set[str]) -> tuple[str, Table] | None:
    """The column (and table) through which a table without ``branch_id`` belongs to a branch."""
    fks = sorted(table.foreign_keys, key=lambda fk: (fk.parent.nullable, fk.parent.name))
    for fk in fks:
        parent = fk.column.table
        if parent.name in reached and parent is not table:
            return fk.parent.name, parent
    return None


def branch_filter(table: Table, branch_id: str, tables: list[Table]) -> ColumnElement[bool]:
    if table.name == "branch":
        return table.c.id == branch_id
    if "branch_id" in table.c:
        return table.c.branch_id == branch_id
    reached = {t.name for t in tables[:tables.index(table)]}
    found = parent_column(table, reached)
    assert found is not None
    column, parent = found
    return table.c[column].in_(select(parent.c.id).where(branch_filter(parent, branch_id, tables)))


def carried_columns(table: Table) -> list[str]:
    local = LOCAL_COLUMNS.get(table.name, frozenset()) | {"version"}  # the version counts this database's saves
    return [c.name for c in table.columns if c.name not in local]


def branch_rows(session: Session, table: Table, branch_id: str, tables: list[Table]) -> list[dict[str, Any]]:
    """Every row (deleted ones too: they travel as tombstones) of the branch in ``table``, as JSON values."""
    cols = carried_columns(table)
    stmt = select(*(table.c[c] for c in cols)).where(branch_filter(table, branch_id, tables)).order_by(table.c.id)
    return [{c: to_json(v) for c, v in zip(cols, row, strict=True)} for row in session.execute(stmt)]


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A package row as values for ``table`` (dates and times parsed back)."""
    out: dict[str, Any] = {}
    for name, value in row.items():
        column = table.c[name]
        if value is not None:
            kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
            if isinstance(kind, DateTime):
                parsed = datetime.fromisoformat(value)
                value = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
            elif isinstance(kind, Date):
                value = date.fromisoformat(value)
            elif isinstance(kind, Boolean):
                value = bool(value)
        out[name] = value
    return out
