"""Rows of a 数据包 into the database in bulk: a fixed number of statements per table, whatever the size.

A 数据包 of ten years holds some 50,000 rows; importing 40 of them must take seconds, not minutes. So
the merge never asks for one row at a time: the ids of the whole package go into a temporary table
(one statement), the held versions of each table come back in one query joined to it, and the new
and the newer rows go in with one executemany per table (per set of columns).

This is the portable implementation (SQLAlchemy Core, values parsed to Python by ``parse``); a dialect
may hand out a faster one (``Dialect.bulk_rows``), with the same behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, MetaData, String, Table, bindparam, select

# package row (JSON values) → values for ``table`` (dates and times parsed)
Parse = Callable[[Table, dict[str, Any]], dict[str, Any]]

IDS = Table("exchange_incoming", MetaData(), Column("tbl", String(60), primary_key=True),
            Column("id", String(36), primary_key=True))  # a temporary table: the package's ids, by table
VERSION = "version"  # the optimistic-locking counter: this database's own, never carried


def _aware(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def by_columns(rows: list[dict[str, Any]]) -> list[tuple[tuple[str, ...], list[dict[str, Any]]]]:
    """executemany needs one set of columns per call (an older package may lack a newer column)."""
    shapes = {*map(tuple, rows)}
    if len(shapes) == 1:  # as the export writes them: every row with the same columns
        return [(shapes.pop(), rows)]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.items())


class BulkRows:
    """How the rows of one package are compared with, read from and written to this database."""

    def __init__(self, conn: Connection, parse: Parse) -> None:
        self.conn = conn
        self.parse = parse

    def load_ids(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        """The ids of the package's rows, by table, into the temporary table (one statement)."""
        self.conn.exec_driver_sql(f"CREATE TEMPORARY TABLE IF NOT EXISTS {IDS.name} "
                                  "(tbl VARCHAR(60) NOT NULL, id VARCHAR(36) NOT NULL, PRIMARY KEY (tbl, id))")
        self.conn.execute(IDS.delete())
        rows = [{"tbl": name, "id": r["id"]} for name, rows in tables.items() for r in rows]
        if rows:
            self.conn.execute(IDS.insert(), rows)

    def clear_ids(self) -> None:
        self.conn.execute(IDS.delete())

    def stamp(self, value: str) -> Any:
        """A package's ``updated_at`` in the form ``held`` returns (ordered as the times)."""
        return datetime.fromisoformat(value).astimezone(UTC)

    def held(self, table: Table, columns: list[str]) -> dict[str, tuple[Any, ...]]:
        """id → the ``columns`` of each held row whose id the package carries (times as ``stamp`` gives them)."""
        stmt = select(table.c.id, *(table.c[c] for c in columns)).where(
            table.c.id.in_(select(IDS.c.id).where(IDS.c.tbl == table.name)))
        return {r[0]: tuple(_aware(v) for v in r[1:]) for r in self.conn.execute(stmt)}

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Add package rows."""
        for _names, group in by_columns(rows):
            self.conn.execute(table.insert(), [self.parse(table, r) for r in group])

    def update(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Replace held rows (by id) with these package rows; the version moves on (an editor open on the old
        copy must not save over the imported one)."""
        for names, group in by_columns(rows):
            values = tuple(n for n in names if n not in ("id", VERSION))
            if not values:
                continue
            assign: dict[str, Any] = {n: bindparam(n) for n in values}
            if VERSION in table.c:
                assign[VERSION] = table.c[VERSION] + 1
            stmt = table.update().where(table.c.id == bindparam("_row_id")).values(assign)
            parsed = [self.parse(table, r) for r in group]
            self.conn.execute(stmt, [{"_row_id": r["id"], **{n: r[n] for n in values}} for r in parsed])
